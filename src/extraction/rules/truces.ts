// A truce in a trade war is a Policy: the parties' pause of their tariffs, which readers name
// "tariff truce" whatever the text calls it ("a 90-day truce", "their fragile trade truce"). Round
// 23b: named only where a sentence's one meeting makes, extends or takes it up, and filed as that
// meeting's topic (a truce merely mentioned is often no annotated instrument: tried as an entity
// everywhere, +7 right and +6 wrong per document, +1 wrong on the validation split and the seeds).

import { meetingsOf } from "../stages/05-meetings.ts";
import { addMention, emitRelation, ensureEntity, mentionsIn } from "./emit.ts";
import { findableMeetingsIn, sidelineHosts } from "./topic-frames.ts";
import type { Rule } from "./types.ts";

/** The nouns of a truce, in lower case as written in a sentence. */
const TRUCE = /^(truce|truces)$/;
/** Words that make a sentence's truce a trade one ("a truce on trade", "the truce in their tariff war"). */
const TRADE_CONTEXT = /\b(trade|tariffs?|duties|levies|export controls)\b/i;
/** Words of a war of arms: a truce among them is a ceasefire, no trade instrument. */
const ARMS_CONTEXT =
  /\b(ceasefire|cease-fire|military|troops|fighting|border|peace|armed|hostages?|soldiers|missiles?|shelling|clashes)\b/i;
/** "truce negotiations", "truce talks": a noun the truce modifies is what the clause is about. */
const MODIFIED = /^(negotiations?|talks|discussions|deadline|hopes?)$/i;
/** Words of a truce's phrase before it ("a fragile trade truce", "a 90-day truce"). */
const MODIFIERS =
  /^(trade|tariff|tariffs|fragile|temporary|tentative|second|first|new|initial|uneasy|delicate|partial|economic|commercial|shaky|existing|current|\d+-(day|month|year)|(one|two|three|six|twelve)-(month|year)|year-long|months-long)$/i;

/** The span of a truce's phrase ending at token `i` ("fragile trade truce", "90-day truce"). */
function truceSpan(ctx: Parameters<Rule["apply"]>[0], i: number): { ts: number; te: number } {
  const { tokens } = ctx;
  const s = tokens[i]!.sentence;
  let a = i;
  while (a - 1 >= 0 && tokens[a - 1]!.sentence === s && i - a < 3 && MODIFIERS.test(tokens[a - 1]!.text)) a--;
  return { ts: a, te: i + 1 };
}

/** Words by which talks make, keep or take up a truce ("agreed to extend", "led to", "covered extension of"). */
const TRUCE_MAKING =
  /^(agree|agreed|agrees|agreeing|extend|extended|extends|extending|extension|reach|reached|struck|strike|secured|brokered|sealed|led|produced|yielded|covered|renew|renewed|prolong|prolonged|discuss|discussed|discussing)$/i;

/**
 * "At their meeting in Stockholm the sides agreed to extend the fragile trade truce", "the Geneva
 * talks led to a 90-day truce": a trade truce a sentence's one meeting (dated, placed or named by
 * its people; not a host summit) makes, extends or takes up is that meeting's topic.
 */
export const truceAtMeetingRule: Rule = {
  id: "topic-truce-at-meeting",
  predicates: ["DISCUSSED"],
  description:
    "A trade truce made or extended in a sentence naming one meeting is the Policy 'tariff truce', the meeting's topic.",
  example: "At their talks in Oslo the two sides agreed to extend their trade truce → the talks discussed it.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const { tokens } = ctx;
    // A truce another rule named after its parties ("the US-China tariff truce") is the same one.
    const named = ctx.resolution.entities.find((e) => e.type === "Policy" && /\btruce$/i.test(e.name));
    const hosts = sidelineHosts(ctx);
    for (const s of ctx.sentences) {
      if (!/[.!?"”’]\s*$/.test(s.text) || !TRADE_CONTEXT.test(s.text)) continue;
      if (ARMS_CONTEXT.test(s.text.replace(/\b(trade|tariffs?) wars?\b/gi, ""))) continue;
      const ms = mentionsIn(ctx, s.i);
      let here = findableMeetingsIn(index, s.i, hosts);
      // Of two meetings, the one the sentence writes ("At their meeting in Stockholm …"), not the
      // document's talks another rule gave it.
      if (here.length > 1) here = here.filter((m) => ms.some((x) => x.e === m));
      if (here.length !== 1) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (!TRUCE.test(tokens[i]!.text)) continue;
        if (MODIFIED.test(tokens[i + 1]?.text ?? "") && tokens[i + 1]!.sentence === s.i) continue;
        let made = false;
        for (let k = s.tokenStart; k < i && !made; k++) made = TRUCE_MAKING.test(tokens[k]!.text);
        if (!made) continue;
        const covering = ms.find((x) => x.e.type === "Policy" && x.m.ts <= i && x.m.te > i);
        // Another agreement's word ("the Geneva framework") is that agreement's, not a truce.
        if (covering && !/\btruce$/i.test(covering.e.name)) continue;
        const span = truceSpan(ctx, i);
        let truce = covering?.e ?? named;
        if (truce) {
          if (!covering) addMention(ctx, truce, span, this.id);
        } else truce = ensureEntity(ctx, "Policy", "tariff truce", "truce@tariffs", span, this.id);
        emitRelation(ctx, here[0]!, "DISCUSSED", truce, s.i, this.id, {}, 0.5);
      }
    }
  },
};
