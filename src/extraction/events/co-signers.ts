// People who sign one agreement together met: "Minister A and Malaysia's Minister of Trade, B,
// signed the protocol", "A inked the accord alongside B", "the treaty was signed by A and B".
// Annotators file the co-signers as having met (MET_WITH), and, when the document reports one
// signing event, as its participants. A verb of signing (sign, ink) whose clause holds a deal noun
// (agreement, accord, protocol, memorandum …); the signers are the people coordinated as its
// subject (past their titles), the agents after a passive "by", or a person "alongside / together
// with" the signer; people of different states only (two of one state sign for one side), one of
// them a state's official, signing in one place (not "by video link").

import { emitRelation, mentionsIn, type SeenMention } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import { titleWord } from "./between-people.ts";

/** Verbs of signing a document. */
const SIGN_VERB = /^(signed|signs|sign|inked|inks|ink)$/;
/** Nouns of what is signed. */
const DEAL =
  /^(agreement|agreements|accord|accords|pact|treaty|memorandum|memoranda|mou|mous|protocol|deal|framework|declaration|contract|contracts|charter)$/i;
/** Words between the subject and its verb ("have formally signed", "on Friday signed"). */
const GAP =
  /^(have|has|had|also|jointly|formally|officially|today|yesterday|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|,)$/;
/** Titles of a state's officials (a firm's "president" or "chief" is none). */
const STATE_TITLE =
  /\b(minister|secretary|commissioner|ambassador|premier|chancellor|envoy|governor|sultan|emir|king|representative)\b/i;
/** Words that deny or defer the signing. */
const NOT_DONE = /^(not|never|will|would|could|may|might|to|expected|plan|plans|planned|refused|set)$/i;

/** The person whose name ends right before token `k`, past the words of `GAP`. */
function personBefore(
  ms: readonly SeenMention[],
  tokens: RuleContext["tokens"],
  k: number,
  floor: number,
): SeenMention | undefined {
  let j = k;
  while (j > floor && GAP.test(tokens[j - 1]!.text)) j--;
  return ms.find((x) => x.e.type === "Person" && x.m.te === j);
}

/** The people coordinated as the subject ending with `last` ("A and B's Minister of X, C"). */
function coordinatedBefore(
  ctx: RuleContext,
  ms: readonly SeenMention[],
  last: SeenMention,
  floor: number,
): SeenMention[] {
  const { tokens } = ctx;
  const out = [last];
  let cur = last;
  for (;;) {
    const start = cur.m.titleStart ?? cur.m.ts;
    const prev = ms
      .filter((x) => x.e.type === "Person" && x.m.te <= start && x.m.ts >= floor)
      .sort((a, b) => b.m.te - a.m.te)[0];
    if (!prev || start - prev.m.te > 14) break;
    // Between the two: "and" (a comma before it or not) first, then title words only.
    let k = prev.m.te;
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.text !== "and") break;
    let ok = true;
    for (let j = k + 1; j < cur.m.ts && ok; j++) ok = titleWord(tokens[j]!.text) || tokens[j]!.text === ",";
    if (!ok) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/**
 * Emits MET_WITH between the people who signed one agreement together, and PARTICIPATED_IN for
 * them in `signing` (the document's one signing event) when given.
 */
export function coSigners(ctx: RuleContext, signing: LocalEntity | undefined): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!/\b(sign|signs|signed|ink|inks|inked)\b/.test(s.text)) continue;
    let ms: SeenMention[] | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!SIGN_VERB.test(tokens[i]!.text)) continue;
      let denied = false;
      for (let j = Math.max(s.tokenStart, i - 3); j < i; j++) denied ||= NOT_DONE.test(tokens[j]!.text);
      if (denied) continue;
      ms ??= mentionsIn(ctx, s.i);
      const passive = /^(was|were|been|be|is|are)$/.test(tokens[i - 1]?.text ?? "") && tokens[i + 1]?.text === "by";
      // The deal noun: before a passive verb, after an active one.
      let deal = false;
      if (passive) for (let k = Math.max(s.tokenStart, i - 8); k < i && !deal; k++) deal = DEAL.test(tokens[k]!.text);
      else for (let k = i + 1; k < Math.min(s.tokenEnd, i + 25) && !deal; k++) deal = DEAL.test(tokens[k]!.text);
      if (!deal) continue;
      let signers: SeenMention[] = [];
      if (passive) {
        // "was signed by A and B": the agents coordinated after "by".
        const first = ms.find((x) => x.e.type === "Person" && x.m.ts > i + 1 && x.m.ts <= i + 10);
        if (first) {
          let ok = true;
          for (let j = i + 2; j < first.m.ts && ok; j++) ok = titleWord(tokens[j]!.text);
          if (ok) signers = [first];
          let cur = first;
          while (signers.length && signers.length < 6) {
            let k = cur.m.te;
            if (tokens[k]?.text === ",") k++;
            if (tokens[k]?.text !== "and") break;
            const next = ms.find((x) => x.e.type === "Person" && x.m.ts > k && x.m.ts <= k + 12);
            if (!next) break;
            let fine = true;
            for (let j = k + 1; j < next.m.ts && fine; j++)
              fine = titleWord(tokens[j]!.text) || tokens[j]!.text === ",";
            if (!fine) break;
            signers.push(next);
            cur = next;
          }
        }
      } else {
        const last = personBefore(ms, tokens, i, s.tokenStart);
        if (last) signers = coordinatedBefore(ctx, ms, last, s.tokenStart);
        // "A inked the accord alongside B", "together with B".
        if (signers.length === 1) {
          for (let k = i + 1; k < Math.min(s.tokenEnd, i + 12); k++) {
            const w = tokens[k]!.text;
            const cue = w === "alongside" ? k + 1 : w === "together" && tokens[k + 1]?.text === "with" ? k + 2 : -1;
            if (cue < 0) continue;
            const other = ms.find((x) => x.e.type === "Person" && x.m.ts >= cue && x.m.ts <= cue + 6);
            let fine = !!other;
            for (let j = cue; other && j < other.m.ts && fine; j++) fine = titleWord(tokens[j]!.text);
            if (other && fine) signers.push(other);
            break;
          }
        }
      }
      const people = [...new Set(signers.map((x) => x.e))];
      // A state's official among them (two firms' heads signing is business, no meeting of sides),
      // and signed in one place ("signed by video link", "separately" is no meeting).
      if (people.length < 2 || !people.some((p) => p.nationality || [...p.titles].some((t) => STATE_TITLE.test(t))))
        continue;
      let apart = false;
      for (let k = i + 1; k < Math.min(s.tokenEnd, i + 5) && !apart; k++)
        apart = /^(video|virtually|remotely|separately|online|videoconference)$/i.test(tokens[k]!.text);
      if (apart) continue;
      for (let a = 0; a < people.length; a++)
        for (let b = a + 1; b < people.length; b++) {
          const x = people[a]!;
          const y = people[b]!;
          if (x.nationality && x.nationality === y.nationality) continue;
          emitRelation(ctx, x, "MET_WITH", y, s.i, "meeting-co-signers", signing ? { meeting: signing.name } : {}, 0.7);
        }
      if (signing) for (const p of people) emitRelation(ctx, p, "PARTICIPATED_IN", signing, s.i, "meeting-co-signers");
    }
  }
}
