// The explorer's overview in one request: GET /overview (columnar JSON, gzip on the wire), read
// as a stream so the progress bar can count the bytes, then turned into the explorer's records
// (mapping.ts's rules for dates). Also the neighbourhood of one entity, fetched when the user
// opens an entity the overview left out. No DOM.

import type { EntityType, Predicate } from "../../../src/extraction/types.ts";
import type { DocumentRecord, EntityRecord, ExplorerData, RelationRecord } from "../state/graph/types.ts";
import { normaliseDate } from "../state/graph/utils.ts";
import { ApiError, apiUrl, graphql } from "./client.ts";
import { type RawEntity, type RawRelation, toExplorerData } from "./mapping.ts";

/** GET /overview's answer (src/api/overview.ts's `Overview`), as the explorer reads it. */
export interface OverviewAnswer {
  format: string;
  totals: { entities: number; relations: number; documents: number };
  limit: number | null;
  types: EntityType[];
  predicates: Predicate[];
  documents: { id: string[]; title: string[]; date: (string | null)[]; source: (string | null)[] };
  nodes: {
    id: string[];
    name: string[];
    type: number[];
    aliases: string[][];
    x: number[];
    y: number[];
    size: number[];
    color: number[];
    colors: string[];
    pagerank: number[];
    degree: number[];
    community: number[];
    mentionCount: number[];
    documents: number[][];
    date: (string | null)[];
  };
  edges: {
    source: number[];
    target: number[];
    predicate: number[];
    confidence: number[];
    date: (string | null)[];
    documents: number[][];
    ids: Record<string, string>;
  };
}

/** Called as the overview downloads: bytes received and the JSON's size (null when unknown). */
export type DownloadListener = (received: number, total: number | null) => void;

/** Fetches GET /overview (the top `limit` entities by PageRank, or all for null), reporting the bytes as they come. */
export async function fetchOverview(
  limit: number | null,
  options: { signal?: AbortSignal; onProgress?: DownloadListener } = {},
): Promise<OverviewAnswer> {
  let response: Response;
  try {
    const init: RequestInit = options.signal ? { signal: options.signal } : {};
    response = await fetch(apiUrl(limit === null ? "/overview" : `/overview?limit=${limit}`), init);
  } catch (error) {
    throw new ApiError(`api: the server should answer, found ${(error as Error).message}.`);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    let message = `api: the overview should load, found HTTP ${response.status}.`;
    try {
      message = (JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message ?? message;
    } catch {}
    throw new ApiError(message);
  }
  const declared = Number(response.headers.get("x-uncompressed-length"));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  const reader = response.body?.getReader();
  let text: string;
  if (!reader) text = await response.text();
  else {
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let received = 0;
    options.onProgress?.(0, total);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      options.onProgress?.(received, total);
    }
    parts.push(decoder.decode());
    text = parts.join("");
  }
  let answer: OverviewAnswer;
  try {
    answer = JSON.parse(text) as OverviewAnswer;
  } catch {
    throw new ApiError("api: the overview should be JSON, found something else.");
  }
  if (answer.format !== "news-kg-overview/1") {
    throw new ApiError(`api: the overview should be news-kg-overview/1, found ${String(answer.format)}.`);
  }
  return answer;
}

function earliest(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const date of dates) if (date !== null && (best === null || date < best)) best = date;
  return best;
}

/**
 * The explorer's records of an overview: the same as the paged GraphQL load gives (mapping.ts's
 * `toExplorerData`): a Meeting's date from the API, a relation's date its `date` attribute (read
 * with the year of its documents), else a dated Meeting's at one of its ends, else its documents'.
 */
