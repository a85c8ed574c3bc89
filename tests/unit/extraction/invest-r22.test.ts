// Ownership and backing read in round 22 of issue 13 (invest), on sentences written for this test
// (none taken from any corpus): a firm "controlled by" its owner, or "controls" a firm, as "owned by"
// and "owns" are read (the registry's ownership row); a participle clause set off by commas between a
// subject and its verb ("X, listed in Hong Kong, is controlled by Y") leaves X the verb's subject
// (syntax/clauses.ts); an amount that "comes" or "flows" from a giver, its receiver unwritten, goes
// to the document's open deal or firm (investment-frame.ts); "X, (a … company) whose shareholders /
// investors include Y and Z" (ownership.ts). Refused: control of a market or goods, a participle
// whose phrase does not close with a comma, an unnamed owner, a receiver written, goods that come
// from a firm, "whose" after a verb, holders that are customers.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("invest r22: control as ownership, subjects past a participle clause", () => {
  itGivesFacts(
    [
      [
        "Quorrel Mining is controlled by Brannock Holdings Corp.",
        ["Brannock Holdings Corp. INVESTED_IN Quorrel Mining"],
      ],
      ["Brannock Holdings Corp. controls Quorrel Mining.", ["Brannock Holdings Corp. INVESTED_IN Quorrel Mining"]],
      [
        "Quorrel Mining, listed in Toronto, is controlled by Brannock Holdings Corp., a diversified group.",
        ["Brannock Holdings Corp. INVESTED_IN Quorrel Mining"],
      ],
      [
        "Quorrel Mining, based in Perth, is owned by Brannock Holdings Corp.",
        ["Brannock Holdings Corp. INVESTED_IN Quorrel Mining"],
      ],
      [
        "Quorrel Mining, founded in 2011, received a $40 million loan from Brannock Holdings Corp.",
        ["Brannock Holdings Corp. INVESTED_IN Quorrel Mining"],
      ],
    ],
    [
      // Control of goods or a market is no ownership of a firm.
      ["Brannock Holdings Corp. controls most of the cobalt market.", "Brannock Holdings Corp. INVESTED_IN cobalt"],
      // The participle's own agent is not the owner of the subject's firm.
      [
        "Quorrel Mining, advised by Tarrow Partners Ltd, is owned by Brannock Holdings Corp.",
        "Tarrow Partners Ltd INVESTED_IN Quorrel Mining",
      ],
      // No owner named: nothing read.
      [
        "Quorrel Mining, listed in Toronto, is controlled by its founders.",
        "Quorrel Mining INVESTED_IN Quorrel Mining",
      ],
    ],
  );
});

describe("invest r22: an amount that comes from a giver, holders after whose", () => {
  itGivesFacts(
    [
      [
        "Quorrel Lithium opened a plant. Quorrel Lithium hired staff. Quorrel Lithium said it was pleased. " +
          "Up to £20 million is set to come from Brannock Capital.",
        ["Brannock Capital INVESTED_IN Quorrel Lithium"],
      ],
      [
        "Quorrel Lithium opened a plant. Quorrel Lithium hired staff. Quorrel Lithium said it was pleased. " +
          "A further $4-million is coming from Tarrow Metals, a minerals investment firm.",
        ["Tarrow Metals INVESTED_IN Quorrel Lithium"],
      ],
      [
        "Tarrow Metals, a global minerals investment company whose major shareholders include Brannock Capital and Velloway Partners Ltd, said it would expand.",
        ["Brannock Capital INVESTED_IN Tarrow Metals", "Velloway Partners Ltd INVESTED_IN Tarrow Metals"],
      ],
      [
        "Tarrow Metals, whose investors include Brannock Capital, is expanding.",
        ["Brannock Capital INVESTED_IN Tarrow Metals"],
      ],
    ],
    [
      // The receiver is written: the money goes there, not to the document's firm.
      [
        "Quorrel Lithium opened a plant. Quorrel Lithium hired staff. Quorrel Lithium said it was pleased. " +
          "Up to £20 million will flow from Brannock Capital into Tarrow Metals.",
        "Brannock Capital INVESTED_IN Quorrel Lithium",
      ],
      // Not money: exports that come from a firm.
      [
        "Quorrel Lithium opened a plant. Quorrel Lithium hired staff. Quorrel Lithium said it was pleased. " +
          "Most of the 40,000 tonnes of exports come from Brannock Capital.",
        "Brannock Capital INVESTED_IN Quorrel Lithium",
      ],
      // "whose" past a verb: the holders are not the firm's.
      [
        "Tarrow Metals signed a deal with a fund whose shareholders include Brannock Capital.",
        "Brannock Capital INVESTED_IN Tarrow Metals",
      ],
      // Customers are no holders.
      [
        "Tarrow Metals, whose customers include Brannock Capital, is expanding.",
        "Brannock Capital INVESTED_IN Tarrow Metals",
      ],
    ],
  );
});

