// The agreement a meeting produced: "the two sides reached a framework agreement at
// the talks", "the deal was signed in Johannesburg as the leaders met", "the conclusion of the FTA
// was announced after a telephone call": an agreement (a Policy whose name is an agreement's) that
// a clause reaches, signs, agrees or announces, in a sentence pointing to one meeting of the
// document's event model (the meeting named there, or "at/after/during the talks" with the one
// meeting a neighbouring sentence names), is that meeting's topic. The meeting may be one
// the document reports (its main event) with no date or place ("Following the meeting, the X
// Declaration was adopted": "the 12th Summit"), when the agreement is named by a word of its own
// (not "its 18th Free Trade Agreement"); declarations and alliances are agreements, and launching
// makes one; a quoted name right after the verb that the clause reading leaves without an object
// ("adopted the “X Declaration”") is its object (studied, per document: +2 right, 0 wrong).

import { meetingsOf } from "../stages/05-meetings.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { lastAgreement } from "./talks.ts";
import { findableMeetingsIn, sidelineHosts } from "./topic-frames.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** Lemmas of verbs that make or seal an agreement. */
export const AGREEMENT_MAKING: ReadonlySet<string> = new Set([
  "reach",
  "agree",
  "sign",
  "seal",
  "strike",
  "clinch",
  "conclude",
  "finalise",
  "finalize",
  "ink",
  "formalise",
  "formalize",
  "announce",
  "unveil",
  "forge",
  "adopt",
  "launch",
]);

/** Lemmas of signing: a signing ceremony's own act. */
const SIGNING: ReadonlySet<string> = new Set(["sign", "ink"]);

/** A Policy whose name is an agreement's. */
const AGREEMENT_NAME =
  /\b(agreements?|deals?|accords?|pacts?|treat(?:y|ies)|frameworks?|truces?|protocols?|memorand(?:um|a)|MoUs?|FTA|CEPA|EPA|partnerships?|arrangements?|declarations?|alliances?)\b/i;

/** "at the talks", "after a telephone call", "during their meeting": a meeting the sentence refers to by its noun. */
const MEETING_ANAPHOR =
  /\b(at|after|during|following|in|on the sidelines of|ahead of)\s+(?:(?:the|their|a|this|that|these)\s+)?(?:[\w-]+\s+){0,3}?(talks|call|phone call|meeting|meetings|summit|conversation|visit|negotiations|discussions|round)\b/i;

/** "the agreement", "the deal", "the MoU": an agreement noun a definite article opens. */
const AGREEMENT_NOUN = /^(agreement|deal|accord|pact|treaty|framework|memorandum|MoU|protocol)$/;
/** How many sentences back "the deal" may refer. */
const REACH = 4;

/**
 * The meetings sentence `i` names that a reader can find again, or that the document reports (its
 * main events: "the 12th Summit", undated, is the story's own summit).
 */
function reported(index: ReturnType<typeof meetingsOf>, i: number, hosts: Set<string>): LocalEntity[] {
  const findable = findableMeetingsIn(index, i, hosts);
  const main = [...(index.bySentence.get(i) ?? [])].filter((m) => !hosts.has(m.id) && index.main.includes(m));
  return [...new Set([...findable, ...main])];
}

/** Words any agreement's name may hold: none of them names one agreement. */
const GENERIC_AGREEMENT_WORD =
  /^(free|trade|economic|comprehensive|partnership|cooperation|strategic|bilateral|new|the|a|an|of|on|and|for|agreements?|deals?|accords?|pacts?|treat(?:y|ies)|frameworks?|declarations?|alliances?|memorand(?:um|a)|MoUs?|FTA|CEPA|EPA|\d+(?:st|nd|rd|th))$/i;

/** Whether an agreement's name holds a word of its own (a party, a place, a title). */
function ownNamed(name: string): boolean {
  return name.split(/[\s\u2013-]+/).some((w) => w && !GENERIC_AGREEMENT_WORD.test(w));
}

