// The companion cue (syntax/companions.ts) read directly, then through its two users: rules/people.ts
// gives a companion its principal's state (guestCue/companionState), rules/talks.ts gives it its
// principal's meeting (companionsRule). Sentences written for these tests (not copied from any
// article), with cues and non-cues in other wordings than the development corpus's.

import { describe, expect, it } from "vitest";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";
import { COMPANION_CUE_WORDS, companionCue, escortSubject } from "../../../src/extraction/syntax/companions.ts";
import "../../../src/extraction/rules/predicates.ts";
import { givesFact } from "../../_helpers/documents.ts";
import { itGivesFacts, itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

/** Every cue of the text's first sentence, as "kind:cue word>first word after it" (">" alone at the sentence's end). */
function cues(text: string): string[] {
  const { tokens, sentences } = tokenizeText(text);
  const s = sentences[0]!;
  const out: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const cue = companionCue(tokens, i, s.tokenEnd);
    if (cue) out.push(`${cue.kind}:${tokens[cue.cue]!.text}>${cue.from < s.tokenEnd ? tokens[cue.from]!.text : ""}`);
  }
  return out;
}

/** The text of the mentions escortSubject gives for the first escort cue of the first sentence. */
function escorted(text: string): string[] {
  const { tokens, sentence: s, reading: r } = readFirstSentence(text);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const cue = companionCue(tokens, i, s.tokenEnd);
    if (cue?.kind === "escort") return escortSubject(r, i).map((m) => m.text);
  }
  return [];
}

describe("syntax/companions", () => {
  describe("companionCue", () => {
    const rows: ReadingRow[] = [
      // Escorts: the people who went with the one named before.
      [
        "Chilean President Rosa Vidal was accompanied by Mining Minister Luis Reyes.",
        "escort:accompanied>Mining",
        null,
      ],
      ["Accompanied by two ministers, the premier landed in Jakarta.", "escort:Accompanied>two", null],
      ["The chancellor, joined by Finance Minister Eva Lind, opened the forum.", "escort:joined>Finance", null],
      ["Flanked by aides, the envoy read a statement in Nairobi.", "escort:Flanked>aides", null],
      ["The Kenyan president, along with his trade minister, toured the port.", "escort:along>his", null],
      // Visits: the visitors, after which the one named before is the host.
      ["Seoul welcomed the visit by Vietnamese Deputy Prime Minister Tran Hong Ha.", "visit:visit>Vietnamese", null],
      ["Canberra hailed the visit from Indonesian Trade Minister Budi Santoso.", "visit:visit>Indonesian", null],
      ["A delegation from the Philippine trade department arrived on Monday.", "visit:delegation>the", null],
      ["The trip by Polish officials to Kyiv was postponed.", "visit:trip>Polish", null],
      // Members: a party's noun whose verb follows within four tokens.
      ["The Brazilian delegation included Finance Minister Ana Costa.", "members:delegation>Finance", null],
      ["Japan's team, which comprised three vice ministers, arrived late.", "members:team>three", null],
      ["The EU delegation to New Delhi includes the trade director general.", "members:delegation>the", null],
      // A party's noun whose members' verb comes first wins over "from": the members are listed.
      [
        "The delegation from Ghana included Trade Minister Kofi Mensah.",
        "members:delegation>Trade",
        "visit:delegation>Ghana",
      ],
      // Not cues: the preposition is another one, or the verb is too far, or the word stands alone.
      ["Ghana joined the talks late on Friday.", null, "escort:joined>the"],
      ["The team met on Tuesday in Lima to review the deal and it included nothing new.", null, "members:team>met"],
      ["Exports rose, along the lines analysts expected.", null, "escort:along>the"],
      ["She was joined in Lima by two advisers.", null, "escort:joined>in"],
      ["The visit to Hanoi by the minister went ahead.", null, "visit:visit>to"],
    ];
    itReadsRows(rows, cues);

    it("finds no cue in a sentence without one of its words", () => {
      expect(cues("Nigerian Trade Minister Ada Obi met her Ghanaian counterpart in Accra.")).toEqual([]);
    });

    it("reads the preposition only inside the sentence: a cue word that ends a sentence is no cue", () => {
      const { tokens, sentences } = tokenizeText("The minister was accompanied. by the way, nothing else.");
      const s = sentences[0]!;
      const at = tokens.findIndex((t) => t.text === "accompanied");
      expect(companionCue(tokens, at, s.tokenEnd)).toBeUndefined();
    });

    it("lists every cue word in lower case, so a sentence index lookup finds every sentence with a cue", () => {
      for (const w of COMPANION_CUE_WORDS) expect(w).toBe(w.toLowerCase());
      for (const w of ["accompanied", "joined", "flanked", "along", "visit", "trip", "delegation", "team", "entourage"])
        expect(COMPANION_CUE_WORDS.has(w)).toBe(true);
    });
  });

  describe("escortSubject", () => {
    const rows: ReadingRow[] = [
      // A coordinated verb keeps its subject: the one who met is the one joined, not the one met.
      [
        "Kenyan President Samuel Otieno met Tanzanian President Grace Mwangi on Thursday and was joined by Trade Minister Peter Kamau.",
        "Samuel Otieno",
        "Grace Mwangi",
      ],
      [
        "Canadian Finance Minister Anne Roy is due to meet with Mexican Economy Minister Luis Vega on Friday, and is to be joined by Industry Minister Paul Girard.",
        "Anne Roy",
        "Luis Vega",
      ],
      // A relative clause's subject is the phrase it hangs on.
      [
        "Otieno met Tanzanian President Grace Mwangi, who was accompanied by Foreign Minister Mahmoud Kombo.",
        "Grace Mwangi",
        "Otieno",
      ],
    ];
    itReadsRows(rows, escorted);

    it("gives nobody for an aside with no subject of its own", () => {
      expect(escorted("Otieno, accompanied by Trade Minister Peter Kamau, met Mwangi in Arusha.")).toEqual([]);
    });

    it("gives nobody for a bare participle after a comma (no auxiliary of its own)", () => {
      expect(
        escorted(
          "Otieno was welcomed at the airport in Dodoma, accompanied by Tanzanian Trade Minister Selemani Jafo.",
        ),
      ).toEqual([]);
    });
  });
});

