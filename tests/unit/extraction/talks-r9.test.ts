// Round-9 phrasings of talks for unseen news: "X is in P for talks with A and B" pairs the person
// the clause is about with each person of the "with" list (not only a single one); people of the
// subject's own side in that list are not across the table. Sentences written for these tests (not
// copied from any article), with positives and refusals, in other countries' and outlets' styles
// than the development corpus's.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/delegations", () => {
  describe("betweenPairs (talks with a list of people)", () => {
    itGivesFacts(
      [
        [
          "Kenyan Trade Minister Lee Kinyanjui will be in Kampala on Tuesday for talks with Ugandan Trade Minister Francis Mwebesa and Finance Minister Matia Kasaija.",
          [
            "Lee Kinyanjui MET_WITH Francis Mwebesa",
            "Lee Kinyanjui MET_WITH Matia Kasaija",
            "Lee Kinyanjui NEGOTIATED_WITH Matia Kasaija",
          ],
        ],
        [
          "Chilean Finance Minister Mario Marcel flew to Beijing on Sunday for talks with Chinese Commerce Minister Wang Wentao, Vice Premier He Lifeng and central bank governor Pan Gongsheng.",
          ["Mario Marcel NEGOTIATED_WITH Wang Wentao", "Mario Marcel NEGOTIATED_WITH He Lifeng"],
        ],
        [
          "French Foreign Minister Jean-Noel Barrot arrived in Kyiv for a meeting with Ukrainian Foreign Minister Andrii Sybiha and Prime Minister Yulia Svyrydenko.",
          ["Jean-Noel Barrot MET_WITH Andrii Sybiha", "Jean-Noel Barrot MET_WITH Yulia Svyrydenko"],
        ],
      ],
      [
        // One of the listed people is of the subject's own side: no talks across the table with them.
        [
          "Kenyan Trade Minister Lee Kinyanjui will be in Kampala on Tuesday for talks with Ugandan Trade Minister Francis Mwebesa and Kenyan envoy Ann Wairimu.",
          "Lee Kinyanjui NEGOTIATED_WITH Ann Wairimu",
        ],
        // A meeting with no negotiation word: met, not negotiated.
        [
          "French Foreign Minister Jean-Noel Barrot arrived in Kyiv for a meeting with Ukrainian Foreign Minister Andrii Sybiha and Prime Minister Yulia Svyrydenko.",
          "Jean-Noel Barrot NEGOTIATED_WITH Yulia Svyrydenko",
        ],
      ],
    );
  });

  describe("clausePairs (a measure of talks: a round, days, a series)", () => {
    itGivesFacts(
      [
        [
          "Indian Commerce Minister Piyush Goyal and EU Trade Commissioner Maros Sefcovic began a fresh round of talks in Brussels on Monday.",
          ["Piyush Goyal NEGOTIATED_WITH Maros Sefcovic", "India NEGOTIATED_WITH European Union"],
        ],
        [
          "Kenyan Trade Minister Lee Kinyanjui held two days of negotiations with Ugandan Trade Minister Francis Mwebesa in Kampala.",
          ["Lee Kinyanjui NEGOTIATED_WITH Francis Mwebesa", "Kenya NEGOTIATED_WITH Uganda"],
        ],
        [
          "Vietnamese Trade Minister Nguyen Hong Dien held a series of meetings with Thai Commerce Minister Suchart Chomklin in Bangkok.",
          ["Nguyen Hong Dien MET_WITH Suchart Chomklin"],
        ],
      ],
      [
        // A round of something else is no talks.
        [
          "Indian Commerce Minister Piyush Goyal and EU Trade Commissioner Maros Sefcovic began a fresh round of tariff cuts on Monday.",
          "Piyush Goyal NEGOTIATED_WITH Maros Sefcovic",
        ],
        [
          "Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa began two days of site visits in Mombasa.",
          "Lee Kinyanjui MET_WITH Francis Mwebesa",
        ],
      ],
    );
  });

  describe("betweenPairs (deals, agreements and pacts between two states)", () => {
    itGivesFacts(
      [
        [
          "Chile and Peru are neighbours. Several trade agreements signed between Chile and Peru since 2006 cover copper.",
          ["Chile NEGOTIATED_WITH Peru"],
        ],
        // A participle with no subject hangs on the deals before it; capitals stand for their states.
        [
          "Vietnam and Japan expanded ties. New pacts concluded between Hanoi and Tokyo on Monday cover rare earths.",
          ["Vietnam NEGOTIATED_WITH Japan"],
        ],
      ],
      [
        // Firms of two countries are not the countries.
        [
          "Chile and Peru are neighbours. Agreements between Chilean and Peruvian firms cover copper.",
          "Chile NEGOTIATED_WITH Peru",
        ],
        // Deals reported by one side's media, not made between the two.
        [
          "Chile and Peru are neighbours. The deals reported by Chilean media cover copper from Peru.",
          "Chile NEGOTIATED_WITH Peru",
        ],
      ],
    );
  });

  describe("clausePairs (a leaders' meeting anchored on the verb keeps the verb's clause)", () => {
    itGivesFacts(
      [
        [
          "Kenyan President William Ruto landed in Dar es Salaam on Monday. He was greeted by Tanzanian President Samia Suluhu Hassan at the airport. Ruto and Samia Suluhu Hassan signed a trade agreement and an energy pact, as the Kenyan leader looked to boost exports.",
          ["William Ruto NEGOTIATED_WITH Samia Suluhu Hassan", "Kenya NEGOTIATED_WITH Tanzania"],
        ],
        [
          "Chilean President Gabriel Boric arrived in Lima on Tuesday. He was received by Peruvian President Dina Boluarte at the palace. Boric and Boluarte signed a copper accord on Wednesday.",
          ["Chile NEGOTIATED_WITH Peru"],
        ],
      ],
      [
        // Signing something that is no deal, with one's own minister: nothing negotiated.
        [
          "Chilean President Gabriel Boric arrived in Lima on Tuesday. He was received by Peruvian President Dina Boluarte at the palace. Boric and his foreign minister signed the guest book.",
          "Chile NEGOTIATED_WITH Peru",
        ],
      ],
    );
  });

  describe("counterpartOf (a state's leader named by description)", () => {
    itGivesFacts(
      [
        [
          "US President Donald Trump spoke on Friday. Chinese President Xi Jinping did not comment. Trump later confirmed his upcoming meeting with the Chinese leader in a post.",
          ["Donald Trump MET_WITH Xi Jinping"],
        ],
        [
          "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan are neighbours. Ruto held talks with the Tanzanian president in Arusha on Monday.",
          ["William Ruto NEGOTIATED_WITH Samia Suluhu Hassan", "Kenya NEGOTIATED_WITH Tanzania"],
        ],
        // "talks between the Kenyan president and Ms X": the description is one of the pair.
        [
          "Kenyan President William Ruto spoke to reporters on Monday. Tanzanian President Samia Suluhu Hassan also spoke. The accord was announced after private talks between the Kenyan president and Ms Hassan in Arusha.",
          ["William Ruto NEGOTIATED_WITH Samia Suluhu Hassan", "William Ruto MET_WITH Samia Suluhu Hassan"],
        ],
      ],
      [
        // Two Chinese leaders named: "the Chinese leader" is neither for sure.
        [
          "US President Donald Trump spoke on Friday. Chinese President Xi Jinping and Chinese Premier Li Qiang did not comment. Trump later confirmed his upcoming meeting with the Chinese leader in a post.",
          "Donald Trump MET_WITH Li Qiang",
        ],
        // "The Tanzanian president" is no trade minister.
        [
          "Kenyan President William Ruto and Tanzanian Trade Minister Selemani Jafo spoke on Monday. Ruto held talks with the Tanzanian president in Arusha on Tuesday.",
          "William Ruto NEGOTIATED_WITH Selemani Jafo",
        ],
      ],
    );
  });

  describe("clausePairs (a passive of meeting: 'X was received by Y')", () => {
    itGivesFacts(
      [
        [
          "Chilean President Gabriel Boric landed in Lima on Tuesday. He was greeted by Peruvian President Dina Boluarte on the tarmac.",
          ["Gabriel Boric MET_WITH Dina Boluarte"],
        ],
        [
          "Indonesian President Prabowo Subianto was received by Japanese Prime Minister Shigeru Ishiba at the Kantei on Friday.",
          ["Prabowo Subianto MET_WITH Shigeru Ishiba"],
        ],
      ],
      [
        // A proposal welcomed by a minister is no meeting with anyone.
        [
          "Chilean President Gabriel Boric spoke in Lima on Tuesday. The proposal was welcomed by Peruvian President Dina Boluarte.",
          "Gabriel Boric MET_WITH Dina Boluarte",
        ],
        // "spoke" needs "with": "was spoken to by" is no meeting of the two.
        [
          "Chilean President Gabriel Boric landed in Lima on Tuesday. He was spoken of by Peruvian President Dina Boluarte as a partner.",
          "Gabriel Boric MET_WITH Dina Boluarte",
        ],
      ],
    );
  });
});

