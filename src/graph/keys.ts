// The one place that builds keys: node keys (entity ids), edge keys (relation ids) and the ids of
// documents ingested into a live graph. Keys are deterministic functions of their input, so a
// rebuild of the same corpus gives the same keys. No graph access and no I/O here.

import { createHash } from "node:crypto";
import type { Entity, Predicate, Relation } from "../extraction/types.ts";
import { SYMMETRIC_PREDICATES } from "../extraction/types.ts";

/** Code-unit order of two strings (keys, ids, names), independent of the locale: the order of every sorted output of the graph. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Length of the content-hash prefix in the id of an ingested document (hex digits). */
export const DOCUMENT_HASH_LENGTH = 16;

/** Prefix of the id (and file name) of a document added through ingestion. */
export const INGESTED_DOCUMENT_PREFIX = "ingest_";

/** The node key of an entity: its merged, deterministic id (`person:scott-bessent`). */
export function nodeKey(entity: Pick<Entity, "id">): string {
  return entity.id;
}

/** The edge key of a relation: its id (`source|PREDICATE|target`, symmetric endpoints ordered). */
export function edgeKey(relation: Pick<Relation, "id">): string {
  return relation.id;
}

/**
 * The key a relation from `source` to `target` has: `source|PREDICATE|target`, with the endpoints
 * of a symmetric predicate in sorted order (as the extraction stores them).
 */
export function relationKey(source: string, predicate: Predicate, target: string): string {
  if (SYMMETRIC_PREDICATES.has(predicate) && source > target) return `${target}|${predicate}|${source}`;
  return `${source}|${predicate}|${target}`;
}

/** The id of an ingested document: `ingest_` and a prefix of the SHA-256 of its text (UTF-8). */
export function ingestedDocumentId(text: string): string {
  const hash = createHash("sha256").update(text, "utf8").digest("hex");
  return `${INGESTED_DOCUMENT_PREFIX}${hash.slice(0, DOCUMENT_HASH_LENGTH)}`;
}
