import { keepRelations } from "../rules/emit.ts";
import type { RuleContext } from "../rules/types.ts";

/** A meeting's mention ending in "summit" in lower case ("the APEC summit", not "the APEC Summit"). */
const LOWER_SUMMIT = /(^|\s)summit$/;

/**
 * Whether the organisation's mention [start, end) only names a meeting: it lies inside a meeting's
 * mention ("the APEC summit"), or opens one past a bracket ("the Asia-Pacific Economic Cooperation
 * (APEC) summit", whose acronym the meeting's mention holds).
 */
function insideMeetingName(
  ctx: RuleContext,
  m: { start: number; end: number },
  meetings: readonly { start: number; end: number; text: string }[],
): boolean {
  return meetings.some(
    (x) =>
      LOWER_SUMMIT.test(x.text) &&
      !/^\s*[-–]/.test(ctx.text.slice(m.end, m.end + 2)) &&
      ((x.start === m.start && m.end <= x.end) ||
        (x.start >= m.end && /^\s*\(?\s*$/.test(ctx.text.slice(m.end, x.start)))),
  );
}

/**
 * A bloc or body written only inside the name of its own summit, "summit" in lower case ("on the
 * sidelines of the APEC summit", "the Asia-Pacific Economic Cooperation (APEC) summit in Z") is the
 * event's name, not a party the text reports at it: the studied gold files its taking part in 4 of
 * 14 such articles (it files it when the text names the body apart from the event). Its
 * PARTICIPATED_IN to the meetings go; the body stays (the gold keeps it as often as not). A
 * two-party summit ("the EU-Korea summit") keeps its parties, and a summit written as a proper name
 * ("the ASEAN Summit in Kuala Lumpur") its body, as the seeds' gold files it.
 */
export function summitNameOwners(ctx: RuleContext): void {
  const meetings: { start: number; end: number; text: string }[] = [];
  for (const e of ctx.resolution.entities) if (e.type === "Meeting") for (const m of e.mentions) meetings.push(m);
  if (!meetings.length) return;
  const owners = new Set<string>();
  for (const e of ctx.resolution.entities)
    if (e.type === "Organization" && e.mentions.length && e.mentions.every((m) => insideMeetingName(ctx, m, meetings)))
      owners.add(e.id);
  if (!owners.size) return;
  const meetingIds = new Set(ctx.resolution.entities.filter((e) => e.type === "Meeting").map((e) => e.id));
  keepRelations(ctx, (r) => !(r.predicate === "PARTICIPATED_IN" && owners.has(r.source) && meetingIds.has(r.target)));
}
