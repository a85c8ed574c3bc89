// The Path type (a shortest path: its entities and the relations between them) and the path query.
// The search itself is graph/query.ts's shortestPath (edges read as undirected).

import { shortestPath } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { ARGUMENT_BOUNDS, checkRange } from "../limits.ts";
import { resolveEntityArg } from "./helpers.ts";
import { EntityRef, PathRef, RelationRef } from "./refs.ts";

PathRef.implement({
  description: "A shortest path between two entities.",
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], description: "From start to end.", resolve: (path) => path.nodes }),
    relations: t.field({ type: [RelationRef], description: "One per hop, in order.", resolve: (path) => path.edges }),
    length: t.int({ description: "Number of hops.", resolve: (path) => path.edges.length }),
  }),
});

builder.queryField("path", (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description:
      "A shortest path between two entities (ids or names), relations read both ways; null when none is at most maxLength hops.",
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxLength: t.arg.int({ defaultValue: 4, description: "Most hops (1 to 10)." }),
    },
    resolve: (_root, { from, to, maxLength }, ctx) => {
      const hops = checkRange("maxLength", maxLength ?? 4, ARGUMENT_BOUNDS.maxLength);
      return shortestPath(ctx.live.graph, resolveEntityArg(ctx, from), resolveEntityArg(ctx, to), hops, ctx.budget);
    },
  }),
);
