// The sides of a summit named after them: "the EU-Japan Summit", "the EU–Central Asia Summit". A
// state or bloc the name gives as one side, taking part, negotiated with every other state taking
// part (the other side: the one named, or the members of a region named). Reads the meeting's name
// and the participants the rules found; never pairs two states of one side ("Central Asia"'s own
// states), and reads no summit whose name is not a pair ("the BRICS summit").

import { emitRelation, entitiesById, sentenceAt } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** The rule's id, written into its evidence. */
export const SUMMIT_SIDES_RULE = "summit-named-sides";

/** "EU-Japan Summit", "30th EU–Central Asia Summit": the two sides before the noun. */
const PAIR_SUMMIT =
  /(?:^|\s)([A-Z][\w.]*(?: [A-Z][\w.]*)*)\s?[-–]\s?([A-Z][\w.]*(?: [A-Z][\w.]*)*) (?:[Ll]eaders['’]? )?[Ss]ummit\b/;

/** Words that say who attended: "attended by", "took part", "leaders of", "joined". */
const ATTENDS =
  /\b(attend(?:ed|s|ing)?|attendees?|took part|take part|taking part|participa(?:ted|tes|ting|nts?)|joined|gathered|leaders of|heads of (?:state|government))\b/i;

/** Whether a side's words name entity `e` (its name or one of its aliases). */
function names(side: string, e: LocalEntity): boolean {
  return e.name === side || e.aliases.has(side);
}

function summitSides(ctx: RuleContext): void {
  const byId = entitiesById(ctx);
  const states = new Map<string, { e: LocalEntity; start: number; attends: boolean }[]>();
  for (const r of ctx.relations) {
    if (r.predicate !== "PARTICIPATED_IN") continue;
    const who = byId.get(r.source);
    if (!who || !isStateParty(who)) continue;
    const list = states.get(r.target) ?? [];
    const attends = r.evidence.some((ev) => ATTENDS.test(ev.sentence ?? ""));
    const known = list.find((x) => x.e === who);
    if (known) known.attends ||= attends;
    else list.push({ e: who, start: r.evidence[0]?.start ?? -1, attends });
    states.set(r.target, list);
  }
  for (const [id, list] of states) {
    const summit = byId.get(id);
    if (summit?.type !== "Meeting" || list.length < 2) continue;
    const pair = PAIR_SUMMIT.exec(summit.name);
    if (!pair) continue;
    const [a, b] = [pair[1]!, pair[2]!];
    const sideA = list.filter((x) => names(a, x.e));
    const sideB = list.filter((x) => names(b, x.e));
    // One side named by a state taking part; the other the named state, else every other one.
    for (const [one, other] of [
      [sideA, sideB],
      [sideB, sideA],
    ] as const) {
      if (one.length !== 1) continue;
      const x = one[0]!;
      // The other side a region or a group: the states the text names as attending ("attended
      // by … the leaders of Kazakhstan"), not every state the summit's participants were read to hold.
      const partners = other.length
        ? other
        : list.filter((y) => y.e !== x.e && y.attends && !names(a, y.e) && !names(b, y.e));
      for (const y of partners) {
        const sentence = sentenceAt(ctx, Math.max(x.start, y.start));
        if (sentence >= 0)
          emitRelation(ctx, x.e, "NEGOTIATED_WITH", y.e, sentence, SUMMIT_SIDES_RULE, { meeting: summit.name }, 0.6);
      }
      if (other.length) break;
    }
  }
}

/**
 * "The EU-Japan Summit in Tokyo", both taking part → the European Union negotiated with Japan;
 * "the EU–Central Asia Summit" with Kazakhstan and Uzbekistan at it → the EU with each of them.
 */
export const summitSidesRule: Rule = {
  id: SUMMIT_SIDES_RULE,
  predicates: ["NEGOTIATED_WITH"],
  description: "A state or bloc a summit is named after negotiated with the other side's states taking part.",
  example: "Leaders of the EU and Japan met at the EU-Japan Summit in Tokyo → EU negotiated with Japan.",
  apply: summitSides,
};
