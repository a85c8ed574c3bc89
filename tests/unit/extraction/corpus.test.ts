// The corpus loader: which files a directory contributes, in which order, and how failures are
// collected without stopping the other files. Works in a temporary directory; the seeds are read only.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, NotFoundError } from "../../../src/errors.ts";
import { listCorpusFiles, loadCorpus } from "../../../src/extraction/corpus.ts";
import { SEED_CORPUS } from "../../_helpers/seeds.ts";

const SEED_DIR = SEED_CORPUS;

describe("extraction/corpus", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kg-corpus-"));
    writeFileSync(join(dir, "b-story.txt"), "Second Story Of The Day\n\nText two.");
    writeFileSync(join(dir, "a-story.md"), "# First Story Of The Day\n\nText one.");
    writeFileSync(
      join(dir, "c-page.HTML"),
      "<html><body><h1>Third Story Of The Day</h1><p>Text three.</p></body></html>",
    );
    writeFileSync(join(dir, "d-page.htm"), "<p>Fourth</p><p>story</p><p>here.</p>");
    writeFileSync(join(dir, "notes.json"), "{}");
    writeFileSync(join(dir, "image.png"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    mkdirSync(join(dir, "nested.txt"));
    writeFileSync(join(dir, "nested.txt", "deep.txt"), "Not listed: directories are not walked.");
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("listCorpusFiles", () => {
    it("rejects a path that does not exist", async () => {
      await expect(listCorpusFiles([join(dir, "missing")])).rejects.toBeInstanceOf(NotFoundError);
    });

    it("lists nothing for no paths", async () => {
      expect(await listCorpusFiles([])).toEqual([]);
    });

    it("lists a directory's text, Markdown and HTML files by name, not its other files or subdirectories", async () => {
      expect(await listCorpusFiles([dir])).toEqual(
        ["a-story.md", "b-story.txt", "c-page.HTML", "d-page.htm"].map((name) => join(dir, name)),
      );
    });

    it("takes a file named directly whatever its extension, and lists a file once", async () => {
      const json = join(dir, "notes.json");
      const story = join(dir, "b-story.txt");
      expect(await listCorpusFiles([json, story, dir])).toEqual([
        json,
        story,
        join(dir, "a-story.md"),
        join(dir, "c-page.HTML"),
        join(dir, "d-page.htm"),
      ]);
    });
  });

  describe("loadCorpus", () => {
    it("rejects bad read options with a ConfigError", async () => {
      await expect(loadCorpus([dir], { read: { maxBytes: 0 } })).rejects.toBeInstanceOf(ConfigError);
    });

    it("gives nothing for no paths", async () => {
      expect(await loadCorpus([])).toEqual({ documents: [], errors: [] });
    });

    it("reports a missing path and still reads the others", async () => {
      const missing = join(dir, "missing");
      const { documents, errors } = await loadCorpus([missing, join(dir, "b-story.txt")]);
      expect(documents.map((doc) => doc.id)).toEqual(["b-story"]);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.file).toBe(missing);
      expect(errors[0]!.message).toContain("missing");
    });

    it("reads every format of a directory in name order", async () => {
      const { documents, errors } = await loadCorpus([dir]);
      expect(errors).toEqual([]);
      expect(documents.map((doc) => [doc.id, doc.title])).toEqual([
        ["a-story", "First Story Of The Day"],
        ["b-story", "Second Story Of The Day"],
        ["c-page", "Third Story Of The Day"],
        ["d-page", "Fourth"],
      ]);
      expect(documents[3]!.text).toBe("Fourth\n\nstory\n\nhere.");
    });

    it("reports a file whose bytes are binary, naming it", async () => {
      const { documents, errors } = await loadCorpus([join(dir, "image.png"), join(dir, "b-story.txt")]);
      expect(documents).toHaveLength(1);
      expect(errors).toEqual([{ file: join(dir, "image.png"), message: expect.stringContaining("image.png") }]);
    });

    it("reports a second file with the same id", async () => {
      const other = mkdtempSync(join(tmpdir(), "kg-corpus-dup-"));
      try {
        writeFileSync(join(other, "b-story.html"), "<p>Same id</p><p>as</p><p>b-story.txt</p>");
        const { documents, errors } = await loadCorpus([dir, other]);
        expect(documents.filter((doc) => doc.id === "b-story")).toHaveLength(1);
        expect(errors).toEqual([
          { file: join(other, "b-story.html"), message: expect.stringContaining("b-story.html") },
        ]);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    });

    it("reads the seed corpus", async () => {
      const { documents, errors } = await loadCorpus([SEED_DIR]);
      expect(errors).toEqual([]);
      expect(documents.map((doc) => doc.id)).toEqual([
        "000_77ba8ad2264d3dac",
        "001_1f42aa484f1ceb62",
        "002_f022e26ff195047d",
        "003_81341c49722d5974",
        "004_c27792ad86a9def7",
      ]);
      expect(documents.every((doc) => doc.text.length > 1000)).toBe(true);
    });
  });
});
