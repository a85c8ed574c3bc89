// Tests of the explorer's highlight domain (web/src/state/highlight): where names occur in a
// sentence and how a text splits into plain and marked segments.

import { describe, expect, it } from "vitest";
import { findNameRanges, relativeRanges, splitHighlights } from "../../../web/src/state/highlight/index.ts";

const join = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");

describe("web/state/highlight", () => {
  describe("findNameRanges", () => {
    it("finds nothing without names or in empty text", () => {
      expect(findNameRanges("Treasury Secretary Scott Bessent said.", [])).toEqual([]);
      expect(findNameRanges("", [{ name: "Bessent" }])).toEqual([]);
      expect(findNameRanges("Bessent", [{ name: "  " }])).toEqual([]);
    });
    it("matches whole words, case-sensitively, longest first", () => {
      const sentence = "US Treasury Secretary Scott Bessent told us that Bessent's USA trip was off.";
      const ranges = findNameRanges(sentence, [
        { name: "US", entity: "country:us" },
        { name: "Bessent", entity: "person:b" },
        { name: "Scott Bessent", entity: "person:b" },
      ]);
      expect(ranges.map((range) => sentence.slice(range.start, range.end))).toEqual(["US", "Scott Bessent", "Bessent"]);
      expect(ranges[0]?.entity).toBe("country:us");
    });
  });
  describe("splitHighlights", () => {
    it("gives one plain segment without ranges, also for empty text", () => {
      expect(splitHighlights("", [])).toEqual([{ text: "", mark: false }]);
      expect(splitHighlights("plain", [{ start: 9, end: 12 }])).toEqual([{ text: "plain", mark: false }]);
    });
    it("splits at the ranges, merging overlaps and clamping, and always concatenates back", () => {
      const text = 'He said <img src=x onerror="alert(1)"> & left.';
      const segments = splitHighlights(text, [
        { start: 8, end: 38, entity: "e1" },
        { start: 10, end: 20 },
        { start: 44, end: 99 },
      ]);
      expect(join(segments)).toBe(text);
      expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
        '<img src=x onerror="alert(1)">',
        "t.",
      ]);
      expect(segments[1]?.entity).toBe("e1");
    });
  });
  describe("relativeRanges", () => {
    it("keeps the mentions inside the window, shifted", () => {
      expect(relativeRanges([], 0, 10)).toEqual([]);
      expect(
        relativeRanges(
          [
            { start: 5, end: 8 },
            { start: 12, end: 15, entity: "x" },
            { start: 18, end: 25 },
          ],
          10,
          10,
        ),
      ).toEqual([{ start: 2, end: 5, entity: "x" }]);
    });
  });
});