/** The one meeting sentence `i` points to: named there, or by its noun with a neighbour naming it. */
function meetingOf(
  ctx: RuleContext,
  index: ReturnType<typeof meetingsOf>,
  hosts: Set<string>,
  i: number,
  signing: boolean,
): LocalEntity | undefined {
  const ms = mentionsIn(ctx, i);
  // Of several meetings the sentence refers to, the one it writes; none when it writes several
  // ("the consensus reached on the call and at the talks in Geneva").
  let here = [...(index.bySentence.get(i) ?? [])].filter((m) => !hosts.has(m.id));
  if (here.length > 1) here = here.filter((m) => ms.some((x) => x.e === m));
  if (here.length === 1) return reported(index, i, hosts).includes(here[0]!) ? here[0] : undefined;
  if (here.length > 1 || index.bySentence.get(i)?.size) return undefined;
  // "The deal was signed on Friday": the document's one signing ceremony.
  if (signing) {
    const ceremonies = index.found.filter((f) => /\bsigning\b/i.test(f.meeting.name)).map((f) => f.meeting);
    if (new Set(ceremonies).size === 1) return ceremonies[0];
  }
  if (!MEETING_ANAPHOR.test(ctx.sentences[i]!.text)) return undefined;
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= ctx.sentences.length) continue;
    const near = reported(index, j, hosts);
    if (near.length === 1) return near[0];
  }
  return undefined;
}

export const agreementOutcomeRule: Rule = {
  id: "topic-agreement-outcome",
  predicates: ["DISCUSSED"],
  description:
    "An agreement a clause reaches, signs or announces, in a sentence pointing to one meeting, is the meeting's topic.",
  example: "The two sides reached the Lima framework agreement after the talks → the talks discussed it.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const hosts = sidelineHosts(ctx);
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      const agreements: { ts: number; e: LocalEntity }[] = ms
        .filter((x) => x.e.type === "Policy" && AGREEMENT_NAME.test(x.e.name))
        .map((x) => ({ ts: x.m.ts, e: x.e }));
      // "The agreement was signed at …": the agreement the text named last.
      for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
        if (!AGREEMENT_NOUN.test(ctx.tokens[k]!.text) || !/^(the|this)$/i.test(ctx.tokens[k - 1]!.text)) continue;
        if (ms.some((x) => x.m.ts <= k && x.m.te > k)) continue;
        const named = lastAgreement(ctx, s.i, k - 1, REACH, AGREEMENT_NAME);
        if (named) agreements.push({ ts: k, e: named });
      }
      if (!agreements.length) continue;
      const reading = sentenceReading(ctx, s.i);
      if (!reading) continue;
      let meeting: LocalEntity | null | undefined = null;
      for (const c of reading.clauses) {
        if (!AGREEMENT_MAKING.has(c.verb.lemma) || c.verb.negated) continue;
        // An agreement made, not one a clause plans or hopes for ("would speak to finalise the deal",
        // "hope to reach an agreement"): a plan's meeting is another's to read (a06 vs s07 gold differ).
        if (c.verb.modal || c.verb.infinitive || c.verb.control.length) continue;
        let b = c.verb.head - 1;
        while (b > s.tokenStart && ctx.tokens[b]!.pos === "ADV") b--;
        if (/^to$/i.test(ctx.tokens[b]?.text ?? "")) continue;
        const args = [c.patient, ...c.pps.map((p) => p.arg)].flatMap((a) => a?.items ?? []);
        for (const x of agreements) {
          // A quoted name the clause reading leaves without an object ("adopted the “X Declaration”"):
          // the agreement right after the verb, past an article and quotes only.
          const quoted =
            !args.length &&
            x.ts > c.verb.head &&
            x.ts <= c.verb.head + 3 &&
            ctx.tokens.slice(c.verb.head + 1, x.ts).every((t) => /^(the|a|an|["“”'‘’])$/i.test(t.text));
          const chunk = quoted || args.find((ch) => ch.ts <= x.ts && x.ts < ch.te);
          if (!chunk) continue;
          if (meeting === null) meeting = meetingOf(ctx, index, hosts, s.i, SIGNING.has(c.verb.lemma));
          if (!meeting || meeting === x.e) continue;
          // A main event no date or place makes findable takes only an agreement named by its own
          // words ("the Gabala Declaration"), not a generic or counted one ("its 18th Free Trade Agreement").
          const m = meeting;
          const findable = [s.i - 1, s.i, s.i + 1].some((j) => findableMeetingsIn(index, j, hosts).includes(m));
          if (!findable && !ownNamed(x.e.name)) continue;
          emitRelation(ctx, meeting, "DISCUSSED", x.e, s.i, this.id, {}, 0.5);
        }
      }
    }
  },
};
