// The shapes the explorer's views read, as the data layer (queries.ts) returns them: plain,
// already mapped from GraphQL's spelling (enums, attribute lists) to the ontology's. Types only.

import type { EntityType, Predicate } from "../../../src/extraction/types.ts";

/** An entity as a link target: enough to name and colour it. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** A document as a link target. */
export interface DocumentRef {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
}

/** One piece of evidence: the sentence a fact was read from. */
export interface EvidenceDetail {
  document: DocumentRef;
  sentence: string;
  /** Offsets of the sentence in the document's text. */
  start: number;
  end: number;
  rule: string;
}

/** A relation with its ends and evidence. */
export interface RelationDetail {
  id: string;
  predicate: Predicate;
  source: EntityRef;
  target: EntityRef;
  attributes: Record<string, string>;
  confidence: number;
  evidence: EvidenceDetail[];
}

/** A quotation attributed to an entity. */
export interface StatementDetail {
  id: string;
  speaker: EntityRef;
  quote: string;
  via: EntityRef | null;
  document: DocumentRef;
  sentence: string;
  start: number;
  end: number;
}

/** One mention of an entity in a document (absolute offsets). */
export interface MentionDetail {
  entity: string;
  document: string;
  start: number;
  end: number;
  text: string;
  sentence: string;
}

/** Everything the side panel shows about an entity. */
export interface EntityDetail extends EntityRef {
  degree: number;
  pagerank: number;
  mentionCount: number;
  documents: DocumentRef[];
  relations: RelationDetail[];
  statements: StatementDetail[];
}

/** A document with its text and every mention in it. */
export interface DocumentDetail extends DocumentRef {
  text: string;
  mentions: MentionDetail[];
}

/** A party to a negotiation. */
export interface PartyDetail {
  entity: EntityRef;
  side: EntityRef | null;
  role: string | null;
}

/** One meeting of the "who negotiated what" view. */
export interface MeetingDetail {
  /** The Meeting entity, when there is one. */
  meeting: EntityRef | null;
  date: string | null;
  dateText: string | null;
  place: string | null;
  summit: EntityRef | null;
  parties: PartyDetail[];
  topics: EntityRef[];
}

/** A shortest path: node and edge ids in order. */
export interface PathResult {
  nodes: string[];
  edges: string[];
}

/** What an ingestion added. */
export interface IngestResult {
  document: DocumentRef;
  addedNodes: string[];
  updatedNodes: string[];
}

/** The article a user adds. */
export interface IngestInput {
  text: string;
  title?: string;
  source?: string;
  date?: string;
}
