// DISCUSSED, round 11b of issue 13: an agreement named for another pair of states is not what a
// meeting's sides discussed, and the talks' own "<place> framework" is filed only when a clause of
// the text reaches, signs or agrees it. Every sentence here is written for these tests (not copied
// from any article): positives and refusals.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(`Report\n${text}`, { date: "2025-06-12" });
const discussed = (lines: readonly string[], what: RegExp) =>
  lines.filter((l) => / DISCUSSED /.test(l) && what.test(l.split(" DISCUSSED ")[1] ?? ""));

describe("rules/talks, round 11b", () => {
  // [text, a topic that must (true) or must not (false) be filed as discussed]
  const rows: [string, RegExp, boolean][] = [
    [
      "Chilean and Peruvian trade ministers held talks in Lima on Tuesday. At the talks, the ministers compared notes on the Japan-Vietnam trade pact.",
      /Japan-Vietnam/,
      false,
    ],
    [
      "Chilean and Peruvian trade ministers held talks in Lima on Tuesday. At the talks, the ministers reviewed the Chile-Peru trade pact.",
      /Chile-Peru/,
      true,
    ],
    [
      "Chilean and Peruvian trade ministers held talks in Lima on Tuesday. The two sides reached a preliminary framework on lithium exports.",
      /framework/,
      true,
    ],
    [
      "Chilean and Peruvian trade ministers held talks in Lima on Tuesday. Analysts said a framework remained far off and tariffs would stay.",
      /framework/,
      false,
    ],
  ];
  it.each(rows)("reads %j", (text, what, expected) => {
    const read = analyse(text);
    expect(discussed(read.lines, what).length > 0, read.lines.join("\n")).toBe(expected);
  });
});
