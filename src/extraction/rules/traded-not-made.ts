// A state named only as a seller of a manufactured or farm good does not make it: "X, the world's
// biggest wheat exporter", "Y and Z are important car exporters to the US", "W remains China's
// primary soybean supplier". What a state ships abroad it may buy, grow or assemble from others'
// parts, and the gold files the state's PRODUCES only for goods it is told to make. Minerals stay:
// what a state exports of a mineral is dug at home (the export row of the production rules reads
// the verb the same way). Run after the production rules, over the relations they added.

import { entitiesById, replaceRelationsFrom } from "./emit.ts";
import type { RuleContext } from "./types.ts";

/** Agent nouns of selling abroad. */
const SELLER_NOUNS = /\b(?:exporters?|suppliers?)\b/i;

/** Words of making: a sentence holding one tells the production, not only the sale. */
const MAKING_WORDS =
  /\b(?:produc\w*|mines?|mined|miners?|mining|makers?|makes?|made|making|manufactur\w*|output|refin\w*|smelt\w*|process\w*|grow\w*|grown|farmers?|assembl\w*)\b/i;

/** Whether a sentence tells a state only as a seller of goods. */
export function onlySold(sentence: string): boolean {
  return SELLER_NOUNS.test(sentence) && !MAKING_WORDS.test(sentence);
}

/** Drops the PRODUCES relations at or after `from` of a state and a product told only as sold. */
export function dropTradedNotMade(ctx: RuleContext, from: number): void {
  const byId = entitiesById(ctx);
  const added = ctx.relations.slice(from);
  const kept = added.filter((r) => {
    if (r.predicate !== "PRODUCES") return true;
    if (byId.get(r.source)?.type !== "Country" || byId.get(r.target)?.type !== "Product") return true;
    return !r.evidence.length || !r.evidence.every((ev) => onlySold(ev.sentence));
  });
  if (kept.length !== added.length) replaceRelationsFrom(ctx, from, kept);
}
