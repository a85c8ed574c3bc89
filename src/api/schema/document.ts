// The Document type (metadata, cleaned text, the entities it mentions and their mentions) and the
// documents/document(id) queries. Offsets of mentions and evidence point into `text`.

import { compareStrings } from "../../graph/keys.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { DocumentRef, EntityRef, MentionRef, type MentionShape } from "./refs.ts";

function entitiesOf(ctx: Context, documentId: string): string[] {
  return ctx.live.graph
    .filterNodes((_node, attributes) => attributes.documents.includes(documentId))
    .sort(compareStrings);
}

DocumentRef.implement({
  description: "A source document: metadata and its cleaned text.",
  fields: (t) => ({
    id: t.id({ description: "The file name without its extension.", resolve: (document) => document.id }),
    title: t.exposeString("title"),
    date: t.exposeString("date", { nullable: true, description: "ISO date (YYYY-MM-DD) when the text gives one." }),
    source: t.exposeString("source", { nullable: true, description: "Outlet or publisher, when named." }),
    authors: t.exposeStringList("authors"),
    text: t.exposeString("text", { description: "The cleaned text; every offset points into it." }),
    length: t.int({ description: "Length of `text` in characters.", resolve: (document) => document.text.length }),
    entities: t.field({
      type: [EntityRef],
      description: "Entities mentioned in the document, by id.",
      resolve: (document, _args, ctx) => entitiesOf(ctx, document.id),
    }),
    mentions: t.field({
      type: [MentionRef],
      description: "Every mention in the document, in text order.",
      resolve: (document, _args, ctx) => {
        const { graph } = ctx.live;
        const mentions: MentionShape[] = [];
        for (const entity of entitiesOf(ctx, document.id)) {
          for (const mention of graph.getNodeAttribute(entity, "mentions")) {
            if (mention.document === document.id) mentions.push({ ...mention, entity });
          }
        }
        return mentions.sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.entity, b.entity));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  documents: t.field({
    type: [DocumentRef],
    description: "Every document of the graph, in id order.",
    resolve: (_root, _args, ctx) =>
      [...ctx.live.graph.getAttribute("documents")].sort((a, b) => compareStrings(a.id, b.id)),
  }),
  document: t.field({
    type: DocumentRef,
    nullable: true,
    description: "One document by id; null when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.live.graph.getAttribute("documents").find((document) => document.id === String(id)) ?? null,
  }),
}));
