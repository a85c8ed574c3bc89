// The whole extraction on the seed corpus: determinism, evidence that points into the text,
// the ontology's names, and the facts a user asks about first.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/extraction/index.ts";
import { ENTITY_TYPES, PREDICATES, type SourceDocument } from "../../src/extraction/types.ts";
import { SEED_CORPUS } from "../_helpers/seeds.ts";

const DIR = SEED_CORPUS;
const docs: SourceDocument[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const text = readFileSync(`${DIR}/${f}`, "utf8");
    return {
      id: f.replace(/\.[^.]+$/, ""),
      fileName: f,
      title: text.split("\n")[0] ?? "",
      date: null,
      source: null,
      authors: [],
      text,
    };
  });
const texts = new Map(docs.map((d) => [d.id, d.text]));
const x = extractCorpus(docs);
const byId = new Map(x.entities.map((e) => [e.id, e]));
const named = (n: string) => x.entities.find((e) => e.name === n);

describe("extraction pipeline", () => {
  it("gives an empty result for an empty corpus and for empty text", () => {
    expect(extractCorpus([]).entities).toEqual([]);
    const empty = extractCorpus([{ ...docs[0]!, id: "e", text: "" }]);
    expect(empty.entities).toEqual([]);
    expect(empty.documents).toHaveLength(1);
  });

  it("is deterministic: same input, same output, byte for byte", () => {
    expect(JSON.stringify(extractCorpus(docs))).toBe(JSON.stringify(x));
  });

  it("uses only the ontology's types and predicates", () => {
    for (const e of x.entities) expect(ENTITY_TYPES).toContain(e.type);
    for (const r of x.relations) expect(PREDICATES).toContain(r.predicate);
  });

  it("gives every relation evidence whose offsets hold its sentence", () => {
    expect(x.relations.length).toBeGreaterThan(50);
    for (const r of x.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        expect(texts.get(ev.document)!.slice(ev.start, ev.end)).toBe(ev.sentence);
        expect(ev.rule).toMatch(/^[a-z-]+$/);
      }
      expect(byId.has(r.source) && byId.has(r.target)).toBe(true);
    }
  });

  it("gives every mention and statement offsets into the cleaned text", () => {
    for (const e of x.entities) {
      for (const m of e.mentions) {
        const t = texts.get(m.document)!;
        if (m.end > m.start) expect(t.slice(m.start, m.end)).toBe(m.text);
      }
    }
    for (const s of x.statements) expect(texts.get(s.document)!.slice(s.start, s.end)).toBe(s.quote);
  });

  it("merges one entity per real thing across documents, with aliases", () => {
    const us = x.entities.filter((e) => e.type === "Country" && e.name === "United States");
    expect(us).toHaveLength(1);
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(["U.S.", "US", "Washington"]));
    expect(named("Scott Bessent")?.aliases).toContain("Bessent");
    expect(new Set(named("Scott Bessent")!.mentions.map((m) => m.document)).size).toBeGreaterThanOrEqual(3);
    expect(x.entities.filter((e) => e.type === "Meeting" && /Kuala Lumpur/.test(e.name))).toHaveLength(1);
  });

  it("answers who holds which post and who negotiated where", () => {
    const rel = (s: string, p: string, t: string) =>
      x.relations.find((r) => byId.get(r.source)?.name === s && r.predicate === p && byId.get(r.target)?.name === t);
    expect(rel("Scott Bessent", "HOLDS_POSITION", "United States")?.attributes.title).toBe("Treasury Secretary");
    expect(rel("He Lifeng", "HOLDS_POSITION", "China")?.attributes.title).toBe("Vice Premier");
    expect(rel("Kuala Lumpur trade talks", "PART_OF", "ASEAN Summit")).toBeDefined();
    expect(
      rel("China", "NEGOTIATED_WITH", "United States") ?? rel("United States", "NEGOTIATED_WITH", "China"),
    ).toBeDefined();
    expect(rel("Donald Trump", "THREATENED_TARIFF", "China")?.attributes.rate).toBe("100%");
    expect(rel("China", "IMPOSED_TARIFF", "United States")).toBeDefined();
  });

  it("attributes quotations to named speakers and the outlet they came through", () => {
    const bazooka = x.statements.find((s) => s.quote.startsWith("China has pointed a bazooka"));
    expect(byId.get(bazooka!.speaker)?.name).toBe("Scott Bessent");
    expect(byId.get(bazooka!.via!)?.name).toBe("BBC");
    // Scare quotes are not statements.
    expect(x.statements.some((s) => s.quote === "framework")).toBe(false);
    // Nor is a programme's name: Bessent told ABC's “This Week”.
    expect(x.statements.some((s) => s.quote === "This Week")).toBe(false);
    // "…,” he said: the comma is the attribution's, not the speaker's.
    expect(x.statements.filter((s) => /[,;:]$/.test(s.quote)).map((s) => s.quote)).toEqual([]);
  });
});
