// Posts paired in order by "respectively". A plural post noun over two or more states,
// blocs or bodies and as many people, closed by "respectively", gives each person the post in the
// party of the same rank. Two orders of the same phrase:
//   A  "the <posts> of A and B, X and Y, respectively"   the presidents of Ruritania and Borduria, X and Y, respectively
//   B  "X and Y, the <posts> of A and B, respectively"
// Only when the lists have the same length and nothing but commas, "and" and "the" joins them.

import type { Mention } from "../stages/03-mentions.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** Plural post nouns (lower case) → the post's title. */
const POSTS: ReadonlyMap<string, string> = new Map([
  ["presidents", "President"],
  ["premiers", "Premier"],
  ["prime ministers", "Prime Minister"],
  ["ministers", "Minister"],
  ["foreign ministers", "Foreign Minister"],
  ["trade ministers", "Trade Minister"],
  ["finance ministers", "Finance Minister"],
  ["secretaries", "Secretary"],
  ["ambassadors", "Ambassador"],
  ["envoys", "Envoy"],
  ["governors", "Governor"],
  ["chancellors", "Chancellor"],
  ["chief executives", "Chief Executive"],
  ["ceos", "CEO"],
  ["chairmen", "Chairman"],
]);

/** The bodies a post may be held in besides states and blocs. */
const BODY_TYPES: ReadonlySet<string> = new Set(["Company", "Organization", "Agency"]);

type Item = { m: Mention; e: LocalEntity };

/**
 * The list of mentions coordinated from token `i` ("A and B", "A, B and C"), each accepted by `ok`:
 * its items and the token after it; none when it does not start at `i` or has fewer than two items.
 */
function listAt(
  ctx: RuleContext,
  ms: Item[],
  i: number,
  ok: (x: Item) => boolean,
): { items: Item[]; end: number } | null {
  const items: Item[] = [];
  let k = i;
  for (;;) {
    const x = ms.find((y) => y.m.ts === k && ok(y));
    if (!x) return null;
    items.push(x);
    k = x.m.te;
    const t = ctx.tokens[k]?.text ?? "";
    const u = ctx.tokens[k + 1]?.text ?? "";
    if (t === "and") k += 1;
    else if (t === "," && u === "and") k += 2;
    else if (t === "," && ms.some((y) => y.m.ts === k + 1 && ok(y))) k += 1;
    else break;
  }
  return items.length >= 2 ? { items, end: k } : null;
}

/** The plural post at token `i` ("presidents", "prime ministers"): its title and the token after it. */
function postAt(ctx: RuleContext, i: number): { title: string; end: number } | null {
  const one = (ctx.tokens[i]?.text ?? "").toLowerCase();
  const two = `${one} ${(ctx.tokens[i + 1]?.text ?? "").toLowerCase()}`;
  if (POSTS.has(two)) return { title: POSTS.get(two)!, end: i + 2 };
  if (POSTS.has(one)) return { title: POSTS.get(one)!, end: i + 1 };
  return null;
}

export const respectivePostsRule: Rule = {
  id: "respective-posts",
  predicates: ["HOLDS_POSITION"],
  description:
    "A plural post over coordinated parties and as many coordinated people, closed by 'respectively', pairs them in order.",
  example: "the presidents of Ruritania and Borduria, X and Y, respectively → X HOLDS_POSITION Ruritania.",
  apply(ctx) {
    const person = (x: Item) => x.e.type === "Person";
    const party = (x: Item) => !x.m.demonym && (isStateParty(x.e) || BODY_TYPES.has(x.e.type));
    for (const s of ctx.sentences) {
      if (!/\brespectively\b/i.test(s.text)) continue;
      const ms = mentionsIn(ctx, s.i);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const post = postAt(ctx, i);
        if (!post || ctx.tokens[post.end]?.text !== "of") continue;
        let k = post.end + 1;
        if (/^the$/i.test(ctx.tokens[k]?.text ?? "")) k++;
        const parties = listAt(ctx, ms, k, party);
        if (!parties) continue;
        let people: Item[] | null = null;
        // A: "…of A and B, X and Y, respectively".
        if (ctx.tokens[parties.end]?.text === ",") {
          const after = listAt(ctx, ms, parties.end + 1, person);
          if (
            after &&
            ctx.tokens[after.end]?.text === "," &&
            /^respectively$/i.test(ctx.tokens[after.end + 1]?.text ?? "")
          )
            people = after.items;
        }
        // B: "X and Y, the <posts> of A and B, respectively".
        if (!people && /^,?$/.test(ctx.tokens[parties.end]?.text ?? "")) {
          const close = ctx.tokens[parties.end]?.text === "," ? parties.end + 1 : parties.end;
          let j = i - 1;
          if (/^the$/i.test(ctx.tokens[j]?.text ?? "")) j--;
          if (/^respectively$/i.test(ctx.tokens[close]?.text ?? "") && ctx.tokens[j]?.text === ",") {
            const before = ms.filter((x) => person(x) && x.m.te <= j);
            for (const start of before) {
              const l = listAt(ctx, ms, start.m.ts, person);
              if (l && l.end === j) {
                people = l.items;
                break;
              }
            }
          }
        }
        if (!people || people.length !== parties.items.length) continue;
        for (let n = 0; n < people.length; n++)
          emitRelation(ctx, people[n]!.e, "HOLDS_POSITION", parties.items[n]!.e, s.i, this.id, { title: post.title });
      }
    }
  },
};
