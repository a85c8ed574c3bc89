// Round 28b of issue 13, policies: a pair's agreement written with the initials of a free trade
// agreement ("the Malaysia-EU FTA") is a Policy named with the initials spelt out ("Malaysia-EU free
// trade agreement"), as the pair before "trade deal" already was. Sentences written for these tests
// (not copied from any article), with refusals.

import { describe } from "vitest";
import { entityNames, factTable } from "../../_helpers/documents.ts";

const policies = (text: string) => entityNames(text, "Policy", { date: "2025-06-12" });

describe("stages/03-mentions: '<A>-<B> FTA' is the pair's free trade agreement (round 28b)", () => {
  factTable(
    policies,
    [
      ["Officials expect the Chile-India FTA to enter into force in March.", "Chile-India free trade agreement"],
      ["Exporters welcomed progress on a Norway-Kenya FTA this week.", "Norway-Kenya free trade agreement"],
      ["The Canada-EU FTA talks resumed in Ottawa on Monday.", "Canada-EU free trade agreement"],
    ],
    [
      // Initials with no pair of parties before them name no agreement.
      ["Ministers said the FTA would be signed next year.", "FTA"],
      // A pair joined by "and", not a hyphen, is left to the clause rules.
      ["Chile and India FTA negotiators met in Delhi.", "Chile-India free trade agreement"],
      // Another word's initials are no agreement.
      ["The Chile-India FTAA forum opened on Monday.", "Chile-India free trade agreement"],
    ],
    ["finds", "finds no"],
  );
});
