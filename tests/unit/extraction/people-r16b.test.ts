// Posts read in round 16b (issue 13, fresh text), in sentences written for the test: a body's
// bracketed short form between the body and a lower-case post ("Kenyan Miners Federation (KMF)
// executive director X"); a public body's or association's "(acting) director" heads it, a firm's
// does not; a list of officials that goes on with another state's official gives an unmarked member
// no neighbour's state; "External Affairs Minister" is India's post. A state's official who speaks
// ("X said", "X, the body's director, said") represents the state, a head of state or a former
// official does not. A country's states listed as examples ("states like A and B") are its
// PART_OF when the country is named in that sentence or the one before.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const PEOPLE = / (?:HOLDS_POSITION|AFFILIATED_WITH|REPRESENTS) /;
const ofPeople = (text: string) => readText(text).lines.filter((l) => PEOPLE.test(l));

describe("extraction people, round 16b", () => {
  describe("a body, its short form in brackets, a lower-case post, a name", () => {
    it.each([
      [
        "an association's executive director",
        "Kenyan Miners Federation (KMF) executive director Paul Otieno warned the new levy would close small pits.",
        "Paul Otieno HOLDS_POSITION Kenyan Miners Federation",
      ],
      [
        "an agency's acting director, named by its short form",
        "The grant came from the US National Trade Resources Agency (NTRA). NTRA acting director Laura Kemp said local suppliers would gain.",
        "Laura Kemp HOLDS_POSITION US National Trade Resources Agency",
      ],
    ])("%s", (_what, text, expected) => {
      expect(ofPeople(text)).toContain(expected);
    });

    it.each([
      ["a firm's director may sit on its board", "Acme Mining director Tom Hale said output rose in May."],
      ["a member is no post", "Kenyan Miners Federation (KMF) member Paul Otieno said the levy was too high."],
    ])("not %s", (_what, text) => {
      expect(ofPeople(text).filter((l) => l.includes("HOLDS_POSITION"))).toEqual([]);
    });
  });

  describe("a unit's director at a state's body", () => {
    it("holds a post of the body", () => {
      expect(
        ofPeople(
          "JAKARTA - Indonesia will cut export quotas. Budi Hartono, director of mineral policy at the energy ministry, said the cut would start in June.",
        ),
      ).toContain("Budi Hartono HOLDS_POSITION energy ministry (Indonesia)");
    });

    it("not at a think tank: a staff post there", () => {
      const lines = ofPeople(
        "“Quotas hurt everyone,” said Lena Holm, director of the Asia program at the Harbor Institute.",
      );
      expect(lines.filter((l) => l.includes("HOLDS_POSITION"))).toEqual([]);
    });
  });

  describe("an official who speaks represents the state", () => {
    it.each([
      [
        "a minister who announces",
        "Mines Minister Tom Dube said on Monday that Zimbabwe would ban raw lithium exports from January.",
        "Tom Dube REPRESENTS Zimbabwe",
      ],
      [
        "a state body's director who briefs",
        "SEOUL - South Korea cut its chip levy on Thursday. Park Min-jun, director of national policy at the presidential office, said in a briefing that cars would be covered.",
        "Park Min-jun REPRESENTS South Korea",
      ],
    ])("%s", (_what, text, expected) => {
      expect(ofPeople(text)).toContain(expected);
    });

    it.each([
      ["a head of state", "President Tom Dube said on Monday that Zimbabwe would ban raw lithium exports."],
      [
        "a former minister",
        "Former mines minister Tom Dube said Zimbabwe had waited too long to ban raw lithium exports.",
      ],
      ["a minister who is only named", "Zimbabwe's lithium ban was drafted under Mines Minister Tom Dube last year."],
    ])("not %s", (_what, text) => {
      expect(ofPeople(text).filter((l) => l.includes("REPRESENTS"))).toEqual([]);
    });
  });

  describe("a portfolio commissioner in a story naming the European Union", () => {
    it("is the bloc's, also when the story pairs the bloc with one state", () => {
      const lines = ofPeople(
        "OSLO - The European Union's trade chief said on Monday that Brussels and Tokyo were close to a deal. Trade Commissioner Anna Berg described her talks in Oslo with Japan's Trade Minister Kenji Sato as useful.",
      );
      expect(lines).toContain("Anna Berg HOLDS_POSITION European Union");
      expect(lines).toContain("Kenji Sato HOLDS_POSITION Japan");
    });

    it.each([
      [
        "a state's customs commissioner",
        "The European Union warned Canada on tariffs. Customs Commissioner Rod Banks said the new checks would start in May.",
      ],
      [
        "a commissioner in a story without the bloc",
        "Trade Commissioner Rod Banks said exporters in Ghana would gain from the deal.",
      ],
    ])("not %s", (_what, text) => {
      expect(ofPeople(text).filter((l) => / (?:HOLDS_POSITION|REPRESENTS) European Union$/.test(l))).toEqual([]);
    });
  });

  describe("a list of officials of several states", () => {
    it("an unmarked member before another state's official shares no neighbour's state", () => {
      const lines = ofPeople(
        "US Secretary of State Mark Dole, Trade Minister Ravi Kumar, Japan's Foreign Minister Kenji Sato and Australian Foreign Minister Jo Tan met in Washington.",
      );
      expect(lines).toContain("Kenji Sato HOLDS_POSITION Japan");
      expect(lines).toContain("Jo Tan HOLDS_POSITION Australia");
      expect(lines.filter((l) => l.startsWith("Ravi Kumar"))).toEqual([]);
    });

    it("a list of one state's officials still shares the first one's state", () => {
      const lines = ofPeople(
        "US Treasury Secretary Paul Granger, Commerce Secretary Ana Ruiz, and Trade Representative Tom Hale met China's vice-premier Wu Ping in Oslo for talks.",
      );
      expect(lines).toContain("Ana Ruiz HOLDS_POSITION United States");
      expect(lines).toContain("Tom Hale HOLDS_POSITION United States");
    });

    it("India's External Affairs Minister", () => {
      const lines = ofPeople(
        "US Secretary of State Mark Dole, External Affairs Minister Ravi Kumar, Japan's Foreign Minister Kenji Sato and Australian Foreign Minister Jo Tan met in Washington, where India pressed for a supply pact.",
      );
      expect(lines).toContain("Ravi Kumar HOLDS_POSITION India");
      expect(lines.filter((l) => /^Ravi Kumar \S+ (?:United States|Japan)$/.test(l))).toEqual([]);
    });
  });

  describe("a country's states listed as examples", () => {
    const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));
    it.each([
      [
        "states like A and B, the country in the sentence before",
        "The U.S. corn sector lost buyers this year. Growers, mostly in farm states like Ohio and Kansas, face low prices.",
        ["Ohio PART_OF United States", "Kansas PART_OF United States"],
      ],
      [
        "provinces such as A, B and C",
        "Canada's provinces such as Ontario, Quebec and Alberta set their own mining rules.",
        ["Ontario PART_OF Canada", "Quebec PART_OF Canada", "Alberta PART_OF Canada"],
      ],
    ])("%s", (_what, text, expected) => {
      const lines = partOf(text);
      for (const line of expected) expect(lines).toContain(line);
    });

    it("not a bare list of places", () => {
      expect(partOf("The U.S. corn sector lost buyers this year. Growers in Ohio and Kansas face low prices.")).toEqual(
        [],
      );
    });
  });
});