export function overviewToExplorerData(answer: OverviewAnswer): ExplorerData {
  const { nodes, edges } = answer;
  const documents: DocumentRecord[] = answer.documents.id.map((id, i) => ({
    id,
    title: answer.documents.title[i] ?? id,
    date: answer.documents.date[i] ?? null,
    source: answer.documents.source[i] ?? null,
  }));
  const documentDates = documents.map((document) => normaliseDate(document.date));
  const entityDates: (string | null)[] = nodes.date.map((date) => normaliseDate(date));
  const entities: EntityRecord[] = nodes.id.map((id, i) => ({
    id,
    name: nodes.name[i] ?? id,
    type: answer.types[nodes.type[i] ?? 0] ?? "Organization",
    aliases: nodes.aliases[i] ?? [],
    degree: nodes.degree[i] ?? 0,
    pagerank: nodes.pagerank[i] ?? 0,
    community: nodes.community[i] ?? 0,
    mentionCount: nodes.mentionCount[i] ?? 0,
    documents: (nodes.documents[i] ?? []).map((d) => documents[d]?.id ?? ""),
    x: nodes.x[i] ?? null,
    y: nodes.y[i] ?? null,
    size: (nodes.size[i] ?? 0) > 0 ? (nodes.size[i] as number) : null,
    color: nodes.colors[nodes.color[i] ?? -1] ?? null,
    date: entityDates[i] ?? null,
  }));
  const relations = edges.source.map((source, i): RelationRecord => {
    const target = edges.target[i] ?? 0;
    const predicate = answer.predicates[edges.predicate[i] ?? 0] as Predicate;
    const sourceId = nodes.id[source] ?? "";
    const targetId = nodes.id[target] ?? "";
    const documentIndexes = edges.documents[i] ?? [];
    const reported = earliest(documentIndexes.map((d) => documentDates[d] ?? null));
    const dateText = edges.date[i] ?? null;
    const date = normaliseDate(dateText, reported) ?? entityDates[source] ?? entityDates[target] ?? reported;
    return {
      id: edges.ids[String(i)] ?? `${sourceId}|${predicate}|${targetId}`,
      source: sourceId,
      target: targetId,
      predicate,
      attributes: dateText === null ? {} : ({ date: dateText } as Record<string, string>),
      confidence: edges.confidence[i] ?? 0,
      documents: documentIndexes.map((d) => documents[d]?.id ?? ""),
      date,
    };
  });
  return {
    entities,
    relations,
    documents,
    total: { entities: answer.totals.entities, relations: answer.totals.relations },
  };
}

const ENTITY_FIELDS = "id name type aliases degree pagerank community mentionCount x y size color documents { id }";
const RELATION_FIELDS =
  "id predicate confidence source { id } target { id } attributes { key value } evidence { document }";

const NEIGHBOURHOOD_QUERY = `query ExplorerNeighbourhood($id: ID!, $key: String!, $first: Int!, $relations: Int!) {
  entity(id: $id) { ${ENTITY_FIELDS} neighbors(first: $first) { ${ENTITY_FIELDS} } }
  out: relations(source: $key, first: $relations) { edges { node { ${RELATION_FIELDS} } } }
  in: relations(target: $key, first: $relations) { edges { node { ${RELATION_FIELDS} } } }
}`;

/** Most neighbours fetched with an entity the overview left out (the most central first). */
export const NEIGHBOURHOOD_SIZE = 100;
/** Most relations fetched from and to it (each way). */
const NEIGHBOURHOOD_RELATIONS = 500;

/**
 * An entity, its nearest neighbours (the most central first, at most `first`) and its relations
 * with them, as records to add to the view; null when the API does not know the entity.
 */
export async function fetchNeighbourhood(
  id: string,
  documents: readonly DocumentRecord[],
  first = NEIGHBOURHOOD_SIZE,
): Promise<ExplorerData | null> {
  type Page = { edges: { node: RawRelation }[] };
  const data = await graphql<{
    entity: (RawEntity & { neighbors: RawEntity[] }) | null;
    out: Page;
    in: Page;
  }>(NEIGHBOURHOOD_QUERY, { id, key: id, first, relations: NEIGHBOURHOOD_RELATIONS });
  if (!data.entity) return null;
  const { neighbors, ...entity } = data.entity;
  const relations = [...data.out.edges, ...data.in.edges].map((edge) => edge.node);
  // Meeting dates are left out here: the meetings query walks the whole graph.
  const result = toExplorerData([entity, ...neighbors], relations, documents, []);
  return { ...result, documents: [] };
}
