// Round 15 of issue 13, the topics area: a paraphrase table of the ways news states what talks were
// about, read through the clause layer. Sentences written for these tests (not copied from any
// article), with invented people, positives and refusals (negation, another agent, an amount).

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

/** A meeting of two invented ministers, the sentence under test after it. */
const MET = "Kenyan Trade Minister Amina Odhiambo met Chilean Foreign Minister Tomas Rivera in Santiago on Tuesday.";
const TALKS = "Odhiambo-Rivera meeting";

describe("rules/talks: what a meeting discussed (round 15 paraphrases)", () => {
  const positives: [text: string, facts: string[]][] = [
    // A passive of discussing: the topic is the subject.
    [`${MET} Lithium was also discussed.`, [`${TALKS} DISCUSSED lithium`]],
    [`${MET} Copper was discussed at the meeting.`, [`${TALKS} DISCUSSED copper`]],
    [`${MET} The question of cobalt exports was raised during the talks.`, [`${TALKS} DISCUSSED cobalt`]],
    // A topic noun of the talks on either side of "be".
    [`${MET} Copper was expected to be a focus of the talks.`, [`${TALKS} DISCUSSED copper`]],
    [`${MET} Rare earths were the main topic of the discussions.`, [`${TALKS} DISCUSSED rare earths`]],
    [`${MET} The main focus of the meeting was lithium.`, [`${TALKS} DISCUSSED lithium`]],
    // "feature / figure in" the talks.
    [`${MET} Nickel featured prominently in the talks.`, [`${TALKS} DISCUSSED nickel`]],
    [`${MET} Cobalt also figured in the discussions.`, [`${TALKS} DISCUSSED cobalt`]],
    // What the meeting was for: a purpose cue after the meeting's word.
    [`${MET} The talks aimed to break an impasse over copper export restrictions.`, [`${TALKS} DISCUSSED copper`]],
    [`${MET} The talks were aimed at resolving a dispute over nickel.`, [`${TALKS} DISCUSSED nickel`]],
    [`${MET} The meeting sought to ease tensions over cobalt.`, [`${TALKS} DISCUSSED cobalt`]],
    [`${MET} The talks, meant to settle a row over lithium, ended early.`, [`${TALKS} DISCUSSED lithium`]],
    // "exchanged views on X" as "touched on X".
    [
      `${MET} The two ministers exchanged views on copper and lithium.`,
      [`${TALKS} DISCUSSED copper`, `${TALKS} DISCUSSED lithium`],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // Negated.
    [`${MET} Copper was not discussed.`, `${TALKS} DISCUSSED copper`],
    // Another agent discussed it, not the meeting.
    [`${MET} Copper was discussed by analysts in Lima.`, `${TALKS} DISCUSSED copper`],
    // "raised" with an amount is no topic raised.
    [`${MET} Duties on copper were raised to 20%.`, `${TALKS} DISCUSSED copper`],
    // Words exchanged in a quarrel are no views on a topic.
    [`${MET} The two ministers exchanged angry words over lithium.`, `${TALKS} DISCUSSED lithium`],
    // What followed the meeting is no purpose of it.
    [`${MET} The talks ended, days after copper prices fell.`, `${TALKS} DISCUSSED copper`],
    // A focus of someone other than the talks.
    [`${MET} Lithium prices were a focus of traders.`, `${TALKS} DISCUSSED lithium`],
  ];
  itGivesFacts([], refusals);
});

describe("tariffs promised and pledged are threats (round 15 paraphrases)", () => {
  const positives: [text: string, facts: string[]][] = [
    ["Ecuador promised sweeping tariffs on Bolivia and Paraguay.", ["Ecuador THREATENED_TARIFF Bolivia"]],
    ["Ecuador pledged 30% duties on Bolivian steel.", ["Ecuador THREATENED_TARIFF Bolivia"]],
    ["Ecuador promised to impose tariffs on Bolivia.", ["Ecuador THREATENED_TARIFF Bolivia"]],
    ["Ecuador vowed to slap levies on Bolivia's exports.", ["Ecuador THREATENED_TARIFF Bolivia"]],
    // A rate put forward earlier, set against the tariff the sentence gives.
    [
      "Ecuador set a 19% tariff on Bolivia in August, below the 30% Ecuadorian President Mateo Andrade had proposed in July.",
      ["Mateo Andrade THREATENED_TARIFF Bolivia"],
    ],
    [
      "Ecuador set a 19 percent tariff on Bolivia, lower than the 25 percent Ecuadorian President Mateo Andrade had threatened.",
      ["Mateo Andrade THREATENED_TARIFF Bolivia"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // Imposed is not threatened.
    ["Ecuador imposed tariffs on Bolivia.", "Ecuador THREATENED_TARIFF Bolivia"],
    // A promise to lower tariffs is no threat.
    ["Ecuador promised to lower its tariffs on Bolivia.", "Ecuador THREATENED_TARIFF Bolivia"],
    // A rate imposed before is no threat.
    [
      "Ecuador set a 19% tariff on Bolivia in August, below the 30% Ecuadorian President Mateo Andrade had imposed in 2019.",
      "Mateo Andrade THREATENED_TARIFF Bolivia",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("a policy put off (round 15 paraphrases)", () => {
  const positives: [text: string, facts: string[]][] = [
    ["Peru delayed the Mining Code by a year.", ["Peru POSTPONED Mining Code"]],
    ["Peru pushed back the Mining Code until 2027.", ["Peru POSTPONED Mining Code"]],
    ["Peru put the Mining Code on hold.", ["Peru POSTPONED Mining Code"]],
    ["Peru has put the Mining Code on hold for six months.", ["Peru POSTPONED Mining Code"]],
    ["The Mining Code was postponed by Peru.", ["Peru POSTPONED Mining Code"]],
    ["Peru announced a one-year postponement of the Mining Code.", ["Peru POSTPONED Mining Code"]],
    ["Peru deferred the implementation of the Mining Code until 2026.", ["Peru POSTPONED Mining Code"]],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // Refused, possible or negated: nothing was put off.
    ["Peru refused to delay the Mining Code.", "Peru POSTPONED Mining Code"],
    ["Peru may postpone the Mining Code.", "Peru POSTPONED Mining Code"],
    ["Peru did not postpone the Mining Code.", "Peru POSTPONED Mining Code"],
    // "on hold" of something else than a measure.
    ["Peru put its envoy's visit on hold.", "Peru POSTPONED Mining Code"],
  ];
  itGivesFacts([], refusals);
});

describe("exports stopped (round 15 paraphrases)", () => {
  const positives: [text: string, facts: string[]][] = [
    ["Peru banned companies from exporting lithium.", ["Peru RESTRICTED_EXPORT lithium"]],
    ["Peru prohibited traders from shipping nickel ore abroad.", ["Peru RESTRICTED_EXPORT nickel ore"]],
    [
      "Peru barred mining firms from selling copper concentrate to Chile.",
      ["Peru RESTRICTED_EXPORT copper concentrate"],
    ],
    ["Peru stopped shipping copper abroad.", ["Peru RESTRICTED_EXPORT copper"]],
    ["Peru's ban on exporting copper to Chile took effect.", ["Peru RESTRICTED_EXPORT copper"]],
    ["Exports of copper from Peru were suspended.", ["Peru RESTRICTED_EXPORT copper"]],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // Buying is no export.
    ["Peru barred Chilean firms from buying copper mines.", "Peru RESTRICTED_EXPORT copper"],
    // Selling at home is no export.
    ["Peru barred firms from selling copper wire in Lima.", "Peru RESTRICTED_EXPORT copper"],
  ];
  itGivesFacts([], refusals);
});
