// The Stats type (node, edge and document counts, by entity type and by predicate, and the build
// time) and the stats query. Counting is graph/query.ts's graphStats.

import type { EntityType, Predicate } from "../../extraction/types.ts";
import { graphStats } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { EntityTypeEnum, PredicateEnum } from "./enums.ts";
import { PredicateCountRef, StatsRef, TypeCountRef } from "./refs.ts";

TypeCountRef.implement({
  description: "Number of entities of one type.",
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, resolve: (row) => row.key as EntityType }),
    count: t.exposeInt("count"),
  }),
});

PredicateCountRef.implement({
  description: "Number of relations of one predicate.",
  fields: (t) => ({
    predicate: t.field({ type: PredicateEnum, resolve: (row) => row.key as Predicate }),
    count: t.exposeInt("count"),
  }),
});

StatsRef.implement({
  description: "Counts of the graph.",
  fields: (t) => ({
    nodes: t.exposeInt("nodes"),
    edges: t.exposeInt("edges"),
    documents: t.exposeInt("documents"),
    statements: t.int({
      resolve: (_stats, _args, ctx) => ctx.live.graph.getAttribute("statements").length,
    }),
    byType: t.field({
      type: [TypeCountRef],
      description: "Types present, in the ontology's order.",
      resolve: (stats) => Object.entries(stats.byType).map(([key, count]) => ({ key, count })),
    }),
    byPredicate: t.field({
      type: [PredicateCountRef],
      description: "Predicates present, in the ontology's order.",
      resolve: (stats) => Object.entries(stats.byPredicate).map(([key, count]) => ({ key, count })),
    }),
    builtAt: t.string({
      nullable: true,
      description: "ISO time of the graph's build, when known.",
      resolve: (stats) => (stats.builtAt === "" ? null : stats.builtAt),
    }),
  }),
});

builder.queryField("stats", (t) =>
  t.field({
    type: StatsRef,
    description: "Counts of the graph: entities by type, relations by predicate, documents, build time.",
    resolve: (_root, _args, ctx) => graphStats(ctx.live.graph),
  }),
);
