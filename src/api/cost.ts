// Query cost analysis, run before execution: each field costs 1, and a list field multiplies the cost
// of its selection by the most items it can return, read from its size argument (literal, variable or
// the schema's default) or from the live graph's own counts (the most entities in a document, the
// highest degree…). Walks (neighbours, paths, subgraphs) and exports add the work they may do.
// Computes only; the plugin at the bottom refuses an operation over the limit with QUERY_TOO_COSTLY.

import type { Plugin } from "graphql-yoga";
import type { Predicate } from "../extraction/types.ts";
import type { KnowledgeGraph } from "../graph/model.ts";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "./graphql.ts";
import { NEIGHBORS_PAGE, PAGE_SIZES } from "./limits.ts";

/** What the cost of a list field is computed from: counts of the live graph. */
export interface GraphBounds {
  documents: number;
  entities: number;
  relations: number;
  statements: number;
  meetings: number;
  /** Most entities one document mentions, and most mentions in one document. */
  maxEntitiesPerDocument: number;
  maxMentionsPerDocument: number;
  /** Most documents one entity appears in, and most mentions of one entity. */
  maxDocumentsPerEntity: number;
  maxMentionsPerEntity: number;
  /** Most quotations by one speaker. */
  maxStatementsPerSpeaker: number;
  /** Most relations of one entity (in + out), overall and per predicate. */
  maxDegree: number;
  maxDegreeByPredicate: ReadonlyMap<Predicate, number>;
  /** Relations per predicate, over the graph. */
  relationsByPredicate: ReadonlyMap<Predicate, number>;
  /** Most evidence items of one relation. */
  maxEvidence: number;
}

// Bounds of a graph, kept until the graph changes (an ingest, a removal).
const boundsCache = new WeakMap<KnowledgeGraph, { bounds: GraphBounds | null }>();

/** The counts of `graph` that bound each list field, computed once per version of the graph. */
export function graphBounds(graph: KnowledgeGraph): GraphBounds {
  let entry = boundsCache.get(graph);
  if (!entry) {
    const fresh: { bounds: GraphBounds | null } = { bounds: null };
    const clear = () => {
      fresh.bounds = null;
    };
    for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared", "edgesCleared"] as const) {
      graph.on(event, clear);
    }
    graph.on("attributesUpdated", clear);
    graph.on("nodeAttributesUpdated", clear);
    graph.on("edgeAttributesUpdated", clear);
    boundsCache.set(graph, (entry = fresh));
  }
  entry.bounds ??= computeBounds(graph);
  return entry.bounds;
}

function computeBounds(graph: KnowledgeGraph): GraphBounds {
  const entitiesPerDocument = new Map<string, number>();
  const mentionsPerDocument = new Map<string, number>();
  let maxDocumentsPerEntity = 0;
  let maxMentionsPerEntity = 0;
  let maxDegree = 0;
  let meetings = 0;
  const maxDegreeByPredicate = new Map<Predicate, number>();
  const relationsByPredicate = new Map<Predicate, number>();
  graph.forEachNode((node, attributes) => {
    if (attributes.type === "Meeting") meetings++;
    maxDocumentsPerEntity = Math.max(maxDocumentsPerEntity, attributes.documents.length);
    maxMentionsPerEntity = Math.max(maxMentionsPerEntity, attributes.mentions.length);
    for (const document of attributes.documents) {
      entitiesPerDocument.set(document, (entitiesPerDocument.get(document) ?? 0) + 1);
    }
    for (const mention of attributes.mentions) {
      mentionsPerDocument.set(mention.document, (mentionsPerDocument.get(mention.document) ?? 0) + 1);
    }
    maxDegree = Math.max(maxDegree, graph.degree(node));
    const byPredicate = new Map<Predicate, number>();
    graph.forEachEdge(node, (_edge, edgeAttributes) => {
      byPredicate.set(edgeAttributes.predicate, (byPredicate.get(edgeAttributes.predicate) ?? 0) + 1);
    });
    for (const [predicate, count] of byPredicate) {
      maxDegreeByPredicate.set(predicate, Math.max(maxDegreeByPredicate.get(predicate) ?? 0, count));
    }
  });
  let maxEvidence = 0;
  graph.forEachEdge((_edge, attributes) => {
    maxEvidence = Math.max(maxEvidence, attributes.evidence.length);
    relationsByPredicate.set(attributes.predicate, (relationsByPredicate.get(attributes.predicate) ?? 0) + 1);
  });
  const statements = graph.getAttribute("statements");
  const bySpeaker = new Map<string, number>();
  for (const statement of statements) bySpeaker.set(statement.speaker, (bySpeaker.get(statement.speaker) ?? 0) + 1);
  const max = (values: Iterable<number>) => Math.max(0, ...values);
  return {
    documents: graph.getAttribute("documents").length,
    entities: graph.order,
    relations: graph.size,
    statements: statements.length,
    meetings,
    maxEntitiesPerDocument: max(entitiesPerDocument.values()),
    maxMentionsPerDocument: max(mentionsPerDocument.values()),
    maxDocumentsPerEntity,
    maxMentionsPerEntity,
    maxStatementsPerSpeaker: max(bySpeaker.values()),
    maxDegree,
    maxDegreeByPredicate,
    relationsByPredicate,
    maxEvidence,
  };
}

