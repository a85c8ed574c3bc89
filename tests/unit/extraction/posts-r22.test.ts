// Round 22 (posts): officials listed one a line or named as "X, <post>, <state>": the line that
// goes on after a comma or semicolon is no headline, the state that closes the person's line is
// the post's (not the story's main state), a portfolio's capitalised words joined by "and" stay in
// the post, a dash before a ministry links the post to it, and that ministry is the line's state's.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

const HEAD = "Brazil and Finland sign trade pact\nSource: Test\n\n";

describe("posts r22: the state that closes a person's line", () => {
  itGivesFacts(
    [
      // Bulleted officials, each line closed by its own state.
      [
        `${HEAD}Brazil signed the accord with Finland on Monday. It was signed by:\n- Helga Maria Lund, Minister of Trade and Industry, Finland;\n- Oskar Petter Vik, Minister of Finance and Economic Affairs, Norway;\n- Walter Imhof, Vice President, Federal Councillor, Switzerland.\nBrazil welcomed the accord.`,
        [
          "Helga Maria Lund HOLDS_POSITION Finland",
          "Oskar Petter Vik HOLDS_POSITION Norway",
          "Walter Imhof HOLDS_POSITION Switzerland",
        ],
      ],
      // In prose: the state after the post, before "said".
      [
        `${HEAD}Brazil and Finland met in Brasilia. Oskar Petter Vik, Minister of Finance and Economic Affairs, Norway, said the talks went well.`,
        ["Oskar Petter Vik HOLDS_POSITION Norway"],
      ],
      // "PM X and President Y": a title after "and" still opens a name.
      [
        `${HEAD}Brazil and Finland talk. Talks go on amid a dialogue between PM Orpo and President Lula.`,
        ["Lula HOLDS_POSITION Brazil"],
      ],
      // A dash before a ministry: the post is the ministry's, the ministry the line's state's.
      [
        `${HEAD}Brazil signed the accord with Finland. It was signed by:\n- Helga Maria Lund, Minister of Trade, Finland;\n- Anja Roth, Deputy Prime Minister - Ministry of Foreign Affairs, Environment and Culture, Austria, and\n- Walter Imhof, Vice President, Switzerland.`,
        [
          "Anja Roth HOLDS_POSITION Ministry of Foreign Affairs, Environment and Culture",
          "Ministry of Foreign Affairs, Environment and Culture PART_OF Austria",
        ],
      ],
    ],
    [
      // The main state is not the listed official's.
      [
        `${HEAD}Brazil signed the accord with Finland on Monday. It was signed by:\n- Walter Imhof, Vice President, Federal Councillor, Switzerland.\nBrazil welcomed the accord.`,
        "Walter Imhof HOLDS_POSITION Brazil",
      ],
      // A state that goes on into another clause does not close the line.
      [
        `${HEAD}Brazil and Finland met in Brasilia. Oskar Petter Vik, Minister of Finance, Norway and Sweden signed the pact.`,
        "Oskar Petter Vik HOLDS_POSITION Norway",
      ],
      // A portfolio's last word is no person's name.
      [
        `${HEAD}Brazil signed the accord. Oskar Petter Vik, Minister of Finance and Economic Affairs, Norway, said it was good.`,
        "Affairs PART_OF Norway",
      ],
    ],
  );
});

const TALKS = "Trade ministers meet in Lisbon\nSource: Test\n\n";

