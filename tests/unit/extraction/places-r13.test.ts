// Places and bodies (round 13, issue 13): a works named after its town ("the X Aluminium Plant"),
// a state's letters on a dollar sign (a currency, no body), England as one of the United
// Kingdom's nations, a region named like a state when its country's regions are listed with it.
// Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.type}: ${e.name}`);
}

const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));

describe("extraction places r13", () => {
  describe("a works named after its town", () => {
    it.each([
      ["a plant", "Zinc will be recovered at the Ulsan Copper Plant, the firm said.", "Place: Ulsan Copper Plant"],
      ["a smelter", "Output rose at the Perth Nickel Smelter last year.", "Place: Perth Nickel Smelter"],
      ["a mill", "The firm ships its ore to the Blue Ridge Mill every week.", "Place: Blue Ridge Mill"],
    ])("keeps %s whole", (_what, text, expected) => {
      const found = entities(text);
      expect(found).toContain(expected);
      expect(found.filter((x) => x === "Place: Ulsan" || x === "Place: Perth")).toEqual([]);
    });

    it("places a mill in the state it is said to be in", () => {
      expect(partOf("The firm ships its ore to its Blue Ridge Mill in Nevada.")).toContain(
        "Blue Ridge Mill PART_OF Nevada",
      );
    });

    it("leaves a firm named after a mill a firm", () => {
      expect(entities("The mine is owned by Acme Steel Mill Co, the filing showed.")).toContain(
        "Company: Acme Steel Mill Co",
      );
    });
  });

  describe("a state's letters on a dollar sign", () => {
    it.each([
      ["an Australian amount", "The miner will spend AU$350 million on the new shaft."],
      ["a New Zealand amount", "The council lent NZ$40 million to the port."],
    ])("read in %s name no body", (_what, text) => {
      expect(entities(text).filter((x) => /^(?:Organization|Agency|Country): /.test(x))).toEqual([]);
    });

    it("still reads the bloc's letters alone", () => {
      expect(entities("The AU said the summit would discuss trade.")).toContain("Organization: African Union");
    });
  });

  describe("England", () => {
    it("is a place of the United Kingdom after a city", () => {
      expect(partOf("Negotiators met in London, England, on Tuesday.")).toContain("London PART_OF England");
    });

    it("is no second name of the United Kingdom", () => {
      expect(entities("Exports from England rose, Britain said.")).toContain("Place: England");
    });
  });

  describe("a region named like a state", () => {
    it.each([
      ["listed with its country's regions", "Factories in Texas, Georgia and Ohio will close."],
      ["after a city of its country", "The battery plant is in Savannah, Georgia."],
      ["after 'state of'", "The US state of Georgia offered tax breaks to the carmaker."],
    ])("is the region %s", (_what, text) => {
      const found = entities(text);
      expect(found).toContain("Place: Georgia");
      expect(found).not.toContain("Country: Georgia");
    });

    it.each([
      ["beside its neighbours", "Georgia and Armenia signed a transit deal with Turkey."],
      ["alone", "Georgia said it would export more wine to Europe."],
    ])("stays the state %s", (_what, text) => {
      expect(entities(text)).toContain("Country: Georgia");
    });
  });

  describe("a site described before the place it is in", () => {
    it.each([
      [
        "an apposition",
        "The brine sits in the Salar de Blanco, a vast lithium-rich basin in Atacama, Chile.",
        "Salar de Blanco PART_OF Atacama",
      ],
      [
        "a district named for its mines, then 'also in'",
        "The pit lies within the Copperton mining district, also in Atacama, Chile.",
        "Copperton mining district PART_OF Atacama",
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(partOf(text)).toContain(expected);
    });

    it.each([
      ["a clause's verb between", "Output fell at the Tanbreez project, the firm said in Copenhagen."],
      ["'near' after the apposition", "Talks were held at Hale House, an old mansion near Buckingham Palace."],
      ["a preposition inside the apposition", "The Kestrel mine, a partner of firms in Canada, ships ore."],
    ])("places nothing with %s", (_what, text) => {
      expect(partOf(text).filter((l) => /^(?:Tanbreez|Hale House|Kestrel) /.test(l))).toEqual([]);
    });
  });

  describe("a capitalised kind of place after 'a'", () => {
    it("names no place", () => {
      expect(entities("The smelter sits within a Special Economic Zone near the coast.")).toEqual([]);
    });

    it("keeps a named zone", () => {
      expect(entities("The smelter sits in the Kembla Special Economic Zone.")).toContain(
        "Place: Kembla Special Economic Zone",
      );
    });
  });

  describe("a capital's possessive before a state's thing", () => {
    it("is the state after 'from'", () => {
      const found = entities("Carmakers took a hit from Beijing's curbs on magnets, China said.");
      expect(found).not.toContain("Place: Beijing");
    });

    it("stays the city before the city's parts", () => {
      expect(entities("Smog returned to Beijing's streets as China restarted plants.")).toContain("Place: Beijing");
    });
  });

  describe("outlets", () => {
    const outlets = (text: string, source: string | null = null) =>
      analyseDocument(testDocument(text, { source }))
        .entities.filter((e) => e.type === "Media")
        .map((e) => e.name);

    it.each([
      ["an English word after 'the' before 'reports'", "Zambia cut mining royalties, the Herald reports.", "Herald"],
      ["the same before 'reported on'", "Kenya lifted the ban, the Standard reported on Monday.", "Standard"],
    ])("reads %s", (_what, text, expected) => {
      expect(outlets(text)).toContain(expected);
    });

    it.each([
      ["a government", "Output rose, the Government reported, citing customs data."],
      ["a reporting verb with an object", "Exports fell, the Standard Bank reported a loss."],
    ])("reads no outlet from %s", (_what, text) => {
      expect(outlets(text)).toEqual([]);
    });

    it("reads the source's initials as the source", () => {
      expect(outlets("LDN Staff\nZambia cut royalties on Monday.", "Lakeside Daily News")).toEqual([
        "Lakeside Daily News",
      ]);
    });

    it("reads a source written round a period", () => {
      expect(outlets("Zambia cut royalties, Zed.Kz reports per local media.", "Zed.Kz")).toEqual(["Zed.Kz"]);
    });

    it("reads no initials of a two-word source", () => {
      expect(outlets("The MN rules changed on Monday.", "Mining News")).toEqual([]);
    });
  });

  describe("councils", () => {
    it.each([
      ["a national trade council", "The National Export Trade Council criticised the tariffs.", "Organization"],
      ["a farm good's council", "The Wheat Council of Ruritania welcomed the cut.", "Organization"],
      ["a state's security council", "The National Security Council met on Monday, the US said.", "Agency"],
    ])("types %s", (_what, text, type) => {
      expect(
        entities(text)
          .filter((x) => x.includes("Council"))[0]
          ?.split(":")[0],
      ).toBe(type);
    });
  });

  describe("a site's bare name", () => {
    it.each([
      ["after", "The Kestrel Graphite Project in Tanzania won funding. The Kestrel deposit holds 200 Mt of ore."],
      ["before", "The Kestrel deposit holds ore. The Kestrel Graphite Project lies in Tanzania."],
    ])("joins the site named in full %s it", (_what, text) => {
      expect(entities(text).filter((x) => x.startsWith("Place: "))).toEqual(["Place: Kestrel Graphite Project"]);
    });

    it("stays apart when two sites share the name", () => {
      expect(
        entities(
          "The Kestrel North Project and the Kestrel South Project are near. The Kestrel deposit is big.",
        ).filter((x) => x === "Place: Kestrel"),
      ).toEqual(["Place: Kestrel"]);
    });
  });

  describe("a seat of power", () => {
    it("is a venue when visited", () => {
      expect(entities("The delegation visited the White House on Monday.")).toContain("Place: White House");
    });

    it("is the body when it speaks", () => {
      expect(entities("The White House said tariffs would rise.")).toContain("Agency: White House");
    });
  });

  describe("parts of a state and estates", () => {
    it.each([
      [
        "a direction before a state",
        "The ore body lies in Northern Ontario, the miner said.",
        "Place: Northern Ontario",
      ],
      [
        "an industrial estate",
        "The refinery sits in the Kembla Industrial Estate by the sea.",
        "Place: Kembla Industrial Estate",
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      [
        "a state whose name opens with a direction",
        "Output rose in South Carolina and North Dakota.",
        "Place: South Carolina",
      ],
      ["a property firm", "Sales fell, Lanyard Real Estate said on Monday.", "Company: Lanyard Real Estate"],
    ])("keeps %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });
  });

  describe("bodies and regions inside a title", () => {
    it.each([
      ["a body before a lower-case post", "Rates rose, Ruritania's Treasury secretary Jane Roe said on Monday."],
      [
        "a bracketed acronym after the title",
        "A team led by Trade Representative (TRO) for Asia Jane Roe met officials.",
      ],
    ])("reads no body from %s", (_what, text) => {
      expect(entities(text).filter((x) => x.startsWith("Agency: "))).toEqual([]);
    });

    it.each([
      ["after a title's 'for'", "The Minister for Africa visited Kenya on Monday."],
      [
        "after a bracketed acronym",
        "A team led by Trade Representative (TRO) for South and Central Asia Jane Roe met.",
      ],
    ])("reads no region %s", (_what, text) => {
      expect(entities(text).filter((x) => x.startsWith("Place: "))).toEqual([]);
    });

    it.each([
      ["a body that speaks", "The Treasury said on Monday that rates would rise.", "Agency: Treasury"],
      ["a region goods are for", "Demand for Central Asia rose sharply this year.", "Place: Central Asia"],
    ])("keeps %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });
  });
});
