// Meetings, round 22 of issue 13: a host receiving "his counterparts A from X and B from Y" in a
// city (the counterparts and their states at the meeting, the counterparts meeting each other too,
// "in the <demonym> capital" placing it in that state as well, three states naming it), and a
// named conference's theme in capitals and bracketed acronym ("the X Conference on Y (XC 2025)").
// Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { entityNames, readText, type TextReading } from "../../_helpers/documents.ts";
import { itGivesFacts } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 22: a host receiving his counterparts", () => {
  itGivesFacts(
    [
      [
        "Chilean Finance Minister Paulo Matos received his counterparts Kari Nordvik from Norway and Lars Berglund from Sweden in the Chilean capital on Monday.",
        [
          "Paulo Matos MET_WITH Kari Nordvik",
          "Paulo Matos MET_WITH Lars Berglund",
          "Kari Nordvik MET_WITH Lars Berglund",
          "Norway PARTICIPATED_IN Matos-Nordvik meeting",
          "Sweden PARTICIPATED_IN Matos-Nordvik meeting",
          "Lars Berglund PARTICIPATED_IN Matos-Nordvik meeting",
          "Matos-Nordvik meeting HELD_IN Santiago",
          "Matos-Nordvik meeting HELD_IN Chile",
        ],
      ],
      [
        "Chilean Finance Minister Paulo Matos welcomed his Norwegian counterpart Kari Nordvik in Santiago on Monday.",
        ["Paulo Matos MET_WITH Kari Nordvik", "Matos-Nordvik meeting HELD_IN Santiago"],
      ],
    ],
    [
      // One guest: no pair of counterparts.
      [
        "Chilean Finance Minister Paulo Matos received his counterpart Kari Nordvik from Norway in Santiago on Monday.",
        "Kari Nordvik MET_WITH Norway",
      ],
      // People met, not counterparts received together: they did not meet each other.
      [
        "Chilean Finance Minister Paulo Matos met Kari Nordvik from Norway and Lars Berglund from Sweden in Santiago on Monday.",
        "Kari Nordvik MET_WITH Lars Berglund",
      ],
    ],
  );

  it("names a meeting of three states after the three", () => {
    const read = analyse(
      "The finance ministers of Chile, Norway and Sweden met on Monday. Chilean Finance Minister Paulo Matos received his counterparts Kari Nordvik from Norway and Lars Berglund from Sweden in Santiago on Monday.",
    );
    const meeting = read.meetings.find((m) =>
      m.surface.split(" | ").some((a) => ["chile", "norway", "sweden", "meeting"].every((w) => a.includes(w))),
    );
    expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
  });

  it("reads no meeting when the host receives a letter from his counterparts", () => {
    const read = analyse(
      "Chilean Finance Minister Paulo Matos received a letter from Norway and Sweden in Santiago on Monday.",
    );
    expect(read.meetings).toEqual([]);
  });
});

describe("stages/05-meetings, round 22: a named conference's theme and acronym", () => {
  const text =
    "Leaders met at Lima for the fourth Andean International Conference on Pacific Fisheries (AICPF 2025), where they adopted a declaration. Chile pledged support at AICPF.";

  it("names the conference with its theme and acronym", () => {
    const read = analyse(text);
    const meeting = read.meetings.find((m) => m.name === "Andean International Conference on Pacific Fisheries");
    expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
    expect(meeting?.surface).toMatch(/aicpf 2025/);
  });

  it("files the acronym's other mentions under the conference", () => {
    expect(entityNames(text, "Place", { date: "2025-06-12" })).not.toContain("AICPF");
  });

  it("does not take a weekday or a state alone as the theme", () => {
    for (const t of [
      "Ministers gathered for the Pacific Rim Summit on Monday in Lima.",
      "Ministers gathered for the Pacific Rim Summit for Chile in Lima.",
    ]) {
      const read = analyse(t);
      expect(
        read.meetings.map((m) => m.name),
        JSON.stringify(read.meetings),
      ).toContain("Pacific Rim Summit");
    }
  });
});

