// The Evidence type: where a relation was found (document, sentence, character offsets into the
// document's cleaned text) and by which extraction rule. Plain data, no lookups.

import { EvidenceRef } from "./refs.ts";

EvidenceRef.implement({
  description: "Where a relation was found and by which rule.",
  fields: (t) => ({
    document: t.id({ description: "Document id.", resolve: (evidence) => evidence.document }),
    sentence: t.exposeString("sentence"),
    start: t.exposeInt("start", { description: "Character offset into the document's cleaned text." }),
    end: t.exposeInt("end"),
    rule: t.exposeString("rule", { description: "Id of the extraction rule." }),
  }),
});
