// The Subgraph type (seeds and their neighbourhood, with every relation among them, exportable in
// each format) and the subgraph query. Cutting is graph/query.ts's subgraph; writing is
// export/index.ts's exportGraph.

import { exportGraph } from "../../export/index.ts";
import { subgraphSteps } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { badUserInputError } from "../errors.ts";
import { ARGUMENT_BOUNDS, checkRange } from "../limits.ts";
import { runSteps } from "../work.ts";
import { EntityTypeEnum, ExportFormatEnum, PredicateEnum } from "./enums.ts";
import { resolveEntityArg } from "./helpers.ts";
import { EntityRef, RelationRef, SubgraphRef } from "./refs.ts";

/** Most seeds a subgraph accepts. */
const MAX_SEEDS = 10_000;

SubgraphRef.implement({
  description: "A part of the graph: seeds, their neighbourhood and every relation among them.",
  fields: (t) => ({
    nodes: t.field({
      type: [EntityRef],
      description: "The seeds as given, then the entities one hop away, two hops away…, by id within a hop.",
      resolve: ({ graph }) => graph.nodes(),
    }),
    relations: t.field({ type: [RelationRef], description: "By id.", resolve: ({ graph }) => graph.edges() }),
    export: t.string({
      description: "The subgraph as a file in the given format (the same bytes as GET /export).",
      args: { format: t.arg({ type: ExportFormatEnum, required: true }) },
      resolve: ({ graph }, { format }, ctx) => {
        // Writing is one call of export/: the budget is checked before and after it.
        ctx.budget?.check();
        const text = exportGraph(graph, format);
        ctx.budget?.check();
        return text;
      },
    }),
  }),
});

builder.queryField("subgraph", (t) =>
  t.field({
    type: SubgraphRef,
    description: "The seeds (ids or names) and the entities within `depth` relations of them.",
    args: {
      seeds: t.arg.stringList({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: "Hops from the seeds (0 to 5)." }),
      types: t.arg({ type: [EntityTypeEnum], description: "Keep only neighbours of these types." }),
      predicates: t.arg({ type: [PredicateEnum], description: "Walk and keep only relations of these predicates." }),
      limit: t.arg.int({
        description: "Most entities (1 to 10000): the seeds are always kept, then the nearest (by id within a hop).",
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.seeds.length === 0) throw badUserInputError("api: seeds should name at least one entity, found none.");
      if (args.seeds.length > MAX_SEEDS) {
        throw badUserInputError(`api: seeds should be at most ${MAX_SEEDS}, found ${args.seeds.length}.`);
      }
      const seeds = [...new Set(args.seeds.map((seed) => resolveEntityArg(ctx, seed)))];
      const options = {
        depth: checkRange("depth", args.depth ?? 1, ARGUMENT_BOUNDS.depth),
        types: args.types ?? undefined,
        predicates: args.predicates ?? undefined,
        limit: args.limit == null ? undefined : checkRange("limit", args.limit, ARGUMENT_BOUNDS.limit),
        budget: ctx.budget,
      };
      return { graph: await runSteps(subgraphSteps(ctx.live.graph, seeds, options), ctx.budget) };
    },
  }),
);
