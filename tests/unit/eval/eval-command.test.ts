// Tests of `kg eval` (runEval) on a tiny development corpus written here in a temporary folder:
// one dev article, one test article and one article of the unseen batch, each with its gold. Each block's table must be what the
// reference score.mjs prints for that split's gold and the extraction of its text, under the
// block's title, and the seeds' block must come last, unchanged.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EvalOptions, runEval } from "../../../src/cli/commands/eval.ts";
import { checkGoldCorpus, readDevManifest, readDevSplit } from "../../../src/eval/index.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import { extractCorpus } from "../../../src/extraction/index.ts";
import { seedData } from "../../_helpers/seeds.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const REFERENCE = path.join(ROOT, "tests/fixtures/eval/score.mjs");
const SEED_GOLD = path.join(ROOT, "tests/fixtures/gold");
const HANDMADE = path.join(ROOT, "tests/fixtures/eval/extraction.json");

const DEV_TEXT = `Japan and US hold minerals talks in Tokyo
Source: Test Wire
Published On: 2025-11-03

Japanese Trade Minister Ryosei Akazawa met U.S. Commerce Secretary Howard Lutnick in Tokyo on Monday for talks on rare earths.
China controls about 90% of rare earth processing, Akazawa said.
`;

const DEV_GOLD = {
  doc: "t-dev.txt",
  entities: [
    { name: "Ryosei Akazawa", type: "Person", aliases: ["Akazawa", "Trade Minister Ryosei Akazawa"] },
    { name: "Howard Lutnick", type: "Person", aliases: ["Commerce Secretary Howard Lutnick"] },
    { name: "Japan", type: "Country", aliases: ["Japanese"] },
    { name: "United States", type: "Country", aliases: ["U.S.", "US"] },
    { name: "China", type: "Country", aliases: [] },
    { name: "Tokyo", type: "Place", aliases: [] },
    { name: "rare earths", type: "Mineral", aliases: ["rare earth"] },
    { name: "Tokyo minerals talks (Nov 2025)", type: "Meeting", aliases: [], keywords: [["Tokyo"]] },
  ],
  relations: [
    { source: "Ryosei Akazawa", predicate: "HOLDS_POSITION", target: "Japan", attributes: { title: "Trade Minister" } },
    {
      source: "Howard Lutnick",
      predicate: "HOLDS_POSITION",
      target: "United States",
      attributes: { title: "Commerce Secretary" },
    },
    { source: "Ryosei Akazawa", predicate: "MET_WITH", target: "Howard Lutnick" },
    { source: "Ryosei Akazawa", predicate: "PARTICIPATED_IN", target: "Tokyo minerals talks (Nov 2025)" },
    { source: "Howard Lutnick", predicate: "PARTICIPATED_IN", target: "Tokyo minerals talks (Nov 2025)" },
    { source: "Tokyo minerals talks (Nov 2025)", predicate: "HELD_IN", target: "Tokyo" },
    { source: "Tokyo minerals talks (Nov 2025)", predicate: "DISCUSSED", target: "rare earths" },
    { source: "China", predicate: "DOMINATES", target: "rare earths", attributes: { share: "90%" } },
  ],
  questions: [{ q: "Whom did Akazawa meet?", answer: ["Howard Lutnick"] }],
};

const TEST_TEXT = `Indonesia to curb nickel ore exports
Source: Test Wire

Indonesian Energy Minister Bahlil Lahadalia said on Tuesday that Indonesia would restrict exports of nickel ore.
`;

const TEST_GOLD = {
  doc: "t-test.txt",
  entities: [
    { name: "Bahlil Lahadalia", type: "Person", aliases: ["Energy Minister Bahlil Lahadalia"] },
    { name: "Indonesia", type: "Country", aliases: ["Indonesian"] },
    { name: "nickel ore", type: "Mineral", aliases: [] },
  ],
  relations: [
    {
      source: "Bahlil Lahadalia",
      predicate: "HOLDS_POSITION",
      target: "Indonesia",
      attributes: { title: "Energy Minister" },
    },
    { source: "Indonesia", predicate: "RESTRICTED_EXPORT", target: "nickel ore" },
  ],
};

