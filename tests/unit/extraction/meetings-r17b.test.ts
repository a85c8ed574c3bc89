// Meetings, round 17b of issue 13: a definite event noun ("after the meeting", "the talks")
// refers back to an event the text has already named, never to one it names only later; "The
// summit" of the lead is not the meeting of a pair the headline names when the headline names the
// summit by a name of its own ("ahead of G9 summit"), and goes by that name. Every sentence here
// is written for these tests.

import { describe, expect, it } from "vitest";
import { factTable, meetingWith, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("stages/05-meetings, round 17b", () => {
  describe("'the meeting' refers back, not forward", () => {
    factTable(
      lines,
      [
        [
          "Kenyan President Amos Kiptoo met Brazilian Finance Minister Lia Prado in Nairobi on Friday. Trade Minister Paul Otieno told reporters after the meeting that a grain deal was close.",
          "Paul Otieno PARTICIPATED_IN Kiptoo-Prado meeting",
        ],
        [
          "Kenyan President Amos Kiptoo met Brazilian Finance Minister Lia Prado in Nairobi on Friday. Trade Minister Paul Otieno told reporters after the meeting that a grain deal was close.",
          "Kiptoo-Prado meeting HELD_IN Nairobi",
        ],
      ],
      [
        [
          "Kenyan trade negotiator Paul Otieno briefed Kenyan President Amos Kiptoo on the grain talks in Nairobi on Thursday. Otieno told reporters after the meeting that he had received new instructions. Officials said the president is expected to meet Brazilian Finance Minister Lia Prado on Friday.",
          "Paul Otieno PARTICIPATED_IN Kiptoo-Prado meeting",
        ],
        [
          "Finance Minister Paul Otieno spoke to reporters after the meeting on Tuesday. Kenyan President Amos Kiptoo will meet Brazilian President Lia Prado in Nairobi next month.",
          "Paul Otieno PARTICIPATED_IN Kiptoo-Prado meeting",
        ],
      ],
    );
  });

  describe("a summit the headline names is not the meeting of the pair it names", () => {
    const envoys =
      "Envoys Ward and Lane tour the Andes ahead of G9 summit in Lima\n\nA quick visit by U.S. Special Envoy Tom Ward and Deputy Secretary of State John Lane to Peru and Chile was needed to set the summit's agenda.\nThe summit, set for May 6 in Lima, was confirmed in letters between Peruvian President Ana Ruiz and U.S. President Donald Trump.";
    const leaders =
      "Ruiz and Trump agree on copper\n\nThe meeting, held in Lima on Monday, lasted two hours. Peruvian President Ana Ruiz and U.S. President Donald Trump agreed to cut copper duties.";
    it("files no meeting of the two envoys", () => {
      const read = readText(envoys, { date: "2025-04-12" });
      expect(read.lines).not.toContain("Tom Ward PARTICIPATED_IN Ward-Lane meeting");
      // Round 21b: their visit together ("Ward and Lane visit to Peru") is no meeting of the two.
      const met = { ...read, meetings: read.meetings.filter((m) => !/ visit to /.test(m.name)) };
      expect(meetingWith(met, ["Ward", "Lane"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
    it("names the summit as the headline does", () => {
      const read = readText(envoys, { date: "2025-04-12" });
      expect(meetingWith(read, ["G9", "summit"]), JSON.stringify(read.meetings)).toBeDefined();
    });
    it("still reads the leaders' meeting of a headline that names no event", () => {
      const read = readText(leaders, { date: "2025-04-12" });
      expect(meetingWith(read, ["Ruiz", "Trump"]), JSON.stringify(read.meetings)).toBeDefined();
    });
  });

  describe("a visit's visitor is not of the country visited, nor a person found past an unread name", () => {
    factTable(
      lines,
      [
        [
          "Peruvian President Ana Ruiz visited Chile on Monday for copper talks.",
          "Ana Ruiz PARTICIPATED_IN Ruiz visit to Chile",
        ],
      ],
      [
        [
          "Peruvian President Ana Ruiz raised the pledge she made when Obi visited Peru in May.",
          "Ana Ruiz PARTICIPATED_IN Ruiz visit to Peru",
        ],
        [
          "Peruvian President Ana Ruiz made a three-day visit to Peru's northern mines.",
          "Ana Ruiz PARTICIPATED_IN Ruiz visit to Peru",
        ],
      ],
    );
  });

  describe("talks spanning years are a process, no meeting", () => {
    const meetings = (text: string) => readText(text, { date: "2025-09-24" }).meetings.map((m) => m.name);
    it("files none for a decade of talks", () => {
      expect(
        meetings(
          "Peru and the European Union concluded negotiations on a trade pact Tuesday after almost ten years of talks, a minister said.",
        ),
      ).toEqual([]);
    });
    it("files none for talks going on since a year", () => {
      expect(
        meetings(
          "Peru has been in talks with the EU since 2015, but negotiations for a trade pact made little progress.",
        ),
      ).toEqual([]);
    });
    // Round 25b: the studied gold files no meeting for two states' concluded negotiations held
    // nowhere and with no one at them (rules/sides-only-talks.ts).
    it("files no meeting for a concluded round of two states alone", () => {
      expect(
        meetings("Peru and the European Union concluded negotiations on a trade pact Tuesday, a minister said."),
      ).toEqual([]);
    });
  });

  describe("the signing ceremony of a pair's meeting is that meeting", () => {
    const text =
      'Peruvian President Ana Ruiz and Chilean President Luis Vega signed on Monday a pact to secure copper supplies. "Next is the copper pact," an aide said during the signing ceremony in Lima.';
    it("files one meeting, held in Lima", () => {
      const read = readText(text, { date: "2025-06-12" });
      expect(read.meetings.length, JSON.stringify(read.meetings)).toBe(1);
      expect(read.lines).toContain("Ruiz-Vega meeting HELD_IN Lima");
    });
    it("keeps a ceremony of others apart", () => {
      const read = readText(
        "Peruvian President Ana Ruiz and Chilean President Luis Vega signed on Monday a pact to secure copper supplies. On Tuesday, Kenyan Trade Minister Paul Otieno and Brazilian Trade Minister Lia Prado signed a grain deal at a signing ceremony in Nairobi.",
        { date: "2025-06-12" },
      );
      expect(read.lines).not.toContain("Ruiz-Vega meeting HELD_IN Nairobi");
    });
  });

  describe("a passive signing by the leaders of two states is the states' signing", () => {
    factTable(
      lines,
      [
        [
          "Three accords were signed in Geneva on Monday by the presidents of Peru and Chile in a formal ceremony.",
          "Peru PARTICIPATED_IN Peru-Chile signing",
        ],
        [
          "The border pact was signed in Quito on Friday by the foreign ministers of Ecuador and Colombia.",
          "Ecuador-Colombia signing HELD_IN Quito",
        ],
      ],
      [
        [
          "Three accords were signed in Geneva by the presidents of Peru and Chile years ago.",
          "Peru PARTICIPATED_IN Peru-Chile signing",
        ],
        [
          "Three accords will be signed in Geneva on Monday by the presidents of Peru and Chile.",
          "Peru PARTICIPATED_IN Peru-Chile signing",
        ],
      ],
    );
  });

  describe("a caller coordinated with the caller is on the call", () => {
    factTable(
      lines,
      [
        [
          "Kenyan Finance Minister Grace Otieno and Trade Minister Paul Njoroge held a video call with Brazilian Finance Minister Lia Prado on Monday.",
          "Grace Otieno PARTICIPATED_IN Njoroge-Prado video call",
        ],
      ],
      [
        [
          "Kenyan Finance Minister Grace Otieno said Trade Minister Paul Njoroge held a video call with Brazilian Finance Minister Lia Prado on Monday.",
          "Grace Otieno PARTICIPATED_IN Njoroge-Prado video call",
        ],
      ],
    );
  });

  describe("the agencies whose representatives held the talks take part", () => {
    const text =
      "Kenyan Trade Minister Paul Otieno wrapped up talks in Washington on Friday. Otieno held discussions with representatives from the U.S. Department of the Treasury, the Department of Commerce and the Department of Agriculture.";
    it("files each agency at the talks", () => {
      const read = readText(text, { date: "2025-06-12" });
      const at = read.lines.filter((l) => /Department of Commerce PARTICIPATED_IN/.test(l));
      expect(at.length, JSON.stringify(read.lines)).toBe(1);
    });
    it("has the minister negotiate with each", () => {
      const read = readText(text, { date: "2025-06-12" });
      expect(
        read.lines.filter((l) =>
          /Paul Otieno NEGOTIATED_WITH Department of|Department of \w+ NEGOTIATED_WITH Paul Otieno/.test(l),
        ).length,
        JSON.stringify(read.lines),
      ).toBeGreaterThanOrEqual(2);
    });
    it("files no agency only mentioned", () => {
      const read = readText(
        "Kenyan Trade Minister Paul Otieno wrapped up talks in Washington on Friday. He said the Department of Commerce and the Department of Agriculture would review the levy.",
        { date: "2025-06-12" },
      );
      expect(read.lines.filter((l) => /Department of Commerce PARTICIPATED_IN/.test(l))).toEqual([]);
    });
  });
});
