// Round 15 of issue 13 (deals): a paraphrase table of the ways English news states that one party
// put money into another (INVESTED_IN: stakes, equity, loans, grants, financing, ownership,
// acquisitions) and that two parties entered a partnership (PARTNERED_WITH), with modality,
// negation and type negatives. Every sentence is written for this test; the firms are invented.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

const Q = "Quillon Minerals";
const T = "Talmore Capital";
const B = "Brindle Mining";
const C = "Corvane Resources";

describe("deals r15: INVESTED_IN paraphrases", () => {
  itGivesFacts(
    [
      // Verb frames.
      [`${T} invested $40 million in ${Q} last year.`, [`${T} INVESTED_IN ${Q}`]],
      [`${T} has bought a 20% stake in ${Q}.`, [`${T} INVESTED_IN ${Q}`]],
      [`${T} acquired ${Q} for $300 million in cash.`, [`${T} INVESTED_IN ${Q}`]],
      [`${T} lent ${Q} $25 million to finish its plant.`, [`${T} INVESTED_IN ${Q}`]],
      [`${T} will provide $60 million in financing to ${Q}.`, [`${T} INVESTED_IN ${Q}`]],
      // Receiver first.
      [`${Q} received a $25 million loan from ${T} on Monday.`, [`${T} INVESTED_IN ${Q}`]],
      [`${Q} will sell shares worth $50 million to ${T}.`, [`${T} INVESTED_IN ${Q}`]],
      // Passive and ownership.
      [`${Q} is partly owned by ${T}.`, [`${T} INVESTED_IN ${Q}`]],
      [`${Q} is owned by ${T}, Norway's ${C} and ${B}.`, [`${T} INVESTED_IN ${Q}`, `${B} INVESTED_IN ${Q}`]],
      [`${Q}, partly owned by Swedish battery maker ${C}, reported a loss.`, [`${C} INVESTED_IN ${Q}`]],
      [
        `Refineries are being built by ${Q} and ${B}, owned by ${T} and ${C}, respectively.`,
        [`${T} INVESTED_IN ${Q}`, `${C} INVESTED_IN ${B}`],
      ],
      // Noun frames.
      [`${T}'s 12% stake in ${Q} is worth $80 million.`, [`${T} INVESTED_IN ${Q}`]],
      [`After the deal ${B} now holds 30% of ${Q}.`, [`${B} INVESTED_IN ${Q}`]],
      [`${B}'s metals trading arm, ${C}, halted sales.`, [`${B} INVESTED_IN ${C}`]],
      [`The takeover of ${Q} by ${B} closed on Friday.`, [`${B} INVESTED_IN ${Q}`]],
      // "X-backed Y", relative clauses.
      [`${Q}, a ${T}-backed miner, opened a mine in Chile.`, [`${T} INVESTED_IN ${Q}`]],
      [`${Q}, in which ${T} holds a 12% stake, opened a mine in Chile.`, [`${T} INVESTED_IN ${Q}`]],
      // A definite description of the firm named before.
      [
        `${Q} explores for lithium in Nevada. ${T} will take a 10-per-cent stake in the exploration company.`,
        [`${T} INVESTED_IN ${Q}`],
      ],
      // The "in" of investing opens a gerund: what it acts on, or the place it names.
      [
        `Korean firms, including ${B} and ${C}, have put money since 2020 into Peru. ${B} has invested $300 million in building battery plants in Hungary.`,
        [`${B} INVESTED_IN Hungary`],
      ],
      // A firm's local unit named with its country.
      [`${T} bought a 40% stake in Quillon Lithium Ghana last year.`, [`${T} INVESTED_IN Quillon Lithium Ghana`]],
      // A pronoun after a description stands for the firm the description names.
      [`${B} is growing fast. The company said it had bought a 10% stake in ${Q}.`, [`${B} INVESTED_IN ${Q}`]],
      // A state's money into another state's economy.
      [`The pact includes a $2 billion investment from Norway into the Chilean economy.`, [`Norway INVESTED_IN Chile`]],
    ],
    [
      // Modality, negation, denial.
      [`${T} may invest in ${Q} next year.`, `${T} INVESTED_IN ${Q}`],
      [`${T} did not invest in ${Q}.`, `${T} INVESTED_IN ${Q}`],
      [`${T} denied investing in ${Q}.`, `${T} INVESTED_IN ${Q}`],
      [`${T} is weighing a stake in ${Q}.`, `${T} INVESTED_IN ${Q}`],
      // Type and role negatives: a sale of goods, a seller of a stake.
      [`${Q} sells lithium to ${T}.`, `${T} INVESTED_IN ${Q}`],
      [`${B} sold its stake in ${Q} to ${T}.`, `${B} INVESTED_IN ${Q}`],
      [`${Q}, owned by ${T}, and ${B} signed a supply deal.`, `${T} INVESTED_IN ${B}`],
      [`${B} has invested heavily in training engineers.`, `${B} INVESTED_IN Hungary`],
      [`The takeover of ${Q} by ${B} was blocked by regulators.`, `${B} INVESTED_IN ${Q}`],
      [`A proposed takeover of ${Q} by ${B} collapsed in May.`, `${B} INVESTED_IN ${Q}`],
      // "owned by A and B, respectively": not both owners of the last firm.
      [`Smelters are being built by ${Q} and ${B}, owned by ${T} and ${C}, respectively.`, `${T} INVESTED_IN ${B}`],
      // A pronoun after a description the text does not name is not the state of the sentence before.
      [
        `Norway wants more copper. The Swedish mining giant said in May that it had agreed to acquire ${Q}.`,
        `Norway INVESTED_IN ${Q}`,
      ],
    ],
  );
});

