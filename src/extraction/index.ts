// The extraction pipeline's entry points: the only place that knows the order of the stages.
// Per-document analysis is pure and serialisable (it runs in worker threads); the cross-document
// merge runs once over all analyses. No I/O here: reading files is corpus.ts's job.

import type { DocumentMeta, Entity, Extraction, Merge, Relation, SourceDocument, Statement } from "./types.ts";

/** What one document yields before entities are merged across documents. Ids are local to it. */
export interface DocumentAnalysis {
  document: DocumentMeta;
  entities: Entity[];
  relations: Relation[];
  statements: Statement[];
  merges: Merge[];
}

/** Runs the per-document stages (sentences, mentions, resolution, meetings, relations, statements). */
export function analyseDocument(doc: SourceDocument): DocumentAnalysis {
  const { text: _text, fileName: _fileName, ...meta } = doc;
  return { document: meta, entities: [], relations: [], statements: [], merges: [] };
}

/** Merges per-document analyses into one extraction: one entity per real thing across documents. */
export function mergeAnalyses(analyses: DocumentAnalysis[]): Extraction {
  return {
    documents: analyses.map((a) => a.document),
    entities: [],
    relations: [],
    statements: [],
    merges: [],
  };
}

/** Extracts a whole corpus in this thread. Same input, same output, byte for byte. */
export function extractCorpus(docs: SourceDocument[]): Extraction {
  return mergeAnalyses(docs.map(analyseDocument));
}
