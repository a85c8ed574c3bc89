// End-to-end tests of the `kg` executable: each case spawns `node bin/kg.js …` for real and checks
// exit codes, stdout and stderr, and the files `build` writes. The scores of `kg eval` are compared
// with the reference score.mjs (tests/fixtures/eval/score.mjs) on the same extraction.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashExtractor, MANIFEST_VERSION } from "../../src/cli/commands/build.ts";
import { SEED_CORPUS } from "../_helpers/seeds.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEEDS = SEED_CORPUS;
const GOLD_DIR = path.join(ROOT, "tests/fixtures/gold");
const REFERENCE = path.join(ROOT, "tests/fixtures/eval/score.mjs");
const SEED_IDS = [
  "000_77ba8ad2264d3dac",
  "001_1f42aa484f1ceb62",
  "002_f022e26ff195047d",
  "003_81341c49722d5974",
  "004_c27792ad86a9def7",
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node script to completion; asynchronous so that independent cases run side by side. */
function runNode(args: string[]): Promise<Run> {
  // A fixed build time (the reproducible-builds convention) makes graph.json byte-identical too.
  return runNodeWith(args, { SOURCE_DATE_EPOCH: "1763769600" });
}

/** Runs a Node script with extra environment variables. */
function runNodeWith(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

function kg(...args: string[]): Promise<Run> {
  return runNode([path.join(ROOT, "bin/kg.js"), ...args]);
}

async function reference(extraction: string, ...flags: string[]): Promise<string> {
  const { status, stdout, stderr } = await runNode([REFERENCE, GOLD_DIR, extraction, ...flags]);
  expect(status, stderr).toBe(0);
  return stdout;
}

const tmp = mkdtempSync(path.join(tmpdir(), "kg-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("cli", () => {
  describe.concurrent("usage", () => {
    it.each(["extract", "build", "eval", "summary"])("kg %s --help exits 0 and shows the usage", async (command) => {
      const run = await kg(command, "--help");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: kg ${command}`);
    });

    it("kg --help lists every command", async () => {
      const run = await kg("--help");
      expect(run.status).toBe(0);
      for (const command of ["extract", "build", "eval", "summary"]) expect(run.stdout).toContain(command);
    });

    it("exits 2 on an unknown command", async () => {
      const run = await kg("frobnicate");
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("frobnicate");
    });

    it("exits 2 on an unknown option", async () => {
      expect((await kg("build", "--no-such-option")).status).toBe(2);
    });

    it("exits 2 when extract gets no path", async () => {
      expect((await kg("extract")).status).toBe(2);
    });

    it("exits 2 without a command", async () => {
      expect((await kg()).status).toBe(2);
    });
  });

  describe.concurrent("extract", () => {
    it("exits 1 naming the file when the only file is missing", async () => {
      const missing = path.join(tmp, "no-such-article.txt");
      const run = await kg("extract", missing);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("no-such-article.txt");
    });

    it("reports an unreadable file and still extracts the others", async () => {
      const run = await kg(
        "extract",
        path.join(tmp, "no-such-article.txt"),
        path.join(SEEDS, `${SEED_IDS[1]}.txt`),
        "--json",
      );
      expect(run.status).toBe(0);
      expect(run.stderr).toContain("no-such-article.txt");
      expect(JSON.parse(run.stdout).documents.map((d: { id: string }) => d.id)).toEqual([SEED_IDS[1]]);
    });

    it("prints one JSON object with the five documents", async () => {
      const run = await kg("extract", SEEDS, "--json");
      expect(run.status, run.stderr).toBe(0);
      const extraction = JSON.parse(run.stdout);
      expect(Object.keys(extraction)).toEqual(["documents", "entities", "relations", "statements", "merges"]);
      expect(extraction.documents.map((d: { id: string }) => d.id)).toEqual(SEED_IDS);
      expect(run.stdout).toBe(`${JSON.stringify(extraction, null, 2)}\n`);
    });

    it("prints a summary without --json and writes the JSON with --out", async () => {
      const out = path.join(tmp, "out.json");
      const run = await kg("extract", SEEDS, "--out", out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^5 documents, /);
      expect(run.stdout).toContain("entities by type");
      expect(run.stdout).toContain("relations by predicate");
      expect(JSON.parse(readFileSync(out, "utf8")).documents).toHaveLength(5);
    });
  });

  describe("build, summary and eval", () => {
    const data = path.join(tmp, "data");
    const extractionFile = path.join(data, "extraction.json");
    const manifestFile = path.join(data, "manifest.json");
    const graphFile = path.join(data, "graph.json");
    let first: Run;
    let firstExtraction: string;
    let firstManifest: string;
    let firstGraph: string;

    beforeAll(async () => {
      mkdirSync(data);
      cpSync(SEEDS, path.join(data, "documents"), { recursive: true });
      first = await kg("build", "--data", data);
      firstExtraction = readFileSync(extractionFile, "utf8");
      firstManifest = readFileSync(manifestFile, "utf8");
      firstGraph = readFileSync(graphFile, "utf8");
    });

    it("writes the graph, with one node per entity and the fixed build time", () => {
      const extraction = JSON.parse(firstExtraction);
      const graph = JSON.parse(firstGraph);
      expect(graph.nodes).toHaveLength(extraction.entities.length);
      expect(graph.edges).toHaveLength(extraction.relations.length);
      expect(graph.attributes.builtAt).toBe("2025-11-22T00:00:00.000Z");
      expect(readdirSync(path.join(data, "analyses")).sort()).toEqual(SEED_IDS.map((id) => `${id}.json`));
    });

    it("writes extraction.json and manifest.json", () => {
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain("extraction.json");
      const extraction = JSON.parse(firstExtraction);
      expect(extraction.documents).toHaveLength(5);
      expect(firstExtraction.endsWith("}\n")).toBe(true);
      const manifest = JSON.parse(firstManifest);
      expect(manifest.version).toBe(MANIFEST_VERSION);
      expect(manifest.extractor).toBe(hashExtractor());
      expect(manifest.counts.documents).toBe(5);
      expect(manifest.counts.entities).toBe(extraction.entities.length);
      const seed = `${SEED_IDS[0]}.txt`;
      expect(manifest.documents[0]).toEqual({
        id: SEED_IDS[0],
        file: `documents/${seed}`,
        sha256: createHash("sha256")
          .update(readFileSync(path.join(SEEDS, seed)))
          .digest("hex"),
      });
      expect(firstManifest).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    });

    it("says up to date the second time and leaves the files alone", async () => {
      const mtime = statSync(extractionFile).mtimeMs;
      const second = await kg("build", "--data", data);
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout).toContain("up to date");
      expect(statSync(extractionFile).mtimeMs).toBe(mtime);
    });

    it("rebuilds when the manifest records another extractor", async () => {
      const manifest = JSON.parse(firstManifest);
      writeFileSync(manifestFile, JSON.stringify({ ...manifest, extractor: "0".repeat(64) }));
      const rebuilt = await kg("build", "--data", data);
      expect(rebuilt.status, rebuilt.stderr).toBe(0);
      expect(rebuilt.stdout).not.toContain("up to date");
      expect(readFileSync(manifestFile, "utf8")).toBe(firstManifest);
    });

    it("rebuilds over a truncated graph.json or a garbage extraction.json instead of saying up to date", async () => {
      writeFileSync(graphFile, firstGraph.slice(0, Math.floor(firstGraph.length / 2)));
      const overTruncated = await kg("build", "--data", data);
      expect(overTruncated.status, overTruncated.stderr).toBe(0);
      expect(overTruncated.stdout).not.toContain("up to date");
      expect(readFileSync(graphFile, "utf8")).toBe(firstGraph);
      writeFileSync(extractionFile, '{"documents": "garbage"}\n');
      const overGarbage = await kg("build", "--data", data);
      expect(overGarbage.status, overGarbage.stderr).toBe(0);
      expect(overGarbage.stdout).not.toContain("up to date");
      expect(readFileSync(extractionFile, "utf8")).toBe(firstExtraction);
      const again = await kg("build", "--data", data);
      expect(again.stdout).toContain("up to date");
    });

    it("hashes the extractor's sources: another file content, another hash", () => {
      const sources = path.join(tmp, "extractor");
      mkdirSync(path.join(sources, "rules"), { recursive: true });
      writeFileSync(path.join(sources, "index.ts"), "export const a = 1;\n");
      writeFileSync(path.join(sources, "rules", "x.ts"), "export const b = 2;\n");
      const before = hashExtractor(sources);
      expect(hashExtractor(sources)).toBe(before);
      writeFileSync(path.join(sources, "rules", "x.ts"), "export const b = 3;\n");
      expect(hashExtractor(sources)).not.toBe(before);
    });

    it("rebuilds byte-identical files with --force", async () => {
      const forced = await kg("build", "--data", data, "--force");
      expect(forced.status, forced.stderr).toBe(0);
      expect(forced.stdout).not.toContain("up to date");
      expect(readFileSync(extractionFile, "utf8")).toBe(firstExtraction);
      expect(readFileSync(manifestFile, "utf8")).toBe(firstManifest);
      expect(readFileSync(graphFile, "utf8")).toBe(firstGraph);
      expect(readdirSync(data).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });

    it("summarises the built extraction", async () => {
      const run = await kg("summary", "--data", data);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^5 documents, /);
      expect(run.stdout).toContain("top entities by mentions");
    });

    it("fails with exit 1 when there is nothing to summarise", async () => {
      const run = await kg("summary", "--data", path.join(tmp, "empty"));
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("extraction.json");
    });

    it("prints what score.mjs prints, for a file and for the in-process extraction", async () => {
      const fromFile = await kg("eval", "--extraction", extractionFile);
      expect(fromFile.stdout).toBe(await reference(extractionFile));
      const verboseJson = await kg("eval", "--extraction", extractionFile, "--verbose", "--json");
      expect(verboseJson.stdout).toBe(await reference(extractionFile, "--verbose", "--json"));
      // Without --extraction, eval extracts DIR/documents/: the same seeds as the copy.
      const inProcess = await kg("eval", "--corpus", "seeds", "--data", data, "--verbose");
      expect(inProcess.status, inProcess.stderr).toBe(0);
      expect(inProcess.stdout).toBe(await reference(extractionFile, "--verbose"));
    });
  });

  describe("build on other folders", () => {
    /** A data folder whose documents/ holds the given files. */
    function folder(name: string, files: Record<string, string>): string {
      const dir = path.join(tmp, name);
      mkdirSync(path.join(dir, "documents"), { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, "documents", file), text);
      return dir;
    }
    const seed = (i: number) => readFileSync(path.join(SEEDS, `${SEED_IDS[i % SEED_IDS.length]}.txt`), "utf8");

    it("says '1 document unchanged', in the singular, for one document", async () => {
      const dir = folder("one", { "only.txt": seed(0) });
      expect((await kg("build", "--data", dir)).status).toBe(0);
      const again = await kg("build", "--data", dir);
      expect(again.stdout).toContain("(1 document unchanged)");
    });

    it("reports progress on stderr, one line per interval when stderr is not a terminal", async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 12; i++) files[`doc_${String(i).padStart(2, "0")}.txt`] = seed(i);
      const dir = folder("progress", files);
      const run = await runNodeWith([path.join(ROOT, "bin/kg.js"), "build", "--data", dir], {
        KG_PROGRESS_INTERVAL: "0",
      });
      expect(run.status, run.stderr).toBe(0);
      const lines = run.stderr.split("\n").filter((line) => line.startsWith("kg build: "));
      expect(lines.length).toBeGreaterThanOrEqual(6);
      for (const line of lines) expect(line).toMatch(/^kg build: \d+\/12 documents \(\d+%\), [\d.]+ [kM]B\/s, ETA /);
      expect(lines.at(-1)).toMatch(/^kg build: 12\/12 documents \(100%\)/);
      expect(run.stderr).not.toContain("\r");
      expect(run.stdout).not.toMatch(/[kM]B\/s/);
    });

    it("refuses a symbolic link in documents/ instead of reading what it points to", async () => {
      const secret = path.join(tmp, "secret.txt");
      writeFileSync(secret, "Zorblax Quentavious met Vintabular Oxrenkov in Paris on Monday.\n");
      const dir = folder("links", { "a.txt": seed(0) });
      symlinkSync(secret, path.join(dir, "documents", "leak.txt"));
      const run = await kg("build", "--data", dir);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain("symbolic link");
      const extraction = readFileSync(path.join(dir, "extraction.json"), "utf8");
      expect(JSON.parse(extraction).documents.map((d: { id: string }) => d.id)).toEqual(["a"]);
      expect(extraction).not.toContain("Zorblax");
    });

    it("finishes a journaled change left by a killed server before reading the folder", async () => {
      const dir = folder("journal", { "a.txt": seed(0) });
      // An ingest killed after its commit point: the staged file is complete, the rename did not happen.
      writeFileSync(path.join(dir, "documents", ".b.txt.1.0.tmp"), seed(1));
      // And a stale temporary file from some other write.
      writeFileSync(path.join(dir, ".graph.json.1.1.tmp"), "half");
      const journal = {
        version: 1,
        op: "ingest",
        document: "b",
        state: "commit",
        renames: [["documents/.b.txt.1.0.tmp", "documents/b.txt"]],
        deletes: [],
      };
      writeFileSync(path.join(dir, "journal.json"), JSON.stringify(journal));
      const run = await kg("build", "--data", dir);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain("rolled forward");
      const extraction = JSON.parse(readFileSync(path.join(dir, "extraction.json"), "utf8"));
      expect(extraction.documents.map((d: { id: string }) => d.id)).toEqual(["a", "b"]);
      expect(readdirSync(dir).filter((name) => name.endsWith(".tmp") || name === "journal.json")).toEqual([]);
      expect(readdirSync(path.join(dir, "documents"))).toEqual(["a.txt", "b.txt"]);
    });
  });
});
