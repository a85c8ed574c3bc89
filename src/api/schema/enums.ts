// The GraphQL enums: entity types (UPPER_SNAKE in GraphQL, the ontology's spelling inside), predicates,
// relation directions, entity orderings and export formats. Values map both ways through Pothos, so
// resolvers only ever see the ontology's names. No resolvers here.

import { EXPORT_FORMATS } from "../../export/index.ts";
import { ENTITY_TYPES, type EntityType, PREDICATES, type Predicate } from "../../extraction/types.ts";
import { builder } from "../builder.ts";

/** The GraphQL spelling of an entity type: "Person" → "PERSON", "PlaceName" → "PLACE_NAME". */
export function toGraphQLEnumName(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/** The ontology's entity type behind a GraphQL enum name ("PERSON" → "Person"), or null. */
export function entityTypeFromGraphQL(name: string): EntityType | null {
  return ENTITY_TYPES.find((type) => toGraphQLEnumName(type) === name) ?? null;
}

export const EntityTypeEnum = builder.enumType("EntityType", {
  description: "The eleven entity types of the ontology.",
  values: Object.fromEntries(ENTITY_TYPES.map((type) => [toGraphQLEnumName(type), { value: type }])) as Record<
    string,
    { value: EntityType }
  >,
});

/**
 * The predicates a relation of the graph can have: the ontology's, but STATED, which the graph
 * carries as statements (Query.statements, Entity.statements), never as a relation.
 */
export const RELATION_PREDICATES: readonly Predicate[] = PREDICATES.filter((predicate) => predicate !== "STATED");

export const PredicateEnum = builder.enumType("Predicate", {
  description:
    "Relation predicates of the ontology. NEGOTIATED_WITH, MET_WITH and PARTNERED_WITH are symmetric. The ontology's STATED is no relation here: quotations are `statements`.",
  values: RELATION_PREDICATES,
});

export const DirectionEnum = builder.enumType("Direction", {
  description: "Which relations of an entity: outgoing, incoming or both (symmetric relations count both ways).",
  values: ["OUT", "IN", "BOTH"] as const,
});

export const EntityOrderEnum = builder.enumType("EntityOrder", {
  description: "Order of the entities connection: by name, or by degree, PageRank or mentions (largest first).",
  values: ["NAME", "DEGREE", "PAGERANK", "MENTIONS"] as const,
});

export const ExportFormatEnum = builder.enumType("ExportFormat", {
  description:
    "Graph export formats: GEXF 1.3 (GEXF12: 1.2draft), GraphML, graphology JSON, CSV (nodes then edges), Cypher, and the nodes and relationships files of neo4j-admin's bulk import (NEO4J_NODES, NEO4J_RELATIONSHIPS).",
  values: EXPORT_FORMATS,
});
