// The CLI's progress display: the words of a report, the bar redrawn in place on a terminal, and
// one line per interval elsewhere, on a fake stream and a fake clock.

import { describe, expect, it } from "vitest";
import {
  createProgress,
  DEFAULT_PROGRESS_INTERVAL_MS,
  describeProgress,
  progressInterval,
} from "../../../src/cli/progress.ts";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 200, write: (text: string) => writes.push(text) } };
}

describe("cli/progress", () => {
  describe("progressInterval", () => {
    it("reads KG_PROGRESS_INTERVAL, falling back to the default on anything but a whole number", () => {
      expect(progressInterval({ KG_PROGRESS_INTERVAL: "x" })).toBe(DEFAULT_PROGRESS_INTERVAL_MS);
      expect(progressInterval({})).toBe(DEFAULT_PROGRESS_INTERVAL_MS);
      expect(progressInterval({ KG_PROGRESS_INTERVAL: "250" })).toBe(250);
    });
  });

  describe("describeProgress", () => {
    it("gives documents, percent, MB/s and ETA", () => {
      expect(describeProgress(0, 10, 0, 0)).toBe("0/10 documents (0%), 0.0 MB/s, ETA ?");
      expect(describeProgress(5, 10, 2_000_000, 2000)).toBe("5/10 documents (50%), 1.0 MB/s, ETA 0:02");
      expect(describeProgress(1, 1, 10, 1000)).toBe("1/1 document (100%), 0.0 kB/s, ETA 0:00");
    });

    it("gives the rate in kB/s below 0.1 MB/s, so that a slow build never reads 0.0 MB/s", () => {
      expect(describeProgress(5, 10, 100_000, 2000)).toBe("5/10 documents (50%), 50.0 kB/s, ETA 0:02");
      expect(describeProgress(5, 10, 200_000, 2000)).toBe("5/10 documents (50%), 0.1 MB/s, ETA 0:02");
    });
  });

  describe("createProgress", () => {
    it("writes a line per interval when the stream is not a terminal", () => {
      let time = 0;
      const { writes, stream } = fakeStream(false);
      const progress = createProgress({ label: "kg build", stream, intervalMs: 1000, now: () => time });
      for (let done = 1; done <= 10; done++) {
        time += 400;
        progress.update(done, 10, done * 1000);
      }
      progress.finish();
      expect(writes).toHaveLength(4);
      for (const line of writes) expect(line).toMatch(/^kg build: \d+\/10 documents .*\n$/);
    });

    it("redraws a bar in place on a terminal and ends it with a line break", () => {
      let time = 0;
      const { writes, stream } = fakeStream(true);
      const progress = createProgress({ label: "kg build", stream, now: () => time });
      for (let done = 1; done <= 4; done++) {
        time += 150;
        progress.update(done, 4, done * 1000);
      }
      progress.finish();
      expect(writes.at(-1)).toBe("\n");
      const redraws = writes.slice(0, -1);
      expect(redraws.length).toBeGreaterThanOrEqual(4);
      for (const text of redraws) {
        expect(text.startsWith("\rkg build [")).toBe(true);
        expect(text.endsWith("\u001b[K")).toBe(true);
        expect(text).toMatch(/\[[#-]{24}\] \d\/4 documents /);
      }
      expect(redraws.at(-1)).toContain("[########################] 4/4 documents (100%)");
    });
  });
});
