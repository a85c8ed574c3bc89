// The DISCUSSED area: goods on a meeting's agenda. A backoff after the clause-reading topic rules,
// read as mineral-at-meeting reads minerals (meeting-topic-cues.ts: a sentence naming one findable
// meeting, or the next one naming none, with a word of discussing, no clause opener between), but
// closer: the good stands after the word of discussing, at most eight words on ("the leaders
// discussed H20 chips", "the topic of magnets"), and the word is one of discussing or an agenda noun,
// not of negotiating or worry. Studied split per document: +2 right, +1 wrong (that one is
// right in other articles' gold); the wider reading of round 27 (anywhere in the sentence) 3 right, 9
// wrong; policies read the same way: 0 right, 3 wrong.

import { topicsAtMeetings } from "./meeting-topic-cues.ts";
import type { Rule } from "./types.ts";

export const goodsAtMeetingRule: Rule = {
  id: "goods-at-meeting",
  predicates: ["DISCUSSED"],
  description:
    "A good after a word of discussing, in a sentence naming one meeting (or the next sentence), is the meeting's topic.",
  example: "The ministers met in Lima on Monday. The talks covered soybeans and beef → the meeting discussed them.",
  apply(ctx) {
    topicsAtMeetings(ctx, this.id, (_, x, cue) => {
      if (x.e.type !== "Product" || x.m.ts < cue || x.m.ts - cue > 8) return false;
      // A good named as another's use or example ("cobalt supplies needed for applications like
      // batteries") is no matter taken up.
      for (let k = cue + 1; k < x.m.ts; k++) if (/^(like|needed|used)$/i.test(ctx.tokens[k]!.text)) return false;
      // Words of negotiating and of worry ("concerns over a dispute that disrupted flows of goods")
      // name a matter in passing; a verb of discussing or an agenda noun takes it up.
      return !/^(negotiat|concern)/i.test(ctx.tokens[cue]!.text);
    });
  },
};
