// Places and bodies (round 12, issue 13): a capital written as a place ("the Kenyan capital of
// Nairobi", "Lusaka, Zambia —", "Accra, March 3 (Wire)"), a wire's credit after a dateline's date,
// bodies located by a capital's possessive or "of <state>" after their acronym, regions located by
// an apposed direction and country, sites named again by their bare name, two sites under one
// plural noun, modifiers joined by "and" before a site noun, a stretch of land named after a
// region. Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.type}: ${e.name}`);
}

const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));

describe("extraction places r12", () => {
  describe("a capital written as the city", () => {
    it.each([
      [
        "after 'the <demonym> capital of'",
        "Kenya and Uganda signed the accord in the Kenyan capital of Nairobi on Friday.",
        "Place: Nairobi",
      ],
      ["before its own country in a dateline", "Lusaka, Zambia — Zambia raised its copper output.", "Place: Lusaka"],
      [
        "before a dateline's date",
        "Accra, March 3 (GhanaWire) Ghana said on Monday it would cut gold royalties.",
        "Place: Accra",
      ],
    ])("reads it %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      ["a capital acting for its state", "Nairobi agreed to lower duties, Kenya said on Monday."],
      ["a list of capitals of other states", "Lusaka, Nairobi and Accra all protested, Kenya said."],
    ])("keeps %s as the state", (_what, text) => {
      expect(entities(text).filter((x) => x === "Place: Nairobi")).toEqual([]);
    });

    it("places the dateline's capital in its country", () => {
      expect(partOf("Lusaka, Zambia — Zambia raised its copper output.")).toContain("Lusaka PART_OF Zambia");
    });
  });

  describe("a wire's credit after a dateline's date", () => {
    it("reads the outlet without a dash", () => {
      expect(entities("Accra, March 3 (GhanaWire) Ghana said on Monday it would cut gold royalties.")).toContain(
        "Media: GhanaWire",
      );
    });

    it("reads no outlet from brackets in a sentence's body", () => {
      expect(
        entities("Ghana said on Monday that the cut (Royalty Relief) would start in March.").filter((x) =>
          x.startsWith("Media: "),
        ),
      ).toEqual([]);
    });
  });

  describe("bodies located by a capital's possessive or 'of <state>' after their acronym", () => {
    it("reads a capital's possessive as the state", () => {
      expect(
        partOf("Talks with Kenya went on, Nairobi's Ministry of Mines and Energy said on Friday in a statement."),
      ).toContain("Ministry of Mines and Energy PART_OF Kenya");
    });

    it("reads 'of <state>' after the acronym", () => {
      expect(
        partOf("The Ministry of Industry (MOI) of Ghana welcomed the accord, which Ghana signed last week."),
      ).toContain("Ministry of Industry PART_OF Ghana");
    });

    it("does not read a state named later in a list", () => {
      expect(
        partOf("The Ministry of Industry (MOI) said talks of Ghana and Togo ended; Ghana and Togo signed."),
      ).not.toContain("Ministry of Industry PART_OF Ghana");
    });
  });

  describe("a region located by an apposed direction and country", () => {
    it("reads 'X province, northern C'", () => {
      expect(partOf("The firm runs the Korvu mine in Lemba province, northern Zambia, since 2019.")).toContain(
        "Lemba province PART_OF Zambia",
      );
    });

    it("reads no location from a list of states", () => {
      expect(partOf("Ministers from Lemba province, southern Zambia and Ghana met.")).not.toContain(
        "Lemba province PART_OF Zambia",
      );
    });
  });

  describe("sites named again, two sites under one plural noun, joined modifiers", () => {
    it("reads a site's bare name later as the site and locates it", () => {
      const text =
        "The firm revived the Tembo deposit last year. Tembo, in Lemba province, holds lithium, the firm said.";
      expect(partOf(text)).toContain("Tembo PART_OF Lemba province");
    });

    it("reads two names before a plural site noun", () => {
      const found = entities("Costs to build the Eastern Vorla and Lower Tashk projects rose, the ministry said.");
      expect(found).toContain("Place: Eastern Vorla");
      expect(found).toContain("Place: Lower Tashk");
    });

    it("reads no sites when the names are firms or the noun is not a site's", () => {
      const firms = entities("Shares of Vorla Mining and Tashk Resources projects rose.");
      expect(firms.filter((x) => x.startsWith("Place: "))).toEqual([]);
      const other = entities("Costs of the Vorla and Tashk offices rose, the ministry said.");
      expect(other.filter((x) => x.startsWith("Place: "))).toEqual([]);
    });

    it("reads modifiers joined by 'and' before a site noun", () => {
      const text = "Funding came for the Orlen lithium and geothermal energy project in Germany.";
      expect(entities(text)).toContain("Place: Orlen");
      expect(partOf(text)).toContain("Orlen PART_OF Germany");
    });

    it("keeps a firm's first word out of a place after 'at'", () => {
      const text = "Kestrel Rare Earths Ltd reported output. Output rose at Kestrel Malaysia last month.";
      expect(entities(text).filter((x) => x === "Place: Kestrel")).toEqual([]);
    });
  });

  describe("places that are not: a centre's staff, a part of a month, a list after a comma, a surname", () => {
    it("reads a centre a person works at as a body", () => {
      const found = entities("Mia Roe, director of the Asia program at the Halvern Center, said talks stalled.");
      expect(found).not.toContain("Place: Halvern Center");
      expect(found).toContain("Organization: Halvern Center");
    });

    it("still reads a centre an event is held at as a venue", () => {
      expect(entities("The ministers signed the pact at the Halvern Center on Monday.")).toContain(
        "Place: Halvern Center",
      );
    });

    it("reads no place in a part of a month", () => {
      const found = entities("Royalties To Rise In Mid April 2026\nGhana said royalties would rise.");
      expect(found.filter((x) => x.startsWith("Place: "))).toEqual([]);
    });

    it("reads no place before a list of states after a comma", () => {
      const found = entities("Beyond the GFA, Ghana and the EU are working on a minerals pact.");
      expect(found.filter((x) => x.startsWith("Place: "))).toEqual([]);
    });

    it("still reads a town before its country after a comma", () => {
      expect(entities("Shipments left Tarvo, Ghana, on Monday.")).toContain("Place: Tarvo");
    });

    it("reads a title's 'at X' as the surname of a person named later", () => {
      const text = "Accra hits back at Morrow with duties\nGhana imposed duties after US envoy Jane Morrow spoke.";
      expect(entities(text).filter((x) => x === "Place: Morrow")).toEqual([]);
    });
  });

  describe("site names with a non-breaking hyphen; a complex is its site", () => {
    it("reads one site however the text calls it", () => {
      const text = "Output rose at the Kalo\u2011Tembe gold mine. The Kalo\u2011Tembe complex employs 800 people.";
      const places = entities(text).filter((x) => x.startsWith("Place: "));
      expect(places).toEqual(["Place: Kalo\u2011Tembe"]);
    });
  });

  describe("a legislature's chamber; a regulator named in apposition", () => {
    it.each([
      [
        "a house named after its members",
        "The bill passed the House of Councillors, Japan said.",
        "Agency: House of Councillors",
      ],
      [
        "a chamber named after its members",
        "Ghana's Chamber of Deputies approved the royalty law on Monday.",
        "Agency: Chamber of Deputies (Ghana)",
      ],
    ])("reads %s as a body of state", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it("keeps a chamber of commerce an organisation", () => {
      expect(entities("The Accra Chamber of Commerce welcomed the law.")).toContain(
        "Organization: Accra Chamber of Commerce",
      );
    });

    it("reads a regulator named after its lower-case description and locates it", () => {
      const text = "Ghana’s competition watchdog, Comisión Nacional Minera (CNM), approved the venture.";
      expect(entities(text)).toContain("Agency: Comisión Nacional Minera");
      expect(partOf(text)).toContain("Comisión Nacional Minera PART_OF Ghana");
    });

    it("reads no body from a person named after a regulator's noun", () => {
      expect(entities("The regulator, Jane Morrow, said talks ended.")).toContain("Person: Jane Morrow");
    });
  });

  describe("a lower-case body in a story that names only the United States", () => {
    it("gives it the state of the dateline's city", () => {
      const text =
        "DAEGU, North Gyeongsang — The United States welcomed the declaration, the presidential office said.";
      expect(entities(text)).toContain("Agency: presidential office (South Korea)");
    });

    it("gives it none without a dateline", () => {
      const text = "The United States welcomed the declaration, the presidential office said on Monday.";
      expect(entities(text).filter((x) => x.startsWith("Agency: presidential office"))).toEqual([]);
    });
  });

  describe("outlets closed by a place's name, and sites' addresses a report is credited to", () => {
    it.each([
      [
        "a news head before a region",
        "Talks will go on, Channel News Africa reported on Friday.",
        "Media: Channel News Africa",
      ],
      ["a radio before a region", "The law will pass, according to Radio Free Africa.", "Media: Radio Free Africa"],
      [
        "an address after 'according to'",
        "The mine will reopen in May, according to orewatch.com.",
        "Media: orewatch.com",
      ],
      ["an address after 'cited from'", "Output fell, data cited from metalsdesk.net showed.", "Media: metalsdesk.net"],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      ["an address the text sends readers to", "Details are at orewatch.com for subscribers."],
      ["a firm's name before its country", "Shares in Kestrel Holdings Ghana rose on Monday."],
    ])("reads no outlet in %s", (_what, text) => {
      expect(entities(text).filter((x) => x.startsWith("Media: "))).toEqual([]);
    });
  });

  describe("a region's government", () => {
    it("reads it as a body of the state that owns the region", () => {
      const text = "The miner signed a pact with Ghana's Volta state government on Monday.";
      expect(entities(text)).toContain("Agency: Volta state government");
      expect(partOf(text)).toContain("Volta state government PART_OF Ghana");
    });

    it("reads no body from a country's generic state government", () => {
      expect(
        entities("The law lets a US state government set royalties.").filter((x) => x.startsWith("Agency: ")),
      ).toEqual([]);
    });
  });

  describe("a stretch of land named after a region", () => {
    it("reads the whole name, not inside the region", () => {
      const text = "Brine from the Sonora Desert feeds the plant, Mexico said.";
      expect(entities(text)).toContain("Place: Sonora Desert");
      expect(partOf(text).filter((l) => l.startsWith("Sonora Desert PART_OF Sonora"))).toEqual([]);
    });
  });
});
