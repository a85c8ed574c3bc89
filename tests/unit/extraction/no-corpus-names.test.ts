// Extraction must find the people, companies and meetings of an article, not know them: no string
// literal in src/extraction (comments aside) may be the name of a Person, Company or Meeting of the
// gold annotations (the seeds' and the development corpus's). Generic knowledge (countries,
// agencies, outlets, commodities, first-name and surname lists) is not checked here.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MEDIA_OUTLETS } from "../../../src/extraction/lexicon/organizations.ts";
import { EXCHANGES } from "../../../src/extraction/stages/03-mentions.ts";
import { STANDING_FORUMS } from "../../../src/extraction/stages/05-meetings.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SRC = path.join(ROOT, "src/extraction");
const GOLD_DIRS = [path.join(ROOT, "tests/fixtures/gold"), path.join(ROOT, "tests/fixtures/dev/gold")];

/**
 * Single words that name a gold company and that the datasets list as first names: the lexicons'
 * stop lists say they are mostly something else in the news (lexicon/people.ts FIRST_NAME_STOP,
 * lexicon/places.ts). Generic knowledge about world-famous brands; a full name is never allowed.
 * "Summit" is the common noun a gold meeting's alias can be, which the lexicons hold as an event word.
 */
const GENERIC_WORDS = new Set(["Ford", "Mercedes", "Tesla", "Summit"]);

/**
 * The news outlets' gazetteer is generic knowledge (major outlets and price agencies, listed since
 * the first extraction commit): an outlet a gold file types as a Company (a price agency, "Argus")
 * is not a name learnt from the corpus.
 */
const OUTLETS = new Set(MEDIA_OUTLETS);

/**
 * Stock exchanges are generic knowledge too (the listing reader's list): a gold file may type an
 * exchange ("NYSE") as a Company, the operator of a market. So are the world-famous standing bodies
 * named "Forum" (05-meetings.ts STANDING_FORUMS, there since the first forum rule), which a gold file
 * may type as the Meeting they hold.
 */
const GENERIC_NAMES = new Set([...OUTLETS, ...EXCHANGES, ...STANDING_FORUMS]);

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}

function goldNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const dir of GOLD_DIRS) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const gold = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { entities: GoldEntity[] };
      for (const entity of gold.entities) {
        if (!["Person", "Company", "Meeting"].includes(entity.type)) continue;
        for (const name of [entity.name, ...(entity.aliases ?? [])]) {
          // A lone surname or given name is generic (surname lists, stop lists); full names are not.
          const words = name.split(/\s+/).length;
          if (entity.type === "Person" && words < 2) continue;
          // An alias in lower case ("talks", "the summit") is a common noun, not a name.
          if (!/[A-Z]/.test(name)) continue;
          if (name.length >= 4 && !GENERIC_WORDS.has(name) && !GENERIC_NAMES.has(name)) {
            names.set(name, `${entity.type} in ${file}`);
          }
        }
      }
    }
  }
  return names;
}

/** The string literals of a TypeScript source, comments removed. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  return (code.match(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`/g) ?? []).map((l) => l.slice(1, -1));
}

describe("src/extraction", () => {
  it("names no person, company or meeting of the gold annotations", () => {
    const names = goldNames();
    expect(names.size).toBeGreaterThan(100);
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
    const offenders = files.flatMap((file) =>
      literals(readFileSync(path.join(SRC, file), "utf8"))
        .filter((literal) => names.has(literal))
        .map((literal) => `${file}: "${literal}" (${names.get(literal)})`),
    );
    expect(offenders).toEqual([]);
  });
});
