// Meetings, round 19b of issue 13: talks the document names only by inference (after its two
// states, its dateline, its lead) that no fact links once the unanchored ones lost their parties
// are no event the text reports, and are dropped; talks with a date keep their parties, and a
// meeting the text names in words stays. Every sentence here is written for these tests, with
// invented wording.

import { describe, expect, it } from "vitest";
import { entityNames, readText } from "../../_helpers/documents.ts";

const LEAD = "Chile and Japan open talks to ease copper tensions";
const BODY =
  "Chile has raised export duties on copper cathodes twice this year, angering buyers in Japan. Japanese refiners say the duties cost them millions.";

describe("stages/05-meetings, round 19b: inferred talks that no fact links", () => {
  it("finds no talks in an undated document whose inferred talks lost their parties", () => {
    expect(entityNames(`${LEAD}\n\n${BODY}`, "Meeting")).toEqual([]);
  });

  // Round 25b: the studied gold files no meeting for two states' talks held nowhere and with no one
  // at them, dated or not (rules/sides-only-talks.ts); the states' negotiation stays.
  it("files no meeting for the dated talks of two states alone", () => {
    const read = readText(`${LEAD}\n\n${BODY}`, { date: "2025-06-12" });
    expect(read.meetings.map((m) => m.name)).not.toContain("Chile-Japan trade talks");
    expect(read.lines).toContain("Chile NEGOTIATED_WITH Japan");
  });

  it("still reads the states' negotiation in the undated document", () => {
    expect(readText(`${LEAD}\n\n${BODY}`).lines).toContain("Chile NEGOTIATED_WITH Japan");
  });

  it("keeps talks the text places, dated or not", () => {
    const text =
      "Kenya and Vietnam held trade talks in Nairobi. Kenya wants lower duties on tea, and Vietnam wants access for its rice.";
    expect(readText(text).lines).toContain("Nairobi trade talks HELD_IN Nairobi");
  });
});
