// Stage 7 (statements) on sentences written for the test: who said which quotation, through which
// outlet, including quotations that run over several sentences and pronoun speakers.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function statementsOf(text: string): { speaker: string; quote: string; via: string | null }[] {
  const doc = testDocument(text);
  const analysis = analyseDocument(doc);
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.statements.map((s) => ({
    speaker: name.get(s.speaker) ?? s.speaker,
    quote: s.quote,
    via: s.via ? (name.get(s.via) ?? s.via) : null,
  }));
}

describe("extraction statements", () => {
  it("attributes a quotation to the named speaker and the outlet", () => {
    expect(statementsOf("“We are close to a deal,” French Trade Minister Anne Martin told Reuters on Monday.")).toEqual(
      [{ speaker: "Anne Martin", quote: "We are close to a deal", via: "Reuters" }],
    );
  });

  it("keeps a quotation that runs over two sentences whole", () => {
    const text =
      "Nomura analyst Kenji Ito wrote in a note: “Details are still thin. But a truce now looks likely, with tariffs paused for a year.”";
    expect(statementsOf(text)).toEqual([
      {
        speaker: "Kenji Ito",
        quote: "Details are still thin. But a truce now looks likely, with tariffs paused for a year.",
        via: null,
      },
    ]);
  });

  it("gives a pronoun's quotation to the last person named", () => {
    const text = "Economist Maria Lopez, a professor at Lisbon University, was cautious. “It may not last,” she said.";
    expect(statementsOf(text).map((s) => [s.speaker, s.quote])).toEqual([["Maria Lopez", "It may not last"]]);
  });

  it("leaves scare quotes without a speaker out", () => {
    expect(statementsOf("Officials called the plan a “reset” of relations.")).toEqual([]);
  });

  it("gives the quotation without the comma that ends it before the attribution, offsets included", () => {
    const text = "“We will not back down, ” Foreign Minister Ana Silva said.";
    const analysis = analyseDocument({
      id: "t",
      fileName: "t.txt",
      title: "",
      date: null,
      source: null,
      authors: [],
      text,
    });
    expect(analysis.statements.map((s) => [s.quote, text.slice(s.start, s.end)])).toEqual([
      ["We will not back down", "We will not back down"],
    ]);
  });

  it("keeps a comma inside the quotation", () => {
    expect(statementsOf('"We met, we talked," Prime Minister Ana Silva said.').map((s) => s.quote)).toEqual([
      "We met, we talked",
    ]);
  });

  it("leaves out the title of a programme or publication the speaker appeared on", () => {
    const text = "Bessent told ABC’s “This Week” that farmers “will feel very good about the coming seasons.”";
    expect(statementsOf(`Treasury Secretary Scott ${text}`).map((s) => s.quote)).toEqual([
      "will feel very good about the coming seasons.",
    ]);
    const show = "Prime Minister Ana Silva told the show “Face the Nation” that “the talks went well.”";
    expect(statementsOf(show).map((s) => s.quote)).toEqual(["the talks went well."]);
  });

  it("keeps short capitalised words someone said", () => {
    expect(statementsOf("“Never Again,” Prime Minister Ana Silva said.").map((s) => s.quote)).toEqual(["Never Again"]);
  });
});