const UNSEEN_TEXT = `Australia lends to a rare earths refiner
Source: Test Wire

Australia lent $200 million to Iluka Resources, which refines rare earths.
`;

const UNSEEN_GOLD = {
  doc: "t-unseen.txt",
  entities: [
    { name: "Australia", type: "Country", aliases: [] },
    { name: "Iluka Resources", type: "Company", aliases: [] },
    { name: "rare earths", type: "Mineral", aliases: [] },
  ],
  relations: [
    {
      source: "Australia",
      predicate: "INVESTED_IN",
      target: "Iluka Resources",
      attributes: { amount: "$200 million", kind: "loan" },
    },
    { source: "Iluka Resources", predicate: "PRODUCES", target: "rare earths" },
  ],
};

const GOLDS: Record<string, object> = { "t-dev": DEV_GOLD, "t-test": TEST_GOLD, "t-unseen": UNSEEN_GOLD };

const entry = (id: string, split: string) => ({
  id,
  file: `${id}.txt`,
  url: `https://example.org/${id}`,
  query: "a query",
  rank: 1,
  outlet: "Test Wire",
  date: null,
  split,
  beat: "other",
  headline: "a headline",
  headlineFrom: "page",
});

const tmp = mkdtempSync(path.join(tmpdir(), "kg-eval-dev-"));
const dev = path.join(tmp, "dev");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What score.mjs prints for a split of the tiny corpus: its gold alone against its text's extraction. */
async function reference(id: string, ...flags: string[]): Promise<string> {
  const goldDir = path.join(tmp, `gold-${id}`);
  mkdirSync(goldDir, { recursive: true });
  writeFileSync(path.join(goldDir, `${id}.json`), JSON.stringify(GOLDS[id]));
  const { documents } = await loadCorpus([path.join(dev, "texts", `${id}.txt`)]);
  const extraction = path.join(tmp, `${id}.extraction.json`);
  writeFileSync(extraction, JSON.stringify(await extractCorpus(documents)));
  return execFileSync(process.execPath, [REFERENCE, goldDir, extraction, ...flags], { encoding: "utf8" });
}

function options(extra: Partial<EvalOptions>): EvalOptions {
  return { data: seedData(), dev, ...extra };
}

/** Writes the tiny corpus into `dir`: the manifest (each article with its split), gold and texts. */
function writeTinyCorpus(dir: string, splits: Record<string, string>): void {
  mkdirSync(path.join(dir, "gold"), { recursive: true });
  mkdirSync(path.join(dir, "texts"));
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify(Object.entries(splits).map(([id, split]) => entry(id, split))),
  );
  for (const [id, gold] of Object.entries(GOLDS))
    writeFileSync(path.join(dir, "gold", `${id}.json`), JSON.stringify(gold));
  writeFileSync(path.join(dir, "texts", "t-dev.txt"), DEV_TEXT);
  writeFileSync(path.join(dir, "texts", "t-test.txt"), TEST_TEXT);
  writeFileSync(path.join(dir, "texts", "t-unseen.txt"), UNSEEN_TEXT);
}

beforeAll(() => writeTinyCorpus(dev, { "t-dev": "dev", "t-test": "test", "t-unseen": "unseen" }));

