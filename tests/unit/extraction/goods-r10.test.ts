// Round 10 of the goods and places phrasings: a metal that ends a firm's name ("Lumina Gold")
// names what a site yields when a mine, deposit or project follows it at once ("the Kamoa Copper
// mine"), so the site is a place that the phrase "in <place>" locates; a region named after "in"
// and a compass adjective of two directions ("in southwestern El Oro province") is a region; a
// country's possessive and a place's kind locate a place past other lower-case modifiers ("China's
// minerals-rich western region of Qinghai").
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string) {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    entities: a.entities.map((e) => `${e.type} ${e.name}`),
    relations: a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`),
  };
}

describe("stages/03-mentions", () => {
  describe("facilityEnd (a metal-headed name before a site noun is the site)", () => {
    const positives: [string, string, string][] = [
      [
        "Zijin agreed to buy the Kamoa Copper mine in Zambia from its partners.",
        "Place Kamoa Copper",
        "Kamoa Copper PART_OF Zambia",
      ],
      [
        "The miner now fully owns the Rio Blanco Gold-Silver project in Peru.",
        "Place Rio Blanco Gold-Silver",
        "Rio Blanco Gold-Silver PART_OF Peru",
      ],
      [
        "Investors backed the Nkana Cobalt deposit in Zambia last week.",
        "Place Nkana Cobalt",
        "Nkana Cobalt PART_OF Zambia",
      ],
    ];
    for (const [text, entity, relation] of positives)
      it(`finds ${entity} and ${relation} in "${text}"`, () => {
        const a = analyse(text);
        expect(a.entities).toContain(entity);
        expect(a.relations).toContain(relation);
      });
    const refusals: [string, string][] = [
      ["Shares of Lumina Gold rose after the deal.", "Company Lumina Gold"],
      ["Sigma Lithium said its output rose in Brazil.", "Company Sigma Lithium"],
      ["Analysts expect Pilbara Lithium to report higher sales.", "Company Pilbara Lithium"],
    ];
    for (const [text, entity] of refusals)
      it(`keeps ${entity} a firm in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
  });

  describe("locatedRegion (a compass adjective of two directions before a region)", () => {
    const positives: [string, string][] = [
      ["The project lies in southwestern El Oro province, officials said.", "Place El Oro province"],
      ["Rebels seized a mine in northeastern Ituri province on Monday.", "Place Ituri province"],
      ["Farmers in northeastern Sanmatenga province protested.", "Place Sanmatenga province"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
    it('gives no region in "Sales Province rose" without a preposition of place', () => {
      expect(analyse("Analysts said Sales Province rose.").entities.filter((e) => e.startsWith("Place"))).toEqual([]);
    });
  });
});

describe("rules/places", () => {
  describe("locates (a possessive country and a place's kind frame modifiers)", () => {
    const positives: [string, string][] = [
      ["The miner is based in China's minerals-rich western region of Qinghai.", "Qinghai PART_OF China"],
      ["Output rose in Australia's resource-rich state of Queensland.", "Queensland PART_OF Australia"],
      ["The plant sits in Canada's mining-heavy province of Ontario.", "Ontario PART_OF Canada"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(analyse(text).relations).toContain(line);
      });
    const refusals: [string, string][] = [
      ["China's top trade negotiator flew to Queensland for the region talks.", "Queensland PART_OF China"],
      ["Canada's exports to Ontario's biggest partner rose.", "Ontario PART_OF Canada"],
    ];
    for (const [text, line] of refusals)
      it(`gives no ${line} in "${text}"`, () => {
        expect(analyse(text).relations).not.toContain(line);
      });
  });
});

