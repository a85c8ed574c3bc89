// The Statement type (a quotation attributed to a named speaker, possibly through an outlet) and the
// statements query. Filtering is graph/query.ts's statementsOf.

import { statementsOf } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { resolveEntityArg } from "./helpers.ts";
import { EntityRef, StatementRef } from "./refs.ts";

StatementRef.implement({
  description: "Words inside quotation marks attributed to a named speaker.",
  fields: (t) => ({
    id: t.exposeID("id"),
    speaker: t.field({ type: EntityRef, resolve: (statement) => statement.speaker }),
    quote: t.exposeString("quote"),
    via: t.field({
      type: EntityRef,
      nullable: true,
      description: "The outlet the words came through.",
      resolve: (statement, _args, ctx) =>
        statement.via != null && ctx.live.graph.hasNode(statement.via) ? statement.via : null,
    }),
    document: t.id({ description: "Document id.", resolve: (statement) => statement.document }),
    start: t.exposeInt("start", { description: "Offset of the quotation in the document's cleaned text." }),
    end: t.exposeInt("end"),
    sentence: t.exposeString("sentence"),
    rule: t.exposeString("rule"),
  }),
});

builder.queryField("statements", (t) =>
  t.field({
    type: [StatementRef],
    description: "Quotations, optionally by one speaker (id or name) and/or containing a text.",
    args: {
      speaker: t.arg.string({ description: "Entity id or name." }),
      search: t.arg.string({ description: "Keeps quotes containing the text (case-insensitive)." }),
    },
    resolve: (_root, { speaker, search }, ctx) =>
      statementsOf(ctx.live.graph, {
        speaker: speaker == null ? undefined : resolveEntityArg(ctx, speaker),
        search: search ?? undefined,
        index: ctx.live.index,
      }),
  }),
);
