// Test data for the explorer's producers: the seeds' extraction (built from tests/fixtures/corpus/)
// shaped as the API answers the overview queries, and the explorer data mapped from it.

import { readFileSync } from "node:fs";
import type { Extraction } from "../../../src/extraction/types.ts";
import type { RawEntity, RawMeetingDate, RawRelation } from "../../../web/src/api/mapping.ts";
import { toExplorerData } from "../../../web/src/api/mapping.ts";
import type { DocumentRecord, ExplorerData } from "../../../web/src/state/graph/types.ts";
import { toEnumName } from "../../../web/src/state/graph/utils.ts";
import { seedFile } from "../../_helpers/seeds.ts";

/** The seeds' extraction. */
export const EXTRACTION = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;

/** The overview answers the API would give for the seeds (no layout: x/y null; the first Meeting dated 2025-05). */
export function seedApiAnswers(): {
  entities: RawEntity[];
  relations: RawRelation[];
  documents: DocumentRecord[];
  meetings: RawMeetingDate[];
} {
  const degree = new Map<string, number>();
  for (const relation of EXTRACTION.relations) {
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
  }
  const entities: RawEntity[] = EXTRACTION.entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: toEnumName(entity.type),
    aliases: entity.aliases,
    degree: degree.get(entity.id) ?? 0,
    pagerank: (degree.get(entity.id) ?? 0) / 100,
    community: 0,
    mentionCount: entity.mentions.length,
    x: null,
    y: null,
    size: null,
    color: null,
    documents: [...new Set(entity.mentions.map((mention) => mention.document))].sort().map((id) => ({ id })),
  }));
  const relations: RawRelation[] = EXTRACTION.relations.map((relation) => ({
    id: relation.id,
    predicate: relation.predicate,
    source: { id: relation.source },
    target: { id: relation.target },
    confidence: relation.confidence,
    attributes: Object.entries(relation.attributes)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => ({ key, value })),
    evidence: relation.evidence.map((evidence) => ({ document: evidence.document })),
  }));
  const documents: DocumentRecord[] = EXTRACTION.documents.map((document) => ({
    id: document.id,
    title: document.title,
    date: document.date,
    source: document.source,
  }));
  const meetings: RawMeetingDate[] = EXTRACTION.entities
    .filter((entity) => entity.type === "Meeting")
    .map((entity, index) => ({ entity: { id: entity.id }, date: index === 0 ? "2025-05" : null }));
  return { entities, relations, documents, meetings };
}

/** The seeds as the explorer's overview data. */
export function seedExplorerData(): ExplorerData {
  const answers = seedApiAnswers();
  return toExplorerData(answers.entities, answers.relations, answers.documents, answers.meetings);
}
