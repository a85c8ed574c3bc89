// Checks gathered development texts against the committed manifest and gold (tests/fixtures/dev):
// the first line is the manifest's headline, the second names the outlet, a dated entry has its
// "Published On:" line, and every gold relation's hint occurs in the text (spaces, quote marks and
// dashes folded; a hint's pieces around "..." or ";" each). Run after gathering the texts again on a new machine:
//   node --import tsx scripts/check-dev-texts.ts [root] [id-regex]
// It prints one line per text with a problem and a total; exit code 1 when a text is missing or its
// first lines are wrong (some hints shorten their sentence and are never found: check those by hand).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  date: string | null;
  headline: string;
}

interface GoldFile {
  relations: { hint?: string }[];
}

const root = process.argv[2] ?? ".";
const only = new RegExp(process.argv[3] ?? "");
const dev = join(root, "tests/fixtures/dev");
const manifest = JSON.parse(readFileSync(join(dev, "manifest.json"), "utf8")) as ManifestEntry[];

/** Folds the differences a copy may have without being another text: spaces, quote marks, dashes. */
function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** A hint's pieces: annotators leave words out with "..." and join two phrases with ";". */
function hintPieces(hint: string): string[] {
  return hint
    .split(/\.\.\.|\u2026|;/)
    .map((piece) => fold(piece).trim())
    .filter((piece) => piece.length > 0);
}

let checked = 0;
let bad = 0;
let wrong = 0;
let hintsMissing = 0;
let hintsTotal = 0;
for (const entry of manifest.filter((e) => only.test(e.id))) {
  const path = join(dev, "texts", entry.file);
  if (!existsSync(path)) {
    console.log(`${entry.id}: missing`);
    bad++;
    wrong++;
    continue;
  }
  checked++;
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const problems: string[] = [];
  if (lines[0]?.trim() !== entry.headline.trim()) problems.push(`headline "${lines[0]}"`);
  if (lines[1]?.trim() !== `Source: ${entry.outlet}`) problems.push(`source line "${lines[1]}"`);
  if (entry.date !== null && lines[2]?.trim() !== `Published On: ${entry.date}`) problems.push("no Published On line");
  if (problems.length > 0) wrong++;
  const folded = fold(text);
  const gold = JSON.parse(readFileSync(join(dev, "gold", `${entry.id}.json`), "utf8")) as GoldFile;
  const missing = gold.relations.filter(
    (r) => r.hint !== undefined && !hintPieces(r.hint).every((p) => folded.includes(p)),
  );
  hintsTotal += gold.relations.filter((r) => r.hint !== undefined).length;
  hintsMissing += missing.length;
  if (missing.length > 0)
    problems.push(`${missing.length} hints not found: ${missing.map((r) => JSON.stringify(r.hint)).join(", ")}`);
  if (problems.length > 0) {
    bad++;
    console.log(`${entry.id}: ${problems.join("; ")}`);
  }
}
console.log(
  `${checked} texts checked, ${bad} with problems; hints found ${hintsTotal - hintsMissing} of ${hintsTotal}`,
);
process.exitCode = wrong > 0 ? 1 : 0;
