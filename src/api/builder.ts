// The one Pothos schema builder of the API, with its context type and the relay plugin (connections
// with totalCount). Every file of schema/ adds its types to this builder; schema/index.ts calls
// toSchema(). No resolvers here.

import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.ts";

/** The Pothos builder every schema file registers its types with. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin],
  // Fields are non-null unless they say otherwise: clients need not null-check ids and names.
  defaultFieldNullability: false,
  relay: {
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    nullable: false,
    description: "Number of items in the whole connection, whatever the page.",
    resolve: (parent) => parent.totalCount,
  }),
);

builder.queryType({ description: "Read-only questions to the knowledge graph. Public." });
builder.mutationType({ description: "Changes to the live graph. Each needs `Authorization: Bearer <token>`." });
