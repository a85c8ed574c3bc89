// clearLeader: the document's main thing of a kind, as the stages and rules that ask for one read it.
import { describe, expect, it } from "vitest";
import { clearLeader } from "../../../src/extraction/leader.ts";

describe("clearLeader", () => {
  it("names the item counted at least twice as often as any other", () => {
    expect(
      clearLeader(
        new Map([
          ["Ruritania", 4],
          ["Freedonia", 2],
        ]),
        2,
      ),
    ).toBe("Ruritania");
    expect(
      clearLeader(
        [
          ["Freedonia", 1],
          ["Ruritania", 5],
          ["Sylvania", 2],
        ] as const,
        3,
      ),
    ).toBe("Ruritania");
  });

  it("names none when the next comes closer than half", () => {
    expect(
      clearLeader(
        new Map([
          ["Ruritania", 5],
          ["Freedonia", 3],
        ]),
        2,
      ),
    ).toBeUndefined();
  });

  it("names none of items tied at the top", () => {
    expect(
      clearLeader(
        new Map([
          ["Ruritania", 3],
          ["Freedonia", 3],
        ]),
        1,
      ),
    ).toBeUndefined();
  });

  it("asks the leader for at least `min`", () => {
    expect(clearLeader(new Map([["Ruritania", 2]]), 3)).toBeUndefined();
    expect(clearLeader(new Map([["Ruritania", 3]]), 3)).toBe("Ruritania");
  });

  it("names none of nothing, and a lone item counted zero times only when `min` is 0", () => {
    expect(clearLeader(new Map<string, number>(), 0)).toBeUndefined();
    expect(clearLeader(new Map([["Ruritania", 0]]), 0)).toBe("Ruritania");
    expect(clearLeader(new Map([["Ruritania", 0]]), 1)).toBeUndefined();
  });
});