describe("cli/eval", () => {
  describe("readDevManifest", () => {
    it("rejects a missing manifest and a bad entry", () => {
      expect(() => readDevManifest(path.join(tmp, "nowhere"))).toThrow(
        expect.objectContaining({ name: "NotFoundError" }),
      );
      const bad = path.join(tmp, "bad");
      mkdirSync(bad);
      writeFileSync(path.join(bad, "manifest.json"), JSON.stringify([{ ...entry("x", "train") }]));
      expect(() => readDevManifest(bad)).toThrow(expect.objectContaining({ name: "InvalidInputError" }));
    });

    it("reads the tiny corpus, whose gold passes the checker", () => {
      expect(readDevManifest(dev).map((e) => [e.id, e.split])).toEqual([
        ["t-dev", "dev"],
        ["t-test", "test"],
        ["t-unseen", "unseen"],
      ]);
      expect(checkGoldCorpus(Object.entries(GOLDS).map(([id, json]) => ({ file: `${id}.json`, json })))).toEqual([]);
    });
  });

  describe("readDevSplit", () => {
    it("scores only the articles whose text is present", () => {
      const partial = path.join(tmp, "partial");
      mkdirSync(path.join(partial, "texts"), { recursive: true });
      writeFileSync(
        path.join(partial, "manifest.json"),
        JSON.stringify([entry("t-dev", "dev"), entry("t-more", "dev")]),
      );
      const input = readDevSplit(partial, "dev");
      expect(input).toMatchObject({ total: 2, texts: [], missing: ["t-dev", "t-more"] });
      expect(input.gold).toEqual({ entities: [], relations: [] });
    });
  });

  describe("runEval", () => {
    it("prints each split under its title as score.mjs would, then the seeds' block, last and unchanged", async () => {
      const { stdout, stderr } = await runEval(options({ corpus: "all", extraction: HANDMADE }));
      expect(stderr).toBe("");
      const seeds = execFileSync(process.execPath, [REFERENCE, SEED_GOLD, HANDMADE], { encoding: "utf8" });
      expect(stdout).toBe(
        [
          `development corpus, dev split: 1 of 1 articles\n${await reference("t-dev")}`,
          `development corpus, test split (held out): 1 of 1 articles\n${await reference("t-test")}`,
          `development corpus, unseen batch (held out): 1 of 1 articles\n${await reference("t-unseen")}`,
          `seeds: ${HANDMADE} against tests/fixtures/gold\n${seeds}`,
        ].join("\n"),
      );
      // The tables name every type and predicate of the gold, whatever the extractor finds.
      const devBlock = stdout.split("\n\n")[0]!;
      for (const row of ["Person", "Country", "Place", "Mineral", "Meeting", "MET_WITH", "DOMINATES", "HELD_IN"])
        expect(devBlock).toMatch(
          new RegExp(`\\n  ${row} +P \\d\\.\\d\\d  R \\d\\.\\d\\d  F1 \\d\\.\\d\\d  \\(tp \\d+, fp \\d+, fn \\d+\\)`),
        );
      const [, tp, fn] = /\nRELATIONS .*\(tp (\d+), fp \d+, fn (\d+)\)$/.exec(devBlock) ?? [];
      expect(Number(tp) + Number(fn)).toBe(DEV_GOLD.relations.length);
    });

    it("lists the dev split's misses under --verbose but not the held-out splits', unless one is asked for alone", async () => {
      const all = await runEval(options({ corpus: "all", extraction: HANDMADE, verbose: true }));
      const [devPart, testPart, unseenPart] = all.stdout.split(
        /\n(?=development corpus, test|development corpus, unseen|seeds: )/,
      );
      expect(devPart).toBe(`development corpus, dev split: 1 of 1 articles\n${await reference("t-dev", "--verbose")}`);
      expect(testPart).toBe(
        `development corpus, test split (held out): 1 of 1 articles; misses not listed (--corpus test --verbose lists them)\n${await reference("t-test")}`,
      );
      expect(unseenPart).toBe(
        `development corpus, unseen batch (held out): 1 of 1 articles; misses not listed (--corpus unseen --verbose lists them)\n${await reference("t-unseen")}`,
      );
      const alone = await runEval(options({ corpus: "test", verbose: true }));
      expect(alone.stdout).toBe(
        `development corpus, test split (held out): 1 of 1 articles\n${await reference("t-test", "--verbose")}`,
      );
    });

    it("scores the unseen batch alone with --corpus unseen, on its own gold, misses listed under --verbose", async () => {
      expect((await runEval(options({ corpus: "unseen" }))).stdout).toBe(
        `development corpus, unseen batch (held out): 1 of 1 articles\n${await reference("t-unseen")}`,
      );
      expect((await runEval(options({ corpus: "unseen", verbose: true }))).stdout).toBe(
        `development corpus, unseen batch (held out): 1 of 1 articles\n${await reference("t-unseen", "--verbose")}`,
      );
      const json = JSON.parse((await runEval(options({ corpus: "unseen", json: true }))).stdout) as Record<
        string,
        unknown
      >;
      expect(Object.keys(json)).toEqual(["unseen"]);
      expect(json.unseen).toEqual(JSON.parse(await reference("t-unseen", "--json")));
    });

    it("leaves out under --corpus all a split the manifest has no article of, and reports it absent when asked for alone", async () => {
      const older = path.join(tmp, "older");
      mkdirSync(path.join(older, "gold"), { recursive: true });
      mkdirSync(path.join(older, "texts"));
      writeFileSync(path.join(older, "manifest.json"), JSON.stringify([entry("t-dev", "dev")]));
      writeFileSync(path.join(older, "gold", "t-dev.json"), JSON.stringify(DEV_GOLD));
      writeFileSync(path.join(older, "texts", "t-dev.txt"), DEV_TEXT);
      const { stdout } = await runEval({ ...options({ corpus: "all", extraction: HANDMADE }), dev: older });
      expect(stdout.startsWith("development corpus, dev split: 1 of 1 articles\n")).toBe(true);
      expect(stdout).not.toMatch(/test split|unseen batch|no texts/);
      await expect(runEval({ ...options({ corpus: "unseen" }), dev: older })).rejects.toMatchObject({
        name: "NotFoundError",
        message: expect.stringContaining("for the unseen split"),
      });
    });

    it("says in one line how to gather absent texts, and still prints the seeds", async () => {
      const bare = path.join(tmp, "bare");
      mkdirSync(bare);
      writeFileSync(
        path.join(bare, "manifest.json"),
        JSON.stringify([entry("t-dev", "dev"), entry("t-test", "test"), entry("t-unseen", "unseen")]),
      );
      const { stdout } = await runEval({ ...options({ extraction: HANDMADE, corpus: "all" }), dev: bare });
      const lines = stdout.split("\n");
      expect(lines[0]).toBe(
        `development corpus: no texts in ${bare}/texts/ for the dev, test and unseen splits; gather them as ${bare}/README.md says.`,
      );
      expect(lines[1]).toBe("");
      expect(lines[2]).toBe(`seeds: ${HANDMADE} against tests/fixtures/gold`);
      await expect(runEval({ ...options({ corpus: "dev" }), dev: bare })).rejects.toMatchObject({
        name: "NotFoundError",
      });
    });

    it("keeps score.mjs's exact output for the seeds alone, the default with --extraction", async () => {
      const seeds = execFileSync(process.execPath, [REFERENCE, SEED_GOLD, HANDMADE, "--json"], { encoding: "utf8" });
      expect((await runEval(options({ extraction: HANDMADE, json: true }))).stdout).toBe(seeds);
    });

    it("counts the causes of a held-out split's misses under --causes without naming them", async () => {
      const plain = (await runEval(options({ corpus: "unseen" }))).stdout;
      const { stdout } = await runEval(options({ corpus: "unseen", causes: true }));
      expect(stdout.startsWith(plain.trimEnd())).toBe(true);
      const tail = stdout.slice(plain.trimEnd().length);
      expect(tail).toMatch(/\nmissed relations by cause:\n/);
      expect(tail).toMatch(/\n {2}ALL {16}an end entity missed +\d+ {3}both ends found +\d+\nmissed ends by type: /);
      for (const e of UNSEEN_GOLD.entities) expect(tail).not.toContain(e.name);
      const json = JSON.parse((await runEval(options({ corpus: "unseen", causes: true, json: true }))).stdout);
      const { causes } = json.unseen as {
        causes: { byPredicate: Record<string, { endMissed: number; endsFound: number }> };
      };
      const [, fn] = /\nRELATIONS .*fn (\d+)\)/.exec(plain) ?? [];
      const counted = Object.values(causes.byPredicate).reduce((n, c) => n + c.endMissed + c.endsFound, 0);
      expect(counted).toBe(Number(fn));
    });

    it("counts a held-out split's relations per rule under --rules without naming them", async () => {
      const plain = (await runEval(options({ corpus: "unseen" }))).stdout;
      const { stdout } = await runEval(options({ corpus: "unseen", rules: true }));
      expect(stdout.startsWith(plain.trimEnd())).toBe(true);
      const tail = stdout.slice(plain.trimEnd().length);
      expect(tail).toMatch(/\nrelations found by rule .*:\n( {2}\S+ +in gold +\d+ {3}not in gold +\d+\n)+$/);
      for (const e of UNSEEN_GOLD.entities) expect(tail).not.toContain(e.name);
      const json = JSON.parse((await runEval(options({ corpus: "unseen", rules: true, json: true }))).stdout);
      const counts = Object.values((json.unseen as { rules: Record<string, { tp: number; fp: number }> }).rules);
      // Every relation found has at least one rule: the counts cover the split's tp and fp.
      const [, tp, fp] = /\nRELATIONS .*\(tp (\d+), fp (\d+),/.exec(plain) ?? [];
      expect(counts.reduce((n, c) => n + c.tp, 0)).toBeGreaterThanOrEqual(Number(tp));
      expect(counts.reduce((n, c) => n + c.fp, 0)).toBeGreaterThanOrEqual(Number(fp));
    });

    it("scores each dev article alone under --per-document, as score.mjs scores it alone, and lists no held-out article", async () => {
      // Two dev articles: each row must be that article's own score, not the pooled one.
      const both = path.join(tmp, "dev-both");
      writeTinyCorpus(both, { "t-dev": "dev", "t-test": "dev", "t-unseen": "unseen" });
      const plain = (await runEval({ ...options({ corpus: "dev" }), dev: both })).stdout;
      const { stdout } = await runEval({ ...options({ corpus: "dev", perDocument: true }), dev: both });
      expect(stdout.startsWith(plain)).toBe(true);
      const rows = stdout.slice(plain.length).split("\n").filter(Boolean);
      expect(rows[0]).toBe("per document (each article extracted and scored alone; tp/fp/fn):");
      const json = JSON.parse(
        (await runEval({ ...options({ corpus: "dev", perDocument: true, json: true }), dev: both })).stdout,
      );
      for (const [i, id] of ["t-dev", "t-test"].entries()) {
        const alone = JSON.parse(await reference(id, "--json"));
        const { tp, fp, fn } = alone.relations;
        expect(rows[i + 1]).toMatch(new RegExp(`^  ${id} +relations ${tp}/${fp}/${fn} +F1 `));
        expect(json.dev.perDocument[id].relations).toEqual({ tp, fp, fn, f1: alone.relations.f1 });
        expect(json.dev.perDocument[id].entities.tp).toBe(alone.entities.tp);
      }
      expect(rows).toHaveLength(3);
      // Held out: the unseen article is not listed under --corpus all, and its title says so.
      const all = (await runEval({ ...options({ corpus: "all", extraction: HANDMADE, perDocument: true }), dev: both }))
        .stdout;
      expect(all).toContain(
        "unseen batch (held out): 1 of 1 articles; articles not listed (--corpus unseen --per-document lists them)",
      );
      expect(all).not.toMatch(/^ {2}t-unseen /m);
      const alone = (await runEval({ ...options({ corpus: "unseen", perDocument: true }), dev: both })).stdout;
      expect(alone).toMatch(/^ {2}t-unseen +relations \d+\/\d+\/\d+ /m);
    });

    it("prints one JSON object keyed by block when several are scored", async () => {
      const { stdout } = await runEval(options({ corpus: "all", extraction: HANDMADE, json: true }));
      const parsed = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(parsed)).toEqual(["dev", "test", "unseen", "seeds"]);
      expect(parsed.dev).toEqual(JSON.parse(await reference("t-dev", "--json")));
    });
  });
});
