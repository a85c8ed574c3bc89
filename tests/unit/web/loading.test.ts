// Tests of the explorer's loading domain (web/src/state/loading): the progress of the paged load
// and the indicator's text, value and max, page by page; the overview's download and its note.

import { describe, expect, it } from "vitest";
import {
  DOWNLOAD_PROGRESS_MIN_BYTES,
  describeDownload,
  describeLoadProgress,
  describeOverview,
  formatBytes,
  formatCount,
  INITIAL_LOAD_PROGRESS,
  type LoadProgress,
  recordPage,
} from "../../../web/src/state/loading/index.ts";

const PAGE = 1000;

describe("web/state/loading", () => {
  describe("formatCount", () => {
    it("groups thousands with commas", () => {
      expect([0, 7, 999, 1000, 12500, 1234567].map(formatCount)).toEqual([
        "0",
        "7",
        "999",
        "1,000",
        "12,500",
        "1,234,567",
      ]);
    });
  });

  describe("recordPage", () => {
    it("records the items so far and the total of one collection, leaving the other and the input alone", () => {
      const after = recordPage(INITIAL_LOAD_PROGRESS, "relations", 1000, 12500);
      expect(after).toEqual({ entities: { loaded: 0, total: null }, relations: { loaded: 1000, total: 12500 } });
      expect(INITIAL_LOAD_PROGRESS.relations).toEqual({ loaded: 0, total: null });
    });
  });

  describe("describeLoadProgress", () => {
    it("shows nothing before the first page, for a graph that fits in one page, and once all is in", () => {
      expect(describeLoadProgress(INITIAL_LOAD_PROGRESS, PAGE)).toBeNull();
      const small = recordPage(recordPage(INITIAL_LOAD_PROGRESS, "entities", 40, 40), "relations", 900, 1000);
      expect(describeLoadProgress(small, PAGE)).toBeNull();
      const done = recordPage(recordPage(INITIAL_LOAD_PROGRESS, "entities", 2500, 2500), "relations", 12500, 12500);
      expect(describeLoadProgress(done, PAGE)).toBeNull();
    });

    it("counts the pages of a big graph, entities and relations side by side", () => {
      const pages: [keyof LoadProgress, number, number][] = [
        ["relations", 1000, 12500],
        ["entities", 1000, 2500],
        ["relations", 2000, 12500],
        ["entities", 2000, 2500],
        ["entities", 2500, 2500],
        ["relations", 3000, 12500],
      ];
      let progress = INITIAL_LOAD_PROGRESS;
      const shown = pages.map(([collection, loaded, total]) => {
        progress = recordPage(progress, collection, loaded, total);
        return describeLoadProgress(progress, PAGE);
      });
      expect(shown).toEqual([
        { text: "Loading 1,000 of 12,500 relations…", value: null, max: null },
        { text: "Loading 1,000 of 2,500 entities and 1,000 of 12,500 relations…", value: 2000, max: 15000 },
        { text: "Loading 1,000 of 2,500 entities and 2,000 of 12,500 relations…", value: 3000, max: 15000 },
        { text: "Loading 2,000 of 2,500 entities and 2,000 of 12,500 relations…", value: 4000, max: 15000 },
        { text: "Loading 2,000 of 12,500 relations…", value: 4500, max: 15000 },
        { text: "Loading 3,000 of 12,500 relations…", value: 5500, max: 15000 },
      ]);
    });

    it("names the collection still waiting for its first page once the other is in", () => {
      const entitiesIn = recordPage(INITIAL_LOAD_PROGRESS, "entities", 2500, 2500);
      expect(describeLoadProgress(entitiesIn, PAGE)).toEqual({
        text: "Loading the relations…",
        value: null,
        max: null,
      });
      const relationsIn = recordPage(INITIAL_LOAD_PROGRESS, "relations", 4000, 4000);
      expect(describeLoadProgress(relationsIn, PAGE)?.text).toBe("Loading the entities…");
      const entitiesLeft = recordPage(relationsIn, "entities", 1000, 1200);
      expect(describeLoadProgress(entitiesLeft, PAGE)).toEqual({
        text: "Loading 1,000 of 1,200 entities…",
        value: 5000,
        max: 5200,
      });
    });
  });

  describe("describeDownload", () => {
    it("counts the overview's bytes against its size, as a progressbar's value and max", () => {
      expect(describeDownload(0, 6_700_000)).toEqual({
        text: "Loading the graph… 0 kB of 6.7 MB",
        value: 0,
        max: 6_700_000,
      });
      expect(describeDownload(1_234_567, 6_700_000)).toEqual({
        text: "Loading the graph… 1.2 MB of 6.7 MB",
        value: 1_234_567,
        max: 6_700_000,
      });
    });

    it("shows nothing for a small overview, and no value when the size is unknown", () => {
      expect(describeDownload(1000, DOWNLOAD_PROGRESS_MIN_BYTES - 1)).toBeNull();
      expect(describeDownload(1000, null)).toBeNull();
      expect(describeDownload(2_000_000, null)).toEqual({ text: "Loading the graph… 2.0 MB", value: null, max: null });
      expect(formatBytes(12_345)).toBe("12 kB");
    });
  });

  describe("describeOverview", () => {
    it("says how many entities of the graph are shown, only when some are left out", () => {
      expect(describeOverview(5000, 100_000)).toBe(
        "showing 5,000 of 100,000 entities (highest PageRank; search finds every one)",
      );
      expect(describeOverview(111, 111)).toBeNull();
      expect(describeOverview(111, null)).toBeNull();
    });
  });
});
