// The Mention type: one occurrence of an entity in a document, with offsets into the cleaned text,
// the sentence, the surface form and the rule that recognised it.

import { EntityRef, MentionRef } from "./refs.ts";

MentionRef.implement({
  description: "One occurrence of an entity in a document.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (mention) => mention.entity }),
    document: t.id({ description: "Document id.", resolve: (mention) => mention.document }),
    start: t.exposeInt("start", { description: "Character offset into the document's cleaned text." }),
    end: t.exposeInt("end"),
    sentence: t.exposeString("sentence"),
    text: t.exposeString("text", { description: "The surface form as written." }),
    rule: t.exposeString("rule"),
  }),
});