/** Items a list of small parts (a meeting's places, a negotiation's parties…) is counted as. */
export const SMALL_LIST_BOUND = 10;

/** Weight of a subgraph export per node and per relation written (a GEXF node is a few hundred bytes). */
export const EXPORT_WEIGHT = 5;

/** The arguments of the enclosing field, and what it estimated, passed down to its selection. */
interface Scope {
  args: Record<string, unknown>;
  nodes?: number;
  relations?: number;
}

interface FieldRule {
  /** Most items the list field returns (1 for a single object when absent). */
  size?: (args: Record<string, unknown>, bounds: GraphBounds, parent: Scope) => number;
  /** Extra cost of the field's own work (a walk, an export), counted once per item of its parent. */
  weight?: (args: Record<string, unknown>, bounds: GraphBounds, parent: Scope) => number;
  /** What the field's selection sees as its parent scope (default: the field's arguments). */
  scope?: (args: Record<string, unknown>, bounds: GraphBounds) => Scope;
}

function intArg(args: Record<string, unknown>, name: string, fallback: number): number {
  const value = args[name];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** A connection's page: `first` or `last` (default 20, at most 1000), no more than there are. */
function pageSize(parent: Scope, total: number): number {
  const asked = intArg(parent.args, "first", intArg(parent.args, "last", PAGE_SIZES.defaultSize));
  return Math.max(0, Math.min(asked, PAGE_SIZES.maxSize, total));
}

/** Nodes a walk of `depth` hops from `seeds` nodes may reach. */
function reach(bounds: GraphBounds, seeds: number, depth: number): number {
  if (depth <= 0) return Math.min(seeds, bounds.entities);
  if (depth === 1) return Math.min(seeds * (bounds.maxDegree + 1), bounds.entities);
  return bounds.entities;
}

/** The work of a walk over `nodes` nodes, in field-cost units (a hundred nodes cost 1). */
function walkWeight(nodes: number): number {
  return Math.ceil(nodes / 100);
}

function relationsOfEntity(args: Record<string, unknown>, bounds: GraphBounds): number {
  // Enum arguments arrive as their internal values: the predicate names themselves.
  const predicate = typeof args.predicate === "string" ? (args.predicate as Predicate) : null;
  return predicate === null ? bounds.maxDegree : (bounds.maxDegreeByPredicate.get(predicate) ?? 0);
}

function subgraphScope(args: Record<string, unknown>, bounds: GraphBounds): Scope {
  const seeds = Array.isArray(args.seeds) ? args.seeds.length : 1;
  const limit = intArg(args, "limit", Number.POSITIVE_INFINITY);
  const nodes = Math.min(limit, reach(bounds, seeds, intArg(args, "depth", 1)));
  // Relations among the nodes: at most each node's degree, and in practice about the graph's mean
  // degree per node, counted twice over (a hub's neighbourhood is denser than the graph).
  const meanDegree = bounds.entities === 0 ? 0 : Math.ceil((2 * bounds.relations) / bounds.entities);
  const relations = Math.min(bounds.relations, nodes * bounds.maxDegree, nodes * 2 * meanDegree);
  return { args, nodes, relations };
}

// The list fields and the fields that do more work than reading an attribute, by "Type.field".
const RULES: Readonly<Record<string, FieldRule>> = {
  "Query.documents": { size: (_a, b) => b.documents },
  "Query.entities": { weight: (_a, b) => walkWeight(b.entities) },
  "Query.relations": { weight: (_a, b) => walkWeight(b.relations) },
  "Query.search": { size: (a) => intArg(a, "first", 10), weight: (_a, b) => walkWeight(b.entities) },
  "Query.statements": { size: (_a, b) => b.statements },
  "Query.meetings": { size: (_a, b) => b.meetings, weight: (_a, b) => walkWeight(b.entities) },
  "Query.negotiations": {
    size: (_a, b) =>
      b.meetings + (b.relationsByPredicate.get("NEGOTIATED_WITH") ?? 0) + (b.relationsByPredicate.get("MET_WITH") ?? 0),
    weight: (_a, b) => walkWeight(b.relations),
  },
  "Query.path": { weight: (_a, b) => walkWeight(b.entities) },
  "Query.subgraph": {
    scope: subgraphScope,
    weight: (a, b) => {
      const { nodes = 0, relations = 0 } = subgraphScope(a, b);
      // The walk, then a copy of every node and relation kept, whatever the selection asks for.
      return walkWeight(b.entities) + nodes + relations;
    },
  },
  "EntityConnection.edges": { size: (_a, b, parent) => pageSize(parent, b.entities) },
  "RelationConnection.edges": { size: (_a, b, parent) => pageSize(parent, b.relations) },
  "Document.entities": { size: (_a, b) => b.maxEntitiesPerDocument },
  "Document.mentions": { size: (_a, b) => b.maxMentionsPerDocument },
  "Entity.documents": { size: (_a, b) => b.maxDocumentsPerEntity },
  "Entity.mentions": { size: (a, b) => Math.min(intArg(a, "first", b.maxMentionsPerEntity), b.maxMentionsPerEntity) },
  "Entity.statements": { size: (_a, b) => b.maxStatementsPerSpeaker },
  "Entity.relations": { size: (a, b) => relationsOfEntity(a, b) },
  "Entity.attributes": { size: () => SMALL_LIST_BOUND },
  "Entity.neighbors": {
    size: (a, b) => {
      const depth = intArg(a, "depth", 1);
      if (depth <= 0) return 0;
      return Math.min(intArg(a, "first", NEIGHBORS_PAGE.defaultSize), reach(b, 1, depth) - 1);
    },
    weight: (a, b) => (intArg(a, "depth", 1) <= 1 ? 0 : walkWeight(reach(b, 1, intArg(a, "depth", 1)))),
  },
  "Entity.neighborCount": {
    weight: (a, b) => (intArg(a, "depth", 1) <= 1 ? 0 : walkWeight(reach(b, 1, intArg(a, "depth", 1)))),
  },
  "Relation.evidence": { size: (_a, b) => b.maxEvidence },
  "Relation.attributes": { size: () => SMALL_LIST_BOUND },
  "Path.nodes": { size: (_a, _b, parent) => intArg(parent.args, "maxLength", 4) + 1 },
  "Path.relations": { size: (_a, _b, parent) => intArg(parent.args, "maxLength", 4) },
  "Subgraph.nodes": { size: (_a, _b, parent) => parent.nodes ?? 0 },
  "Subgraph.relations": { size: (_a, _b, parent) => parent.relations ?? 0 },
  "Subgraph.export": {
    weight: (_a, _b, parent) => EXPORT_WEIGHT * ((parent.nodes ?? 0) + (parent.relations ?? 0)),
  },
  "Meeting.participants": { size: (_a, b) => b.maxDegreeByPredicate.get("PARTICIPATED_IN") ?? 0 },
  "Meeting.places": { size: (_a, b) => b.maxDegreeByPredicate.get("HELD_IN") ?? 0 },
  "Meeting.topics": { size: (_a, b) => b.maxDegreeByPredicate.get("DISCUSSED") ?? 0 },
  "Negotiation.evidence": { size: (_a, b) => SMALL_LIST_BOUND * Math.max(1, b.maxEvidence) },
  "Stats.byType": { size: () => SMALL_LIST_BOUND },
  "Stats.byPredicate": { size: () => SMALL_LIST_BOUND },
};

/** What `operationCost` needs besides the document. */
export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  /** The request's variables, as sent. */
  variables?: Record<string, unknown> | null;
  bounds: GraphBounds;
}

