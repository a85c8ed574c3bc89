// A source document for the extraction tests: a text of our own with the fields stage 1 would have
// read (a publication date for relative dates, a byline's outlet and authors), the rest blank.

import type { SourceDocument } from "../../src/extraction/types.ts";

/** The document `t` holding `text`, with the given fields (date, source, authors…) and blanks elsewhere. */
export function testDocument(text: string, fields: Partial<Omit<SourceDocument, "text">> = {}): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: null, source: null, authors: [], ...fields, text };
}
