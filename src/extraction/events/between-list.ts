// The parties "between" names after an event noun and its place: "a summit in Tokyo between Japan
// and the Central Asian countries -- A, B, C and D", "talks in Doha between Qatar and the Gulf
// states: A, B and C", "a summit in Rome between Italy and France". The first side is a state (or
// a bloc acting as one); the second a state, or a group noun ("the <…> countries / states /
// nations / republics") followed by a dash, colon or bracket and a list of two or more states,
// who are then the parties (the group itself is no party).

import type { SeenMention } from "../rules/emit.ts";
import { isStateParty } from "../rules/sides.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";

const GROUP_NOUN = /^(countries|states|nations|republics|economies|members)$/i;
const LIST_OPEN = /^(--|—|–|-|:|\(|,)$/;

/** The state that starts at `k` (past "the"), if any. */
function stateAt(ms: readonly SeenMention[], k: number, text: (n: number) => string): SeenMention | undefined {
  const at = /^the$/i.test(text(k)) ? k + 1 : k;
  return ms.find((x) => x.m.ts === at && isStateParty(x.e));
}

/**
 * The states listed from `k` ("A, B, C and D"), up to ten; each joined by a comma or "and".
 */
function listedStates(ms: readonly SeenMention[], k: number, text: (n: number) => string): SeenMention[] {
  const out: SeenMention[] = [];
  let n = k;
  while (out.length < 10) {
    const x = ms.find((y) => y.m.ts === n && isStateParty(y.e));
    if (!x) break;
    out.push(x);
    n = x.m.te;
    if (text(n) === "," && text(n + 1) === "and") n += 2;
    else if (text(n) === "," || text(n) === "and") n++;
    else break;
  }
  return out;
}

/**
 * The parties named by "between" at `at` (the token "between"): the two states, or the first state
 * and the states a group noun lists; empty when the phrase names no such parties.
 */
export function partiesBetween(ctx: RuleContext, at: number, ms: readonly SeenMention[]): LocalEntity[] {
  return sidesNamedBetween(ctx, at, ms).parties;
}

/** Parties as `partiesBetween`, and a label naming them ("Japan-France", "Japan-Central Asian countries"). */
export function sidesNamedBetween(
  ctx: RuleContext,
  at: number,
  ms: readonly SeenMention[],
): { parties: LocalEntity[]; label: string } {
  const none = { parties: [], label: "" };
  const { tokens } = ctx;
  const text = (n: number) => tokens[n]?.text ?? "";
  if (!/^between$/i.test(text(at))) return none;
  const a = stateAt(ms, at + 1, text);
  if (!a || text(a.m.te) !== "and") return none;
  const group = groupListed(ctx, a.m.te + 1, ms);
  const listed = group.listed.filter((e) => e !== a.e);
  if (listed.length >= 2) return { parties: [a.e, ...listed], label: `${a.m.text}-${group.name}` };
  const b = stateAt(ms, a.m.te + 1, text);
  // "between Japan and France" (not "between Japan and France's firms").
  if (!b || b.e === a.e || /^['’]s$/.test(text(b.m.te))) return none;
  return { parties: [a.e, b.e], label: `${a.e.name}-${b.e.name}` };
}

/**
 * "the (five) Central Asian countries -- A, B and C" from `k`: the states listed after the group
 * noun and a dash, colon, bracket or comma; empty when fewer than two.
 */
function groupListed(ctx: RuleContext, k: number, ms: readonly SeenMention[]): { listed: LocalEntity[]; name: string } {
  const { tokens } = ctx;
  const text = (n: number) => tokens[n]?.text ?? "";
  const none = { listed: [], name: "" };
  if (!/^the$/i.test(text(k))) return none;
  const end = Math.min(k + 7, ctx.sentences[tokens[k]!.sentence]!.tokenEnd);
  let n = k + 1;
  while (n < end && !GROUP_NOUN.test(text(n))) {
    if (!/^[A-Za-z-]+$/.test(text(n))) return none;
    n++;
  }
  if (!GROUP_NOUN.test(text(n)) || !LIST_OPEN.test(text(n + 1))) return none;
  const listed = [...new Set(listedStates(ms, n + 2, text).map((x) => x.e))];
  // Its name past the article and a number ("the five Central Asian countries": "Central Asian countries").
  const words: string[] = [];
  for (let j = k + 1; j <= n; j++) if (words.length || /^[A-Z]/.test(text(j))) words.push(text(j));
  return listed.length >= 2 ? { listed, name: words.join(" ") } : none;
}
