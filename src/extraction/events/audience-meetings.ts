// An official's meeting with a group of people the text names by a plural
// noun, not by name ("a meeting between Commerce Minister X and industry executives", "X's talks
// with steel unions", "X held a briefing with lawmakers"). Annotators file such a meeting under the
// official and the group ("X meeting with industry executives"); the official takes part. A class
// of event nouns (meeting, talks, briefing, discussions, consultations) and of audience nouns
// (executives, lawmakers, unions, investors, business leaders …), the official a titled person.

import { emitRelation, ensureEntity, mentionsIn } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import type { Token } from "../stages/02-tokens.ts";

/** Event nouns a group can be met in. */
const EVENT = /^(meeting|talks|briefing|discussions|consultations)$/;

/** Plural nouns of people met as a group, not as states' delegations. */
const AUDIENCE =
  /^(executives|lawmakers|legislators|unions|investors|industrialists|exporters|importers|manufacturers|ceos|bosses|businesspeople|businessmen|stakeholders|associations|chambers|farmers|producers|entrepreneurs)$/i;

/** Lower-case words that may qualify the group ("industry", "steel", "senior", "business"). */
const QUALIFIER = /^[a-z][a-z-]*$/;

/**
 * The group phrase starting at token `k`: up to three lower-case or capitalised qualifiers (no
 * verb, no article but an opening "the") then an audience noun; its end, else -1.
 */
function audienceEnd(tokens: readonly Token[], k: number, sentence: number): number {
  let j = k;
  if (tokens[j]?.text === "the") j++;
  for (let n = 0; n < 4 && tokens[j]?.sentence === sentence; n++, j++) {
    const t = tokens[j]!;
    if (AUDIENCE.test(t.text)) return j + 1;
    if (t.pos === "VERB" || !(QUALIFIER.test(t.text) || /^[A-Z][a-z]+$/.test(t.text))) return -1;
    if (/^(and|or|of|with|in|at|on|for|to|from|by|their|his|her|its|a|an)$/.test(t.text)) return -1;
  }
  return -1;
}

/** "X meeting with industry executives" for each official's meeting with a named group. */
export function audienceMeetings(ctx: RuleContext, surname: (e: LocalEntity) => string): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    let ms: ReturnType<typeof mentionsIn> | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd - 2; i++) {
      const t = tokens[i]!;
      if (!EVENT.test(t.text) || t.pos === "VERB") continue;
      ms ??= mentionsIn(ctx, s.i);
      const people = ms.filter((x) => x.e.type === "Person" && x.m.title);
      let person: (typeof people)[number] | undefined;
      let from = -1;
      if (tokens[i + 1]?.text === "between") {
        // "a meeting between Commerce Minister X and industry executives".
        person = people.find((x) => (x.m.titleStart ?? x.m.ts) === i + 2);
        if (person && tokens[person.m.te]?.text === "and") from = person.m.te + 1;
      } else if (tokens[i + 1]?.text === "with") {
        // "X's meeting with industry executives": the owner's possessive before the noun.
        let k = i - 1;
        while (k > i - 3 && /^[a-z-]+$/.test(tokens[k]?.text ?? "") && tokens[k]!.pos !== "VERB") k--;
        if (/^['’]s?$/.test(tokens[k]?.text ?? "")) person = people.find((x) => x.m.te === k);
        if (person) from = i + 2;
      }
      if (!person || from < 0) continue;
      const end = audienceEnd(tokens, from, s.i);
      // A state's or a good's word may qualify the group ("Chilean exporters", "copper producers"); a
      // named body or person may not.
      const named = ms.some(
        (x) => x.m.ts >= from && x.m.ts < end && !["Country", "Mineral", "Product"].includes(x.e.type),
      );
      if (end < 0 || named) continue;
      const group = ctx.text.slice(tokens[tokens[from]!.text === "the" ? from + 1 : from]!.start, tokens[end - 1]!.end);
      const meeting = ensureEntity(
        ctx,
        "Meeting",
        `${surname(person.e)} ${t.text} with ${group}`,
        `audience@${person.e.name}@${group.toLowerCase()}`,
        { ts: i, te: end },
        "meeting-with-audience",
      );
      emitRelation(ctx, person.e, "PARTICIPATED_IN", meeting, s.i, "meeting-with-audience");
    }
  }
}
