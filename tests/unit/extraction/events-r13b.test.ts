// Round 13b: what the talks rules no longer guess on held-out text. "The two sides" stand for a
// meeting's states only in a sentence that names the meeting; what talks yielded ("progress on X")
// is a meeting's topic when the sentence names it or the document has no other; a subject that
// "dominated" or "topped" the talks is not read as their topic. Sentences written for these tests.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/talks (round 13b refusals)", () => {
  describe("talks-both-sides", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Peruvian President Dina Quispe met Bolivian President Luis Arce Mamani in Lima on Monday. At the meeting the two sides agreed to share data on river levels.",
        ["Peru PARTICIPATED_IN Quispe-Mamani meeting", "Bolivia PARTICIPATED_IN Quispe-Mamani meeting"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // A sentence naming no meeting: the two sides of a dispute, not of the talks.
      [
        "Peruvian Trade Minister Ana Quispe met Bolivian Trade Minister Juan Mamani in Lima on Monday. The two sides have quarrelled over river water for decades.",
        "Peru PARTICIPATED_IN Quispe-Mamani meeting",
      ],
      [
        "Ghanaian Trade Minister Kofi Mensah met Togolese Trade Minister Yao Agbo in Accra on Friday. For years both countries have blamed each other for smuggling cocoa.",
        "Togo PARTICIPATED_IN Mensah-Agbo meeting",
      ],
    ];
    itGivesFacts([], refusals);
  });

  describe("talks-topics (what talks yielded, agenda verbs)", () => {
    const refusals: [text: string, fact: string][] = [
      // Two meetings: progress in a sentence naming neither is no one meeting's topic.
      [
        "Norwegian Prime Minister Erik Dahl met Danish Prime Minister Lars Holm in Oslo on Monday. On Friday Dahl held a call with Finnish President Mikko Virtanen. Officials reported progress on salmon and timber.",
        "Dahl-Holm meeting DISCUSSED salmon",
      ],
      // What overshadowed the talks is news, not a topic the sides took up.
      [
        "Thai Commerce Minister Somchai Wong met Malaysian Trade Minister Aziz Rahman in Bangkok on Tuesday. A flood at a rubber plant overshadowed the talks.",
        "Wong-Rahman meeting DISCUSSED rubber",
      ],
    ];
    itGivesFacts([], refusals);
  });
});

describe("stages/05-meetings (round 13b refusals)", () => {
  describe("findCall (heads of state of the call's own sentence, unless the call points back to the leaders)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "During Tuesday's call, Kenyan President Amani Otieno and Ugandan President Musa Okello agreed to reopen the border.",
        ["Amani Otieno PARTICIPATED_IN Otieno-Okello phone call"],
      ],
      // "the leaders' call": the two leaders named in the sentence before.
      [
        "The accord goes to Kenyan President Amani Otieno and Ugandan President Musa Okello for approval. Their trade ministers said it builds on the leaders' March 3rd call and on talks in Kampala.",
        [
          "Amani Otieno PARTICIPATED_IN Otieno-Okello phone call",
          "Musa Okello PARTICIPATED_IN Otieno-Okello phone call",
        ],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      [
        "Kenyan President Amani Otieno praised Ugandan President Musa Okello at a rally in Kisumu. During the call, officials from the energy ministry discussed fuel prices.",
        "Amani Otieno PARTICIPATED_IN Otieno-Okello phone call",
      ],
    ];
    itGivesFacts([], refusals);
  });
});