describe("posts r22: counterparts named with their states", () => {
  itGivesFacts(
    [
      // A list of counterparts, each with the state after the name: post, side, dealings.
      [
        `${TALKS}Portuguese Trade Minister Rui Tavares received his counterparts Lena Holm from Sweden and Omar Haddad from Morocco in Lisbon on Sunday.`,
        [
          "Lena Holm HOLDS_POSITION Sweden",
          "Omar Haddad HOLDS_POSITION Morocco",
          "Lena Holm REPRESENTS Sweden",
          "Omar Haddad REPRESENTS Morocco",
          "Rui Tavares NEGOTIATED_WITH Lena Holm",
          "Rui Tavares MET_WITH Omar Haddad",
          "Lena Holm MET_WITH Omar Haddad",
          "Sweden NEGOTIATED_WITH Morocco",
        ],
      ],
      // "of" gives the state as "from" does.
      [
        `${TALKS}Portuguese Trade Minister Rui Tavares met his counterpart Lena Holm of Sweden in Lisbon.`,
        ["Lena Holm HOLDS_POSITION Sweden", "Rui Tavares MET_WITH Lena Holm"],
      ],
    ],
    [
      // A demonym alone gives the side, not the post.
      [
        `${TALKS}Portuguese Trade Minister Rui Tavares met his Swedish counterpart Lena Holm in Lisbon.`,
        "Lena Holm HOLDS_POSITION Sweden",
      ],
      // A head of state's counterparts are left to the rules of leaders.
      [
        `${TALKS}Portuguese President Rui Tavares received his counterparts Lena Holm from Sweden and Omar Haddad from Morocco in Lisbon.`,
        "Lena Holm HOLDS_POSITION Sweden",
      ],
      // No possessive: no counterparts of a principal.
      [
        `${TALKS}Portuguese Trade Minister Rui Tavares said counterparts Lena Holm from Sweden and Omar Haddad from Morocco agreed.`,
        "Lena Holm HOLDS_POSITION Sweden",
      ],
    ],
  );
});

describe("posts r22: a name after a long portfolio", () => {
  itTypesRows(
    "Person",
    [
      [
        "Commissioner for Trade and Economic Security Zbyhnev Vrabec met the minister in Rome. Vrabec said the talks went well.",
        "Zbyhnev Vrabec",
      ],
      // Two words no dictionary holds, written once.
      ["Commissioner for Trade and Economic Security Zbyhnev Vrabec met the minister in Rome.", "Zbyhnev Vrabec"],
    ],
    [
      // Words a dictionary holds: no name is guessed from an unknown first word.
      ["Commissioner for Trade and Economic Security Dark Horse met the minister in Rome.", "Dark Horse"],
      // A portfolio's last word before a comma is no one's name.
      ["Goyal met Hans Adler, Federal Minister for Foreign Affairs, Germany, in Berlin.", "Affairs"],
    ],
  );
});

describe("posts r22: two posts in one apposition, a firm's partner", () => {
  itGivesFacts(
    [
      [
        "Steel imports rose again. Karl Brandt, president of steel association Ferrolux and vice president of Norvik Steel, told reporters prices fell.",
        ["Karl Brandt HOLDS_POSITION Ferrolux", "Karl Brandt HOLDS_POSITION Norvik Steel"],
      ],
      // A partner of a firm holds a post in it.
      [
        "Tariffs may rise. Dana Whitcombe, a partner at Halvorsen Capital, said firms would wait.",
        ["Dana Whitcombe HOLDS_POSITION Halvorsen Capital"],
      ],
    ],
    [
      // A body after "and" with no post before it is no second post.
      [
        "Steel imports rose again. Karl Brandt, president of steel association Ferrolux and a critic of Norvik Steel, told reporters prices fell.",
        "Karl Brandt HOLDS_POSITION Norvik Steel",
      ],
    ],
  );
});

describe("posts r22: the state after the name, past a comma or after 'from'", () => {
  itGivesFacts(
    [
      [
        "Brazil and Portugal talk trade. The deal was approved by President Duarte, of Portugal, and Brazil welcomed it.",
        ["Duarte HOLDS_POSITION Portugal"],
      ],
      [
        "Brazil and Japan talk trade. Trade Minister Haruto Sakamoto from Japan arrived in Brasilia on Monday.",
        ["Haruto Sakamoto HOLDS_POSITION Japan"],
      ],
    ],
    [
      [
        "Brazil pushes trade. Brazil wants more exports. Trade Minister Haruto Sakamoto returned from Japan on Monday.",
        "Haruto Sakamoto HOLDS_POSITION Japan",
      ],
    ],
  );
});

describe("posts r22: a field's acronym inside a role before the name", () => {
  itGivesFacts(
    [
      [
        "Chip exports are in question. White House AI chief Dana Whitcombe said the firm would wait.",
        ["Dana Whitcombe HOLDS_POSITION White House"],
      ],
    ],
    [
      // A verb between the body and the name: no role phrase.
      [
        "Chip exports are in question. Acme Holdings said AI chips sold well, Dana Whitcombe noted.",
        "Dana Whitcombe HOLDS_POSITION Acme Holdings",
      ],
    ],
  );
});