/**
 * The cost of the operation `operationName` of `document` (or its only operation): every field
 * costs 1 plus its own work, and a list field's selection counts once per item it can return.
 * Variables are read as the request gives them and defaults as the schema declares them. Returns 0
 * for an operation it cannot find or variables that do not coerce (execution reports those).
 */
export function operationCost(input: CostInput): number {
  const { schema, document } = input;
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation =
    input.operationName == null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((candidate) => candidate.name?.value === input.operationName);
  if (!operation) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], input.variables ?? {});
  if (coerced.errors) return 0;
  const variables = coerced.coerced;
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;

  const selectionCost = (set: SelectionSetNode, type: GraphQLNamedType, parent: Scope, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += selectionCost(selection.selectionSet, condition ?? type, parent, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value) ?? type;
        cost += selectionCost(fragment.selectionSet, condition, parent, new Set([...seen, fragment.name.value]));
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith("__") || !isObjectType(type)) continue;
      const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
      if (!field) continue;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, selection, variables);
      } catch {
        args = {};
      }
      const rule = RULES[`${type.name}.${name}`];
      const weight = rule?.weight?.(args, input.bounds, parent) ?? 0;
      if (!selection.selectionSet) {
        cost += 1 + weight;
        continue;
      }
      const isList = isListType(getNullableType(field.type));
      const size = rule?.size?.(args, input.bounds, parent) ?? (isList ? SMALL_LIST_BOUND : 1);
      const scope = rule?.scope?.(args, input.bounds) ?? { args };
      const inner = selectionCost(selection.selectionSet, getNamedType(field.type), scope, seen);
      cost += 1 + weight + Math.max(0, size) * inner;
    }
    return cost;
  };
  return selectionCost(operation.selectionSet, root, { args: {} }, new Set());
}

/** Options of `useCostLimit`. */
export interface CostLimitOptions {
  /** Largest cost an operation may have. */
  maxCost: number;
  /** The bounds of the graph the operation will run on (read per request: the graph changes). */
  bounds: () => GraphBounds;
}

/** The `extensions.code` of an operation refused for its cost. */
export const QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY";

/** Refuses, before it runs, an operation whose cost is over `maxCost` (QUERY_TOO_COSTLY, HTTP 400). */
export function useCostLimit(options: CostLimitOptions): Plugin<Record<string, unknown>> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost({
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null | undefined,
        bounds: options.bounds(),
      });
      if (cost > options.maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `the query cost should be at most ${options.maxCost} (the cost limit), found ${Math.round(cost)}: ask for smaller pages (first), fewer nested lists or a smaller depth.`,
              {
                extensions: {
                  code: QUERY_TOO_COSTLY,
                  maxCost: options.maxCost,
                  cost: Math.round(cost),
                  http: { status: 400 },
                },
              },
            ),
          ],
        });
      }
    },
  };
}
