// Object references of every GraphQL object type and the shape its resolvers receive, declared in
// one place so the type files can point at each other without import cycles. Shapes only; the
// fields are implemented in the file named after each type.

import type { EntityMention, Evidence, Statement } from "../../extraction/types.ts";
import type { GraphDocument, KnowledgeGraph } from "../../graph/model.ts";
import type { GraphStats, MeetingView, NegotiationView } from "../../graph/query.ts";
import { builder } from "../builder.ts";

/** One key and value of an attribute map. */
export interface KeyValueShape {
  key: string;
  value: string;
}

/** A mention together with the entity it belongs to. */
export interface MentionShape extends EntityMention {
  entity: string;
}

/** A ranked search match. */
export interface SearchResultShape {
  id: string;
  score: number;
}

/** A shortest path: node keys and edge keys, in order. */
export interface PathShape {
  nodes: string[];
  edges: string[];
}

/** A subgraph cut out of the live graph. */
export interface SubgraphShape {
  graph: KnowledgeGraph;
}

/** One count of a breakdown. */
export interface CountShape {
  key: string;
  count: number;
}

/** What ingestDocument added and changed. */
export interface IngestResultShape {
  document: GraphDocument;
  addedNodes: string[];
  updatedNodes: string[];
  addedEdges: string[];
  updatedEdges: string[];
  removedNodes: string[];
  removedEdges: string[];
}

/** What removeDocument removed and changed. */
export interface RemoveResultShape {
  document: string;
  removedNodes: string[];
  removedEdges: string[];
  updatedNodes: string[];
}

/** An entity, by node key. */
export const EntityRef = builder.objectRef<string>("Entity");
/** A relation, by edge key. */
export const RelationRef = builder.objectRef<string>("Relation");
export const EvidenceRef = builder.objectRef<Evidence>("Evidence");
export const MentionRef = builder.objectRef<MentionShape>("Mention");
export const DocumentRef = builder.objectRef<GraphDocument>("Document");
export const StatementRef = builder.objectRef<Statement>("Statement");
export const KeyValueRef = builder.objectRef<KeyValueShape>("KeyValue");
export const SearchResultRef = builder.objectRef<SearchResultShape>("SearchResult");
export const MeetingRef = builder.objectRef<MeetingView>("Meeting");
export const NegotiationRef = builder.objectRef<NegotiationView>("Negotiation");
export const PartyRef = builder.objectRef<NegotiationView["parties"][number]>("Party");
export const CounterpartPairRef = builder.objectRef<[string, string]>("CounterpartPair");
export const PathRef = builder.objectRef<PathShape>("Path");
export const SubgraphRef = builder.objectRef<SubgraphShape>("Subgraph");
export const StatsRef = builder.objectRef<GraphStats>("Stats");
export const TypeCountRef = builder.objectRef<CountShape>("TypeCount");
export const PredicateCountRef = builder.objectRef<CountShape>("PredicateCount");
export const IngestResultRef = builder.objectRef<IngestResultShape>("IngestResult");
export const RemoveResultRef = builder.objectRef<RemoveResultShape>("RemoveResult");
