// Round-8 refusals and phrasings of talks for unseen news: a leaders' meeting named beside the
// talks' framework discussed it only when a clause completes the framework (it is the patient of
// "finalise", "sign", "seal" …), not whenever one sentence names both; a bare event noun ("the
// talks", "the meeting") anchors no topic named near it, while the talks' agreement and a list the
// talks introduce ("the discussions covered:") still do. Sentences written for these
// tests (not copied from any article), with positives and refusals, in other countries' and
// outlets' styles than the development corpus's.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/talks", () => {
  describe("agreementRule (the leaders' meeting that completes the framework)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Indian and Australian negotiators held trade talks in Perth on Monday. The framework is to be signed when Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese meet Thursday in New Delhi.",
        ["Modi-Albanese meeting DISCUSSED Perth framework", "Perth trade talks DISCUSSED Perth framework"],
      ],
      [
        "Canadian and Mexican officials held trade talks in Ottawa this week. The framework is set to be finalised when Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum meet on Friday in Mexico City.",
        ["Carney-Sheinbaum meeting DISCUSSED Ottawa framework"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // Praise is no completion: the leaders' meeting is only named beside the framework.
      [
        "Korean and Japanese officials held trade talks in Seoul on Friday. The framework was praised when South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met on Saturday in Tokyo.",
        "Lee-Ishiba meeting DISCUSSED Seoul framework",
      ],
      // A framework that "came up" and was not signed.
      [
        "Chilean and Peruvian negotiators held trade talks in Lima on Monday. The framework came up when Chilean President Gabriel Boric and Peruvian President Dina Boluarte met on Tuesday in Cusco, but it was not signed.",
        "Boric-Boluarte meeting DISCUSSED Lima framework",
      ],
    ];
    itGivesFacts([], refusals);
  });

  describe("discussedRule (what anchors a topic)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "The Peruvian and Bolivian trade ministers met in La Paz on Monday. The framework they agreed lowers tariffs on quinoa and lithium, officials said.",
        ["La Paz trade talks DISCUSSED lithium"],
      ],
      [
        "Vietnamese and Thai trade officials held talks in Hanoi on Tuesday. According to both governments, the discussions covered:\n- Rice export quotas\n- Tariffs on steel\n- Rules for lithium processing",
        ["Hanoi trade talks DISCUSSED steel", "Hanoi trade talks DISCUSSED lithium"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // A bare "the talks" and a mineral in a clause about something else.
      [
        "Peruvian and Bolivian negotiators held trade talks in La Paz on Monday. The talks ended early as Bolivian lithium shipments resumed at the border.",
        "La Paz trade talks DISCUSSED lithium",
      ],
      [
        "Polish and Czech officials held talks in Prague on Wednesday. Officials called the meeting a success, and Czech steel output rose in May.",
        "Prague trade talks DISCUSSED steel",
      ],
    ];
    itGivesFacts([], refusals);
  });

  describe("topicsRule (the meeting where all the settling parties were)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. Ruto and Museveni agreed to cut tariffs on sugar and steel.",
        ["Ruto-Museveni meeting DISCUSSED sugar", "Ruto-Museveni meeting DISCUSSED steel"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // Modi was not at the Ottawa meeting: what he and Ishiba agreed is not its topic.
      [
        "Japanese Prime Minister Shigeru Ishiba met Canadian Prime Minister Mark Carney in Ottawa on Monday. Ishiba and Indian Prime Minister Narendra Modi agreed to cut tariffs on steel, a Tokyo spokesman said.",
        "Ishiba-Carney meeting DISCUSSED steel",
      ],
      [
        "South African President Cyril Ramaphosa met Nigerian President Bola Tinubu in Pretoria on Friday. Ramaphosa and Ghanaian President John Mahama agreed to ease tariffs on cocoa and steel.",
        "Ramaphosa-Tinubu meeting DISCUSSED cocoa",
      ],
    ];
    itGivesFacts([], refusals);
  });

  describe("agreementReferenceRule (a sideline meeting, not its host event)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Mexico and Ecuador want to finish the Mexico-Ecuador free trade agreement this year. Mexican Economy Minister Marcelo Ebrard said they signed the deal in Geneva, where he met Ecuadorian Trade Minister Luis Jaramillo on the sidelines of a meeting of the World Trade Organization.",
        ["Ebrard-Jaramillo meeting DISCUSSED Mexico-Ecuador free trade agreement"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      [
        "Mexico and Ecuador want to finish the Mexico-Ecuador free trade agreement this year. Mexican Economy Minister Marcelo Ebrard said they signed the deal in Geneva, where he met Ecuadorian Trade Minister Luis Jaramillo on the sidelines of a meeting of the World Trade Organization.",
        "World Trade Organization meeting DISCUSSED Mexico-Ecuador free trade agreement",
      ],
      // Round 12's refusal of an agreement only named near a sideline meeting ("very close to the
      // agreement") is the reference rule's alone since round 24 (talks-r3.test.ts): the meeting of
      // the agreement's two parties discusses it (meeting-parties-agreement, discussed-r24.test.ts).
    ];
    itGivesFacts([], refusals);
  });

  describe("agreementRule (a deal still sought is not reached)", () => {
    itGivesFacts([
      [
        "Brazilian and Mexican officials held trade talks in Brasilia on Monday. The two sides reached a preliminary trade deal on cars, officials said.",
        ["Brasilia trade talks DISCUSSED Brasilia framework"],
      ],
    ]);
    itGivesFacts(
      [],
      [
        [
          "Brazilian and Mexican officials held trade talks in Brasilia on Monday. The two sides agreed to keep talking ahead of a September deadline for a trade deal.",
          "Brasilia trade talks DISCUSSED Brasilia framework",
        ],
        [
          "Brazilian and Mexican officials held trade talks in Brasilia on Monday. Both governments are pushing towards a trade agreement on cars.",
          "Brasilia trade talks DISCUSSED Brasilia framework",
        ],
      ],
    );
  });
});
