// Names, round 15 (issue 13): a paraphrase table of the ways news states who holds a post, who speaks
// for whom and what a body is, read through the mention stage's title and apposition frames and the
// people rules — not from any article's phrasing. Every sentence is written for this test; the
// people, firms and groups are invented. Rows: [text, a fact that must be read]; negatives: [text,
// a fact that must not be read].

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.name}<${e.type}>`);
}

describe("names, round 15", () => {
  describe("posts: the paraphrase table", () => {
    it.each([
      // Leadership of a firm, every frame news uses.
      [
        "Ana Ruiz, the chief executive of Norvik Metals, said prices would rise.",
        "Ana Ruiz HOLDS_POSITION Norvik Metals",
      ],
      ["Norvik Metals' chief executive Ana Ruiz said prices would rise.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      ["Norvik Metals CEO Ana Ruiz said prices would rise.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      ["Ana Ruiz, who heads Norvik Metals, said prices would rise.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      ["Ana Ruiz, president of Norvik Metals, said prices would rise.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      ["Ana Ruiz was appointed chief executive of Norvik Metals in March.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      // "Its president, X": the firm or organisation the sentence before opens with.
      [
        "Norvik Metals reported higher profit on Monday. Its chief executive, Karl Brun, said costs would fall.",
        "Karl Brun HOLDS_POSITION Norvik Metals",
      ],
      [
        "Fennmark, the association for the region's toolmakers, welcomed the cut. Its president, Lise Dahl, warned that orders were weak.",
        "Lise Dahl HOLDS_POSITION Fennmark",
      ],
      // A staff post with a rank before it and a portfolio after it.
      [
        "The Growers Association of Ruritania (GAR) objected. GAR senior vice president for policy Tom Hale expressed concern about the fees.",
        "Tom Hale HOLDS_POSITION Growers Association of Ruritania",
      ],
      // A post "of" the body before the name set off by commas.
      [
        "The chief executive of Norvik Metals, Ana Ruiz, said prices would rise.",
        "Ana Ruiz HOLDS_POSITION Norvik Metals",
      ],
      ["The head of Norvik Metals, Ana Ruiz, said prices would rise.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      // An envoy's post with the state it is sent to.
      ["Peru's ambassador to Japan, Carlos Mendez, said the deal was weak.", "Carlos Mendez HOLDS_POSITION Peru"],
      // Posts of state, with the portfolio after the head, hyphenated heads.
      ["Peruvian Foreign Minister Carlos Mendez said the deal was weak.", "Carlos Mendez HOLDS_POSITION Peru"],
      ["Carlos Mendez, Peru's foreign minister, said the deal was weak.", "Carlos Mendez HOLDS_POSITION Peru"],
      [
        "The offer came from Peru's Vice-Minister of Foreign Trade Carlos Mendez, who spoke after the meeting.",
        "Carlos Mendez HOLDS_POSITION Peru",
      ],
      ["Peru's Deputy Secretary of War Tom Hale visited the base on Monday.", "Tom Hale HOLDS_POSITION Peru"],
      // A legislature's committee and its officers.
      [
        "Ana Ruiz, chair of the Senate Foreign Relations Committee, said the deal was weak.",
        "Ana Ruiz HOLDS_POSITION Senate Foreign Relations Committee",
      ],
      [
        "Tom Hale, ranking member of the House Select Committee on Shipping, said in a statement that the fees were too high.",
        "Tom Hale HOLDS_POSITION House Select Committee on Shipping",
      ],
      // Affiliations of analysts and scholars.
      [
        "Ana Ruiz, a senior fellow at the Harborview Institute, said the deal was weak.",
        "Ana Ruiz AFFILIATED_WITH Harborview Institute",
      ],
      ["Ana Ruiz of the Harborview Institute said the deal was weak.", "Ana Ruiz AFFILIATED_WITH Harborview Institute"],
      ["Kestrel Capital analyst Ana Ruiz said the deal was weak.", "Ana Ruiz AFFILIATED_WITH Kestrel Capital"],
      [
        "Ana Ruiz, a professor of economics at Lakeland University, said the deal was weak.",
        "Ana Ruiz AFFILIATED_WITH Lakeland University",
      ],
    ])("reads %s", (text, line) => {
      expect(readText(text).lines).toContain(line);
    });

    it.each([
      // Someone else's post, a meeting, a possessive's post named by another speaker.
      ["Ana Ruiz said Norvik Metals' chief executive had resigned.", "Ana Ruiz HOLDS_POSITION Norvik Metals"],
      ["Ana Ruiz, who met the chief executive of Norvik Metals, said prices would rise.", "Ana Ruiz AFFILIATED_WITH"],
      ["Shares of Norvik Metals, Ana Ruiz said, would rise.", "Ana Ruiz HOLDS_POSITION"],
      ["Peru's ambassador to Japan, Carlos Mendez, said the deal was weak.", "Carlos Mendez HOLDS_POSITION Japan"],
      // "Its" with no firm opening the sentence before: no guess.
      [
        "Prices fell sharply on Monday, traders said. Its president, Karl Brun, said costs would fall.",
        "Karl Brun HOLDS_POSITION",
      ],
      // A committee that is no legislature's holds no post.
      ["Ana Ruiz, chair of the Harvest Festival Committee, said the fair would open.", "Ana Ruiz HOLDS_POSITION"],
    ])("reads no post in %s", (text, line) => {
      expect(readText(text).lines.filter((l) => l.startsWith(line))).toEqual([]);
    });
  });

  describe("places: a place and the region it is in", () => {
    it.each([
      [
        "The mine on the island of Tarvo, North Kelan province, is owned by Norvik Metals.",
        "Tarvo PART_OF North Kelan",
      ],
      [
        "Workers in the town of Morvala, Upper Dastra province, went on strike.",
        "Morvala PART_OF Upper Dastra province",
      ],
      [
        "The company runs a mill near Kalgoorlie, Western Australia, and ships ore to Perth.",
        "Kalgoorlie PART_OF Western Australia",
      ],
    ])("reads %s", (text, line) => {
      expect(readText(text).lines.some((l) => l.startsWith(line))).toBe(true);
    });

    it.each([
      // A list of places is no hierarchy.
      ["Exports from Lima, Arequipa and Cusco rose.", "Lima PART_OF"],
    ])("reads no part in %s", (text, line) => {
      expect(readText(text).lines.filter((l) => l.startsWith(line))).toEqual([]);
    });
  });

  describe("names", () => {
    it.each([
      // A party's adjective is no part of a name.
      ["Republican Tom Hale said the deal was weak.", "Tom Hale<Person>"],
      ["Democratic Senator Ana Ruiz said the deal was weak.", "Ana Ruiz<Person>"],
      // A title's portfolio word after "of" and a hyphenated head are the title's.
      ["“Output will grow,” said Director of Research Policy Lena Marsh.", "Lena Marsh<Person>"],
      ["Kenya's Vice-Minister of Trade John Kamau said the talks went well.", "John Kamau<Person>"],
      // An organisation by the apposition that says what it is.
      ["Fennmark, the association for the region's toolmakers, welcomed the cut.", "Fennmark<Organization>"],
      ["Halvorsen, a lobby group representing shipbuilders, welcomed the news.", "Halvorsen<Organization>"],
      // A state body named with its remit after "for the".
      [
        "The quota was set by the Authority for the Control of Mineral Markets on Monday.",
        "Authority for the Control of Mineral Markets<Agency>",
      ],
      // A state's export credit agency, the state's name opening or closing it.
      ["Export Finance Peru agreed to lend $50 million to the miner.", "Export Finance Peru<Agency>"],
      ["The loan from Kenya Export Finance was approved on Monday.", "Kenya Export Finance<Agency>"],
      ["Export Development Kenya said it would back the plant.", "Export Development Kenya<Agency>"],
      // A party's organs are the party's.
      [
        "The Central Committee of the Socialist Party of Ruritania met on Monday.",
        "Central Committee of the Socialist Party of Ruritania<Organization>",
      ],
    ])("reads %s", (text, entity) => {
      expect(entities(text)).toContain(entity);
    });

    it.each([
      ["Republican Tom Hale said the deal was weak.", "Republican Tom Hale<Person>"],
      ["Halvorsen, a mining group based in Oslo, said output rose.", "Halvorsen<Organization>"],
      ["The Agency for the United States said nothing.", "Agency for the United States<Agency>"],
    ])("does not read %s", (text, entity) => {
      expect(entities(text)).not.toContain(entity);
    });
  });
});
