// A first-level region's government written with a lower-case head (stages/agency-nouns.ts
// `findRegionGovernments`, called by stage 3), on sentences written for this test (none taken from
// any corpus): "the Albertan government", "Ontario's provincial government", "the federal and
// Alberta governments" are Agencies named as written, singular; a sovereign state's government
// stays the state, and a region with no government after it stays a place. A titled name (or two
// joined by "and") followed by "in the <X> government" holds its post there
// (rules/post-bodies.ts `governmentAfterName`).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function agencies(text: string): string[] {
  return analyseDocument(testDocument(text))
    .entities.filter((e) => e.type === "Agency")
    .map((e) => e.name);
}

function places(text: string): string[] {
  return analyseDocument(testDocument(text))
    .entities.filter((e) => e.type === "Place")
    .map((e) => e.name);
}

describe("region-governments r29: a region's government is a body of state", () => {
  it.each([
    ["The Albertan government will lend $20 million to the zinc refinery.", "Albertan government"],
    ["Ontario's provincial government approved the nickel project on Tuesday.", "Ontario provincial government"],
    ["The money comes from the federal and Alberta governments, officials said.", "Alberta government"],
    ["The Nevada state government granted the lithium permit last week.", "Nevada state government"],
    ["The Western Australian government announced a royalty relief plan.", "Western Australian government"],
  ])("reads %s", (text, name) => {
    expect(agencies(text)).toContain(name);
  });

  it.each([
    "The Australian government will lend $20 million to the zinc refinery.",
    "The Canadian government approved the nickel project on Tuesday.",
    "Prices in Ontario rose as the government cut fuel taxes.",
  ])("reads no region's government in %s", (text) => {
    expect(agencies(text).filter((n) => /government/i.test(n))).toEqual([]);
  });

  it.each([
    ["Finance Minister Ann Holt and Premier Joe Marr in the Albertan government praised the deal.", "Joe Marr"],
    ["Finance Minister Ann Holt and Premier Joe Marr in the Albertan government praised the deal.", "Ann Holt"],
  ])("gives the post of %s's %s to the government after the names", (text, person) => {
    const r = analyseDocument(testDocument(text));
    const byId = new Map(r.entities.map((e) => [e.id, e.name]));
    const posts = r.relations
      .filter((x) => x.predicate === "HOLDS_POSITION" && byId.get(x.source) === person)
      .map((x) => byId.get(x.target));
    expect(posts).toEqual(["Albertan government"]);
  });

  it("gives no post to a government after a name with no title", () => {
    const r = analyseDocument(testDocument("Analysts such as Ann Holt in the Albertan government disagree."));
    expect(r.relations.filter((x) => x.predicate === "HOLDS_POSITION")).toEqual([]);
  });

  it("keeps a region with no government after it a place", () => {
    expect(places("The Albertan government opened a new smelter in Ontario.")).toContain("Ontario");
  });
});