describe("deals r15: PARTNERED_WITH paraphrases", () => {
  itGivesFacts(
    [
      [`${Q} signed a memorandum of understanding with ${B} to explore for lithium.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q} and ${B} signed a framework agreement on battery recycling.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q} teamed up with ${B} to build a refinery in Peru.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q} and ${B} formed a joint venture to build a refinery.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`The refinery is a joint venture between ${Q} and ${B}.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q} has partnered with ${B} on a recycling plant.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q} entered into a strategic alliance with ${B}.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q}, ${B}'s joint venture partner, will run the mine.`, [`${Q} PARTNERED_WITH ${B}`]],
      [`${Q} will hold a 40% stake in a joint venture with ${B} to build a smelter.`, [`${Q} PARTNERED_WITH ${B}`]],
      [
        `${Q} inked a cooperation agreement with ${B} and ${C}.`,
        [`${Q} PARTNERED_WITH ${B}`, `${Q} PARTNERED_WITH ${C}`],
      ],
    ],
    [
      [`${Q} is in talks with ${B} about a possible partnership.`, `${Q} PARTNERED_WITH ${B}`],
      [`${Q} rejected a partnership with ${B}.`, `${Q} PARTNERED_WITH ${B}`],
      [`${Q} hopes to sign an agreement with ${B}.`, `${Q} PARTNERED_WITH ${B}`],
      [`${Q} did not sign an agreement with ${B}.`, `${Q} PARTNERED_WITH ${B}`],
      [`${Q} competes with ${B} for Chilean brine.`, `${Q} PARTNERED_WITH ${B}`],
      [`Chile and Peru signed a trade deal cutting tariffs on wine.`, `Chile PARTNERED_WITH Peru`],
      [`${Q} signed agreements with ${B} and ${C}.`, `${B} PARTNERED_WITH ${C}`],
      [`Smelters are being built by ${Q} and ${B}, owned by ${T} and ${C}, respectively.`, `${Q} PARTNERED_WITH ${B}`],
    ],
  );
});

describe("deals r15: a firm's local unit and a state's export-credit body", () => {
  itTypesRows(
    "Company",
    [
      [`${T} bought a 40% stake in Quillon Lithium Ghana last year.`, "Quillon Lithium Ghana"],
      [`Output at Brindle Mining Peru rose 4% in May.`, "Brindle Mining Peru"],
    ],
    [[`Natural Resources Canada said the mine was approved.`, "Natural Resources Canada"]],
  );
  itTypesRows(
    "Agency",
    [[`The loan was guaranteed by Export Finance Norway and two banks.`, "Export Finance Norway"]],
    [],
  );
});

describe("deals r15: 'the administration' and a stake snapped up", () => {
  const text =
    "The United States wants more cobalt. Chile mines much of it. Last year the administration signed an agreement with Peru to develop mines.";
  itGivesFacts(
    [
      [text, ["United States PARTNERED_WITH Peru"]],
      [`${T} snapped up a 5% stake in ${Q} in March.`, [`${T} INVESTED_IN ${Q}`]],
    ],
    [[text, "Chile PARTNERED_WITH Peru"]],
  );
});

describe("deals r15: 'X-backed / X-owned' compounds", () => {
  itGivesFacts(
    [[`Shares of the ${T}-backed lithium miner ${Q} rose 8% on Monday.`, [`${T} INVESTED_IN ${Q}`]]],
    [
      // A demonym tells the owners' nationality, not the state.
      [`A Chinese-owned refinery in Peru buys ore from ${Q}.`, `China INVESTED_IN ${Q}`],
      [`Indonesian-controlled smelters such as ${Q} expanded output.`, `Indonesia INVESTED_IN ${Q}`],
      // The firm past a preposition is not the one the compound describes.
      [`A ${T}-funded study of ${Q} found large reserves.`, `${T} INVESTED_IN ${Q}`],
    ],
  );
});

describe("deals r15: a share placement", () => {
  itGivesFacts(
    [
      [`${Q} completed a $30 million placement to ${T} on Friday.`, [`${T} INVESTED_IN ${Q}`]],
      [`${Q} raised A$12 million through a private placement to ${T} and ${C}.`, [`${C} INVESTED_IN ${Q}`]],
    ],
    [
      [`${Q} may launch a placement to ${T} next year.`, `${T} INVESTED_IN ${Q}`],
      [`${Q} sold its stake in ${B} to ${T}.`, `${T} INVESTED_IN ${Q}`],
    ],
  );
});
