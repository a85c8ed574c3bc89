// The rule registry's contract: a rule is a declarative descriptor (id, predicate, example)
// with a pure `apply` that reads the document context and emits relations with evidence.

import type { Sentence, Token } from "../stages/02-tokens.ts";
import type { Mention } from "../stages/03-mentions.ts";
import type { LocalEntity, Resolution } from "../stages/04-resolve.ts";
import type { Predicate, Relation, SourceDocument } from "../types.ts";

/** Everything a rule may read about one document, and where it writes. */
export interface RuleContext {
  doc: SourceDocument;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /**
   * Stage 3's mentions in text order, then those later stages add (appended): read a sentence's
   * mentions, in text order, with `mentionsIn`.
   */
  mentions: Mention[];
  resolution: Resolution;
  /**
   * The relations emitted so far: one array for the whole document (`emitRelation`'s keys belong
   * to it), trimmed only through `keepRelations` or `replaceRelationsFrom`, which renumber the ids.
   */
  readonly relations: Relation[];
}

export interface Rule {
  /** Stable id, written into every piece of evidence the rule produces. */
  id: string;
  predicates: Predicate[];
  /** What the rule reads, with an example sentence in paraphrase. */
  description: string;
  example: string;
  apply(ctx: RuleContext): void;
}

export type { LocalEntity };
