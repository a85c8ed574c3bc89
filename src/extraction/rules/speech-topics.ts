// What a person speaks to when they report a measure on goods: "X said the US would impose tariffs
// on semiconductors", "Y announced a 50% levy on copper imports": the speaker discussed the goods
// the measure falls on (and the measure, when it is a Policy). A frame over reporting verbs whose
// one Person speaker (subject, or "he" / "she") frames a clause holding a measure noun and its
// "on" / "against" / "aimed at" phrase; no meeting needed.

import { meetingsOf } from "../stages/05-meetings.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { personReferent } from "./delegations.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule } from "./types.ts";

/** Reporting verbs (lemmas) whose subject is the speaker of the sentence's measure. */
const REPORT_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "announce",
  "warn",
  "add",
  "state",
  "write",
  "post",
  "note",
  "explain",
  "clarify",
  "threaten",
  "vow",
  "pledge",
]);
const REPORT_TEXT =
  /\b(said|says|told|tells|announced|announces|warned|warns|added|adds|stated|wrote|posted|noted|explained|clarified|threatened|vowed|pledged)\b/i;
/** Nouns of a measure on goods. */
const MEASURE_NOUN = /^(tariffs?|duties|duty|levies|levy)$/i;
const MEASURE_TEXT = /\b(tariffs?|duties|duty|levies|levy)\b/i;
/** What joins a measure to the goods it falls on: "on", "against", "aimed at", "targeting". */
const MEASURE_PREP = /^(on|against|targeting|covering)$/i;
const GOODS: ReadonlySet<string> = new Set(["Product", "Mineral"]);
/** How far after the measure noun its preposition may be ("tariffs of 25% on", "tariff ' on"). */
const PREP_REACH = 5;
/** Words that end the measure's phrase before its goods. */
const PHRASE_BREAK = /^(;|said|says|while|but|after|before|because|since|when|which|who|whereas|although|that|\.)$/i;
const PERSON_PRONOUN = /^(he|she)$/i;

export const speechMeasureTopicRule: Rule = {
  id: "discussed-speech-measure",
  predicates: ["DISCUSSED"],
  description: "A person reporting a measure on goods discussed the goods (and the measure).",
  example: "Smith said the government would impose tariffs on steel → Smith discussed steel.",
  apply(ctx) {
    const { tokens } = ctx;
    // A document reporting talks files their topics to the talks (talks-topics); a speaker's
    // measures are topics where no meeting is found.
    if (meetingsOf(ctx).found.length) return;
    for (const s of ctx.sentences) {
      if (!MEASURE_TEXT.test(s.text) || !REPORT_TEXT.test(s.text)) continue;
      const r = sentenceReading(ctx, s.i);
      if (!r) continue;
      const speakers = new Set<LocalEntity>();
      for (const cl of r.clauses) {
        if (cl.verb.negated || cl.verb.passive || !REPORT_VERBS.has(cl.verb.lemma)) continue;
        for (const c of cl.agent?.items ?? []) {
          const e =
            c.entity?.e ??
            (c.te - c.ts === 1 && PERSON_PRONOUN.test(c.headWord) ? personReferent(ctx, c.ts)?.e : undefined);
          if (e?.type === "Person") speakers.add(e);
        }
      }
      if (speakers.size !== 1) continue;
      const speaker = [...speakers][0]!;
      const ms = mentionsIn(ctx, s.i);
      const topics = new Set<LocalEntity>();
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (!MEASURE_NOUN.test(tokens[k]!.text)) continue;
        let prep = -1;
        for (let n = k + 1; n < Math.min(s.tokenEnd, k + 1 + PREP_REACH); n++) {
          const w = tokens[n]!.text;
          if (PHRASE_BREAK.test(w)) break;
          if (MEASURE_PREP.test(w) || (/^aimed$/i.test(w) && /^at$/i.test(tokens[n + 1]?.text ?? ""))) {
            prep = /^aimed$/i.test(w) ? n + 1 : n;
            break;
          }
        }
        // The measure itself, when a Policy mention holds its noun.
        for (const x of ms) if (x.e.type === "Policy" && x.m.ts <= k && x.m.te > k) topics.add(x.e);
        if (prep < 0) continue;
        // The goods of the phrase: mentions after the preposition up to a break.
        let end = Math.min(s.tokenEnd, prep + 16);
        for (let n = prep + 1; n < end; n++) if (PHRASE_BREAK.test(tokens[n]!.text)) end = n;
        for (const x of ms) if (GOODS.has(x.e.type) && x.m.ts > prep && x.m.te <= end) topics.add(x.e);
      }
      for (const t of topics) if (t !== speaker) emitRelation(ctx, speaker, "DISCUSSED", t, s.i, this.id, {}, 0.5);
    }
  },
};
