// A pair's meeting in a place that already holds another pair's meeting: "X met Y in Paris today.
// X met Z in Paris on Tuesday." Two encounters of one traveller in one city are two meetings, not
// one "Paris meeting" with three people at it.

import { keyKindIs } from "../rules/emit.ts";
import type { LocalEntity } from "../rules/types.ts";

/** The merge key of the meeting of two people by their surnames, either order. */
export function pairMeetingKey(a: string, b: string): string {
  return `leaders@${[a, b].sort().join("+")}`;
}

/**
 * True when `placed`, the event already held in a place, is the meeting of another pair than the
 * one whose key is `pairKey`: the pair met there on its own, not at that meeting.
 */
export function anotherPairMeeting(placed: LocalEntity | undefined, pairKey: string): boolean {
  return !!placed && keyKindIs(placed, "leaders") && placed.attributes.mergeKey !== pairKey;
}
