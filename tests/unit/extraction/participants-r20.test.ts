// Participants, round 20 of issue 13. Presence (rules/presence.ts): the people a sentence says were
// present at, attending or joining the talks it speaks of took part in them, in the inverted order
// ("Also present was X", "Also attending were A and B", "Also joining Y for the talks was Z") and
// the plain one ("X was also present."); they are company at the talks, not its lead negotiators.
// A joint statement (rules/talks.ts) in a story that reports several events, one of them planned:
// its signatories took part in the first reported one. Every sentence here is written for these
// tests: positives and refusals.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

const LEAD =
  "Canadian Trade Minister Anna Kovac held talks with U.S. Commerce Secretary Peter Marsh in Ottawa on Tuesday. ";

/** The participants of the talks in Ottawa. */
function atTalks(read: TextReading): string[] {
  return read.lines.filter((l) => / PARTICIPATED_IN .*Ottawa/.test(l)).map((l) => l.split(" PARTICIPATED_IN ")[0]!);
}

describe("rules/presence", () => {
  const rows: [string, string[]][] = [
    [`${LEAD}Also present was Canada's deputy trade negotiator, Julia Brandt.`, ["Julia Brandt"]],
    [
      `${LEAD}Also attending were Finance Minister Omar Haddad and Energy Minister Lena Voss.`,
      ["Omar Haddad", "Lena Voss"],
    ],
    [`${LEAD}Also joining Kovac for the talks was Ambassador Victor Lund.`, ["Victor Lund"]],
    [`${LEAD}Deputy Minister Julia Brandt was also present.`, ["Julia Brandt"]],
    [
      `${LEAD}Finance Minister Omar Haddad and Energy Minister Lena Voss were present at the talks.`,
      ["Omar Haddad", "Lena Voss"],
    ],
  ];
  for (const [text, people] of rows)
    it(`puts at the talks: ${JSON.stringify(text.slice(LEAD.length, LEAD.length + 60))}`, () => {
      const read = analyse(text);
      const at = atTalks(read);
      for (const p of people) expect(at, JSON.stringify(read.lines)).toContain(p);
    });

  const refusals: [string, string][] = [
    [`${LEAD}Deputy Minister Julia Brandt was not present.`, "Julia Brandt"],
    [`${LEAD}Economist Julia Brandt said the present agreement was unfair.`, "Julia Brandt"],
    [`${LEAD}Deputy Minister Julia Brandt was present in Toronto for a separate event.`, "Julia Brandt"],
  ];
  for (const [text, person] of refusals)
    it(`does not put at the talks: ${JSON.stringify(text.slice(LEAD.length, LEAD.length + 60))}`, () => {
      const read = analyse(text);
      expect(atTalks(read), JSON.stringify(read.lines)).not.toContain(person);
    });

  it("makes no lead negotiator of one also present", () => {
    const read = analyse(`${LEAD}Also present was Ambassador Victor Lund.`);
    expect(
      read.lines.some((l) => /Victor Lund NEGOTIATED_WITH|NEGOTIATED_WITH Victor Lund/.test(l)),
      JSON.stringify(read.lines),
    ).toBe(false);
  });
});

describe("rules/talks, a joint statement among several events", () => {
  const text =
    "Following a meeting of the Quad grouping in Canberra, Japanese Foreign Minister Kenji Sato told reporters that officials of the four countries would draft the plan before a summit of their leaders in Tokyo next year. " +
    "“We are committed to open sea lanes,” Sato, Australian Foreign Minister Tom Pryce and Indian External Affairs Minister Ravi Mehta said in a joint statement.";

  it("puts the signatories at the first reported event, not the planned summit", () => {
    const read = analyse(text);
    for (const p of ["Tom Pryce", "Ravi Mehta"]) {
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${p} PARTICIPATED_IN Quad meeting`);
      expect(
        read.lines.some((l) => l.startsWith(`${p} PARTICIPATED_IN`) && /Tokyo|summit/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    }
  });

  it("does not read a statement of one state's people", () => {
    const read = analyse(
      "Following a meeting of the Quad grouping in Canberra, Japanese Foreign Minister Kenji Sato told reporters that officials would draft the plan before a summit in Tokyo next year. " +
        "“We are committed,” Japanese Trade Minister Aiko Mori and Japanese Defence Minister Jun Ota said in a joint statement.",
    );
    expect(
      read.lines.some((l) => /^(Aiko Mori|Jun Ota) PARTICIPATED_IN/.test(l)),
      JSON.stringify(read.lines),
    ).toBe(false);
  });
});

describe("rules/talks, a party's members whose principal's meeting was named further back", () => {
  const text =
    "Vietnamese Prime Minister Tran Van Long met Indonesian President Budi Hartono in Hanoi on Thursday. " +
    "The two leaders discussed fisheries. Coffee exports have doubled since 2020. Rice prices fell in May. " +
    "In Tran's travelling party were Trade Minister Le Thi Hoa and Finance Minister Pham Quoc Bao.";

  it("puts the companions at the principal's one meeting", () => {
    const read = analyse(text);
    const meeting = read.lines
      .find((l) => l.startsWith("Tran Van Long PARTICIPATED_IN "))
      ?.split(" PARTICIPATED_IN ")[1];
    expect(meeting, JSON.stringify(read.lines)).toBeDefined();
    for (const p of ["Le Thi Hoa", "Pham Quoc Bao"])
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${p} PARTICIPATED_IN ${meeting}`);
  });

  it("puts no companion at a meeting the principal does not attend", () => {
    const read = analyse(
      "Indonesian President Budi Hartono met Thai Prime Minister Somchai Rattana in Hanoi on Thursday. " +
        "Coffee exports have doubled since 2020. Rice prices fell in May. Exporters are worried. " +
        "Vietnamese Prime Minister Tran Van Long toured a port, accompanied by Trade Minister Le Thi Hoa.",
    );
    expect(
      read.lines.filter((l) => l.startsWith("Le Thi Hoa PARTICIPATED_IN")),
      JSON.stringify(read.lines),
    ).toEqual([]);
  });
});

describe("rules/summit-sides", () => {
  const negotiations = (read: TextReading) => read.lines.filter((l) => / NEGOTIATED_WITH /.test(l));

  it("pairs the named bloc with each state of the other side taking part", () => {
    const read = analyse(
      "The 5th EU-Andean Summit took place in Lima on Monday. Leaders of the European Union, Peru, Ecuador and Bolivia attended the summit.",
    );
    for (const state of ["Peru", "Ecuador", "Bolivia"])
      expect(
        negotiations(read).some((l) => l.includes(state) && l.includes("European Union")),
        JSON.stringify(read.lines),
      ).toBe(true);
  });

  it("does not pair two states of one side", () => {
    const read = analyse(
      "The 5th EU-Andean Summit took place in Lima on Monday. Leaders of the European Union, Peru, Ecuador and Bolivia attended the summit.",
    );
    expect(
      negotiations(read).some(
        (l) =>
          /Peru|Ecuador|Bolivia/.test(l.split(" NEGOTIATED_WITH ")[0]!) &&
          /Peru|Ecuador|Bolivia/.test(l.split(" NEGOTIATED_WITH ")[1]!),
      ),
      JSON.stringify(read.lines),
    ).toBe(false);
  });

  it("reads no summit whose name is not a pair", () => {
    const read = analyse(
      "The BRICS Summit took place in Rio on Monday. Leaders of Brazil, India and China attended the summit.",
    );
    expect(negotiations(read), JSON.stringify(read.lines)).toEqual([]);
  });
});
