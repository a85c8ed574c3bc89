// Two states that sign ("X and Y sign minerals deal") do so at some event; when the document
// reports their leaders meeting in a sentence that tells of a signing too ("the deal was signed
// in Johannesburg as A and B met"), the signing is that meeting: annotators put the two states
// in the leaders' meeting, not in a signing event of their own. A leaders' meeting of the same
// two sides told of with no signing (a spat months before) stays apart.

import { DocumentCache } from "../document-caches.ts";
import { absorbEntity } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";

/** A verb of signing, in the sentence that reports the leaders' meeting. */
const SIGNED = /^(signed|signs|sign|inked|inks)$/i;

/** The states' signings of a document (`meeting-joint-signing`): the meeting and its two parties. */
export const STATE_SIGNINGS = new DocumentCache<
  RuleContext,
  { meeting: LocalEntity; parties: [LocalEntity, LocalEntity] }[]
>();

/**
 * After every rule: a states' signing whose two parties are the sides of the two people of one
 * other meeting, reported in a sentence with a verb of signing, folds into that meeting.
 * `sides`: person id → the state id it stands for; `reported`: the sentences each meeting is told of in.
 */
export function foldStateSignings(
  ctx: RuleContext,
  byId: ReadonlyMap<string, LocalEntity>,
  sides: ReadonlyMap<string, string>,
  reported: readonly { meeting: LocalEntity; sentence: number }[],
): void {
  const list = STATE_SIGNINGS.get(ctx);
  if (!list) return;
  const people = new Map<string, Set<LocalEntity>>();
  for (const r of ctx.relations) {
    const who = byId.get(r.source);
    if (r.predicate === "PARTICIPATED_IN" && who?.type === "Person")
      people.set(r.target, (people.get(r.target) ?? new Set()).add(who));
  }
  const signedIn = (sentence: number) => {
    const s = ctx.sentences[sentence];
    if (!s) return false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (SIGNED.test(ctx.tokens[k]!.text)) return true;
    return false;
  };
  for (const { meeting: signing, parties } of list) {
    if (!signing.mentions.length) continue;
    const want = parties
      .map((p) => p.id)
      .sort()
      .join("+");
    const leaders = reported.find(({ meeting: m, sentence }) => {
      if (m === signing || !m.mentions.length) return false;
      const pair = [...(people.get(m.id) ?? [])];
      if (pair.length !== 2) return false;
      const got = pair
        .map((p) => sides.get(p.id) ?? "")
        .sort()
        .join("+");
      return got === want && signedIn(sentence);
    })?.meeting;
    if (!leaders) continue;
    if (signing.attributes.place) leaders.attributes.place ??= signing.attributes.place;
    if (signing.attributes.date) leaders.attributes.date ??= signing.attributes.date;
    absorbEntity(ctx, leaders, signing);
  }
}
