// People of round 27 of issue 13: a name whose age stands beside it ("X Y, 38, of Ohio", "the
// 40-year-old X Y"), a name in apposition with a noun only people are ("X Y, a worker with a
// mining company": no firm), a lone surname after a form of address that speaks a quotation
// ("…,” Dr. X said"), and a lone Chinese surname that a name ending in it, named once, does not
// take from the people who write it first. Every sentence was written for this test; rows that
// refuse a false reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { extractLineMetadata } from "../../../src/extraction/read/metadata.ts";
import { readDocument } from "../../../src/extraction/stages/01-read.ts";
import { mergeAnalyses } from "../../../src/extraction/stages/08-merge.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analysis(text: string, id = "doc-1") {
  // The first line is read as a headline: the sentences under test come after one.
  return analyseDocument(testDocument(`Trade news\n\n${text}`, { id, date: "2025-09-12" }));
}

/** "Name:Type" of every entity. */
function entitiesOf(text: string): string[] {
  return analysis(text).entities.map((e) => `${e.name}:${e.type}`);
}

describe("people by their age or a person's noun beside the name (round 27)", () => {
  const found: [text: string, person: string][] = [
    ["Prosecutors charged Tan Wei Ming, 52, and Oskar Brandt, 47, with fraud.", "Tan Wei Ming"],
    ["Prosecutors charged Tan Wei Ming, 52, and Oskar Brandt, 47, with fraud.", "Oskar Brandt"],
    ["The buyer, Quan Lihua (36), paid in cash.", "Quan Lihua"],
    ["The 29-year-old Daro Keomany opened a shop in the town.", "Daro Keomany"],
    ["Aung Htet, a farmer near the border, said prices had doubled.", "Aung Htet"],
    ["Lwin Oo, a worker with a gold mining company in the hills, lost his job.", "Lwin Oo"],
  ];
  for (const [text, person] of found)
    it(`reads ${person} as a person`, () => {
      expect(entitiesOf(text)).toContain(`${person}:Person`);
    });

  const refused: [text: string, not: string][] = [
    // A number after a name that is no age (too small, or no closing comma).
    ["Exports from Port Kembla, 3, rose.", "Port Kembla:Person"],
    ["Shares in Apex Minerals, 12 cents higher, rose.", "Apex Minerals:Person"],
    // A firm's trade in apposition is still a firm's.
    ["Tarkon Borealis, a lithium miner based in Perth, said output rose.", "Tarkon Borealis:Person"],
  ];
  for (const [text, not] of refused)
    it(`does not read ${not} in ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(entitiesOf(text)).not.toContain(not);
    });
  it("keeps a person with a worker's noun apart from the firm it works for", () => {
    expect(entitiesOf("Lwin Oo, a worker with a gold mining company in the hills, lost his job.")).not.toContain(
      "Lwin Oo:Company",
    );
  });
});

describe("a lone surname after a form of address that speaks a quotation (round 27)", () => {
  it("keeps the speaker of '…,” Dr. X said' as a person with the quotation", () => {
    const a = analysis("“Output has never been higher,” Dr. Mensforth said during the budget speech.");
    const merged = mergeAnalyses([a]);
    expect(merged.entities.map((e) => `${e.name}:${e.type}`)).toContain("Mensforth:Person");
    expect(merged.statements.map((s) => s.quote)).toContain("Output has never been higher");
  });
  it("drops a lone surname after a form of address that says nothing quoted", () => {
    const merged = mergeAnalyses([analysis("Dr. Mensforth said output had never been higher.")]);
    expect(merged.entities.map((e) => e.name)).not.toContain("Mensforth");
  });
});

describe("a lone Chinese surname across documents (round 27)", () => {
  it("does not give a lone 'Li' to a name ending in it when others write it first", () => {
    const first = [
      "Premier Li Qiang met the visitors.",
      "Premier Li Qiang spoke on trade.",
      "Li Qiang toured the port.",
    ];
    const docs = first.map((t, i) => analysis(t, `doc-${i + 1}`));
    docs.push(analysis("The suspects are Quan Li, 38, of Texas, and Oskar Brandt, 47.", "doc-8"));
    docs.push(analysis("“We welcome it,” Li said on Friday.", "doc-9"));
    const merged = mergeAnalyses(docs);
    const quan = merged.entities.find((e) => e.name === "Quan Li");
    expect(quan?.aliases ?? []).not.toContain("Li");
  });
});

/** "Speaker: quotation" of each statement of one text, the speaker by name. */
function statementsOf(text: string): string[] {
  const merged = mergeAnalyses([analysis(text)]);
  const names = new Map(merged.entities.map((e) => [e.id, e.name]));
  return merged.statements.map((s) => `${names.get(s.speaker)}: ${s.quote}`);
}

describe("quotations and speakers (round 27)", () => {
  it("ends an unclosed quotation where the next paragraph's mark opens on the same line", () => {
    const said = statementsOf(
      "“We want a deal, but not at any price,” Ms Okafor said. “The last offer was too thin. “This will shape trade for decades.” Exports fell in May.",
    );
    expect(said).toContain("Okafor: The last offer was too thin.");
    expect(said).toContain("Okafor: This will shape trade for decades.");
  });
  it("reads a name before an adverb and a speech verb as the speaker", () => {
    expect(statementsOf("Ravi Tanvir recently posted on his channel: “Copper is scarce.”")).toContain(
      "Ravi Tanvir: Copper is scarce.",
    );
  });
  it("keeps a quotation whose mark closes before a new one opens as it was", () => {
    const said = statementsOf("“Prices will rise,” Ravi Tanvir said. “Supply is short,” he added.");
    expect(said).toEqual(["Ravi Tanvir: Prices will rise", "Ravi Tanvir: Supply is short"]);
  });
});

describe("a members' body named with their plural possessive (round 27)", () => {
  it("reads the whole name and the post in it", () => {
    const a = analysis("National Growers’ Federation president Jane Okoro welcomed the talks.");
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    expect(a.entities.map((e) => `${e.name}:${e.type}`)).toContain("National Growers’ Federation:Organization");
    expect(a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`)).toContain(
      "Jane Okoro HOLDS_POSITION National Growers’ Federation",
    );
  });
  it("leaves a singular possessive out of the name", () => {
    const a = analysis("Kenya’s Union said it would strike on Monday.");
    expect(a.entities.map((e) => e.name)).not.toContain("Kenya’s Union");
  });
});

describe("a source label naming a site and the wire in brackets (round 27)", () => {
  it("reads a long site name with its bracketed wire as the source", () => {
    const result = extractLineMetadata(["Source: Metals and Energy Finance Review (Reuters)", "Story text."]);
    expect(result.source).toBe("Metals and Energy Finance Review (Reuters)");
  });
  it("credits a wire's staff of the credit line to the bracketed wire", () => {
    const text =
      "Fund approves policies\nSource: Metals and Energy Finance Review (Reuters)\n\nThe fund approved its policies on Monday.\n(Reporting by Oksana Velyka; Editing by Tom Berrow)";
    const a = analyseDocument(readDocument("fund.txt", new TextEncoder().encode(text)));
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    expect(a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`)).toContain(
      "Oksana Velyka AFFILIATED_WITH Reuters",
    );
  });
  it("still refuses a sentence as a source", () => {
    expect(
      extractLineMetadata(["Source: The fund said it would invest in six new mining projects (Reuters).", "Story."])
        .source,
    ).toBeNull();
  });
});
