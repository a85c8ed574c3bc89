// Ownership and backing read in round 22 of issue 13 (invest), on sentences written for this test
// (none taken from any corpus): a firm "controlled by" its owner, or "controls" a firm, as "owned by"
// and "owns" are read (the registry's ownership row); a participle clause set off by commas between a
// subject and its verb ("X, listed in Hong Kong, is controlled by Y") leaves X the verb's subject
// (syntax/clauses.ts). Refused: control of a market or goods, a participle whose phrase does not
// close with a comma, an unnamed owner.

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