describe("invest r22: an amount invested with no receiver written, in a story about one firm", () => {
  itGivesFacts(
    [
      [
        "Quorrel Alumina announced a partnership. Quorrel Alumina runs a refinery. Quorrel Alumina will expand output. " +
          "Brannock Capital, through Velloway Partners Ltd, has invested more than $300 million in private capital.",
        ["Brannock Capital INVESTED_IN Quorrel Alumina"],
      ],
    ],
    [
      // The receiver is written.
      [
        "Quorrel Alumina announced a partnership. Quorrel Alumina runs a refinery. Quorrel Alumina will expand output. " +
          "Brannock Capital has invested $300 million in Tarrow Metals.",
        "Brannock Capital INVESTED_IN Quorrel Alumina",
      ],
      // A place or a purpose is written: not read as the firm's money.
      [
        "Quorrel Alumina announced a partnership. Quorrel Alumina runs a refinery. Quorrel Alumina will expand output. " +
          "Brannock Capital has invested $300 million in clean energy.",
        "Brannock Capital INVESTED_IN Quorrel Alumina",
      ],
      // No firm leads the story.
      [
        "Quorrel Alumina runs a refinery. Tarrow Metals runs a mine. Brannock Capital has invested $300 million so far.",
        "Brannock Capital INVESTED_IN Quorrel Alumina",
      ],
    ],
  );
});

describe("invest r22: members a partnership brings together", () => {
  itGivesFacts(
    [
      [
        "The partnership brings together Quorrel Alumina, Brannock Resources Holdings Limited and Velloway Capital.",
        [
          "Quorrel Alumina PARTNERED_WITH Brannock Resources Holdings Limited",
          "Quorrel Alumina PARTNERED_WITH Velloway Capital",
          "Brannock Resources Holdings Limited PARTNERED_WITH Velloway Capital",
        ],
      ],
      [
        "The partnership brings together Quorrel Alumina, Brannock Resources Holdings Limited and a fund managed by Velloway Capital.",
        ["Quorrel Alumina PARTNERED_WITH Brannock Resources Holdings Limited"],
      ],
      [
        "The consortium comprises Quorrel Alumina and Brannock Resources Holdings Limited.",
        ["Quorrel Alumina PARTNERED_WITH Brannock Resources Holdings Limited"],
      ],
    ],
    [
      // A partnership only possible.
      [
        "The partnership could bring together Quorrel Alumina and Brannock Resources Holdings Limited.",
        "Quorrel Alumina PARTNERED_WITH Brannock Resources Holdings Limited",
      ],
      // "bring" without "together": no members listed.
      [
        "The partnership brings Quorrel Alumina new customers such as Brannock Resources Holdings Limited.",
        "Quorrel Alumina PARTNERED_WITH Brannock Resources Holdings Limited",
      ],
    ],
  );
});
