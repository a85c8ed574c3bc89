// Round 18b of issue 13 (agreements): a deal still pending is no partnership. A bare or "-ing"
// completion verb that an effort or intent word leads to ("committed to finalise", "working toward
// sealing", "try and conclude", "efforts to reach") tells a deal not yet made. Every sentence is
// written for this test; the firms are invented.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const Q = "Quillon Minerals";
const T = "Talmore Holdings";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

describe("agreements r18b: a pending deal is no partnership", () => {
  factTable(
    read,
    [
      [`${T} signed a supply agreement with ${Q} on Monday.`, `${T} PARTNERED_WITH ${Q}`],
      [`${T} finalised a joint venture agreement with ${Q} last week.`, `${T} PARTNERED_WITH ${Q}`],
      [`${T} agreed to form a joint venture with ${Q} in Chile.`, `${T} PARTNERED_WITH ${Q}`],
    ],
    [
      [`${T} has been working toward finalising an offtake deal with ${Q} for two years.`, `${T} PARTNERED_WITH ${Q}`],
      [`${T} has committed to finalise a definitive agreement with ${Q} by March.`, `${T} PARTNERED_WITH ${Q}`],
      [
        `${T} and ${Q} committed to finalise a binding agreement and work closely with buyers.`,
        `${T} PARTNERED_WITH ${Q}`,
      ],
      [`Its managers will try and conclude a supply pact with ${Q} soon, ${T} said.`, `${T} PARTNERED_WITH ${Q}`],
    ],
  );
});

describe("agreements r18b: names with appositions joined by 'and' are one subject list", () => {
  factTable(
    read,
    [
      [
        `${T}, a maker of magnets in Ohio, and ${Q}, the biggest producer of oxides outside of Asia, today announced the signing of a memorandum to form a partnership.`,
        `${T} PARTNERED_WITH ${Q}`,
      ],
      [`${T}, a small magnet maker, and ${Q}, a producer, yesterday signed a supply deal.`, `${T} PARTNERED_WITH ${Q}`],
    ],
    [
      // The name after the conjunction opens its own clause once a verb came before.
      [
        `${Q} reported record output, ${T}, a rival, lost money, and Vantor Metals signed a deal with Dravel Mining.`,
        `${T} PARTNERED_WITH Dravel Mining`,
      ],
    ],
  );
});
