// The development corpus (tests/fixtures/dev): its manifest, and each split's gold and text files.
// Reads files only; no extraction and no scoring here (the CLI extracts, score.ts scores). The texts
// are third-party and git-ignored, so a split may lack some or all of them: only the articles whose
// text is present are scored, and the caller says which are missing.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import { type Gold, loadGold, mergeGold } from "./score.ts";

/**
 * The splits of the development corpus: `dev` is read while developing; `test` is held out; `unseen`
 * is a second held-out batch, gathered and annotated apart, scored independently at the end of a piece
 * of work.
 */
export const DEV_SPLITS = ["dev", "test", "unseen"] as const;
export type DevSplit = (typeof DEV_SPLITS)[number];

/** One article of the development corpus, as `manifest.json` lists it. */
export interface DevManifestEntry {
  id: string;
  /** The text's file name under `texts/`. */
  file: string;
  /** Where the article was published, and how the search tool's `pages` corpus finds it again. */
  url: string;
  query: string;
  rank: number;
  outlet: string;
  date: string | null;
  split: DevSplit;
  /** `same`: the seeds' beat; `other`: its neighbours. */
  beat: "same" | "other";
  /** The text's first line, and whether it is the page's own headline or a written one. */
  headline: string;
  headlineFrom: "page" | "written";
}

/** One split, ready to extract and score. */
export interface DevSplitInput {
  split: DevSplit;
  /** Articles of the split in the manifest. */
  total: number;
  /** Paths of the texts present, in manifest order. */
  texts: string[];
  /** Ids of the articles whose text is missing. */
  missing: string[];
  /** The merged gold of the articles whose text is present. */
  gold: Gold;
  /** Each article whose text is present: its id, text path and own gold, in manifest order. */
  articles: { id: string; text: string; gold: Gold }[];
}

const REQUIRED_STRINGS = ["id", "file", "url", "query", "outlet", "headline"] as const;

/** Reads and checks `<dir>/manifest.json`. Throws `NotFoundError` without one, `InvalidInputError` on a bad entry. */
export function readDevManifest(dir: string): DevManifestEntry[] {
  const file = path.join(dir, "manifest.json");
  if (!existsSync(file))
    throw new NotFoundError(`eval: ${file} should be the development corpus manifest, found nothing.`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`eval: ${file} should be JSON, found ${(error as Error).message}.`);
  }
  if (!Array.isArray(value)) throw new InvalidInputError(`eval: ${file} should hold an array, found ${typeof value}.`);
  const ids = new Set<string>();
  for (const entry of value as Record<string, unknown>[]) {
    const bad = (what: string, found: unknown) => {
      throw new InvalidInputError(
        `eval: ${file} entry ${JSON.stringify(entry?.id)} should have ${what}, found ${JSON.stringify(found)}.`,
      );
    };
    if (typeof entry !== "object" || entry === null) bad("fields", entry);
    for (const key of REQUIRED_STRINGS)
      if (typeof entry[key] !== "string" || entry[key] === "") bad(`a ${key}`, entry[key]);
    if (!DEV_SPLITS.includes(entry.split as DevSplit)) bad("a split dev, test or unseen", entry.split);
    if (!Number.isInteger(entry.rank)) bad("an integer rank", entry.rank);
    if (ids.has(entry.id as string)) bad("a unique id", entry.id);
    ids.add(entry.id as string);
  }
  return value as DevManifestEntry[];
}

/**
 * Reads one split of the development corpus in `dir`: which texts are present under `texts/`, and
 * the merged gold (`gold/<id>.json`) of those articles only, so that a partial set of texts is
 * scored against its own gold. Throws `NotFoundError` when an article's gold file is missing.
 */
export function readDevSplit(dir: string, split: DevSplit, manifest = readDevManifest(dir)): DevSplitInput {
  const entries = manifest.filter((e) => e.split === split);
  const present = entries.filter((e) => existsSync(path.join(dir, "texts", e.file)));
  const golds = present.map((e) => {
    const file = path.join(dir, "gold", `${e.id}.json`);
    if (!existsSync(file)) throw new NotFoundError(`eval: ${file} should be the gold of ${e.id}, found nothing.`);
    return loadGold(file);
  });
  const texts = present.map((e) => path.join(dir, "texts", e.file));
  return {
    split,
    total: entries.length,
    texts,
    missing: entries.filter((e) => !present.includes(e)).map((e) => e.id),
    gold: mergeGold(golds),
    articles: present.map((e, i) => ({ id: e.id, text: texts[i]!, gold: golds[i]! })),
  };
}
