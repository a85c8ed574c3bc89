// The GraphQL operations the explorer sends and the functions that run them, returning the
// explorer's shapes (mapping.ts). The API is the explorer's only data source; nothing here
// touches the DOM.

import type { Predicate } from "../../../src/extraction/types.ts";
import type { DocumentRecord, ExplorerData } from "../state/graph/types.ts";
import { ApiError, apiUrl, download, graphql } from "./client.ts";
import {
  type RawEntity,
  type RawEntityRef,
  type RawMeetingDate,
  type RawRelation,
  type RawRelationDetail,
  toDocumentRef,
  toEntityRef,
  toExplorerData,
  toRelationDetail,
} from "./mapping.ts";
import type {
  DocumentDetail,
  EntityDetail,
  EntityRef,
  IngestInput,
  IngestResult,
  MeetingDetail,
  PartyDetail,
  PathResult,
  RelationDetail,
  StatementDetail,
} from "./types.ts";

const ENTITY_REF = "fragment EntityRefFields on Entity { id name type aliases }";
const RELATION_DETAIL = `fragment RelationDetailFields on Relation {
  id predicate confidence attributes { key value }
  source { ...EntityRefFields } target { ...EntityRefFields }
  evidence { document sentence start end rule }
}`;

const ENTITIES_PAGE = `query ExplorerEntities($first: Int!, $after: String) {
  entities(first: $first, after: $after, orderBy: NAME) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name type aliases degree pagerank community mentionCount x y size color documents { id } } }
  }
}`;

const RELATIONS_PAGE = `query ExplorerRelations($first: Int!, $after: String) {
  relations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id predicate confidence source { id } target { id } attributes { key value } evidence { document } } }
  }
}`;

const OVERVIEW_EXTRAS = `query ExplorerOverview {
  documents { id title date source }
  meetings { entity { id } date }
}`;

