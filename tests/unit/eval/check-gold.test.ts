// Tests of the gold checker, then the checker run over every committed gold file: the seeds'
// (tests/fixtures/gold) and the development corpus's (tests/fixtures/dev/gold), pooled as the
// scorer pools them.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkGoldCorpus, checkGoldFile, type GoldFileInput, readDevManifest } from "../../../src/eval/index.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function readGoldDir(dir: string): GoldFileInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      file: path.relative(ROOT, path.join(dir, f)),
      json: JSON.parse(readFileSync(path.join(dir, f), "utf8")),
    }));
}

const SOUND = {
  doc: "a.txt",
  entities: [
    { name: "Scott Bessent", type: "Person", aliases: ["Bessent"] },
    { name: "United States", type: "Country", aliases: ["U.S."] },
    { name: "Geneva trade talks (May 2025)", type: "Meeting", aliases: [], keywords: [["Geneva"]] },
  ],
  relations: [
    { source: "Scott Bessent", predicate: "HOLDS_POSITION", target: "United States", attributes: { title: "x" } },
    { source: "Scott Bessent", predicate: "PARTICIPATED_IN", target: "Geneva trade talks (May 2025)" },
    { source: "Scott Bessent", predicate: "STATED", target: null, attributes: { quote: "a good talk" } },
  ],
  questions: [{ q: "Who?", answer: ["Scott Bessent"] }],
};

/** SOUND with one change applied to a deep copy. */
function broken(change: (g: typeof SOUND & Record<string, unknown>) => void): GoldFileInput {
  const json = structuredClone(SOUND);
  change(json);
  return { file: "a.json", json };
}

describe("eval/check-gold", () => {
  describe("checkGoldFile", () => {
    it("rejects what is not gold", () => {
      expect(checkGoldFile({ file: "a.json", json: [1] })).toHaveLength(1);
      expect(checkGoldFile({ file: "a.json", json: { doc: "a.txt" } })).toHaveLength(1);
    });

    it("accepts an empty file and a sound one", () => {
      expect(checkGoldFile({ file: "a.json", json: { doc: "a.txt", entities: [], relations: [] } })).toEqual([]);
      expect(checkGoldFile({ file: "a.json", json: SOUND })).toEqual([]);
    });

    it.each([
      ["a type outside the ontology", (g: typeof SOUND) => void (g.entities[0]!.type = "Human")],
      [
        "aliases that are not strings",
        (g: typeof SOUND) => void ((g.entities[0] as { aliases: unknown }).aliases = "Bessent"),
      ],
      [
        "keywords that are not lists of words",
        (g: typeof SOUND) => void ((g.entities[2] as { keywords: unknown }).keywords = ["Geneva"]),
      ],
      [
        "a name listed twice",
        (g: typeof SOUND) => void g.entities.push({ name: "scott bessent", type: "Person", aliases: [] }),
      ],
      ["a predicate outside the ontology", (g: typeof SOUND) => void (g.relations[0]!.predicate = "LEADS")],
      ["a source that is no entity", (g: typeof SOUND) => void (g.relations[0]!.source = "Bessent")],
      ["a target that is no entity", (g: typeof SOUND) => void (g.relations[1]!.target = "Geneva talks")],
      [
        "a STATED with a target",
        (g: typeof SOUND) => void ((g.relations[2] as { target: unknown }).target = "United States"),
      ],
      ["a STATED without a quote", (g: typeof SOUND) => void (g.relations[2]!.attributes = { title: "x" })],
      ["an answer that is no entity", (g: typeof SOUND) => void (g.questions[0]!.answer = ["Bessent"])],
    ])("reports %s", (_label, change) => {
      const problems = checkGoldFile(broken(change));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^gold: a\.json .* should be .*, found .*\.$/);
    });
  });

  describe("checkGoldCorpus", () => {
    it("accepts no files", () => {
      expect(checkGoldCorpus([])).toEqual([]);
    });

    it("reports a name used with two types and a name spelled two ways across files", () => {
      const other = {
        doc: "b.txt",
        entities: [
          { name: "united states", type: "Country", aliases: [] },
          { name: "Scott Bessent", type: "Agency", aliases: [] },
        ],
        relations: [],
      };
      const problems = checkGoldCorpus([
        { file: "a.json", json: SOUND },
        { file: "b.json", json: other },
      ]);
      expect(problems).toEqual([
        'gold: the name "scott bessent" should have one type, found Person and Agency in a.json, b.json.',
        'gold: the name "united states" should be spelled one way, found United States and united states in a.json, b.json.',
      ]);
    });

    it("finds no problem in the committed gold of the seeds and the development corpus", () => {
      const seeds = readGoldDir(path.join(ROOT, "tests/fixtures/gold"));
      const dev = readGoldDir(path.join(ROOT, "tests/fixtures/dev/gold"));
      expect(seeds).toHaveLength(5);
      // One gold file per article of the manifest, and none besides.
      const manifest = readDevManifest(path.join(ROOT, "tests/fixtures/dev"));
      expect(dev.map((g) => path.basename(g.file, ".json"))).toEqual(manifest.map((e) => e.id).sort());
      expect(checkGoldCorpus([...seeds, ...dev])).toEqual([]);
    });
  });

  // npm run eval must print what score.mjs prints on the shared gold: the fixtures are copies of it.
  // shared/ lies beside the repository on the team's machines and in CI, not in a user's clone.
  const SHARED_GOLD = path.join(ROOT, "../shared/eval/gold");
  describe.runIf(existsSync(SHARED_GOLD))("the seeds' gold fixtures", () => {
    it("are byte copies of shared/eval/gold", () => {
      const names = readdirSync(SHARED_GOLD)
        .filter((f) => f.endsWith(".json"))
        .sort();
      expect(readdirSync(path.join(ROOT, "tests/fixtures/gold")).sort()).toEqual(names);
      for (const name of names) {
        expect(readFileSync(path.join(ROOT, "tests/fixtures/gold", name), "utf8"), name).toBe(
          readFileSync(path.join(SHARED_GOLD, name), "utf8"),
        );
      }
    });
  });
});