describe("stages/03-mentions (firms named by what they produce)", () => {
  describe("companyByApposition (a producer's apposition with a ranking and goods)", () => {
    const positives: [string, string][] = [
      ["Glenmoor, the world’s second-largest cobalt producer, invoked force majeure.", "Company Glenmoor"],
      ["Zeltra, the world's third-biggest nickel producer, cut its forecast.", "Company Zeltra"],
      ["Korvane, the country's largest rare earth magnet maker, said sales rose.", "Company Korvane"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
    it("keeps a person whose apposition names a producer's post", () => {
      const a = analyse(
        "Officials met Mark Dalby, the world’s second-largest cobalt producer’s chief executive, on Monday.",
      );
      expect(a.entities).toContain("Person Mark Dalby");
      expect(a.entities).not.toContain("Company Mark Dalby");
    });
  });

  describe("classifySpan (the legal form 'Plc')", () => {
    const positives: [string, string][] = [
      ["Rio Tinto is in talks to buy Glenmoor Plc, people said.", "Company Glenmoor Plc"],
      ["Shares of Barrow Plc fell 4% in London.", "Company Barrow Plc"],
      ["Investors sold Kestrel Mining Plc after the warning.", "Company Kestrel Mining Plc"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
  });
});

describe("rules/places (a site listed under a place)", () => {
  describe("listedUnderPlace ('<noun> in P, including the X mine')", () => {
    const positives: [string, string][] = [
      [
        "Zijin also owns other assets in Tibet, including the Zhunuo copper mine, which it bought.",
        "Zhunuo PART_OF Tibet",
      ],
      ["The group runs several operations in Peru, including the Tantahuatay gold mine.", "Tantahuatay PART_OF Peru"],
      [
        "It holds stakes in projects in northern Chile, including the Kestrel lithium project.",
        "Kestrel PART_OF Chile",
      ],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(analyse(text).relations).toContain(line);
      });
    const refusals: [string, string][] = [
      ["It sells to buyers from Peru, including the Tantahuatay gold mine.", "Tantahuatay PART_OF Peru"],
      ["Talks with Peru, including the Tantahuatay gold mine, stalled.", "Tantahuatay PART_OF Peru"],
    ];
    for (const [text, line] of refusals)
      it(`gives no ${line} in "${text}"`, () => {
        expect(analyse(text).relations).not.toContain(line);
      });
  });
});

describe("stages/03-mentions (datelines)", () => {
  describe("datelineEnd (bracketed, alone on a line, or with an outlet's credit)", () => {
    const positives: [string, string][] = [
      ["[CAIRO] Egypt's cabinet approved a new mining law on Monday.", "Place Cairo"],
      ["Ministers meet\nLUSAKA\nZambia's government said on Monday it would raise royalties.", "Place Lusaka"],
      ["SULAYMANIYAH (Rudaw) — Iraq signed an oil deal with a Chinese firm on Monday.", "Place Sulaymaniyah"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in ${JSON.stringify(text)}`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
    const refusals: [string, string][] = [
      ["EXCLUSIVE (Reuters) — Iraq signed an oil deal with a Chinese firm on Monday.", "Place Exclusive"],
      ["[UPDATE] Egypt's cabinet approved a new mining law on Monday.", "Place Update"],
      ["Talks ended.\nNOTE\nThe story was corrected on Monday.", "Place Note"],
    ];
    for (const [text, entity] of refusals)
      it(`gives no ${entity} in ${JSON.stringify(text)}`, () => {
        expect(analyse(text).entities).not.toContain(entity);
      });
  });
});

describe("stages/03-mentions (a capital that names a site, not its state)", () => {
  describe("capitalActsAsState (a possessor's site or a site noun after the capital)", () => {
    const positives: [string, string][] = [
      ["Malian authorities reopened Barrick’s Bamako office on Monday.", "Place Bamako"],
      ["Vietnam said Samsung's Hanoi plant would expand.", "Place Hanoi"],
      ["Kenya said the Nairobi headquarters of the firm would close.", "Place Nairobi"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
    const refusals: [string, string][] = [
      ["Vietnam and China talked. Hanoi said it would respond.", "Place Hanoi"],
      ["Kenya signed the deal. Nairobi agreed to cut tariffs.", "Place Nairobi"],
    ];
    for (const [text, entity] of refusals)
      it(`keeps the state in "${text}"`, () => {
        expect(analyse(text).entities).not.toContain(entity);
      });
  });
});

describe("stages/03-mentions (where a body sits)", () => {
  describe("classifyUnknown ('based in X', a known town before '-based')", () => {
    const positives: [string, string][] = [
      ["Nexperia, based in Nijmegen, makes basic chips.", "Place Nijmegen"],
      ["The start-up, headquartered in Burnaby, raised funds.", "Place Burnaby"],
      ["A Kalgoorlie-based contractor won the deal.", "Place Kalgoorlie"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
    const refusals: [string, string][] = [
      ["The fund invested in Nexperia last year.", "Place Nexperia"],
      ["Decisions are based in part on Brookfield data.", "Place Brookfield"],
    ];
    for (const [text, entity] of refusals)
      it(`gives no ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).not.toContain(entity);
      });
  });
});

describe("lexicon/places", () => {
  describe("WORLD_REGIONS (sub-continents, seas, straits and US regions)", () => {
    const positives: [string, string][] = [
      ["Juntas in West Africa want more control over their mines.", "Place West Africa"],
      ["Leaders pledged the denuclearization of the Korean Peninsula.", "Place Korean Peninsula"],
      ["Firms on both sides of the Pacific Ocean depend on the trade.", "Place Pacific Ocean"],
      ["Car plants in the Midwest need the magnets.", "Place Midwest"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
  });
});

describe("lexicon/commodities", () => {
  describe("MINERAL_CLASSES (ores, concentrates and clays)", () => {
    const positives: [string, string][] = [
      ["Rebels control the mines that dig coltan in the east.", "Mineral coltan"],
      ["The miner shipped rare earth concentrate to China for processing.", "Mineral rare earth concentrate"],
      ["Malaysia holds deposits of ionic clay rich in heavy elements.", "Mineral ionic clay"],
      ["The fund backs strategic minerals and critical minerals alike.", "Mineral strategic minerals"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
  });
});

describe("stages/03-mentions (plain-English metals)", () => {
  describe("findCoordinatedMetals (a word of mining or trade beside 'gold', 'silver', 'tin')", () => {
    const positives: [string, string][] = [
      ["The junta halted gold output at the site in January.", "Mineral gold"],
      ["Bolivia's state firm mines tin in the highlands.", "Mineral tin"],
      ["The mine produced 250,000 ounces of silver last year.", "Mineral silver"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).toContain(entity);
      });
    const refusals: [string, string][] = [
      ["The sprinter won a gold medal in Paris.", "Mineral gold"],
      ["The shed's tin roof leaked all winter.", "Mineral tin"],
      ["The firm set a gold standard for service.", "Mineral gold"],
    ];
    for (const [text, entity] of refusals)
      it(`gives no ${entity} in "${text}"`, () => {
        expect(analyse(text).entities).not.toContain(entity);
      });
  });
});

describe("rules/trade", () => {
  describe("asProducer ('as … and as a Y producer', 'makes X a Y producer')", () => {
    const positives: [string, string][] = [
      [
        "The merger establishes Kestrel Mining Plc as a global leader in energy materials and as a major lithium producer.",
        "Kestrel Mining Plc PRODUCES lithium",
      ],
      ["The deal makes Barrow Plc a leading nickel producer.", "Barrow Plc PRODUCES nickel"],
      ["The new smelter turned Zorvan Plc into a top copper refiner.", "Zorvan Plc PRODUCES copper"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(analyse(text).relations).toContain(line);
      });
    const refusals: [string, string][] = [
      ["The deal makes Barrow Plc a target of lithium producers.", "Barrow Plc PRODUCES lithium"],
      ["Tariffs make Zorvan Plc the rival of Chinese steel makers.", "Zorvan Plc PRODUCES steel"],
    ];
    for (const [text, line] of refusals)
      it(`gives no ${line} in "${text}"`, () => {
        expect(analyse(text).relations).not.toContain(line);
      });
  });
});

describe("rules/places (a state's own bodies)", () => {
  describe("STATE_BODY (agencies, authorities and armed services of the story's main country)", () => {
    const positives: [string, string][] = [
      [
        "The United States wants more cobalt. The Defense Logistics Agency will buy 7,500 tons for the stockpile.",
        "Defense Logistics Agency PART_OF United States",
      ],
      [
        "Australia widened its support. The Critical Minerals Authority will fund two refineries.",
        "Critical Minerals Authority PART_OF Australia",
      ],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(analyse(text).relations).toContain(line);
      });
    const refusals: [string, string][] = [
      [
        "The United States wants more cobalt. The International Energy Agency warned of shortages.",
        "International Energy Agency PART_OF United States",
      ],
      [
        "Australia widened its support. The Asia Pacific Minerals Authority met in Perth.",
        "Asia Pacific Minerals Authority PART_OF Australia",
      ],
    ];
    for (const [text, line] of refusals)
      it(`gives no ${line} in "${text}"`, () => {
        expect(analyse(text).relations).not.toContain(line);
      });
  });
});
