// Round 16 of issue 13 (discourse): pronouns and definite descriptions resolved to the entity named
// before them (syntax/discourse.ts), by type agreement and salience, and taken as arguments by the
// predicate registry. Every sentence is written for this test; the firms are invented.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const Q = "Quillon Minerals";
const T = "Talmore Capital";
const B = "Brindle Mining";
const C = "Corvane Resources";

describe("discourse r16: anaphors as arguments", () => {
  itGivesFacts(
    [
      // A firm's description opening a sentence is the subject of the sentence before (a site under
      // "its" is the subject's own; a firm named two sentences back does not compete).
      [
        `${C} supplies trucks to ${B}. ${B} reported record output at its Kestrel operation in Nevada. The company produced 30,000 tonnes of copper concentrate last year.`,
        [`${B} PRODUCES copper concentrate`],
      ],
      // A state's description, and a pronoun after it in the same sentence ("and it …").
      [
        `Zambia tightened its mining code in March. The country is a large producer of cobalt and it banned exports of manganese ore.`,
        [`Zambia PRODUCES cobalt`, `Zambia RESTRICTED_EXPORT manganese ore`],
      ],
      // "they" after a list of names in an earlier clause.
      [`${B} and ${C} said they had bought a 30% stake in ${Q}.`, [`${B} INVESTED_IN ${Q}`, `${C} INVESTED_IN ${Q}`]],
      // "they" opening a sentence: the list the sentence before opens with.
      [
        `${B} and ${C} signed a pact in Lima on Monday. They will jointly invest $2 billion in ${Q}.`,
        [`${B} INVESTED_IN ${Q}`, `${C} INVESTED_IN ${Q}`],
      ],
      // "the government" in any argument, not only as the subject.
      [
        `Kazakhstan wants more foreign capital in mining. ${B} received a $50 million loan from the government last week.`,
        [`Kazakhstan INVESTED_IN ${B}`],
      ],
      // A description the firm lexicon lacks ("the fund") is the subject of the sentence before.
      [
        `${T} said on Monday it had signed a loan deal. The fund will take a 5% stake in ${Q}.`,
        [`${T} INVESTED_IN ${Q}`],
      ],
    ],
    [
      // Two states named and none the subject: "the country" is a guess.
      [
        `Japan and Korea held talks on Monday. The country will ban exports of helium.`,
        `Japan RESTRICTED_EXPORT helium`,
      ],
      // An unnamed firm said it: not the state named before.
      [
        `Canada approved the sale on Friday. The mining giant said it would buy a 20% stake in ${Q}.`,
        `Canada INVESTED_IN ${Q}`,
      ],
      // A description that is not its clause's subject is not the clause's own agent.
      [`${B} will sell 5,000 tonnes of cobalt to the developer.`, `${B} PURCHASES cobalt`],
      // Two states before "the government": none.
      [
        `Peru and Chile signed a mining pact. ${B} received a $50 million loan from the government last week.`,
        `Peru INVESTED_IN ${B}`,
      ],
      // Two firms in the sentence before, neither under "its": "the company" is either.
      [`${B} agreed to buy ${C} on Monday. The company will invest $1 billion in Chile.`, `${B} INVESTED_IN Chile`],
      // Past the window (three sentences back) nothing is resolved.
      [
        `Peru raised royalties in May. Prices rose. Output fell. Traders waited. The country banned exports of zinc.`,
        `Peru RESTRICTED_EXPORT zinc`,
      ],
    ],
  );
});
