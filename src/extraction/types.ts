// The data contract of the extraction: documents in, entities/relations/statements out.
// Types only; the ontology's names (types, predicates) are spelled as in shared/ontology.md.

/** The eleven entity types of the ontology. */
export const ENTITY_TYPES = [
  "Person",
  "Agency",
  "Country",
  "Mineral",
  "Company",
  "Meeting",
  "Place",
  "Organization",
  "Media",
  "Product",
  "Policy",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The relation predicates of the ontology (STATED is carried by statements). */
export const PREDICATES = [
  "NEGOTIATED_WITH",
  "MET_WITH",
  "PARTICIPATED_IN",
  "HELD_IN",
  "PART_OF",
  "HOLDS_POSITION",
  "AFFILIATED_WITH",
  "REPRESENTS",
  "DISCUSSED",
  "IMPOSED_TARIFF",
  "THREATENED_TARIFF",
  "RESTRICTED_EXPORT",
  "POSTPONED",
  "DOMINATES",
  "PRODUCES",
  "INVESTED_IN",
  "PARTNERED_WITH",
  "PURCHASES",
  "STATED",
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Predicates stored once whatever the direction. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set(["NEGOTIATED_WITH", "MET_WITH", "PARTNERED_WITH"]);

/** A document after reading: decoded, repaired, stripped of HTML and page furniture. */
export interface SourceDocument {
  /** Stable id: the file name without its extension. */
  id: string;
  /** The file name the document was read from. */
  fileName: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when the text gives one, else null. */
  date: string | null;
  /** Outlet or publisher when the text names it, else null. */
  source: string | null;
  /** Byline authors, kept as metadata after the byline is dropped from the text. */
  authors: string[];
  /** The cleaned text; every offset in the evidence points into it. */
  text: string;
}

/** The document metadata exported with an extraction. */
export type DocumentMeta = Omit<SourceDocument, "text" | "fileName">;

/** Where a fact was found and by which rule. */
export interface Evidence {
  document: string;
  /** The sentence text. */
  sentence: string;
  /** Character offsets into the document's cleaned text. */
  start: number;
  end: number;
  /** Id of the rule in the registry that produced the fact. */
  rule: string;
}

/** One occurrence of an entity in a document. */
export interface EntityMention {
  document: string;
  start: number;
  end: number;
  sentence: string;
  /** The surface form as written. */
  text: string;
  /** Id of the rule that recognised the mention. */
  rule: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: EntityMention[];
  /** Extra facts about the entity: a Meeting's date, dateText, place. */
  attributes?: Record<string, string>;
}

export interface Relation {
  id: string;
  source: string;
  predicate: Predicate;
  target: string;
  /** title, rate, amount, share, date, role, meeting, topic, duration, quantity, kind, from. */
  attributes: Record<string, string>;
  confidence: number;
  evidence: Evidence[];
}

export interface Statement {
  id: string;
  /** Entity id of the speaker. */
  speaker: string;
  quote: string;
  /** Entity id of the outlet the words came through, or null. */
  via: string | null;
  document: string;
  /** Offsets of the quotation in the cleaned text. */
  start: number;
  end: number;
  sentence: string;
  rule: string;
}

/** A recorded decision to treat a surface form as another name of an entity. */
export interface Merge {
  entity: string;
  alias: string;
  reason: string;
}

/** The export the evaluation reads and the graph is built from. */
export interface Extraction {
  documents: DocumentMeta[];
  entities: Entity[];
  relations: Relation[];
  statements: Statement[];
  merges: Merge[];
}
