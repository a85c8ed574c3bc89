// Tests of the quality benchmark (scripts/bench-quality.ts), run as `npm run bench:quality` runs it:
// on a small development corpus written here (one article of our own, its gold), it writes its
// section of a BENCHMARKS.md copy without touching the other sections, and the marked block of a
// README copy; a README without the markers is left byte for byte. No timings.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(path.join(tmpdir(), "kg-bench-quality-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEXT = [
  "Ministers meet in Oslo",
  "Source: Test Wire",
  "",
  "Norwegian Trade Minister Ingrid Solberg met Canadian Trade Minister Paul Tremblay in Oslo on Monday.",
  "",
].join("\n");

const GOLD = {
  doc: "q01.txt",
  entities: [
    { name: "Ingrid Solberg", type: "Person", aliases: [] },
    { name: "Paul Tremblay", type: "Person", aliases: [] },
    { name: "Norway", type: "Country", aliases: ["Norwegian"] },
    { name: "Canada", type: "Country", aliases: ["Canadian"] },
    { name: "Oslo", type: "Place", aliases: [] },
  ],
  relations: [{ source: "Ingrid Solberg", predicate: "MET_WITH", target: "Paul Tremblay", hint: "met" }],
  questions: [],
};

function devCorpus(): string {
  const dir = path.join(work, "dev");
  mkdirSync(path.join(dir, "texts"), { recursive: true });
  mkdirSync(path.join(dir, "gold"), { recursive: true });
  const entry = {
    id: "q01",
    file: "q01.txt",
    url: "https://example.org/q01",
    query: "written for the test",
    rank: 1,
    outlet: "Test Wire",
    date: null,
    split: "dev",
    beat: "other",
    headline: "Ministers meet in Oslo",
    headlineFrom: "written",
  };
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([entry], null, 2));
  writeFileSync(path.join(dir, "texts", "q01.txt"), TEXT);
  writeFileSync(path.join(dir, "gold", "q01.json"), JSON.stringify(GOLD, null, 2));
  return dir;
}

function run(out: string, readme: string, dev: string): string {
  return execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/bench-quality.ts", "--out", out, "--readme", readme, "--dev", dev],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

describe("scripts/bench-quality", () => {
  describe("a run", () => {
    const dev = devCorpus();
    const out = path.join(work, "BENCHMARKS.md");
    const readme = path.join(work, "README.md");
    const plain = path.join(work, "PLAIN.md");
    writeFileSync(out, "# Benchmarks\n\n## Extraction throughput\n\nkept as is\n\n## Explorer\n\nkept too\n");
    writeFileSync(
      readme,
      "# x\n\nbefore\n<!-- extraction-quality:begin (written by npm run bench:quality) -->\nold figures\n<!-- extraction-quality:end -->\nafter\n",
    );
    writeFileSync(plain, "# plain\n\nno markers here\n");
    const stdout = run(out, readme, dev);

    it("scores the dev split and the seeds, with the corpus sizes, per type and per predicate", () => {
      expect(stdout).toMatch(
        /- \*\*dev\*\*: development corpus, dev split: studied while developing; 1 articles, 0 kB, 5 gold entities, 1 gold relations/,
      );
      expect(stdout).toMatch(
        /- \*\*seeds\*\*: the five seed articles .*; 5 articles, 32 kB, 118 gold entities, 114 gold relations/,
      );
      expect(stdout).toMatch(/^\| entities \| dev \| seeds \|$/m);
      expect(stdout).toMatch(/^\| Person \| [01]\.\d\d \(\d\.\d\d\/\d\.\d\d, \d\/2\) \| /m);
      expect(stdout).toMatch(/^\| MET_WITH \| [01]\.\d\d \(\d\.\d\d\/\d\.\d\d, [01]\/1\) \| /m);
      expect(stdout).toMatch(/^\| \*\*all relations\*\* \| .* \| 0\.\d\d \(0\.\d\d\/0\.\d\d, \d+\/114\) \|$/m);
    });

    it("rewrites its own section of BENCHMARKS.md and keeps the others", () => {
      const text = readFileSync(out, "utf8");
      expect(text).toContain("## Extraction throughput\n\nkept as is\n");
      expect(text).toContain("## Explorer\n\nkept too\n");
      expect(text).toContain("## Extraction quality\n\nRun of ");
      expect(text.split("## Extraction quality").length).toBe(2);
    });

    it("rewrites the README's marked block and nothing else", () => {
      const text = readFileSync(readme, "utf8");
      expect(text).not.toContain("old figures");
      expect(text.startsWith("# x\n\nbefore\n<!-- extraction-quality:begin")).toBe(true);
      expect(text.endsWith("<!-- extraction-quality:end -->\nafter\n")).toBe(true);
      expect(text).toContain("| entities | dev | seeds |");
    });

    it("leaves a README without the markers byte for byte", () => {
      run(path.join(work, "B2.md"), plain, dev);
      expect(readFileSync(plain, "utf8")).toBe("# plain\n\nno markers here\n");
    });
  });
});