describe("stages/05-meetings, round 22: an organisation's meeting written 'its meeting'", () => {
  itGivesFacts(
    [
      [
        "The Shanghai Cooperation Organisation (SCO) issued a communiqué on Friday following its recent meeting in Peru.",
        ["Shanghai Cooperation Organisation PARTICIPATED_IN SCO meeting in Peru", "SCO meeting in Peru HELD_IN Peru"],
      ],
    ],
    [
      // "its" after a state or firm: no organisation's meeting.
      [
        "Chile said on Friday after its meeting in Peru that talks went well.",
        "Chile PARTICIPATED_IN Chile meeting in Peru",
      ],
      [
        "The Shanghai Cooperation Organisation (SCO) said Chile had raised the matter at its meeting in Peru.",
        "Shanghai Cooperation Organisation PARTICIPATED_IN SCO meeting in Peru",
      ],
    ],
  );
});

describe("stages/05-meetings, round 22: a named conference held in the dateline's city", () => {
  const dateline = "Lima, Peru, Aug. 25, 2025 (Reuters) – Leaders of Chile and Norway adopted a joint statement";
  itGivesFacts(
    [
      [
        `Leaders pledge fisheries cooperation at Lima International Conference\n\n${dateline} during the third Lima International Conference on Pacific Fisheries (LICPF 2025) on Monday.`,
        [
          "Lima International Conference on Pacific Fisheries HELD_IN Lima",
          "Lima International Conference on Pacific Fisheries HELD_IN Peru",
        ],
      ],
    ],
    [
      // Named neither in the headline nor in the dateline's sentence: a recalled event elsewhere.
      [
        `Leaders pledge fisheries cooperation\n\n${dateline}. It built on recent engagement, including a meeting at the third Lima International Conference on Pacific Fisheries.`,
        "Lima International Conference on Pacific Fisheries HELD_IN Peru",
      ],
      // Planned: the reporter's city is not where it will be.
      [
        `Leaders pledge fisheries cooperation at Lima International Conference\n\n${dateline} ahead of the third Lima International Conference on Pacific Fisheries (LICPF 2025), which will open next week.`,
        "Lima International Conference on Pacific Fisheries HELD_IN Peru",
      ],
    ],
  );
});

describe("events/audience-meetings, round 22: an official's meeting with a group", () => {
  itGivesFacts(
    [
      [
        "The request came during a recent meeting between Trade Minister Paulo Matos and industry executives in Santiago.",
        ["Paulo Matos PARTICIPATED_IN Matos meeting with industry executives"],
      ],
      [
        "Trade Minister Paulo Matos's talks with copper exporters ended on Monday.",
        ["Paulo Matos PARTICIPATED_IN Matos talks with copper exporters"],
      ],
    ],
    [
      // A named person met: no group.
      [
        "The request came during a meeting between Trade Minister Paulo Matos and Kari Nordvik in Santiago.",
        "Paulo Matos PARTICIPATED_IN Matos meeting with Kari Nordvik",
      ],
      // No titled official: no one to file it under.
      [
        "The request came during a meeting between industry executives and lawmakers.",
        "industry executives PARTICIPATED_IN meeting with lawmakers",
      ],
    ],
  );
});

describe("rules/delegations, round 22: a co-chair or co-host of the event", () => {
  const summit = "Leaders of Chile and Norway opened the Nordic–Andean Summit in Oslo on Monday.";
  itGivesFacts(
    [
      [
        `${summit} Prime Minister Kari Nordvik, co-chair of the summit, praised the talks.`,
        ["Kari Nordvik PARTICIPATED_IN Nordic–Andean Summit"],
      ],
      [
        `${summit} President Paulo Matos, co-host of the summit, praised the talks.`,
        ["Paulo Matos PARTICIPATED_IN Nordic–Andean Summit"],
      ],
    ],
    [
      [
        `${summit} Kari Nordvik, co-chair of the fisheries board, praised the talks.`,
        "Kari Nordvik PARTICIPATED_IN Nordic–Andean Summit",
      ],
    ],
  );
});
