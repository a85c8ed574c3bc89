// The Meeting type (one Meeting entity seen as an event: date, place, summit, participants, topics)
// and the meetings query. The view itself is graph/query.ts's meetings().

import { meetings } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { displayNames, entityKeys, resolveEntityArg } from "./helpers.ts";
import { EntityRef, MeetingRef } from "./refs.ts";

MeetingRef.implement({
  description: "A meeting (talks, summit, call, visit) as an event.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: "The Meeting entity.", resolve: (view) => view.id }),
    date: t.exposeString("date", {
      nullable: true,
      description: "ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text gives).",
    }),
    dateText: t.exposeString("dateText", { nullable: true, description: 'The date as written ("June 5th").' }),
    place: t.field({
      type: EntityRef,
      nullable: true,
      description: "Where it was held (HELD_IN), when that is an entity.",
      resolve: (view, _args, ctx) => entityKeys(ctx, [view.place])[0] ?? null,
    }),
    placeName: t.string({
      nullable: true,
      description: "The place's name, or the place as written when it is no entity.",
      resolve: (view, _args, ctx) => displayNames(ctx, [view.place])[0] ?? null,
    }),
    places: t.field({
      type: [EntityRef],
      description: "Every place it was held in, best first (a venue and its city…).",
      resolve: (view, _args, ctx) => entityKeys(ctx, view.places),
    }),
    summit: t.field({
      type: EntityRef,
      nullable: true,
      description: "The meeting it is part of (talks on the sidelines of a summit).",
      resolve: (view, _args, ctx) => entityKeys(ctx, [view.summit])[0] ?? null,
    }),
    participants: t.field({
      type: [EntityRef],
      resolve: (view, _args, ctx) => entityKeys(ctx, view.participants),
    }),
    topics: t.field({
      type: [EntityRef],
      description: "What was discussed, when it is an entity.",
      resolve: (view, _args, ctx) => entityKeys(ctx, view.topics),
    }),
    topicNames: t.stringList({
      description: "Names of every topic, including topics that are only text.",
      resolve: (view, _args, ctx) => displayNames(ctx, view.topics),
    }),
  }),
});

builder.queryField("meetings", (t) =>
  t.field({
    type: [MeetingRef],
    description: "Meetings by date (undated last), optionally held at a place, with a participant, between dates.",
    args: {
      place: t.arg.string({ description: "A place or country (its parts count: a country finds its cities)." }),
      participant: t.arg.string({ description: "Entity id or name." }),
      from: t.arg.string({ description: "ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive." }),
      to: t.arg.string({ description: "ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive." }),
    },
    resolve: (_root, args, ctx) =>
      meetings(ctx.live.graph, {
        place: args.place ?? undefined,
        participant: args.participant == null ? undefined : resolveEntityArg(ctx, args.participant),
        from: args.from ?? undefined,
        to: args.to ?? undefined,
        index: ctx.live.index,
      }),
  }),
);
