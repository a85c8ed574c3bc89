// People, round 4 of issue 13: the bodies of a state the press writes in lower case ("Indonesia's
// trade ministry", "the finance ministry in Jakarta"), named with their state in brackets as a
// reader looks them up; a body named with a state's possessive or demonym is that state's. Every
// sentence here is written for these tests (not copied from any article); the people are invented.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

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

function agencies(text: string): string[] {
  return analyse(text)
    .entities.filter((e) => e.type === "Agency")
    .map((e) => e.name)
    .sort();
}

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
    for (const [text, found, refused] of rows) {
      it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
        const names = agencies(text);
        if (found) expect(names).toContain(found);
        if (refused) expect(names).not.toContain(refused);
      });
    }

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
    for (const [text, found, refused] of rows) {
      it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
        const posts = facts(text, "HOLDS_POSITION");
        if (found) expect(posts).toContain(found);
        if (refused) expect(posts).not.toContain(refused);
      });
    }
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
    it("keeps a post only the United States has in the United States, in a story of two states", () => {
      const text =
        "Kazakhstan and the United States signed a tungsten deal. Kazakhstan will export more tungsten, Kazakhstan's officials said. “It is a good day,” Deputy Secretary of State Owen Pratt said at a forum in Astana.";
      const posts = facts(text, "HOLDS_POSITION");
      expect(posts).toContain("Owen Pratt > United States");
      expect(posts).not.toContain("Owen Pratt > Kazakhstan");
    });

    it("leaves another state's post of a similar name where the text puts it", () => {
      const text =
        "Britain and Japan met in London. Britain's Secretary of State for Business Alan Moore said talks went well.";
      expect(facts(text, "HOLDS_POSITION")).not.toContain("Alan Moore > United States");
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
