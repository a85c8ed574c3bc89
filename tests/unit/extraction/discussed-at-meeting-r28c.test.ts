// Round 28c of issue 13, the DISCUSSED area: a person's or a state's topic, in a document naming a
// meeting they took part in (the one of the topic's sentence, else the document's main event), is
// moved to that meeting (discussed-at-meeting); kept on the person where no meeting is named for
// them. Sentences written for these tests (not copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const MET = "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday.";
const doc = (...sentences: string[]) => `Chile and Peru trade ministers meet\n\n${sentences.join(" ")}`;

describe("rules/discussed-meeting: a participant's topic is the meeting's (round 28c)", () => {
  factTable(
    lines,
    [
      // The document's main event the person took part in.
      [doc(MET, "Vera discussed lithium exports."), "Vera-Soto meeting DISCUSSED lithium"],
      // No meeting named: the person keeps the topic.
      [
        "Chilean minister speaks\n\nChilean Trade Minister Ana Vera discussed lithium exports with reporters in Santiago.",
        "Ana Vera DISCUSSED lithium",
      ],
      // A person taking no part in the document's meeting keeps the topic.
      [
        doc(MET, "Bolivian President Juan Mamani discussed lithium exports in La Paz."),
        "Juan Mamani DISCUSSED lithium",
      ],
    ],
    [
      // Moved, not copied.
      [doc(MET, "Vera discussed lithium exports."), "Ana Vera DISCUSSED lithium"],
    ],
  );
});
