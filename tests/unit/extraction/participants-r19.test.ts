// Participants, round 19 (issue 13): who is a side of a meeting. A firm's officer stands for no
// state: a head of state who meets a company's chairman in a capital negotiated with no state, and
// the host state is no side of that meeting, whatever the chairman's passport. Officials of two
// states who meet to settle something still negotiate, and so do their states.
// Every sentence is written for this test; the people and firms are invented.
// Rows: [text, "A PREDICATE B" that must be found]; negatives: must not be found.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

const FIRM =
  "Chilean President Rosa Medina met with Chinese businessman Wang Lei, chairman of Redstone Metals, in Beijing on Tuesday, highlighting the deal's value for bilateral ties.";
const OFFICIALS =
  "Kenyan President Amani Otieno met with Japanese Trade Minister Kenji Sato in Tokyo on Friday, highlighting the deal's value for bilateral ties.";
const TALKS =
  "In Hanoi, Peruvian Foreign Minister Elena Varga held talks with Vietnamese Trade Minister Tran Duc on a rice agreement.";

describe("participants r19: a firm's officer is no state's side", () => {
  factTable(
    lines,
    [
      [FIRM, "Rosa Medina MET_WITH Wang Lei"],
      [FIRM, "Wang Lei HOLDS_POSITION Redstone Metals"],
      [OFFICIALS, "Kenya NEGOTIATED_WITH Japan"],
      [OFFICIALS, "Amani Otieno NEGOTIATED_WITH Kenji Sato"],
      [TALKS, "Peru NEGOTIATED_WITH Vietnam"],
      [TALKS, "Elena Varga NEGOTIATED_WITH Tran Duc"],
    ],
    [
      [FIRM, "Chile NEGOTIATED_WITH China"],
      [FIRM, "China NEGOTIATED_WITH Chile"],
      [FIRM, "Rosa Medina NEGOTIATED_WITH Wang Lei"],
      [FIRM, "China PARTICIPATED_IN Medina-Wang meeting"],
    ],
    ["gives", "gives no"],
  );
});
