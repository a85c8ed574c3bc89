// Places and bodies named in passing (round 11): subdivisions and towns of any state read where the
// text puts a place ("in Balochistan"), a place's kind in apposition (", a mining town in …") and
// the place it locates, heads of land and buildings ("Gulf Coast", "Federal Building"), armed
// groups and a state's armed services. Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.type}: ${e.name}`);
}

const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));

describe("extraction places r11", () => {
  describe("subdivisions and towns of any state after a preposition of place", () => {
    it.each([
      [
        "a province of a state outside the large economies",
        "The firm will build a plant in Balochistan next year.",
        "Place: Balochistan",
      ],
      ["a region named near a mine", "Herders protested near Omnogovi after the spill.", "Place: Omnogovi"],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      ["a region's name that is an English word", "Shares rose in Delta after the report.", "Delta"],
      ["a town's name that is an English word", "Talks went on in Homer for a week.", "Homer"],
    ])("leaves %s", (_what, text, word) => {
      expect(entities(text).filter((x) => x.startsWith("Place: ") && x.includes(word))).toEqual([]);
    });
  });

  describe("a place's kind in apposition", () => {
    it.each([
      [
        "a province with a phrase after its kind",
        "Output rose in Zanvira, a province rich in cobalt, last year.",
        "Place: Zanvira",
      ],
      [
        "a town located by the apposition",
        "The miner bought land near Korvala, a small mining town in northern Ghana.",
        "Place: Korvala",
      ],
      ["a provincial capital", "Crowds gathered in Mbetu, the provincial capital, on Monday.", "Place: Mbetu"],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      ["a person with a city's post", "Jane Morrow, a city councillor, backed the plan."],
      ["a firm called a state company", "Zentra, a state company, will buy the ore."],
      ["a kind word joined to a modifier", "Delvo, a town-based supplier, cut prices."],
    ])("does not read %s as a place", (_what, text) => {
      expect(entities(text).filter((x) => x.startsWith("Place: "))).toEqual([]);
    });

    it("gives the place the country the apposition puts it in", () => {
      expect(partOf("The miner bought land near Korvala, a small mining town in northern Ghana.")).toContain(
        "Korvala PART_OF Ghana",
      );
      expect(partOf("Officials in Tarvo, a gold town of Ghana, said exports rose.")).toContain("Tarvo PART_OF Ghana");
    });

    it("gives none when the country is a possessive opening another name", () => {
      expect(partOf("Officials in Tarvo, a town in Ghana's Volta Basin, said exports rose.")).not.toContain(
        "Tarvo PART_OF Ghana",
      );
    });
  });

  describe("heads of land, sites and buildings; armed groups and services", () => {
    it.each([
      ["a coast named after a known place", "Refiners on the Gulf Coast bought more crude.", "Place: Gulf Coast"],
      [
        "a peninsula named after a people",
        "Tensions rose on the Iberian Peninsula this week.",
        "Place: Iberian Peninsula",
      ],
      ["a named processing complex", "The Redstone Metals Complex will open in May.", "Place: Redstone Metals Complex"],
      ["a named building", "Protesters gathered outside the Federal Building on Monday.", "Place: Federal Building"],
      [
        "an armed group",
        "Fighting with the Arakan Liberation Army closed the road.",
        "Organization: Arakan Liberation Army",
      ],
      ["a state's army", "The US Army signed a contract with the drone maker.", "Agency: US Army"],
      ["a state's navy", "The Chinese Navy held drills near the strait.", "Agency: Chinese Navy"],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });
  });

  describe("a state's bodies named by their state or their own language", () => {
    it.each([
      [
        "an organisation opened by its state's name",
        "The Norway Organization for Seabed Minerals will map the deposits.",
        "Agency: Norway Organization for Seabed Minerals",
      ],
      [
        "a fund opened by a demonym",
        "The Saudi Public Investment Fund bought a stake in the smelter.",
        "Agency: Saudi Public Investment Fund",
      ],
      [
        "a fund closed by its state's name",
        "The Strategic Reserve Fund of Chile will back the miner.",
        "Agency: Strategic Reserve Fund of Chile",
      ],
      [
        "a national legislature",
        "The National Assembly approved the mining code on Friday.",
        "Agency: National Assembly",
      ],
      ["a legislature named in its own language", "The Knesset passed the bill late on Monday.", "Agency: Knesset"],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      [
        "a fund two states share",
        "The United States-Ukraine Recovery Fund will open in May.",
        "Agency: United States-Ukraine Recovery Fund",
      ],
      [
        "an international organisation",
        "The International Organization for Standardization set the rule.",
        "Agency: International Organization for Standardization",
      ],
      ["the General Assembly", "Leaders spoke at the General Assembly this week.", "Agency: General Assembly"],
    ])("does not make an agency of %s", (_what, text, unexpected) => {
      expect(entities(text)).not.toContain(unexpected);
    });

    it("gives a body the state its name ends with after 'of', when the document names that state", () => {
      const text =
        "The Central Bank of Kenya raised rates as Kenya struggled. The Strategic Reserve Fund of Chile bought ore that Chile mined.";
      expect(partOf(text)).toEqual(
        expect.arrayContaining([
          "Central Bank of Kenya PART_OF Kenya",
          "Strategic Reserve Fund of Chile PART_OF Chile",
        ]),
      );
    });

    it("gives none when the state is named only inside the body's name", () => {
      expect(partOf("The Central Bank of Kenya raised rates on Tuesday.")).toEqual([]);
    });

    it("joins an acronym to a body whose name opens with a dotted abbreviation", () => {
      const body = analyseDocument(
        testDocument("The U.S. Mineral Survey said reserves were large. The USMS added that output fell."),
      ).entities.find((e) => e.name === "U.S. Mineral Survey");
      expect(body?.aliases).toContain("USMS");
    });
  });

  describe("a place named by its kind", () => {
    it.each([
      ["a town after its kind and 'of'", "Crowds gathered in the town of Zarvena on Monday.", "Place: Zarvena"],
      ["a province opening the sentence", "The province of Ketanga produces most of the cobalt.", "Place: Ketanga"],
      ["a port of two words", "Ships queued at the port of Puerto Valdor on Friday.", "Place: Puerto Valdor"],
      ["a district after its name", "Mining began in Kurvo district last year.", "Place: Kurvo district"],
    ])("reads %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });

    it.each([
      ["a state of affairs", "The state of Play report was published on Monday."],
      ["a capital's possessive", "The capital of Harwell Mining rose sharply."],
    ])("does not read %s as a place", (_what, text) => {
      expect(entities(text).filter((x) => x.startsWith("Place: "))).toEqual([]);
    });
  });

  describe("a place located past its kind's noun", () => {
    it("joins a city named with its department to the country after the comma", () => {
      expect(partOf("A second line runs in Cusco department, Peru.")).toContain("Cusco PART_OF Peru");
    });

    it("joins another state's province to the country after the comma", () => {
      expect(partOf("The firm will build a plant in Balochistan, Pakistan, next year.")).toContain(
        "Balochistan PART_OF Pakistan",
      );
    });

    it("joins a city to a Korean province written as the English-language press writes it", () => {
      expect(partOf("The steel plant in Pohang, North Gyeongsang, will open next year.")).toContain(
        "Pohang PART_OF North Gyeongsang",
      );
    });

    it("does not join a city to a country that opens a title after the comma", () => {
      expect(partOf("In Cusco, Peru Trade Minister Ana Quispe spoke on Monday.")).not.toContain("Cusco PART_OF Peru");
    });
  });
});
