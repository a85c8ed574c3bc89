// Round 21b: a post "of" a body, then the body's name and its holder's in one capitalised run
// ("President of the World Bank Jane Roe", "Chief Executive of Acme Holdings Jane Roe"): the body
// (listed, typed by its head, named before in the document, or a firm after a firm's post) and the
// person holding the post in it.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

/** The people the extraction finds in `text`. */
function people(text: string): string[] {
  return analyseDocument(testDocument(text))
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);
}

const CASES: { text: string; has: string[]; not: string[] }[] = [
  {
    // A body the gazetteer lists, then the holder's name.
    text: "The plan was welcomed by the President of the World Bank Harold Venn on Monday.",
    has: ["Harold Venn HOLDS_POSITION World Bank"],
    not: [],
  },
  {
    // A hyphenated post, an acronym body.
    text: "Secretary-General of ASEAN Marta Quill welcomed the plan on Tuesday.",
    has: ["Marta Quill HOLDS_POSITION ASEAN"],
    not: [],
  },
  {
    // A body typed by its head word.
    text: "Chief Investment Officer of Kelvora Holdings Daniel Mbeki said the fund would invest.",
    has: ["Daniel Mbeki HOLDS_POSITION Kelvora Holdings"],
    not: [],
  },
  {
    // A firm no list knows after a firm's post, a first name after it.
    text: "Chief Executive of Brenmoor Tallis Karen Holt said demand was strong.",
    has: ["Karen Holt HOLDS_POSITION Brenmoor Tallis"],
    not: [],
  },
  {
    // A firm's name closed by a state's, then a name no list knows.
    text: "Chief Investment Officer of Veltrana Kenya Odhiambo Wekesa said the fund would invest.",
    has: ["Odhiambo Wekesa HOLDS_POSITION Veltrana Kenya"],
    not: [],
  },
  {
    // Negative: a firm no list knows, then words no first name opens: no person split off.
    text: "Chief Executive of Brenmoor Tallis Quorn said demand was strong.",
    has: [],
    not: ["Tallis Quorn HOLDS_POSITION Brenmoor", "Quorn HOLDS_POSITION Brenmoor Tallis"],
  },
  {
    // Negative: the firm's name alone after the post: no person.
    text: "The chief executive of Kelvora Holdings said demand was strong.",
    has: [],
    not: ["Kelvora Holdings HOLDS_POSITION Kelvora Holdings"],
  },
  {
    // A demonym the country package leaves out makes the post the state's.
    text: "Polish Deputy Minister Harold Venn met the delegation in Warsaw.",
    has: ["Harold Venn HOLDS_POSITION Poland"],
    not: [],
  },
  {
    text: "Icelandic Foreign Minister Marta Quill met the delegation on Monday.",
    has: ["Marta Quill HOLDS_POSITION Iceland"],
    not: [],
  },
];

describe("bodies round 21b", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const { lines: facts } = readText(c.text);
      for (const f of c.has) expect(facts).toContain(f);
      for (const f of c.not) expect(facts).not.toContain(f);
    });
  }
  it("reads the title of a relative clause without its verb and article", () => {
    const { facts } = readText(
      "Harold Venn, who is a co-founder and managing director of Kelvora Lithium, said the plant would open.",
    );
    const post = facts.find((f) => f.line === "Harold Venn HOLDS_POSITION Kelvora Lithium");
    expect(post?.attributes.title).toBe("co-founder and managing director");
  });
  it("reads a name no list knows set off by commas after a person's noun", () => {
    expect(people("The minister and his deputy, Okonkwo Baraza, visited the mine.")).toContain("Okonkwo Baraza");
    expect(people("The minister and her successor, Amina Odhiambo, met investors.")).toContain("Amina Odhiambo");
    // Negative: a firm advises too: no person after "adviser".
    expect(people("The bank and its adviser, Kelvora Sachs, said the deal would close.")).not.toContain(
      "Kelvora Sachs",
    );
  });
  it("leaves a firm's name alone when no name follows it", () => {
    const { lines } = readText("The chief executive of Kelvora Holdings said demand was strong.");
    expect(lines.some((l) => l.startsWith("Holdings") || l.includes("Kelvora HOLDS_POSITION"))).toBe(false);
  });
});
