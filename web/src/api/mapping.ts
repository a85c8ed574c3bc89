// Pure mapping from the API's GraphQL shapes (UPPER_SNAKE enums, attribute lists, ids) to the
// explorer's records. No fetching and no DOM, so it is tested without a browser.

import type { EntityType, Predicate } from "../../../src/extraction/types.ts";
import type { DocumentRecord, EntityRecord, ExplorerData, RelationRecord } from "../state/graph/types.ts";
import { normaliseDate, parseEntityType, parsePredicate } from "../state/graph/utils.ts";
import type { DocumentRef, EntityRef, EvidenceDetail, RelationDetail } from "./types.ts";

/** An attribute map as the API sends it. */
export type RawKeyValues = readonly { key: string; value: string }[] | null | undefined;

/** An entity of the overview query. */
export interface RawEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  degree: number;
  pagerank: number;
  community: number;
  mentionCount: number;
  x?: number | null;
  y?: number | null;
  size?: number | null;
  color?: string | null;
  documents: { id: string }[];
  attributes?: RawKeyValues;
}

/** A relation of the overview query. */
export interface RawRelation {
  id: string;
  predicate: string;
  source: { id: string };
  target: { id: string };
  confidence: number;
  attributes: RawKeyValues;
  evidence: { document: string }[];
}

/** A meeting of the overview query (its ISO date as the API normalised it). */
export interface RawMeetingDate {
  entity: { id: string };
  date: string | null;
}

/** An entity reference as the API sends it. */
export interface RawEntityRef {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
}

/** A relation with evidence as the API sends it. */
export interface RawRelationDetail {
  id: string;
  predicate: string;
  confidence: number;
  attributes: RawKeyValues;
  source: RawEntityRef;
  target: RawEntityRef;
  evidence: { document: string; sentence: string; start: number; end: number; rule: string }[];
}

/** The attribute list as a plain object. */
export function toAttributeMap(list: RawKeyValues): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { key, value } of list ?? []) map[key] = value;
  return map;
}

/** The entity type of an API value; unknown values fall back to Organization (never thrown). */
export function toEntityType(value: string): EntityType {
  return parseEntityType(value) ?? "Organization";
}

/** The predicate of an API value; unknown values fall back to DISCUSSED (never thrown). */
export function toPredicate(value: string): Predicate {
  return parsePredicate(value) ?? "DISCUSSED";
}

/** An entity reference in the explorer's spelling. */
export function toEntityRef(raw: RawEntityRef): EntityRef {
  return { id: raw.id, name: raw.name, type: toEntityType(raw.type), aliases: raw.aliases ?? [] };
}

/** A document reference for an id, from the known documents (a bare one when unknown). */
export function toDocumentRef(id: string, documents: ReadonlyMap<string, DocumentRecord>): DocumentRef {
  const known = documents.get(id);
  return known ? { ...known } : { id, title: id, date: null, source: null };
}

/** A relation with its evidence, documents resolved. */
export function toRelationDetail(
  raw: RawRelationDetail,
  documents: ReadonlyMap<string, DocumentRecord>,
): RelationDetail {
  return {
    id: raw.id,
    predicate: toPredicate(raw.predicate),
    source: toEntityRef(raw.source),
    target: toEntityRef(raw.target),
    attributes: toAttributeMap(raw.attributes),
    confidence: raw.confidence,
    evidence: raw.evidence.map(
      (evidence): EvidenceDetail => ({ ...evidence, document: toDocumentRef(evidence.document, documents) }),
    ),
  };
}

function earliest(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const date of dates) if (date !== null && (best === null || date < best)) best = date;
  return best;
}

/**
 * The overview records from the API's answers. An entity's date is its meeting date (ISO, as the
 * API normalised it); a relation's date is its own `date` attribute (read with the year of its
 * documents), else the date of a dated Meeting at one of its ends, else the earliest date of the
 * documents its evidence comes from.
 */
export function toExplorerData(
  entities: readonly RawEntity[],
  relations: readonly RawRelation[],
  documents: readonly DocumentRecord[],
  meetings: readonly RawMeetingDate[],
): ExplorerData {
  const documentDates = new Map(documents.map((document) => [document.id, normaliseDate(document.date)]));
  const meetingDates = new Map<string, string>();
  for (const meeting of meetings) {
    const date = normaliseDate(meeting.date);
    if (date) meetingDates.set(meeting.entity.id, date);
  }
  const entityRecords = entities.map(
    (raw): EntityRecord => ({
      id: raw.id,
      name: raw.name,
      type: toEntityType(raw.type),
      aliases: raw.aliases,
      degree: raw.degree,
      pagerank: raw.pagerank,
      community: raw.community,
      mentionCount: raw.mentionCount,
      documents: raw.documents.map((document) => document.id),
      x: typeof raw.x === "number" && Number.isFinite(raw.x) ? raw.x : null,
      y: typeof raw.y === "number" && Number.isFinite(raw.y) ? raw.y : null,
      size: typeof raw.size === "number" && raw.size > 0 ? raw.size : null,
      color: raw.color ?? null,
      date: meetingDates.get(raw.id) ?? null,
    }),
  );
  const relationRecords = relations.map((raw): RelationRecord => {
    const attributes = toAttributeMap(raw.attributes);
    const relationDocuments = [...new Set(raw.evidence.map((evidence) => evidence.document))].sort();
    const reported = earliest(relationDocuments.map((id) => documentDates.get(id) ?? null));
    const date =
      normaliseDate(attributes.date, reported) ??
      meetingDates.get(raw.source.id) ??
      meetingDates.get(raw.target.id) ??
      reported;
    return {
      id: raw.id,
      source: raw.source.id,
      target: raw.target.id,
      predicate: toPredicate(raw.predicate),
      attributes,
      confidence: raw.confidence,
      documents: relationDocuments,
      date,
    };
  });
  return { entities: entityRecords, relations: relationRecords, documents: [...documents] };
}