describe("rules/talks", () => {
  describe("topicsAfter and discussedRule (a ', as' clause is its own stretch)", () => {
    itGivesFacts(
      [
        // "as well as" goes on with the list of what was signed.
        [
          "Kenyan President William Ruto landed in Dar es Salaam on Monday. He was greeted by Tanzanian President Samia Suluhu Hassan at the airport. Ruto and Samia Suluhu Hassan signed a trade agreement on coffee, as well as a pact on natural gas.",
          ["Ruto-Hassan meeting DISCUSSED coffee", "Ruto-Hassan meeting DISCUSSED natural gas"],
        ],
      ],
      [
        // What the clause after ", as" is about is not what was signed.
        [
          "Kenyan President William Ruto landed in Dar es Salaam on Monday. He was greeted by Tanzanian President Samia Suluhu Hassan at the airport. Ruto and Samia Suluhu Hassan signed a trade agreement, as the Kenyan leader looked to respond to Uganda's curbs on sugar.",
          "Ruto-Hassan meeting DISCUSSED sugar",
        ],
        [
          "Chilean President Gabriel Boric arrived in Lima on Tuesday. He was received by Peruvian President Dina Boluarte at the palace. Boric and Boluarte signed a border accord, as Chile sought to reassure investors worried about copper royalties.",
          "Boric-Boluarte meeting DISCUSSED copper",
        ],
      ],
    );
  });
});
