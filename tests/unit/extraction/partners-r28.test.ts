// Round 28 of issue 13 (partnerships and investments): a deal only promised, hoped for or in talks
// is no partnership ("their commitment to concluding talks and signing the deal", "openness to
// striking a deal"), and a bare verb joined by "and" to such a clause is pending too, as is a deal whose
// clause tells its signing is still to come ("before it is signed", "yet to be signed"). Every
// sentence is written for this test; the firms and bodies are invented.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

describe("partners r28: a deal promised, hoped for or in talks is no partnership", () => {
  factTable(
    read,
    [
      // Signed: partners.
      [
        "Norvale Mining Corp and Kestrel Chemicals Inc signed a supply agreement on Monday.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      [
        "Norvale Mining Corp and Kestrel Chemicals Inc held talks and signed a supply agreement.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      // Signed, with a later step still to come: still partners.
      [
        "Norvale Mining Corp and Kestrel Chemicals Inc signed a supply agreement, which is due to be ratified by regulators.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
    ],
    [
      // A commitment to sign, joined by "and" to a commitment to conclude.
      [
        "Officials of the Zorvia Business Council and the Velmar Chamber of Commerce affirmed their commitment to concluding negotiations and signing the deal by 2027.",
        "Zorvia Business Council PARTNERED_WITH Velmar Chamber of Commerce",
      ],
      [
        "Norvale Mining Corp and Kestrel Chemicals Inc signaled openness to signing a supply deal.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      [
        "Norvale Mining Corp has pledged to sign a supply agreement with Kestrel Chemicals Inc.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      [
        "Norvale Mining Corp is in talks to form a joint venture with Kestrel Chemicals Inc.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      // The clause's own words tell the signing is still to come.
      [
        "Norvale Mining Corp and Kestrel Chemicals Inc will meet in May to finalise the framework before it is signed by their boards.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      [
        "Norvale Mining Corp and Kestrel Chemicals Inc agreed a supply deal that is yet to be signed.",
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
    ],
  );
});

describe("partners r28: a body giving a firm money in two objects, or picking it for funding", () => {
  factTable(
    read,
    [
      // "X awarded Y two grants", "X gave Y $N": the firm inside the two objects.
      [
        "The Department of Energy awarded Norvale Mining Corp two research grants last week.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
      [
        "The Department of Energy gave Norvale Mining Corp $40 million to finish its plant.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
      // "X selected Y (projects in Y) for $N in funding".
      [
        "The Department of Energy selected Norvale Mining Corp for a $50 million grant.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
      [
        "The Department of Energy has selected projects in Ohio and Nevada for $90 million in funding.",
        "Department of Energy INVESTED_IN Nevada",
      ],
    ],
    [
      // No money given: a deadline, a contract, a licence.
      [
        "The Department of Energy gave Norvale Mining Corp a deadline to respond.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
      [
        "The Department of Energy awarded Norvale Mining Corp a $20 million contract.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
      // Picked for no money, or only maybe.
      [
        "The Department of Energy selected Norvale Mining Corp as its partner.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
      [
        "The Department of Energy could award Norvale Mining Corp two research grants.",
        "Department of Energy INVESTED_IN Norvale Mining Corp",
      ],
    ],
  );
});
