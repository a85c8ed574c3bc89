import type { Token } from "../stages/02-tokens.ts";

/**
 * Words of a project's milestone: a mine's, port's or plant's launch, groundbreaking, inauguration
 * or commissioning. Its ceremony marks the works, and is no meeting of parties (the studied gold
 * files none of them, while it files a ceremony marking a state's day or a signing).
 */
const MILESTONE = /^(launch|groundbreaking|ground-breaking|inauguration|inaugural|commissioning|ribbon-cutting)$/i;

/**
 * Whether the ceremony noun at `i` is a project's milestone ("the launch ceremony at the port",
 * "a groundbreaking ceremony", "the ground - breaking ceremony"), read from the word, or hyphenated
 * pair, right before it.
 */
export function milestoneCeremony(tokens: readonly Token[], i: number): boolean {
  if (!/^ceremony$/i.test(tokens[i]?.text ?? "")) return false;
  const prev = tokens[i - 1]?.text ?? "";
  if (MILESTONE.test(prev)) return true;
  // "ground - breaking", "ribbon - cutting" as three tokens.
  if (/^[-–]$/.test(tokens[i - 2]?.text ?? "")) return MILESTONE.test(`${tokens[i - 3]?.text ?? ""}-${prev}`);
  return false;
}
