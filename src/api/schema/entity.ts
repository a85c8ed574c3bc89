// The Entity type (a node of the graph, merged across documents) and the queries that find
// entities: entity(id|name) and the entities connection. Reads the live graph only; ranking and
// name resolution come from graph/query.ts.

import { resolveArrayConnection } from "@pothos/plugin-relay";
import {
  countNeighborsSteps,
  findEntity,
  listEntities,
  neighborsSteps,
  relationsOf,
  statementsOf,
} from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { badUserInputError } from "../errors.ts";
import { ARGUMENT_BOUNDS, checkRange, NEIGHBORS_PAGE, PAGE_SIZES } from "../limits.ts";
import { runSteps } from "../work.ts";
import { DirectionEnum, EntityOrderEnum, EntityTypeEnum, PredicateEnum } from "./enums.ts";
import { entityAttributes, toKeyValues } from "./helpers.ts";
import { DocumentRef, EntityRef, KeyValueRef, MentionRef, RelationRef, StatementRef } from "./refs.ts";

EntityRef.implement({
  description: "One real-world thing (person, country, agency, meeting…), merged across documents.",
  fields: (t) => ({
    id: t.id({ description: "Stable id, e.g. `person:jane-doe`.", resolve: (id) => id }),
    name: t.string({ resolve: (id, _args, ctx) => entityAttributes(ctx, id).name }),
    type: t.field({ type: EntityTypeEnum, resolve: (id, _args, ctx) => entityAttributes(ctx, id).type }),
    aliases: t.stringList({
      description: "Other names the entity goes by, sorted, without `name`.",
      resolve: (id, _args, ctx) => entityAttributes(ctx, id).aliases,
    }),
    degree: t.int({
      description: "Number of relations (in + out).",
      resolve: (id, _args, ctx) => entityAttributes(ctx, id).degree,
    }),
    pagerank: t.float({ resolve: (id, _args, ctx) => entityAttributes(ctx, id).pagerank }),
    community: t.int({
      description: "Louvain community number.",
      resolve: (id, _args, ctx) => entityAttributes(ctx, id).community,
    }),
    mentionCount: t.int({ resolve: (id, _args, ctx) => entityAttributes(ctx, id).mentionCount }),
    attributes: t.field({
      type: [KeyValueRef],
      description: "Extra facts (a meeting's date, dateText, place), sorted by key.",
      resolve: (id, _args, ctx) => toKeyValues(entityAttributes(ctx, id).attributes),
    }),
    x: t.float({ description: "Layout position.", resolve: (id, _args, ctx) => entityAttributes(ctx, id).x }),
    y: t.float({ description: "Layout position.", resolve: (id, _args, ctx) => entityAttributes(ctx, id).y }),
    size: t.float({ resolve: (id, _args, ctx) => entityAttributes(ctx, id).size }),
    color: t.string({ resolve: (id, _args, ctx) => entityAttributes(ctx, id).color }),
    documents: t.field({
      type: [DocumentRef],
      description: "The documents that mention the entity, by id.",
      resolve: (id, _args, ctx) => {
        const wanted = new Set(entityAttributes(ctx, id).documents);
        return ctx.live.graph.getAttribute("documents").filter((document) => wanted.has(document.id));
      },
    }),
    mentions: t.field({
      type: [MentionRef],
      description: "Occurrences in the documents, with offsets into the cleaned text and the sentence.",
      args: { first: t.arg.int({ description: "At most this many (all when omitted)." }) },
      resolve: (id, { first }, ctx) => {
        const mentions = entityAttributes(ctx, id).mentions;
        const count = first == null ? mentions.length : checkRange("first", first, ARGUMENT_BOUNDS.first);
        return mentions.slice(0, count).map((mention) => ({ ...mention, entity: id }));
      },
    }),
    statements: t.field({
      type: [StatementRef],
      description: "Quotations attributed to the entity.",
      resolve: (id, _args, ctx) => {
        entityAttributes(ctx, id);
        return statementsOf(ctx.live.graph, { speaker: id, index: ctx.live.index });
      },
    }),
    relations: t.field({
      type: [RelationRef],
      args: {
        predicate: t.arg({ type: PredicateEnum }),
        direction: t.arg({ type: DirectionEnum, defaultValue: "BOTH" }),
      },
      resolve: (id, { predicate, direction }, ctx) => {
        entityAttributes(ctx, id);
        return relationsOf(ctx.live.graph, id, { predicate: predicate ?? undefined, direction: direction ?? "BOTH" });
      },
    }),
    neighbors: t.field({
      type: [EntityRef],
      description:
        "Entities within `depth` relations (either direction), optionally only of some types or through some predicates: nearest first, then the most central (PageRank, then id), at most `first` (`neighborCount` tells how many there are).",
      args: {
        depth: t.arg.int({ defaultValue: 1, description: "Hops (0 to 5)." }),
        types: t.arg({ type: [EntityTypeEnum] }),
        predicates: t.arg({ type: [PredicateEnum] }),
        first: t.arg.int({
          defaultValue: NEIGHBORS_PAGE.defaultSize,
          description: `At most this many (0 to ${NEIGHBORS_PAGE.maxSize}, default ${NEIGHBORS_PAGE.defaultSize}).`,
        }),
      },
      resolve: (id, { depth, types, predicates, first }, ctx) => {
        entityAttributes(ctx, id);
        const options = {
          depth: checkRange("depth", depth ?? 1, ARGUMENT_BOUNDS.depth),
          types: types ?? undefined,
          predicates: predicates ?? undefined,
          limit: checkRange("first", first ?? NEIGHBORS_PAGE.defaultSize, ARGUMENT_BOUNDS.neighborsFirst),
          budget: ctx.budget,
        };
        return runSteps(neighborsSteps(ctx.live.graph, id, options), ctx.budget);
      },
    }),
    neighborCount: t.int({
      description: "How many entities `neighbors` finds with the same arguments, whatever `first`.",
      args: {
        depth: t.arg.int({ defaultValue: 1, description: "Hops (0 to 5)." }),
        types: t.arg({ type: [EntityTypeEnum] }),
        predicates: t.arg({ type: [PredicateEnum] }),
      },
      resolve: (id, { depth, types, predicates }, ctx) => {
        entityAttributes(ctx, id);
        const options = {
          depth: checkRange("depth", depth ?? 1, ARGUMENT_BOUNDS.depth),
          types: types ?? undefined,
          predicates: predicates ?? undefined,
          budget: ctx.budget,
        };
        return runSteps(countNeighborsSteps(ctx.live.graph, id, options), ctx.budget);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: "One entity by id, or by name or any alias (case-insensitive). Null when there is none.",
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, { id, name }, ctx) => {
      if (id == null && name == null) throw badUserInputError("api: entity should get an id or a name, found neither.");
      return findEntity(ctx.live.graph, ctx.live.index, {
        id: id == null ? undefined : String(id),
        name: name ?? undefined,
      });
    },
  }),
  entities: t.connection(
    {
      type: EntityRef,
      description:
        "Entities, optionally of one type or matching a text, as a relay connection (pages of 20 by default, at most 1000).",
      args: {
        type: t.arg({ type: EntityTypeEnum }),
        search: t.arg.string({ description: "Keeps entities whose name or an alias contains the text." }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: "NAME" }),
      },
      resolve: (_root, args, ctx) => {
        const ids = listEntities(ctx.live.graph, {
          type: args.type ?? undefined,
          search: args.search ?? undefined,
          orderBy: args.orderBy ?? "NAME",
        });
        return { ...resolveArrayConnection({ args, ...PAGE_SIZES }, ids), totalCount: ids.length };
      },
    },
    { name: "EntityConnection" },
    { name: "EntityEdge" },
  ),
}));
