// Tests leave the working tree as they found it and do not depend on what a user put in it: no test
// file names graph-data/ in its code (they read the seed fixture through tests/_helpers/seeds.ts;
// only graph-data.test.ts compares graph-data/ with it), and none names docs/screenshots/ (the
// browser tests write their screenshots to a temporary folder; `npm run screenshots` writes the
// README's).

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const TESTS = fileURLToPath(new URL("../", import.meta.url));

/** Every TypeScript file under tests/, fixtures aside, relative to tests/. */
function testSources(): string[] {
  return (readdirSync(TESTS, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("fixtures/"))
    .sort();
}

/** The string literals of a source file that contain `needle` (comments are not literals). */
function literalsWith(source: string, needle: string): string[] {
  const code = source.replace(/^\s*\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
  return (code.match(/"[^"\n]*"|'[^'\n]*'|`[^`]*`/g) ?? []).filter((literal) => literal.includes(needle));
}

describe("tests", () => {
  describe("sources", () => {
    it("name graph-data/ only in graph-data.test.ts", () => {
      const offenders = testSources()
        .filter((file) => file !== "unit/graph-data.test.ts" && file !== "unit/isolation.test.ts")
        .flatMap((file) =>
          literalsWith(readFileSync(path.join(TESTS, file), "utf8"), "graph-data").map((l) => `${file}: ${l}`),
        );
      expect(offenders).toEqual([]);
    });

    it("never name docs/screenshots/", () => {
      const offenders = testSources()
        .filter((file) => file !== "unit/isolation.test.ts")
        .flatMap((file) =>
          literalsWith(readFileSync(path.join(TESTS, file), "utf8"), "screenshots/").map((l) => `${file}: ${l}`),
        );
      expect(offenders).toEqual([]);
    });
  });
});
