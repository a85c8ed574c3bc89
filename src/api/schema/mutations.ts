// The mutations: ingestDocument (extract a text and merge it into the live graph, persisted) and
// removeDocument, with their input and result types. Both need the bearer token; the incremental
// merge and the atomic save are the LiveGraph's (graph/live.ts).

import { requireAuthorization } from "../auth.ts";
import { builder } from "../builder.ts";
import { badUserInputError, notFoundError } from "../errors.ts";
import { MAX_DOCUMENT_BYTES } from "../limits.ts";
import { DocumentRef, EntityRef, IngestResultRef, RelationRef, RemoveResultRef } from "./refs.ts";

const MAX_TITLE_CHARS = 1000;

const IngestDocumentInput = builder.inputType("IngestDocumentInput", {
  description: "A document to extract and merge into the graph.",
  fields: (t) => ({
    text: t.string({ required: true, description: "Plain text (at most 1 MiB of UTF-8)." }),
    title: t.string({ description: "Defaults to the text's first line." }),
    source: t.string({ description: "Outlet or publisher." }),
    date: t.string({ description: "ISO date, YYYY-MM-DD." }),
  }),
});

IngestResultRef.implement({
  description: "What ingestDocument added to and changed in the graph.",
  fields: (t) => ({
    document: t.field({ type: DocumentRef, resolve: (result) => result.document }),
    addedNodes: t.field({
      type: [EntityRef],
      resolve: (result, _args, ctx) => result.addedNodes.filter((id) => ctx.live.graph.hasNode(id)),
    }),
    updatedNodes: t.field({
      type: [EntityRef],
      resolve: (result, _args, ctx) => result.updatedNodes.filter((id) => ctx.live.graph.hasNode(id)),
    }),
    addedEdges: t.field({
      type: [RelationRef],
      resolve: (result, _args, ctx) => result.addedEdges.filter((id) => ctx.live.graph.hasEdge(id)),
    }),
    updatedEdges: t.field({
      type: [RelationRef],
      resolve: (result, _args, ctx) => result.updatedEdges.filter((id) => ctx.live.graph.hasEdge(id)),
    }),
    removedNodes: t.idList({
      description: "Ids of entities the new merge no longer has (merged into another entity).",
      resolve: (result) => result.removedNodes,
    }),
    removedEdges: t.idList({
      description: "Ids of relations the new merge no longer has (re-keyed or left without evidence).",
      resolve: (result) => result.removedEdges,
    }),
  }),
});

RemoveResultRef.implement({
  description: "What removeDocument removed from and changed in the graph.",
  fields: (t) => ({
    document: t.id({ description: "The removed document's id.", resolve: (result) => result.document }),
    removedNodes: t.idList({
      description: "Ids of entities no document mentions any more.",
      resolve: (r) => r.removedNodes,
    }),
    removedEdges: t.idList({ description: "Ids of relations left without evidence.", resolve: (r) => r.removedEdges }),
    updatedNodes: t.field({
      type: [EntityRef],
      resolve: (result, _args, ctx) => result.updatedNodes.filter((id) => ctx.live.graph.hasNode(id)),
    }),
  }),
});

builder.mutationFields((t) => ({
  ingestDocument: t.field({
    type: IngestResultRef,
    description: "Extracts a text and merges it into the live graph incrementally; saved atomically. Needs the token.",
    args: { input: t.arg({ type: IngestDocumentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireAuthorization(ctx, "ingestDocument");
      const bytes = Buffer.byteLength(input.text, "utf8");
      if (bytes > MAX_DOCUMENT_BYTES) {
        throw badUserInputError(`api: input.text should be at most ${MAX_DOCUMENT_BYTES} bytes, found ${bytes}.`);
      }
      if (input.text.trim().length === 0)
        throw badUserInputError("api: input.text should not be empty, found no text.");
      if (input.title != null && input.title.length > MAX_TITLE_CHARS) {
        throw badUserInputError(
          `api: input.title should be at most ${MAX_TITLE_CHARS} characters, found ${input.title.length}.`,
        );
      }
      if (input.date != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
        throw badUserInputError(`api: input.date should be an ISO date (YYYY-MM-DD), found "${input.date}".`);
      }
      const result = await ctx.live.ingestDocument({
        text: input.text,
        title: input.title ?? undefined,
        source: input.source ?? undefined,
        date: input.date ?? undefined,
      });
      const document = ctx.live.graph.getAttribute("documents").find((d) => d.id === result.document.id);
      return { ...result, document: document ?? { ...result.document, text: input.text } };
    },
  }),
  removeDocument: t.field({
    type: RemoveResultRef,
    description: "Removes a document and what only it supported; saved atomically. Needs the token.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      requireAuthorization(ctx, "removeDocument");
      const documentId = String(id);
      if (!ctx.live.graph.getAttribute("documents").some((document) => document.id === documentId)) {
        throw notFoundError(`api: document should exist, found no document with id "${documentId}".`);
      }
      const result = await ctx.live.removeDocument(documentId);
      return { document: documentId, ...result };
    },
  }),
}));
