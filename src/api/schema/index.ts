// The GraphQL schema: imports every type file (each registers its types with the one builder) and
// calls toSchema() once. The SDL printed from it is committed as schema/schema.graphql.

import { builder } from "../builder.ts";
import { lexicographicSortSchema, printSchema } from "../graphql.ts";
import "./enums.ts";
import "./key-value.ts";
import "./evidence.ts";
import "./mention.ts";
import "./document.ts";
import "./entity.ts";
import "./search.ts";
import "./relation.ts";
import "./statement.ts";
import "./meeting.ts";
import "./negotiation.ts";
import "./path.ts";
import "./subgraph.ts";
import "./stats.ts";
import "./mutations.ts";

/** The executable schema of the API. */
export const schema = builder.toSchema();

/** The schema's SDL, types sorted by name: what schema/schema.graphql must hold. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
