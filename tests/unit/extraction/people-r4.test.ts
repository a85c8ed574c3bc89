// People, round 4 of issue 13: the bodies of a state the press writes in lower case ("Indonesia's
// trade ministry", "the finance ministry in Jakarta"), named with their state in brackets as a
// reader looks them up; a body named with a state's possessive or demonym is that state's. Every
// sentence here is written for these tests (not copied from any article); the people are invented.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { entityNames, testDocument } from "../../_helpers/documents.ts";
import { itReadsRows } from "../../_helpers/rows.ts";

function analyse(text: string) {
  return analyseDocument(testDocument(text, { date: "2025-06-12" }));
}

function facts(text: string, predicate: string): string[] {
  const a = analyse(text);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} > ${name.get(r.target)}`)
    .sort();
}

const agencies = (text: string): string[] => entityNames(text, "Agency", { date: "2025-06-12" });

describe("stages/agency-nouns", () => {
  describe("findAgencyNouns", () => {
    // [text, an agency that must be found (or null), a name that must not be an agency]
    const rows: [string, string | null, string | null][] = [
      [
        "Indonesia's trade ministry said on Monday that the nickel quota would be cut.",
        "trade ministry (Indonesia)",
        null,
      ],
      [
        "The Vietnamese industry and trade ministry issued new rules for rare earth exporters.",
        "industry and trade ministry (Vietnam)",
        null,
      ],
      [
        "Copper exports rose in May, the mining ministry in Santiago said, citing strong demand from Chile's buyers.",
        "mining ministry (Chile)",
        null,
      ],
      ["South Korea's presidential office said the summit would go ahead.", "presidential office (South Korea)", null],
      [
        "Brazil's mines and energy ministry granted three lithium permits in Minas Gerais.",
        "mines and energy ministry (Brazil)",
        null,
      ],
      // No portfolio: "the ministry" alone names nothing.
      ["Peru said on Tuesday the ministry would review the permits.", null, "ministry (Peru)"],
      // An office with no state's modifier is not a body of state.
      ["Japan's exporters said the regional office in Osaka was closed.", null, "regional office (Japan)"],
      // Nothing tells whose it is: two states named equally.
      [
        "Canada and Mexico traded barbs on Tuesday. A trade ministry official said the talks would resume.",
        null,
        "trade ministry (Canada)",
      ],
    ];
    itReadsRows(rows, agencies);

    it("gives a body written without its state the state of the same body named with one", () => {
      const text =
        "Kenya's energy ministry approved the cobalt refinery on Friday. The energy ministry said construction would start in March.";
      expect(agencies(text)).toEqual(["energy ministry (Kenya)"]);
    });

    it("keeps two states' ministries apart", () => {
      const text = "India's commerce ministry and China's commerce ministry both said the talks in Geneva were useful.";
      expect(agencies(text)).toEqual(["commerce ministry (China)", "commerce ministry (India)"]);
    });

    it("names the body in brackets, not by the portfolio alone (every state has a commerce ministry)", () => {
      const a = analyse("Malaysia's commerce ministry said the chip deal would be signed in June.");
      const body = a.entities.find((e) => e.type === "Agency")!;
      expect(body.name).toBe("commerce ministry (Malaysia)");
      expect(body.aliases).not.toContain("commerce ministry");
    });

    it("places the body in its state", () => {
      const text =
        "The Chinese foreign ministry protested on Monday, and Ghana's finance ministry in Accra said the loan was signed.";
      expect(facts(text, "PART_OF")).toEqual(
        expect.arrayContaining(["finance ministry (Ghana) > Ghana", "foreign ministry (China) > China"]),
      );
    });
  });
});

describe("stages/04-resolve", () => {
  describe("resolveMentions", () => {
    it("records the state of a capitalised body named with a possessive, and its name with the state", () => {
      const a = analyse("Zambia's Mines Ministry said copper output rose. The Mines Ministry expects more in 2026.");
      const body = a.entities.find((e) => e.type === "Agency")!;
      expect(body.attributes?.country).toBe("ZM");
      expect(body.aliases).toContain("Mines Ministry (Zambia)");
    });

    it("gives a ministry with no state named the clear main state of the story", () => {
      const text =
        "China tightened rare earth rules on Monday. The Ministry of Commerce said China would license exports, and China's customs would check cargoes.";
      const body = analyse(text).entities.find((e) => e.type === "Agency" && e.name === "Ministry of Commerce");
      expect(body?.attributes?.country).toBe("CN");
    });

    it("leaves a department with no state named unplaced (the press names other states' departments too)", () => {
      const text =
        "China tightened rare earth rules on Monday, and China's exporters said the Commerce Department in Washington was reviewing them.";
      const body = analyse(text).entities.find((e) => e.type === "Agency" && /Commerce Department/.test(e.name));
      expect(body?.attributes?.country).not.toBe("CN");
    });
  });
});

describe("rules/people", () => {
  describe("lowerTitleRule", () => {
    // [text, a post that must be found, a post that must not be]
    const rows: [string, string | null, string | null][] = [
      [
        "Peru's mining minister, Rosa Quintana, said on Monday the copper levy would stay.",
        "Rosa Quintana > Peru",
        null,
      ],
      [
        "Ghana and China signed a bauxite deal. Ghana's finance minister, Kwame Asante, told reporters in Accra the terms were fair.",
        "Kwame Asante > Ghana",
        "Kwame Asante > China",
      ],
      [
        "Indonesia's trade ministry said the quota would hold. The trade ministry's director general, Hendra Wibowo, said exporters had been told.",
        "Hendra Wibowo > trade ministry (Indonesia)",
        null,
      ],
      [
        "The European Commission proposed new tariffs on steel. Commission spokesperson Lena Varga said the plan would be published on Friday.",
        "Lena Varga > European Commission",
        null,
      ],
      [
        "Australia will build a rare earth stockpile, and Australia's miners welcomed it. Resources minister Joan Parker said the plan would help them.",
        "Joan Parker > Australia",
        null,
      ],
      // A body whose name the text does not give: no state is guessed for its spokesperson.
      [
        "India and Brazil talked about sugar. Tribunal spokesman Ravi Menon said hearings would resume.",
        null,
        "Ravi Menon > India",
      ],
      // A name set off by commas after a word that is no post: no post.
      ["Chile's copper buyers, Marta Rojas, Pedro Soto and Ana Vidal, met in Santiago.", null, "Marta Rojas > Chile"],
    ];
    itReadsRows(rows, (text) => facts(text, "HOLDS_POSITION"));
  });

  describe("positionRule", () => {
    it("places a bloc's commissioner in the bloc's commission the document names", () => {
      const text =
        "The European Union and Japan held trade talks in Tokyo. EU Trade Commissioner Pavel Horak said the European Commission would propose a deal.";
      expect(facts(text, "HOLDS_POSITION")).toContain("Pavel Horak > European Commission");
    });

    it("keeps a bloc's commissioner in the bloc when no commission is named", () => {
      const text =
        "The European Union and Japan held trade talks in Tokyo. EU Trade Commissioner Pavel Horak said they went well.";
      expect(facts(text, "HOLDS_POSITION")).toContain("Pavel Horak > European Union");
    });
  });
});

describe("rules/people (posts of one state)", () => {
  describe("positionRule", () => {
    it("never gives a post only the United States has to the story's other side", () => {
      const text =
        "Kazakhstan and the United States signed a tungsten deal. Kazakhstan will export more tungsten, Kazakhstan's officials said. “It is a good day,” Deputy Secretary of State Owen Pratt said at a forum in Astana.";
      const posts = facts(text, "HOLDS_POSITION");
      expect(posts).not.toContain("Owen Pratt > Kazakhstan");
    });

    it("leaves such a post where a possessive puts it", () => {
      const text =
        "Kazakhstan and the United States signed a tungsten deal. Kazakhstan's Deputy Secretary of State Owen Pratt praised it.";
      expect(facts(text, "HOLDS_POSITION")).toContain("Owen Pratt > Kazakhstan");
    });

    it("leaves another state's post of a similar name where the text puts it", () => {
      const text =
        "Britain and Japan met in London. Britain's Secretary of State for Business Alan Moore said talks went well.";
      expect(facts(text, "HOLDS_POSITION")).not.toContain("Alan Moore > United States");
    });

    it.each([
      "Prime Minister Tomas Lindqvist arrived in Berlin for a two-day visit to Germany.",
      "Prime Minister Tomas Lindqvist began a state visit to Germany on Wednesday.",
    ])("does not make a visitor an official of the state visited: %j", (text) => {
      expect(facts(text, "HOLDS_POSITION").filter((f) => /> Germany$/.test(f))).toEqual([]);
    });

    it("still gives the story's one state a post when its official does not travel there", () => {
      expect(facts("Prime Minister Tomas Lindqvist said Germany would buy more coal.", "HOLDS_POSITION")).toContain(
        "Tomas Lindqvist > Germany",
      );
    });
  });

  describe("positionAfterNameRule", () => {
    it("reads 'the president of the <state>' as the post 'president'", () => {
      const a = analyse("Jean Mbala, the president of the Central African Republic, visited Paris on Monday.");
      const post = a.relations.find((r) => r.predicate === "HOLDS_POSITION");
      expect(post?.attributes?.title).toBe("president");
    });
  });
});

describe("rules/people (envoys and a bloc's officials)", () => {
  // [text, facts that must be found, facts that must not]
  const rows: [string, string[], string[]][] = [
    [
      "Canada and Japan discussed nickel supplies. Canadian Ambassador to Japan Ruth Ellery attended the signing in Tokyo.",
      ["HOLDS_POSITION Ruth Ellery > Canada", "REPRESENTS Ruth Ellery > Canada"],
      ["HOLDS_POSITION Ruth Ellery > Japan"],
    ],
    [
      "India's Ambassador to the United States Arjun Rao met lawmakers in Washington.",
      ["HOLDS_POSITION Arjun Rao > India"],
      ["HOLDS_POSITION Arjun Rao > United States", "REPRESENTS Arjun Rao > United States"],
    ],
    [
      "Brazil and China agreed on iron ore prices. Liu Wei, China's ambassador to Brazil, said the deal was balanced.",
      ["HOLDS_POSITION Liu Wei > China"],
      ["HOLDS_POSITION Liu Wei > Brazil"],
    ],
    // No sender written: the state after "to" is not the post's.
    [
      "Peru and Chile met in Lima. Former ambassador to Chile Marco Diaz said the talks were late.",
      [],
      ["HOLDS_POSITION Marco Diaz > Chile", "REPRESENTS Marco Diaz > Chile"],
    ],
    [
      "The European Union and Japan agreed on chips. EU foreign policy chief Lina Berg said the deal was strategic.",
      ["HOLDS_POSITION Lina Berg > European Union"],
      [],
    ],
    // "chief" with no state before it heads no post of state.
    [
      "Zambia and Angola discussed copper. Mining chief Peter Banda said output would rise.",
      [],
      ["HOLDS_POSITION Peter Banda > Zambia", "HOLDS_POSITION Peter Banda > Angola"],
    ],
    [
      "The EU and China met in Beijing. Paul Lind, a former EU commissioner, said the talks were overdue.",
      ["HOLDS_POSITION Paul Lind > European Union"],
      ["HOLDS_POSITION Paul Lind > China"],
    ],
  ];
  for (const [text, found, refused] of rows) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
      const all = [
        ...facts(text, "HOLDS_POSITION").map((f) => `HOLDS_POSITION ${f}`),
        ...facts(text, "REPRESENTS").map((f) => `REPRESENTS ${f}`),
      ];
      for (const f of found) expect(all).toContain(f);
      for (const f of refused) expect(all).not.toContain(f);
    });
  }
});

describe("lexicon/people", () => {
  describe("FIRST_NAMES", () => {
    const people = (text: string) =>
      analyse(text)
        .entities.filter((e) => e.type === "Person")
        .map((e) => e.name);
    // Given names of other regions open a name with no title or speech verb to tell it.
    const rows: [string, string][] = [
      ["Indian exporters met Arjun Mehta and two bankers in Mumbai on Monday.", "Arjun Mehta"],
      ["The plan was drafted by Budi Hartono and approved in Jakarta.", "Budi Hartono"],
      ["A letter signed by Kwame Mensah reached Accra on Friday.", "Kwame Mensah"],
      ["Shares rose after Takeshi Morita joined the board in Osaka.", "Takeshi Morita"],
      ["Critics including Dmitry Volkov questioned the pipeline deal.", "Dmitry Volkov"],
    ];
    for (const [text, name] of rows) {
      it(`finds ${name}`, () => expect(people(text)).toContain(name));
    }

    it("does not take a capitalised common word for a given name", () => {
      expect(people("Made in Vietnam labels will be checked at the border, Vietnam said.")).toEqual([]);
    });
  });
});

describe("stages/03-mentions (central banks)", () => {
  it("types a central bank as a body of state, and a lender named 'Bank of' as a firm", () => {
    const a = analyse(
      "The European Central Bank held rates, and the Central Bank of Kenya intervened. Bank of America raised its forecast.",
    );
    const type = (name: string) => a.entities.find((e) => e.name === name)?.type;
    expect(type("European Central Bank")).toBe("Agency");
    expect(type("Central Bank of Kenya")).toBe("Agency");
    expect(type("Bank of America")).toBe("Company");
  });
});

describe("stages/04-resolve and rules/places (a body's state)", () => {
  it("places a body whose name ends with its state in that state", () => {
    const text = "India cut rates on Friday. The Reserve Bank of India said inflation had eased in India.";
    expect(facts(text, "PART_OF")).toContain("Reserve Bank of India > India");
  });

  it("places a body seated in a capital in that capital's state, not in the story's main state", () => {
    const text =
      "India and the United States talked. The Bureau of Indian Affairs in Washington said India was not involved.";
    const parts = facts(text, "PART_OF");
    expect(parts).not.toContain("Bureau of Indian Affairs > India");
    expect(parts).toContain("Bureau of Indian Affairs > United States");
  });
});

describe("rules/places (regions the gazetteers lack)", () => {
  const places = (text: string) =>
    analyse(text)
      .entities.filter((e) => e.type === "Place")
      .map((e) => e.name);
  // [text, a place that must be found (or null), a place that must not be]
  const rows: [string, string | null, string | null][] = [
    ["Cobalt from mines in Barvala province is trucked south, Congo said.", "Barvala province", null],
    ["Lithium brine from the northern Tolvana province reached the port, Argentina said.", "Tolvana province", null],
    ["Nickel ore shipped from Sulawesi region fell in May, Indonesia said.", "Sulawesi region", null],
    // Three capitalised words before the noun: a name of something else, not a region.
    ["Workers in Green Valley Mining region protested, Peru said.", null, "Green Valley Mining region"],
  ];
  itReadsRows(rows, places);

  it("places a known city in the region the text puts it in", () => {
    const text = "Ore from Kolwezi in Lualaba province is trucked to the border, Congo said.";
    expect(facts(text, "PART_OF")).toContain("Kolwezi > Lualaba province");
  });

  it("places a region in the known region it is said to be part of", () => {
    const text = "Iron ore from the Pilbara region of Western Australia fell, Australia said.";
    expect(facts(text, "PART_OF")).toContain("Pilbara region > Western Australia");
  });
});

describe("stages/03-mentions (span edges)", () => {
  it("drops a connector left opening a body's name after a pronoun", () => {
    const text = "She and European Council President Marta Lind urged China to act, the bloc said.";
    const names = analyse(text).entities.map((e) => e.name);
    expect(names).toContain("European Council");
    expect(names).not.toContain("and European Council");
  });

  it("does not make a place of a place's head word left alone", () => {
    const names = analyse("Copper from the Atacama Desert fell, Chile said.").entities.map((e) => e.name);
    expect(names).not.toContain("Desert");
  });
});

describe("rules/people (affiliations)", () => {
  describe("affiliationRule", () => {
    // [text, an affiliation that must be found (or null), one that must not be]
    const rows: [string, string | null, string | null][] = [
      [
        "Prices will rise, said Professor Helen Marsh of the University of Leeds.",
        "Helen Marsh > University of Leeds",
        null,
      ],
      [
        "Demand is soft, said Owen Clarke, who leads the Asia programme at the Lowy Institute.",
        "Owen Clarke > Lowy Institute",
        null,
      ],
      ["Nadia Perez is a correspondent for The Hindu in Chennai.", "Nadia Perez > The Hindu", null],
      [
        "Gita Shah, who teaches economics at the London School of Economics, said tariffs hurt growth.",
        "Gita Shah > London School of Economics",
        null,
      ],
      // Speaking somewhere is no affiliation.
      [
        "Tariffs were cut, said Paul Grant, who spoke at the Atlantic Council on Monday.",
        null,
        "Paul Grant > Atlantic Council",
      ],
      [
        "Leaders met as President Omar Haddad arrived at the African Union summit.",
        null,
        "Omar Haddad > African Union",
      ],
    ];
    itReadsRows(rows, (text) => facts(text, "AFFILIATED_WITH"));
  });
});

describe("rules/people (long appositions)", () => {
  describe("positionAfterNameRule", () => {
    it("reads a portfolio with 'and' and a body name with 'and' whole", () => {
      const text =
        "The permits were announced by Kofi Boateng, the director general of mining and quarrying at Ghana's Ministry of Lands and Natural Resources, on Monday.";
      expect(facts(text, "HOLDS_POSITION")).toContain("Kofi Boateng > Ministry of Lands and Natural Resources");
    });

    it("ends the apposition at the sentence's end", () => {
      const text =
        "The United States will lend to miners, said Dana Whitfield, under secretary of energy for science and innovation. The Department of Energy approved the loans.";
      const a = analyse(text);
      const post = a.relations.find((r) => r.predicate === "HOLDS_POSITION");
      expect(post?.attributes?.title).toBe("under secretary of energy for science and innovation");
    });

    it("stops at 'and' before another name", () => {
      const text =
        "Peru will cut royalties. Rosa Diaz, the mining minister and Pedro Ruiz, her deputy, met miners in Lima.";
      expect(facts(text, "HOLDS_POSITION")).toContain("Rosa Diaz > Peru");
    });
  });
});

describe("rules/people (a titled post at a body before the name)", () => {
  // [text, a post that must be found (or null), one that must not be]
  const rows: [string, string | null, string | null][] = [
    [
      "The Head of Mineral Policy at Chile's Mining Ministry, Andrea Rojas, said exports would rise.",
      "Andrea Rojas > Mining Ministry",
      null,
    ],
    [
      "Vietnam will appeal. Director of Trade Remedies at the Vietnamese Trade Ministry, Hoang Van Long, said the duties were unfair.",
      "Hoang Van Long > Vietnamese Trade Ministry",
      null,
    ],
    [
      "Deputy Director General at Kenya's Mining Department, Wanjiru Kamau, noted that exports had doubled.",
      "Wanjiru Kamau > Mining Department",
      null,
    ],
    // A list of bodies and people is no post.
    [
      "Officials from Ghana's Trade Ministry, Kwesi Ofori and others met in Accra.",
      null,
      "Kwesi Ofori > Trade Ministry",
    ],
  ];
  itReadsRows(rows, (text) => facts(text, "HOLDS_POSITION"));
});
