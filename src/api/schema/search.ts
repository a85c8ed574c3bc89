// The SearchResult type and Query.search: ranked matches of a text over entity names and aliases.
// The ranking itself is graph/query.ts's searchEntities; this file only bounds the arguments.

import { searchEntities } from "../../graph/query.ts";
import { builder } from "../builder.ts";
import { badUserInputError } from "../errors.ts";
import { checkRange } from "../limits.ts";
import { EntityRef, SearchResultRef } from "./refs.ts";

/** Longest search text accepted, in characters. */
const MAX_SEARCH_CHARS = 200;

SearchResultRef.implement({
  description: "An entity matching a search, with its score (higher is better).",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (result) => result.id }),
    score: t.exposeFloat("score"),
  }),
});

builder.queryField("search", (t) =>
  t.field({
    type: [SearchResultRef],
    description: "Entities whose name or aliases match `text`, best first.",
    args: {
      text: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: 10, description: "How many results (1 to 100)." }),
    },
    resolve: (_root, { text, first }, ctx) => {
      if (text.trim().length === 0) throw badUserInputError("api: search text should not be empty, found only spaces.");
      if (text.length > MAX_SEARCH_CHARS) {
        throw badUserInputError(
          `api: search text should be at most ${MAX_SEARCH_CHARS} characters, found ${text.length}.`,
        );
      }
      const count = checkRange("first", first ?? 10, [1, 100]);
      return searchEntities(ctx.live.graph, ctx.live.index, text, count);
    },
  }),
);
