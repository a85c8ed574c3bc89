// The write-ahead journal of a data directory (DIR/journal.json): each mutation (ingest, remove)
// records its intent before touching any file, stages its new files as temporary files, marks the
// journal "commit", then renames and deletes. `recoverDataDir` finishes or undoes what a crash left.
// Only file moves and fsyncs here: what the files hold is live.ts's business.

import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { InvalidInputError } from "../errors.ts";
import { removeTempFiles, syncDirectory, writeFileAtomic } from "./store.ts";

/** The journal's file name in the data directory. */
export const JOURNAL_FILE = "journal.json";

/** Version of the journal's format. */
export const JOURNAL_VERSION = 1;

/** One mutation's intent. Paths are relative to the data directory, with `/` separators. */
export interface Journal {
  version: number;
  /** The mutation, for the record (recovery treats all alike). */
  op: "ingest" | "remove" | "compact";
  /** The document ingested or removed ("*" for a compaction). */
  document: string;
  /**
   * "prepare": the staged files may be incomplete; recovery removes them and changes nothing else.
   * "commit": every staged file is complete and fsynced; recovery finishes the renames and deletes.
   */
  state: "prepare" | "commit";
  /** Staged temporary file → the file it replaces, in order. */
  renames: [string, string][];
  /** Files removed by the mutation. */
  deletes: string[];
}

/** What `recoverDataDir` did. */
export interface Recovery {
  /** "none": no journal; "rolled back": an unfinished mutation undone; "rolled forward": one finished. */
  action: "none" | "rolled back" | "rolled forward";
  /** The journal found, if any. */
  journal?: Journal;
  /** Stale temporary files removed (relative paths). */
  removedTempFiles: string[];
}

/** The directories of a data directory that may hold temporary files. */
const TEMP_DIRECTORIES = [".", "documents", "analyses"];

function resolveInside(dataDir: string, relative: unknown): string {
  if (typeof relative !== "string" || relative === "" || path.isAbsolute(relative)) {
    throw new InvalidInputError(`journal: a path should be relative to ${dataDir}, found ${JSON.stringify(relative)}.`);
  }
  const resolved = path.resolve(dataDir, relative);
  const root = path.resolve(dataDir);
  if (!resolved.startsWith(root + path.sep)) {
    throw new InvalidInputError(`journal: a path should stay inside ${dataDir}, found ${JSON.stringify(relative)}.`);
  }
  return resolved;
}

/** Writes the journal atomically and durably (fsynced file and directory). */
export function writeJournal(dataDir: string, journal: Journal): void {
  writeFileAtomic(path.join(dataDir, JOURNAL_FILE), `${JSON.stringify(journal)}\n`);
}

/** Removes the journal durably: the mutation it records is over. */
export function removeJournal(dataDir: string): void {
  rmSync(path.join(dataDir, JOURNAL_FILE), { force: true });
  syncDirectory(dataDir);
}

/**
 * The journal of `dataDir`, or null when there is none. Throws `InvalidInputError` when it is not a
 * journal this version wrote (it is written atomically, so that means it was edited by hand).
 */
export function readJournal(dataDir: string): Journal | null {
  const file = path.join(dataDir, JOURNAL_FILE);
  if (!existsSync(file)) return null;
  let journal: Partial<Journal>;
  try {
    journal = JSON.parse(readFileSync(file, "utf8")) as Partial<Journal>;
  } catch (error) {
    throw new InvalidInputError(`journal: ${file} should be JSON, found ${String(error)}.`);
  }
  const valid =
    journal !== null &&
    typeof journal === "object" &&
    journal.version === JOURNAL_VERSION &&
    (journal.op === "ingest" || journal.op === "remove" || journal.op === "compact") &&
    typeof journal.document === "string" &&
    (journal.state === "prepare" || journal.state === "commit") &&
    Array.isArray(journal.renames) &&
    journal.renames.every((pair) => Array.isArray(pair) && pair.length === 2) &&
    Array.isArray(journal.deletes);
  if (!valid) {
    throw new InvalidInputError(
      `journal: ${file} should be a version ${JOURNAL_VERSION} journal, found another content.`,
    );
  }
  const checked = journal as Journal;
  for (const [from, to] of checked.renames) {
    resolveInside(dataDir, from);
    resolveInside(dataDir, to);
  }
  for (const file of checked.deletes) resolveInside(dataDir, file);
  return checked;
}

/**
 * Carries out a journal in "commit" state: renames every staged file that is still there onto its
 * target (in `recovery`, a missing one was renamed before a crash; otherwise a missing one is an
 * error), removes the deleted files, fsyncs the directories, then removes the journal. Idempotent
 * in `recovery`: safe to run again after a crash inside it.
 */
export function applyJournal(dataDir: string, journal: Journal, recovery = false): void {
  const touched = new Set<string>();
  for (const [from, to] of journal.renames) {
    const source = resolveInside(dataDir, from);
    const target = resolveInside(dataDir, to);
    if (!recovery || existsSync(source)) renameSync(source, target);
    touched.add(path.dirname(target));
  }
  for (const file of journal.deletes) {
    const target = resolveInside(dataDir, file);
    rmSync(target, { force: true });
    touched.add(path.dirname(target));
  }
  for (const directory of touched) syncDirectory(directory);
  removeJournal(dataDir);
}

/** Undoes a journal in "prepare" state: removes its staged files, then the journal. */
export function discardJournal(dataDir: string, journal: Journal): void {
  const touched = new Set<string>();
  for (const [from] of journal.renames) {
    const source = resolveInside(dataDir, from);
    rmSync(source, { force: true });
    touched.add(path.dirname(source));
  }
  for (const directory of touched) syncDirectory(directory);
  removeJournal(dataDir);
}

/**
 * Brings a data directory back to a consistent state after a crash: a journal in "commit" state is
 * finished (rolled forward), one in "prepare" state undone (rolled back: its document was never
 * acknowledged), then the temporary files left in DIR, DIR/documents and DIR/analyses are removed.
 * Run before reading the directory (`LiveGraph.open`, `kg build`), never while a mutation runs.
 */
export function recoverDataDir(dataDir: string): Recovery {
  const journal = readJournal(dataDir);
  let action: Recovery["action"] = "none";
  if (journal?.state === "commit") {
    applyJournal(dataDir, journal, true);
    action = "rolled forward";
  } else if (journal) {
    discardJournal(dataDir, journal);
    action = "rolled back";
  }
  const removedTempFiles = TEMP_DIRECTORIES.flatMap((directory) =>
    removeTempFiles(path.join(dataDir, directory)).map((name) => path.posix.join(directory, name)),
  );
  return { action, ...(journal ? { journal } : {}), removedTempFiles };
}
