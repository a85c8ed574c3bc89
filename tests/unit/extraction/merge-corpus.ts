// Shared by the stage-8 merge tests: documents of entities written for the test (no article's
// text), each entity with one mention, merged as a corpus.

import type { DocumentAnalysis } from "../../../src/extraction/index.ts";
import { CorpusMerge } from "../../../src/extraction/stages/08-merge.ts";
import type { Entity, EntityType } from "../../../src/extraction/types.ts";

/** An entity of a test document: its type, name, aliases and working attributes. */
export interface Named {
  type: EntityType;
  name: string;
  aliases?: string[];
  attributes?: Record<string, string>;
}

/** One document per list, each entity with one mention; the merged corpus's entities. */
export function mergeDocuments(documents: readonly (readonly Named[])[]): Entity[] {
  const analyses: DocumentAnalysis[] = documents.map((named, d) => ({
    document: { id: `d${d}`, title: "", date: null, source: null, authors: [] },
    entities: named.map(
      (n, i): Entity => ({
        id: `d${d}#${i}`,
        name: n.name,
        type: n.type,
        aliases: n.aliases ?? [],
        mentions: [{ document: `d${d}`, start: i, end: i + 1, sentence: "", text: n.name, rule: "test" }],
        ...(n.attributes ? { attributes: { ...n.attributes } } : {}),
      }),
    ),
    relations: [],
    statements: [],
    merges: [],
  }));
  return CorpusMerge.of(analyses).extraction().entities;
}