describe("rules/people and rules/talks (companions read by companionCue)", () => {
  describe("companionState (a companion's state is its principal's)", () => {
    itGivesFacts(
      [
        [
          "Chilean President Rosa Vidal arrived in Lima for talks with Peru. Vidal was accompanied by Mining Minister Luis Reyes and Foreign Minister Marta Soto. Peru and Chile agreed on a copper pact, Peru said.",
          ["Luis Reyes HOLDS_POSITION Chile", "Marta Soto HOLDS_POSITION Chile"],
        ],
        [
          "Chilean President Rosa Vidal arrived in Lima for talks with Peru. Vidal, flanked by Mining Minister Luis Reyes, signed a copper pact. Peru and Chile agreed on more, Peru said.",
          ["Luis Reyes HOLDS_POSITION Chile"],
        ],
      ],
      [
        // A visitor from a state the text does not give is not the host's official.
        [
          "South African President Thabo Nkosi welcomed the visit from Trade Minister Kwame Asante to Pretoria on Monday.",
          "Kwame Asante HOLDS_POSITION South Africa",
        ],
      ],
    );
  });

  describe("companionsRule (a companion took part in the principal's meeting)", () => {
    itGivesFacts(
      [
        [
          "Kenyan President Samuel Otieno met Tanzanian President Grace Mwangi in Arusha on Thursday. Otieno was joined by Trade Minister Peter Kamau and Energy Minister Joy Wanjiru.",
          ["Peter Kamau PARTICIPATED_IN Otieno-Mwangi meeting"],
        ],
        [
          "Kenyan President Samuel Otieno met Tanzanian President Grace Mwangi in Arusha on Thursday. Otieno, along with Trade Minister Peter Kamau, toured the port afterwards.",
          ["Peter Kamau PARTICIPATED_IN Otieno-Mwangi meeting"],
        ],
      ],
      [],
    );
    itGivesFacts(
      [
        // The one joined is the clause's subject, however far back it stands.
        [
          "Canadian Finance Minister Anne Roy is due to meet with Mexican Economy Minister Luis Vega in Monterrey on Friday, and is to be joined by Industry Minister Paul Girard and Trade Minister Mary Ng.",
          ["Paul Girard PARTICIPATED_IN Roy-Vega meeting", "Mary Ng PARTICIPATED_IN Roy-Vega meeting"],
        ],
      ],
      [],
    );
    it("does not make a visitor named after 'the visit by' a companion of the host", () => {
      const text =
        "Kenyan President Samuel Otieno met Tanzanian President Grace Mwangi in Arusha on Thursday. Otieno praised the visit by Trade Minister Peter Kamau.";
      expect(givesFact(text, "Peter Kamau PARTICIPATED_IN Otieno-Mwangi meeting")).toBe(false);
    });
  });
});
