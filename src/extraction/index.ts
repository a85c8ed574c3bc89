// The extraction pipeline's entry points: the only place that knows the order of the stages.
// Per-document analysis is pure and serialisable (it runs in worker threads); the cross-document
// merge runs once over all analyses. No I/O here: reading files is corpus.ts's job.

import { forgetDocuments } from "./document-caches.ts";
import { MAX_MENTIONS_PER_ENTITY } from "./limits.ts";
import { RULES } from "./rules/index.ts";
import type { RuleContext } from "./rules/types.ts";
import { tokenizeText } from "./stages/02-tokens.ts";
import { findMentions } from "./stages/03-mentions.ts";
import { resolveMentions } from "./stages/04-resolve.ts";
import { findMeetings, finishMeetings } from "./stages/05-meetings.ts";
import { findStatements } from "./stages/07-statements.ts";
import { mergeAnalyses } from "./stages/08-merge.ts";
import type { DocumentMeta, Entity, Extraction, Merge, Relation, SourceDocument, Statement } from "./types.ts";

export { mergeAnalyses };

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
  const { text, fileName: _fileName, ...meta } = doc;
  const tok = tokenizeText(text);
  const mentions = findMentions(text, tok, doc.source);
  const resolution = resolveMentions(doc.id, mentions, tok.tokens, tok.sentences, doc.authors);
  const ctx: RuleContext = {
    doc,
    text,
    tokens: tok.tokens,
    sentences: tok.sentences,
    mentions,
    resolution,
    relations: [],
  };
  findMeetings(ctx);
  for (const rule of RULES) rule.apply(ctx);
  finishMeetings(ctx);
  const statements = findStatements(ctx);
  // An entity the text never mentions (a byline's author) is kept only when a fact links it: a
  // node with no mention and no relation would stand alone in every export.
  const linked = new Set<string>();
  for (const r of ctx.relations) linked.add(r.source).add(r.target);
  for (const s of statements) linked.add(s.speaker);
  const kept = resolution.entities.filter((e) => e.mentions.length > 0 || linked.has(e.id));
  const entities: Entity[] = kept.map((e) => {
    const entity: Entity = {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases].filter((a) => a !== e.name).sort(),
      mentions: e.mentions.slice(0, MAX_MENTIONS_PER_ENTITY).map((m) => ({
        document: doc.id,
        start: m.start,
        end: m.end,
        sentence: tok.sentences[m.sentence]?.text ?? "",
        text: m.text,
        rule: m.rule,
      })),
    };
    if (Object.keys(e.attributes).length) entity.attributes = { ...e.attributes };
    return entity;
  });
  // The document's side tables die with it (see document-caches.ts).
  forgetDocuments();
  return { document: meta, entities, relations: ctx.relations, statements, merges: resolution.merges };
}

/** Extracts a whole corpus in this thread. Same input, same output, byte for byte. */
export function extractCorpus(docs: SourceDocument[]): Extraction {
  return mergeAnalyses(docs.map(analyseDocument));
}