const ENTITY_DETAIL = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    id name type aliases degree pagerank mentionCount
    documents { id title date source }
    relations { ...RelationDetailFields }
    statements { id quote sentence start end document speaker { ...EntityRefFields } via { ...EntityRefFields } }
  }
}
${RELATION_DETAIL}
${ENTITY_REF}`;

// Through the source entity: a relations connection nests one level deeper, over the API's cost limit.
const RELATION_DETAIL_QUERY = `query ExplorerRelation($source: ID!, $predicate: Predicate) {
  entity(id: $source) { relations(predicate: $predicate, direction: OUT) { ...RelationDetailFields } }
}
${RELATION_DETAIL}
${ENTITY_REF}`;

const DOCUMENT_QUERY = `query ExplorerDocument($id: ID!) {
  document(id: $id) {
    id title date source text
    mentions { entity { id } document start end text sentence }
  }
}`;

const MEETINGS_QUERY = `query ExplorerMeetings {
  meetings { entity { ...EntityRefFields } date dateText placeName summit { ...EntityRefFields } participants { ...EntityRefFields } topics { ...EntityRefFields } }
  negotiations { meeting { id } parties { entity { ...EntityRefFields } side { ...EntityRefFields } role } topics { ...EntityRefFields } }
}
${ENTITY_REF}`;

const PATH_QUERY = `query ExplorerPath($from: String!, $to: String!, $maxLength: Int) {
  path(from: $from, to: $to, maxLength: $maxLength) { nodes { id } relations { id } }
}`;

const EXPORT_QUERY = `query ExplorerExport($seeds: [String!]!, $depth: Int, $predicates: [Predicate!], $format: ExportFormat!) {
  subgraph(seeds: $seeds, depth: $depth, predicates: $predicates) { export(format: $format) }
}`;

const INGEST_MUTATION = `mutation ExplorerIngest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { document { id title date source } addedNodes { id } updatedNodes { id } }
}`;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** Page size of the overview queries (the API caps `first` at 1000). */
export const PAGE_SIZE = 1000;

/** Called after each page of a paged load: the collection, the items so far and its total. */
export type PageListener = (collection: "entities" | "relations", loaded: number, total: number) => void;

async function fetchAll<T>(
  query: string,
  field: "entities" | "relations",
  signal?: AbortSignal,
  onPage?: PageListener,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const options: { signal?: AbortSignal } = signal ? { signal } : {};
    const data: Record<string, Page<T>> = await graphql<Record<string, Page<T>>>(
      query,
      { first: PAGE_SIZE, after },
      options,
    );
    const page = data[field] as Page<T>;
    for (const edge of page.edges) items.push(edge.node);
    onPage?.(field, items.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null || page.edges.length === 0) return items;
    after = page.pageInfo.endCursor;
  }
}

/** Known documents by id, refreshed by each overview load (evidence names documents by id). */
const documentIndex = new Map<string, DocumentRecord>();

/** Records the documents of an overview load (evidence and statements name them by id). */
export function rememberDocuments(documents: readonly DocumentRecord[]): void {
  documentIndex.clear();
  for (const document of documents) documentIndex.set(document.id, document);
}

const SEARCH_QUERY = `query ExplorerSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) { score entity { ...EntityRefFields } }
}
${ENTITY_REF}`;

/** The API's search over every entity (names and aliases), best first. */
export async function searchEntities(text: string, first = 8): Promise<{ entity: EntityRef; score: number }[]> {
  if (text.trim().length === 0) return [];
  const data = await graphql<{ search: { score: number; entity: RawEntityRef }[] }>(SEARCH_QUERY, { text, first });
  return data.search.map((hit) => ({ score: hit.score, entity: toEntityRef(hit.entity) }));
}

/** The documents of the last overview load, by id. */
export function knownDocuments(): ReadonlyMap<string, DocumentRecord> {
  return documentIndex;
}

/**
 * Loads the whole graph, light, through GraphQL: every entity and relation (paged), the documents
 * and meeting dates. The explorer loads GET /overview instead (overview.ts); this paged load is the
 * reference its records are tested against, and works with any GraphQL server of this schema. `onEntities` receives the data without relations as soon as the entities are in (big
 * graphs can then show their nodes while the relations load); `onPage` hears of every page.
 */
export async function loadOverview(
  options: { signal?: AbortSignal; onEntities?: (data: ExplorerData) => void; onPage?: PageListener } = {},
): Promise<ExplorerData> {
  const { signal, onEntities, onPage } = options;
  const requestOptions: { signal?: AbortSignal } = signal ? { signal } : {};
  const extrasPromise = graphql<{ documents: DocumentRecord[]; meetings: RawMeetingDate[] }>(
    OVERVIEW_EXTRAS,
    {},
    requestOptions,
  );
  const relationsPromise = fetchAll<RawRelation>(RELATIONS_PAGE, "relations", signal, onPage);
  // A rejection is handled by the await below; this keeps it from being reported as unhandled meanwhile.
  relationsPromise.catch(() => {});
  const [entities, extras] = await Promise.all([
    fetchAll<RawEntity>(ENTITIES_PAGE, "entities", signal, onPage),
    extrasPromise,
  ]);
  documentIndex.clear();
  for (const document of extras.documents) documentIndex.set(document.id, document);
  onEntities?.(toExplorerData(entities, [], extras.documents, extras.meetings));
  const relations = await relationsPromise;
  return toExplorerData(entities, relations, extras.documents, extras.meetings);
}

interface RawStatement {
  id: string;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  document: string;
  speaker: RawEntityRef;
  via: RawEntityRef | null;
}

/** Everything about one entity, or null when the API does not know it. */
export async function fetchEntityDetail(id: string): Promise<EntityDetail | null> {
  const data = await graphql<{
    entity:
      | (RawEntityRef & {
          degree: number;
          pagerank: number;
          mentionCount: number;
          documents: DocumentRecord[];
          relations: RawRelationDetail[];
          statements: RawStatement[];
        })
      | null;
  }>(ENTITY_DETAIL, { id });
  const raw = data.entity;
  if (!raw) return null;
  return {
    ...toEntityRef(raw),
    degree: raw.degree,
    pagerank: raw.pagerank,
    mentionCount: raw.mentionCount,
    documents: raw.documents.map((document) => ({ ...document })),
    relations: raw.relations.map((relation) => toRelationDetail(relation, documentIndex)),
    statements: raw.statements.map(
      (statement): StatementDetail => ({
        id: statement.id,
        quote: statement.quote,
        sentence: statement.sentence,
        start: statement.start,
        end: statement.end,
        document: toDocumentRef(statement.document, documentIndex),
        speaker: toEntityRef(statement.speaker),
        via: statement.via ? toEntityRef(statement.via) : null,
      }),
    ),
  };
}

/** One relation with its evidence, looked up through its source and predicate; null when it is gone. */
export async function fetchRelationDetail(
  id: string,
  source: string,
  predicate: Predicate,
): Promise<RelationDetail | null> {
  const data = await graphql<{ entity: { relations: RawRelationDetail[] } | null }>(RELATION_DETAIL_QUERY, {
    source,
    predicate,
  });
  const raw = data.entity?.relations.find((relation) => relation.id === id);
  return raw ? toRelationDetail(raw, documentIndex) : null;
}

/** A document with its text and every mention; null when unknown. */
export async function fetchDocument(id: string): Promise<DocumentDetail | null> {
  const data = await graphql<{
    document:
      | (DocumentRecord & {
          text: string;
          mentions: {
            entity: { id: string };
            document: string;
            start: number;
            end: number;
            text: string;
            sentence: string;
          }[];
        })
      | null;
  }>(DOCUMENT_QUERY, { id });
  const raw = data.document;
  if (!raw) return null;
  return {
    id: raw.id,
    title: raw.title,
    date: raw.date,
    source: raw.source,
    text: raw.text,
    mentions: raw.mentions.map((mention) => ({ ...mention, entity: mention.entity.id })),
  };
}

/** The meetings, each with its parties (with side and role, from the negotiations) and topics. */
export async function fetchMeetings(): Promise<MeetingDetail[]> {
  const data = await graphql<{
    meetings: {
      entity: RawEntityRef;
      date: string | null;
      dateText: string | null;
      placeName: string | null;
      summit: RawEntityRef | null;
      participants: RawEntityRef[];
      topics: RawEntityRef[];
    }[];
    negotiations: {
      meeting: { id: string } | null;
      parties: { entity: RawEntityRef; side: RawEntityRef | null; role: string | null }[];
      topics: RawEntityRef[];
    }[];
  }>(MEETINGS_QUERY);
  const partiesByMeeting = new Map<string, PartyDetail[]>();
  const unattached: MeetingDetail[] = [];
  for (const negotiation of data.negotiations) {
    const parties = negotiation.parties.map(
      (party): PartyDetail => ({
        entity: toEntityRef(party.entity),
        side: party.side ? toEntityRef(party.side) : null,
        role: party.role,
      }),
    );
    if (negotiation.meeting) {
      const list = partiesByMeeting.get(negotiation.meeting.id) ?? [];
      for (const party of parties) if (!list.some((p) => p.entity.id === party.entity.id)) list.push(party);
      partiesByMeeting.set(negotiation.meeting.id, list);
    } else {
      unattached.push({
        meeting: null,
        date: null,
        dateText: null,
        place: null,
        summit: null,
        parties,
        topics: negotiation.topics.map(toEntityRef),
      });
    }
  }
  const meetings = data.meetings.map((meeting): MeetingDetail => {
    const parties = partiesByMeeting.get(meeting.entity.id) ?? [];
    for (const participant of meeting.participants) {
      if (!parties.some((party) => party.entity.id === participant.id)) {
        parties.push({ entity: toEntityRef(participant), side: null, role: null });
      }
    }
    return {
      meeting: toEntityRef(meeting.entity),
      date: meeting.date,
      dateText: meeting.dateText,
      place: meeting.placeName,
      summit: meeting.summit ? toEntityRef(meeting.summit) : null,
      parties,
      topics: meeting.topics.map(toEntityRef),
    };
  });
  return [...meetings, ...unattached];
}

/** The shortest path between two entities (ids or names), or null when there is none within `maxLength`. */
export async function fetchPath(from: string, to: string, maxLength = 6): Promise<PathResult | null> {
  const data = await graphql<{ path: { nodes: { id: string }[]; relations: { id: string }[] } | null }>(PATH_QUERY, {
    from,
    to,
    maxLength,
  });
  if (!data.path) return null;
  return { nodes: data.path.nodes.map((node) => node.id), edges: data.path.relations.map((edge) => edge.id) };
}

/** Export formats the API writes. */
export const API_EXPORT_FORMATS = [
  "GEXF",
  "GEXF12",
  "GRAPHML",
  "JSON",
  "CSV",
  "CYPHER",
  "NEO4J_NODES",
  "NEO4J_RELATIONSHIPS",
] as const;
export type ApiExportFormat = (typeof API_EXPORT_FORMATS)[number];

/** File extension of each API export format (the two Neo4j files told apart: news-kg.nodes.csv). */
export const EXPORT_EXTENSIONS: Record<ApiExportFormat, string> = {
  GEXF: "gexf",
  GEXF12: "gexf",
  GRAPHML: "graphml",
  JSON: "json",
  CSV: "csv",
  CYPHER: "cypher",
  NEO4J_NODES: "nodes.csv",
  NEO4J_RELATIONSHIPS: "relationships.csv",
};

/** Most seeds the API's subgraph accepts. */
export const MAX_EXPORT_SEEDS = 10_000;

/** What to export: the whole graph, or seeds with a depth (and the predicates walked). */
export type ExportRequest =
  | { kind: "all" }
  | { kind: "seeds"; seeds: string[]; depth: number; predicates: Predicate[] | null };

/** Fetches an export from the API as a Blob with a file name. */
export async function fetchExport(
  request: ExportRequest,
  format: ApiExportFormat,
): Promise<{ blob: Blob; fileName: string }> {
  const fallback = `news-kg.${EXPORT_EXTENSIONS[format]}`;
  if (request.kind === "all") {
    const { blob, fileName } = await download(`/export?format=${format.toLowerCase()}`);
    return { blob, fileName: fileName ?? fallback };
  }
  if (request.seeds.length === 0) throw new ApiError("export: the view should show at least one entity, found none.");
  if (request.seeds.length > MAX_EXPORT_SEEDS) {
    throw new ApiError(
      `export: a filtered view should have at most ${MAX_EXPORT_SEEDS} entities to export, found ${request.seeds.length}; focus on a node or narrow the filters.`,
    );
  }
  const data = await graphql<{ subgraph: { export: string } }>(EXPORT_QUERY, {
    seeds: request.seeds,
    depth: request.depth,
    predicates: request.predicates,
    format,
  });
  return { blob: new Blob([data.subgraph.export], { type: "application/octet-stream" }), fileName: fallback };
}

/** The URL of a whole-graph export download. */
export function exportUrl(format: ApiExportFormat): string {
  return apiUrl(`/export?format=${format.toLowerCase()}`);
}

/** Ingests an article with the API token; returns the new document and the ids of added and updated entities. */
export async function ingestDocument(input: IngestInput, token: string): Promise<IngestResult> {
  const cleaned: Record<string, string> = { text: input.text };
  for (const key of ["title", "source", "date"] as const) {
    const value = input[key]?.trim();
    if (value) cleaned[key] = value;
  }
  const data = await graphql<{
    ingestDocument: { document: DocumentRecord; addedNodes: { id: string }[]; updatedNodes: { id: string }[] };
  }>(INGEST_MUTATION, { input: cleaned }, { token });
  const result = data.ingestDocument;
  return {
    document: result.document,
    addedNodes: result.addedNodes.map((node) => node.id),
    updatedNodes: result.updatedNodes.map((node) => node.id),
  };
}
