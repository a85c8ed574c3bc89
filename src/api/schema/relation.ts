// The Relation type (an edge: predicate, source and target entities, attributes, confidence and
// evidence) and the relations connection. Symmetric relations are stored once; the source/target
// filters match them either way round.

import { resolveArrayConnection } from "@pothos/plugin-relay";
import type { Predicate } from "../../extraction/types.ts";
import { compareStrings } from "../../graph/keys.ts";
import type { EdgeAttributes, KnowledgeGraph } from "../../graph/model.ts";
import { relationsOf } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { notFoundError } from "../errors.ts";
import { PAGE_SIZES } from "../limits.ts";
import { PredicateEnum } from "./enums.ts";
import { resolveEntityArg, toKeyValues } from "./helpers.ts";
import { EntityRef, EvidenceRef, KeyValueRef, RelationRef } from "./refs.ts";

/** Attributes with a field of their own on Relation (all of them are also in `attributes`). */
const TYPED_ATTRIBUTES = ["title", "rate", "amount", "share", "date", "role", "quote"] as const;

function edgeAttributes(ctx: Context, id: string): EdgeAttributes {
  const { graph } = ctx.live;
  if (!graph.hasEdge(id)) throw notFoundError(`api: relation should exist, found no relation with id "${id}".`);
  return graph.getEdgeAttributes(id);
}

RelationRef.implement({
  description: "One relation between two entities, with all its evidence.",
  fields: (t) => ({
    id: t.id({ description: "Stable id: `source|PREDICATE|target`.", resolve: (id) => id }),
    predicate: t.field({ type: PredicateEnum, resolve: (id, _args, ctx) => edgeAttributes(ctx, id).predicate }),
    source: t.field({ type: EntityRef, resolve: (id, _args, ctx) => ctx.live.graph.source(id) }),
    target: t.field({ type: EntityRef, resolve: (id, _args, ctx) => ctx.live.graph.target(id) }),
    symmetric: t.boolean({
      description: "True for NEGOTIATED_WITH, MET_WITH, PARTNERED_WITH: stored once, true both ways.",
      resolve: (id, _args, ctx) => edgeAttributes(ctx, id).symmetric,
    }),
    confidence: t.float({ resolve: (id, _args, ctx) => edgeAttributes(ctx, id).confidence }),
    attributes: t.field({
      type: [KeyValueRef],
      description: "Every attribute as extracted (title, rate, meeting, topic…), sorted by key.",
      resolve: (id, _args, ctx) => toKeyValues(edgeAttributes(ctx, id).attributes),
    }),
    ...Object.fromEntries(
      TYPED_ATTRIBUTES.map((key) => [
        key,
        t.string({
          nullable: true,
          description: `The \`${key}\` attribute, when the relation has one.`,
          resolve: (id, _args, ctx) => edgeAttributes(ctx, id).attributes[key] ?? null,
        }),
      ]),
    ),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Never empty: document, sentence, offsets and rule of each finding.",
      resolve: (id, _args, ctx) => edgeAttributes(ctx, id).evidence,
    }),
  }),
});

// Every relation, or those of one predicate, sorted by id: what an unfiltered page walks. Cached per
// graph and dropped when an edge is added or removed, so paging through 50k relations does not
// re-sort them for every page.
const sortedEdgeCache = new WeakMap<KnowledgeGraph, Map<string, string[]>>();

function sortedEdges(graph: KnowledgeGraph, predicate: Predicate | undefined): string[] {
  let cache = sortedEdgeCache.get(graph);
  if (!cache) {
    const fresh = new Map<string, string[]>();
    const clear = () => fresh.clear();
    for (const event of ["edgeAdded", "edgeDropped", "cleared", "edgesCleared"] as const) graph.on(event, clear);
    sortedEdgeCache.set(graph, (cache = fresh));
  }
  const key = predicate ?? "";
  let edges = cache.get(key);
  if (!edges) {
    edges = graph.filterEdges((_edge, attributes) => predicate == null || attributes.predicate === predicate);
    edges.sort(compareStrings);
    cache.set(key, edges);
  }
  return edges;
}

builder.queryField("relation", (t) =>
  t.field({
    type: RelationRef,
    nullable: true,
    description: "One relation by id (`source|PREDICATE|target`), or null when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => (ctx.live.graph.hasEdge(String(args.id)) ? String(args.id) : null),
  }),
);

builder.queryField("relations", (t) =>
  t.connection(
    {
      type: RelationRef,
      description:
        "Relations, optionally of one predicate, from `source` and/or to `target` (ids or names), as a relay connection (pages of 20 by default, at most 1000).",
      args: {
        predicate: t.arg({ type: PredicateEnum }),
        source: t.arg.string({ description: "Entity id or name." }),
        target: t.arg.string({ description: "Entity id or name." }),
      },
      resolve: (_root, args, ctx) => {
        const { graph } = ctx.live;
        const source = args.source == null ? null : resolveEntityArg(ctx, args.source);
        const target = args.target == null ? null : resolveEntityArg(ctx, args.target);
        const predicate = args.predicate ?? undefined;
        if (source == null && target == null) {
          const all = sortedEdges(graph, predicate);
          return { ...resolveArrayConnection({ args, ...PAGE_SIZES }, all), totalCount: all.length };
        }
        let ids: string[];
        if (source != null) ids = relationsOf(graph, source, { predicate, direction: "BOTH" });
        else ids = relationsOf(graph, target!, { predicate, direction: "BOTH" });
        const matches = ids.filter((edge) => {
          const from = graph.source(edge);
          const to = graph.target(edge);
          const symmetric = graph.getEdgeAttribute(edge, "symmetric");
          const fits = (a: string | null, b: string | null) => (a == null || from === a) && (b == null || to === b);
          return fits(source, target) || (symmetric && fits(target, source));
        });
        const sorted = [...new Set(matches)].sort(compareStrings);
        return { ...resolveArrayConnection({ args, ...PAGE_SIZES }, sorted), totalCount: sorted.length };
      },
    },
    { name: "RelationConnection" },
    { name: "RelationEdge" },
  ),
);
