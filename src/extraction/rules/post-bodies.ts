// Bodies a post written before a name belongs to when no state holds it: a region's government
// ("Ontario Premier X" holds no post of Canada) and a court ("Chief Justice Y", "Judge Z").

import { mentionsIn } from "./emit.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

/** Titles of a court's bench: "Justice", "Chief Justice", "Associate Justice", "Judge". */
const BENCH_TITLE = /^(?:(?:Chief|Associate|Senior|Presiding) )?(?:Justice|Judge)$/i;

/** Whether `title` is a judge's post (a court's, not a state's). */
export function isBenchTitle(title: string): boolean {
  return BENCH_TITLE.test(title.trim());
}

/** The one court the document names (an Agency whose name holds "Court"), if exactly one. */
export function courtOfDocument(ctx: RuleContext): LocalEntity | undefined {
  const courts = ctx.resolution.entities.filter(
    (e) => e.type === "Agency" && e.mentions.length > 0 && /\bCourt\b/.test(e.name),
  );
  return courts.length === 1 ? courts[0] : undefined;
}

/**
 * The government of a region the document names as a body ("the Government of Saskatchewan",
 * "the Ontario government"), where a post before a name is the region's ("Saskatchewan Premier X").
 */
export function regionGovernment(ctx: RuleContext, region: string): LocalEntity | undefined {
  const bodies = ctx.resolution.entities.filter(
    (e) =>
      e.type === "Agency" &&
      e.mentions.length > 0 &&
      /\bgovernment\b/i.test(e.name) &&
      e.name.toLowerCase().includes(region.toLowerCase()),
  );
  return bodies.length === 1 ? bodies[0] : undefined;
}

/**
 * "Minister X and Premier Y in the Z government": a government body named after "in the" right
 * after a titled name (past one more titled name joined by "and") is the post's.
 */
export function governmentAfterName(ctx: RuleContext, m: { sentence: number; te: number }): LocalEntity | undefined {
  const seen = mentionsIn(ctx, m.sentence);
  let k = m.te;
  if (ctx.tokens[k]?.text === "and") {
    const next = seen.find((x) => x.m.ts >= k + 1 && x.m.ts <= k + 2 && x.e.type === "Person" && x.m.title);
    if (!next) return undefined;
    k = next.m.te;
  }
  if (ctx.tokens[k]?.text !== "in" || ctx.tokens[k + 1]?.text !== "the") return undefined;
  const body = seen.find((x) => x.m.ts === k + 2);
  return body?.e.type === "Agency" && /\bgovernment$/i.test(body.e.name) ? body.e : undefined;
}

/** Types a bracket after a titled name may give the post to: "Minister X (Japan)", "Y (European Commission)". */
const BRACKET_TYPES: ReadonlySet<string> = new Set(["Country", "Agency", "Organization", "Company"]);

/**
 * "Minister X (Japan) and Executive Vice-President Y (European Commission)": the body or state in
 * brackets right after a titled name, alone in them, is the post's.
 */
export function bracketAfterName(ctx: RuleContext, m: { sentence: number; te: number }): LocalEntity | undefined {
  if (ctx.tokens[m.te]?.text !== "(") return undefined;
  const inner = mentionsIn(ctx, m.sentence).find((x) => x.m.ts === m.te + 1);
  if (!inner || !BRACKET_TYPES.has(inner.e.type) || ctx.tokens[inner.m.te]?.text !== ")") return undefined;
  return inner.e;
}

/** Whether a country mention ending at token `te` is a bracketed tag of the name before it ("X (Japan)"). */
export function bracketedTag(ctx: RuleContext, ts: number, te: number): boolean {
  return ctx.tokens[ts - 1]?.text === "(" && ctx.tokens[te]?.text === ")";
}
