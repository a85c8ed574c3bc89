// The Negotiation type, "who negotiated what": a meeting with its parties (each with the side it
// acts for and its role), who faced whom, the topics and the evidence; and the negotiations query.
// The view itself is graph/query.ts's negotiations().

import { negotiations } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { displayNames, entityKeys, resolveEntityArg } from "./helpers.ts";
import { CounterpartPairRef, EntityRef, EvidenceRef, NegotiationRef, PartyRef } from "./refs.ts";

PartyRef.implement({
  description: "One party to a negotiation.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (party) => party.entity }),
    side: t.field({
      type: EntityRef,
      nullable: true,
      description: "The country or body the party acts for (a country is its own side).",
      resolve: (party, _args, ctx) => entityKeys(ctx, [party.side])[0] ?? null,
    }),
    role: t.exposeString("role", {
      nullable: true,
      description: "Its title (Treasury Secretary…) or its role at the meeting (lead…).",
    }),
  }),
});

CounterpartPairRef.implement({
  description: "Two parties that negotiated with each other (NEGOTIATED_WITH).",
  fields: (t) => ({
    first: t.field({ type: EntityRef, resolve: (pair) => pair[0] }),
    second: t.field({ type: EntityRef, resolve: (pair) => pair[1] }),
  }),
});

NegotiationRef.implement({
  description: "Who negotiated what: one meeting, its parties, who faced whom, the topics and the evidence.",
  fields: (t) => ({
    meeting: t.field({
      type: EntityRef,
      nullable: true,
      description: "The Meeting, or null for talks the text ties to no meeting.",
      resolve: (view, _args, ctx) => entityKeys(ctx, [view.meeting])[0] ?? null,
    }),
    parties: t.field({ type: [PartyRef], resolve: (view) => view.parties }),
    counterparts: t.field({ type: [CounterpartPairRef], resolve: (view) => view.counterparts }),
    topics: t.field({
      type: [EntityRef],
      description: "What was discussed, when it is an entity.",
      resolve: (view, _args, ctx) => entityKeys(ctx, view.topics),
    }),
    topicNames: t.stringList({
      description: "Names of every topic, including topics that are only text.",
      resolve: (view, _args, ctx) => displayNames(ctx, view.topics),
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (view) => view.evidence }),
  }),
});

builder.queryField("negotiations", (t) =>
  t.field({
    type: [NegotiationRef],
    description: "Who negotiated what, by meeting date; optionally with one participant (or side) or on one topic.",
    args: {
      participant: t.arg.string({ description: "Entity id or name: a party, or the side parties act for." }),
      topic: t.arg.string({ description: "A topic's id or name (or part of it)." }),
    },
    resolve: (_root, args, ctx) =>
      negotiations(ctx.live.graph, {
        participant: args.participant == null ? undefined : resolveEntityArg(ctx, args.participant),
        topic: args.topic ?? undefined,
        index: ctx.live.index,
      }),
  }),
);
