// Round 16 of issue 13 (deals): mechanisms, not phrasings. An amount whose receiver goes unwritten
// goes to the document's one firm (INVESTED_IN); the members a partnership noun's phrase names before
// it pair up (PARTNERED_WITH); a bare flow of goods takes the passage's good, a clause reads on over
// ", mainly to X", and a tariff's rate on exports tells nothing bought (PURCHASES). Every sentence is
// written for this test; the firms are invented.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const Q = "Quillon Minerals";
const T = "Talmore Capital";
const B = "Brindle Mining";
const C = "Corvane Resources";

/** Three sentences about one firm, then the sentence under test. */
const about = (firm: string, last: string) =>
  `${firm} is building a nickel refinery in Peru. ${firm} expects first output in 2027. ${firm} said costs rose. ${last}`;

describe("deals r16: an amount with no receiver written goes to the document's firm", () => {
  itGivesFacts(
    [
      [about(Q, `The financing includes a $40 million loan from ${T}.`), [`${T} INVESTED_IN ${Q}`]],
      [
        about(Q, `${T} and ${B} have signed a $1 billion credit line.`),
        [`${T} INVESTED_IN ${Q}`, `${B} INVESTED_IN ${Q}`],
      ],
    ],
    [
      // No one firm the document is about: three firms named once each.
      [
        `${Q} is building a nickel refinery in Peru. ${C} runs a mine. ${B} said costs rose. The financing includes a $40 million loan from ${T}.`,
        `${T} INVESTED_IN ${Q}`,
      ],
      // The money went into something the sentence names by a description: not the firm.
      [about(Q, `${T} has invested $40 million in the mine.`), `${T} INVESTED_IN ${Q}`],
      // A tax credit is no money put in.
      [about(Q, `${T} offers tax credits worth $5 million to miners.`), `${T} INVESTED_IN ${Q}`],
    ],
  );
});

describe("deals r16: the members a partnership noun's phrase names before it", () => {
  itGivesFacts(
    [
      [
        "The Norway-Chile-Peru Energy Partnership was launched in 2019.",
        ["Norway PARTNERED_WITH Chile", "Norway PARTNERED_WITH Peru", "Chile PARTNERED_WITH Peru"],
      ],
      [
        "Brazil, Argentina and Uruguay's short-lived 1990 'Beef Cartel' raised prices.",
        ["Brazil PARTNERED_WITH Argentina", "Argentina PARTNERED_WITH Uruguay"],
      ],
      [`${Q}, ${C} and ${B}'s new joint venture will build a smelter.`, [`${Q} PARTNERED_WITH ${C}`]],
    ],
    [
      // A trade pact is no partnership; a proposed one is not formed.
      ["The Chile-Peru trade pact cut tariffs on wine.", "Chile PARTNERED_WITH Peru"],
      ["Talks on a proposed Norway-Chile alliance stalled.", "Norway PARTNERED_WITH Chile"],
      // A list that is a clause's subject, the noun far after: no members named.
      ["Chile, Peru and Norway criticised the cartel.", "Chile PARTNERED_WITH Peru"],
    ],
  );
});

describe("deals r16: purchases told by a flow of goods", () => {
  itGivesFacts(
    [
      // The passage's good for a bare flow to a buyer.
      [
        "Chile's copper exports to Norway fell 4% in May. Shipments to Japan, which is in a dispute with Santiago, rose 12% to 300 tonnes.",
        ["Japan PURCHASES copper"],
      ],
      // ", mainly to X": the attachment after an adverb is still the clause's.
      ["Peru exports most of its copper concentrate, mainly to China.", ["China PURCHASES copper concentrate"]],
      [
        "Chile exported 2 million tonnes of copper last year, mostly to China and Japan.",
        ["China PURCHASES copper", "Japan PURCHASES copper"],
      ],
    ],
    [
      // No flow in the sentence before: the bare flow takes no good.
      ["Norway buys salmon feed. Exports to Japan rose.", "Japan PURCHASES seafood"],
      // A tariff's rate on exports to a state tells nothing bought.
      [
        "Rates on Norwegian salmon exports to the US have been cut from 25 per cent to 10 per cent.",
        "United States PURCHASES seafood",
      ],
    ],
  );
});
