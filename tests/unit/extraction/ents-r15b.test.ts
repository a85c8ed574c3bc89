// Entities, round 15b (issue 13): firms the mention stage dropped although the sentence types them —
// a list whose one member is a firm, a list called by a firm's noun in apposition, a name in
// apposition to "a … company". Every sentence is written for this test; the firms are invented.
// Rows: [text, a name, the type it must have]; negatives: [text, a name that must not be a firm].

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function typeOf(text: string, name: string): string | undefined {
  return analyseDocument(testDocument(text)).entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
}

describe("entities, round 15b", () => {
  describe("a firm by the list it stands in", () => {
    it.each([
      // One member a firm by its head word, the others after it, a state's possessive between.
      ["The smelter is owned by Borvane Holding Group, Peru's Quellor and Tirasco.", "Quellor", "Company"],
      ["The smelter is owned by Borvane Holding Group, Peru's Quellor and Tirasco.", "Tirasco", "Company"],
      // A firm's name later in the list.
      ["Stakes went to Quellor, Tirasco and Borvane Mining Corp. last year.", "Tirasco", "Company"],
      // The list called by a plural firm's noun in apposition, or a relative clause.
      ["Quellor and Tirasco, the two biggest tin refiners in Asia, gained most.", "Quellor", "Company"],
      [
        "Peru's Quellor and Tirasco, which are the largest zinc miners in the region, won quotas.",
        "Tirasco",
        "Company",
      ],
      ["Quellor, one of the world's largest magnet makers, can ship again.", "Quellor", "Company"],
      // A name in apposition to a firm's noun.
      [
        "Washington will take a stake in another Chilean mining company, Tirasco Andes, next month.",
        "Tirasco Andes",
        "Company",
      ],
      // A firm's own units in apposition, two of them.
      [
        "Borvane Mining Corp. bought the mine through its subsidiaries, Quellor Gold and Tirasco Metals.",
        "Quellor Gold",
        "Company",
      ],
      // A Romance name goes on past its particle.
      ["Quotas went to Borvane Mining Corp. and Societe Miniere du Kalvo.", "Societe Miniere du Kalvo", "Company"],
      [
        "Quotas went to Borvane Mining Corp. and Compagnie du Zinc de Morvan.",
        "Compagnie du Zinc de Morvan",
        "Company",
      ],
    ])("%s → %s", (text, name, type) => {
      expect(typeOf(text, name)).toBe(type);
    });
  });

  describe("negatives: no firm from a list that is not one", () => {
    it.each([
      // A post in apposition after a person's name, a firm inside the post.
      ["Marta Quell, Chief Executive of Borvane Mining Corp., said demand was strong.", "Marta Quell"],
      // A day before a clause whose subject is "the firms".
      ["In a filing on Thursday, the firms said the plant would close.", "Thursday"],
      // "the miner, X said": a speaker, the apposition not closed.
      ["Output fell at the miner, Tirasco said on Monday.", "Tirasco"],
      // A list with a known place in it is no list of firms.
      ["Peru and Quellmark, the two largest tin producers, gained.", "Quellmark"],
      ["Tirasco and Quellor Valley, the two busiest tin exporters, were closed by floods.", "Tirasco"],
      // A person's name listed after a firm with a first name.
      ["Borvane Mining Corp. and John Tirasco signed the letter.", "John Tirasco"],
    ])("%s → not a firm: %s", (text, name) => {
      expect(typeOf(text, name)).not.toBe("Company");
    });
  });
});
