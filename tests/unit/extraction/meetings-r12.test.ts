// Round-12 readings of meetings for unseen news, as general mechanisms (not one article's wording).
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("stages/05-meetings round 12", () => {
  describe('people coordinated before "meet … with" are one side', () => {
    const lisbon =
      "Brazilian Finance Minister Fernando Haddad and Brazilian Foreign Minister Helena Duarte will meet in Lisbon with a Portuguese team led by Economy Minister Joaquim Sarmento. Haddad said the talks would cover olive oil and wine.";
    const oslo =
      "Commerce Secretary Dana Whitfield and Trade Representative Omar Castillo will meet on Monday with a Norwegian delegation led by Finance Minister Jens Stoltenberg in Oslo.";
    const found: [text: string, facts: string[]][] = [
      [lisbon, ["Fernando Haddad MET_WITH Joaquim Sarmento", "Helena Duarte MET_WITH Joaquim Sarmento"]],
      [oslo, ["Dana Whitfield MET_WITH Jens Stoltenberg", "Omar Castillo MET_WITH Jens Stoltenberg"]],
      // No "with": the two coordinated leaders of two states are the pair.
      [
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan will meet in Arusha on Friday.",
        ["William Ruto MET_WITH Samia Suluhu Hassan"],
      ],
    ];
    const refused: [text: string, fact: string][] = [
      [lisbon, "Fernando Haddad MET_WITH Helena Duarte"],
      [oslo, "Dana Whitfield MET_WITH Omar Castillo"],
    ];
    itGivesFacts(found, refused);
  });

  describe("the lead's own place of a meeting beats the dateline", () => {
    const addis =
      "NAIROBI, March 3 — Ethiopian trade negotiators met with Kenyan Trade Minister Lee Kinyanjui in Addis Ababa, the ministry in Nairobi said on Tuesday. Ethiopian Trade Minister Kassahun Gofe met with Kinyanjui on Monday to discuss coffee and tea tariffs.";
    const found: [text: string, facts: string[]][] = [
      [addis, ["Gofe-Kinyanjui meeting HELD_IN Addis Ababa"]],
      // No place in the lead: the dateline's city still ("May 6" is a date, not a modal).
      [
        "ACCRA, May 6 — Ghanaian President John Mahama met Ivorian President Alassane Ouattara on Monday to discuss cocoa prices.",
        ["Mahama-Ouattara meeting HELD_IN Accra"],
      ],
    ];
    const refused: [text: string, fact: string][] = [[addis, "Gofe-Kinyanjui meeting HELD_IN Nairobi"]];
    itGivesFacts(found, refused);
  });

  describe("a head of state's title written in lower case after a state", () => {
    const found: [text: string, facts: string[]][] = [
      [
        "Coffee prices rose. This week, Kenyan president William Ruto and Ghanaian president John Mahama signed a framework on cocoa and tea trade.",
        ["William Ruto MET_WITH John Mahama", "John Mahama PARTICIPATED_IN Ruto-Mahama meeting"],
      ],
      [
        "Wheat prices fell. On Friday, Canada's prime minister Mark Carney and Mexico's president Claudia Sheinbaum signed an agreement on steel.",
        ["Mark Carney MET_WITH Claudia Sheinbaum"],
      ],
    ];
    const refused: [text: string, fact: string][] = [
      // A firm's president is no head of state.
      [
        "Battery prices fell. This week, Toyota president Koji Sato and Honda president Toshihiro Mibe signed a framework on battery supplies.",
        "Koji Sato MET_WITH Toshihiro Mibe",
      ],
    ];
    itGivesFacts(found, refused);
  });

  describe("calls and joint statements", () => {
    const call =
      "Tea prices rose. After a phone call between Vietnam's Communist Party General Secretary Nguyen Van Binh and Kenyan President William Ruto on Monday, both sides announced a deal on tea and coffee.";
    const visit =
      "Indian Commerce Minister Piyush Goyal held talks with US Commerce Secretary Howard Lutnick in Washington on Tuesday. Prime Minister Narendra Modi and US President Donald Trump set a target of doubling trade in a joint statement during the Indian leader's visit to Washington in February.";
    const found: [text: string, facts: string[]][] = [
      // The second of "a call between X and Y" past a long title of the first's.
      [
        call,
        [
          "Nguyen Van Binh PARTICIPATED_IN Nguyen-Ruto phone call",
          "William Ruto PARTICIPATED_IN Nguyen-Ruto phone call",
        ],
      ],
      [visit, ["Piyush Goyal PARTICIPATED_IN Washington trade talks"]],
    ];
    const refused: [text: string, fact: string][] = [
      // A call is between people: "both sides" are not its parties.
      [call, "Kenya PARTICIPATED_IN Nguyen-Ruto phone call"],
      // A joint statement issued during another event is not the talks'.
      [visit, "Narendra Modi PARTICIPATED_IN Washington trade talks"],
    ];
    itGivesFacts(found, refused);
  });

  describe("a bloc's summit with a state, unplaced", () => {
    const found: [text: string, facts: string[]][] = [
      [
        "Steel prices rose. The export dialogue was upgraded after the July EU-Vietnam summit, officials said.",
        [
          "European Union PARTICIPATED_IN European Union-Vietnam summit",
          "Vietnam PARTICIPATED_IN European Union-Vietnam summit",
        ],
      ],
      [
        "Cocoa prices fell. Ghana raised the issue at the ASEAN-Chile summit, the ministry said.",
        ["Chile PARTICIPATED_IN ASEAN-Chile summit"],
      ],
    ];
    const refused: [text: string, fact: string][] = [
      // An organisation's own summit stays the organisation's: no second party.
      ["Oil prices fell. Leaders met at the APEC summit, officials said.", "Chile PARTICIPATED_IN APEC summit"],
    ];
    itGivesFacts(found, refused);
  });

  describe("unplaced talks held where the lead sends one of their people", () => {
    const dash =
      "Norwegian Prime Minister Jonas Gahr Store is making a dash to Ottawa, hoping to head off a 30% tariff on salmon. Store, joined by Trade Minister Cecilie Myrseth, is seeking last-minute talks with Canada's government to win a better offer.";
    const found: [text: string, facts: string[]][] = [
      [dash, ["Canada-Norway trade talks HELD_IN Ottawa"]],
      [
        "Chilean President Tomas Cifuentes flew to Brasilia on Monday to press for lower tariffs on copper. Cifuentes held talks with Brazilian Finance Minister Paulo Siqueira on Tuesday.",
        ["Cifuentes-Siqueira meeting HELD_IN Brasilia"],
      ],
    ];
    const refused: [text: string, fact: string][] = [
      // A journey still in doubt places nothing.
      [
        "Norwegian Prime Minister Jonas Gahr Store might make a dash to Ottawa to head off a 30% tariff on salmon. Store is seeking last-minute talks with Canada's government to win a better offer.",
        "Canada-Norway trade talks HELD_IN Ottawa",
      ],
    ];
    itGivesFacts(found, refused);
  });

  describe("a roundtable or symposium written as an event", () => {
    const lima =
      "Addressing the Andean Lithium Symposium in Lima, Peruvian Energy Minister Jorge Montero said output would rise.";
    itGivesFacts([
      [lima, ["Jorge Montero PARTICIPATED_IN Andean Lithium Symposium", "Andean Lithium Symposium HELD_IN Lima"]],
      [
        "Speaking at the Harbour Finance Roundtable in Manila on Monday, Philippine Trade Secretary Rosa Dizon said tariffs would fall.",
        ["Rosa Dizon PARTICIPATED_IN Harbour Finance Roundtable"],
      ],
    ]);
    // A body named after its head word, not written as an event, is no meeting.
    itTypesRows(
      "Meeting",
      [[lima, "Andean Lithium Symposium"]],
      [
        [
          "The Mining Industry Roundtable said on Monday that export curbs would hurt producers.",
          "Mining Industry Roundtable",
        ],
      ],
    );
  });
});
