// People listed as bullets after a sentence that ends with a colon: "… was signed by Minister A and
// his counterparts:" followed by lines "- B, Minister of Trade, Norway;", "- C, Vice President,
// Switzerland." Each item that opens with a person's name (past its bullet mark) gives that
// person; the list ends at the first sentence that opens with no bullet mark.

import { mentionsIn } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";

/** Marks that open a bulleted item. */
const BULLET = /^[-–—•*·]$/;

/** The people heading the bulleted items right after `sentence` when it ends with a colon; [] otherwise. */
export function bulletedPeople(ctx: RuleContext, sentence: number): LocalEntity[] {
  const s = ctx.sentences[sentence];
  if (!s || ctx.tokens[s.tokenEnd - 1]?.text !== ":") return [];
  const out: LocalEntity[] = [];
  for (let n = sentence + 1; n < ctx.sentences.length; n++) {
    const item = ctx.sentences[n]!;
    if (!BULLET.test(ctx.tokens[item.tokenStart]?.text ?? "")) break;
    const head = mentionsIn(ctx, n).find((x) => x.m.ts === item.tokenStart + 1);
    if (head?.e.type === "Person" && !out.includes(head.e)) out.push(head.e);
  }
  return out;
}
