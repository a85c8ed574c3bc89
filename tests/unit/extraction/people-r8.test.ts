// Posts read in round 8, in sentences written for the test: a coordinated leadership post ("owner
// and chairman", "founder and chief executive"), a general manager; and the roles that stay
// affiliations ("analyst and strategist").

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { isLeadershipTitle } from "../../../src/extraction/lexicon/titles.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

const ofPeople = (text: string) => readText(text).lines.filter((l) => / (?:HOLDS_POSITION|AFFILIATED_WITH) /.test(l));

describe("extraction people", () => {
  describe("isLeadershipTitle", () => {
    it.each([
      ["chairman", true],
      ["owner and chairman", true],
      ["founder and chief executive", true],
      ["founder, chairman and chief executive", true],
      ["general manager", true],
      ["owner", false],
      ["analyst and strategist", false],
      ["owner and analyst", false],
    ])("reads %s as a leadership post: %s", (title, expected) => {
      expect(isLeadershipTitle(title)).toBe(expected);
    });
  });

  describe("leadershipRule (coordinated posts)", () => {
    it.each([
      [
        "a possessive firm's owner and chairman",
        "Mei Lan, Koryo Semiconductor's owner and chairman, was suspended by a court on Monday.",
        ["Mei Lan HOLDS_POSITION Koryo Semiconductor"],
      ],
      [
        "the founder and chief executive of a firm",
        "Ana Ruiz, the founder and chief executive of Orca Lithium, said prices would rise.",
        ["Ana Ruiz HOLDS_POSITION Orca Lithium"],
      ],
      [
        "the general manager of a firm",
        "“The brine is a treasure,” said Jorge Vidal, the general manager of Andes Lithium Corp.",
        ["Jorge Vidal HOLDS_POSITION Andes Lithium Corp."],
      ],
      [
        "roles that are no post: an affiliation",
        "Tom Hale, Orca Lithium's analyst and strategist, said prices would rise.",
        ["Tom Hale AFFILIATED_WITH Orca Lithium"],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });
  });

  describe("lowerTitleRule (a post with its portfolio, set off by commas)", () => {
    it.each([
      [
        "a minister delegate for a portfolio, after the state's possessive",
        "The pact was signed Friday by Chile's minister delegate for foreign trade, Rosa Ibarra, and mining officials.",
        ["Rosa Ibarra HOLDS_POSITION Chile"],
      ],
      [
        "a minister of state for a portfolio",
        "Ghana's minister of state for mines, Kwame Boateng, said the refinery would open in May.",
        ["Kwame Boateng HOLDS_POSITION Ghana"],
      ],
      [
        "no post in a description that is not one",
        "Brazil's top buyer of copper, Ada Obi, said the price was high.",
        [],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });
  });

  describe("findMentions (a capitalised title with a portfolio of several words)", () => {
    const people = (text: string) =>
      analyseDocument(testDocument(text))
        .entities.filter((e) => e.type === "Person")
        .map((e) => e.name);
    it.each([
      [
        "a foreign minister's portfolio",
        "Minister of Foreign Affairs Juan Ortega said the talks were useful.",
        ["Juan Ortega"],
      ],
      [
        "an external affairs portfolio",
        "Minister of External Affairs Priya Raman met the envoy on Monday.",
        ["Priya Raman"],
      ],
      ["a one-word name after it", "Minister of Foreign Affairs Wang said the talks were useful.", ["Wang"]],
      [
        "a portfolio of one word",
        "Minister of Finance Sri Mulyani Indrawati said the budget was sound.",
        ["Sri Mulyani Indrawati"],
      ],
    ])("reads the name after %s", (_what, text, expected) => {
      expect(people(text)).toEqual(expected);
    });
  });
});
