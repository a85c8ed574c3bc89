// The corpus loader's file handling: symbolic links inside a folder are refused (never followed,
// whatever they point to), and a document's <id>.meta.json sidecar applies over the reader's
// metadata without changing the text.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listCorpusFiles, loadCorpus, metaFileOf } from "../../../src/extraction/corpus.ts";

const root = mkdtempSync(path.join(tmpdir(), "kg-corpus-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE = "Canada and Chile Agree on Lithium Cooperation\n\nCanada met Chile in Ottawa on Monday.\n";

describe("extraction/corpus", () => {
  describe("loadCorpus and listCorpusFiles with symbolic links", () => {
    it("refuses a link in a folder, to a file outside or inside it, and reads the other files", async () => {
      const dir = path.join(root, "links");
      mkdirSync(dir);
      const outside = path.join(root, "passwd.txt");
      writeFileSync(outside, "root:x:0:0:root:/root:/bin/bash\n");
      writeFileSync(path.join(dir, "a.txt"), ARTICLE);
      symlinkSync(outside, path.join(dir, "leak.txt"));
      symlinkSync(path.join(dir, "a.txt"), path.join(dir, "twin.txt"));
      const { documents, errors } = await loadCorpus([dir]);
      expect(documents.map((d) => d.id)).toEqual(["a"]);
      expect(errors.map((e) => path.basename(e.file))).toEqual(["leak.txt", "twin.txt"]);
      for (const error of errors) expect(error.message).toContain("symbolic link");
      expect((await listCorpusFiles([dir])).map((file) => path.basename(file))).toEqual(["a.txt"]);
    });
  });

  describe("loadCorpus with metadata sidecars", () => {
    it("applies title, source and date from <id>.meta.json and keeps the text", async () => {
      const dir = path.join(root, "meta");
      mkdirSync(dir);
      writeFileSync(path.join(dir, "a.txt"), ARTICLE);
      writeFileSync(path.join(dir, "b.txt"), ARTICLE);
      writeFileSync(metaFileOf(path.join(dir, "b.txt")), JSON.stringify({ title: "probe", date: "2025-02-03" }));
      const { documents, errors } = await loadCorpus([dir]);
      expect(errors).toEqual([]);
      const [a, b] = documents;
      expect(a!.title).toBe("Canada and Chile Agree on Lithium Cooperation");
      expect(b).toMatchObject({ id: "b", title: "probe", date: "2025-02-03", source: a!.source });
      expect(b!.text).toBe(a!.text);
    });

    it("reports a document whose sidecar is not a JSON object of single-line strings", async () => {
      const dir = path.join(root, "bad-meta");
      mkdirSync(dir);
      writeFileSync(path.join(dir, "a.txt"), ARTICLE);
      writeFileSync(path.join(dir, "a.meta.json"), JSON.stringify({ title: "two\nlines" }));
      const { documents, errors } = await loadCorpus([dir]);
      expect(documents).toEqual([]);
      expect(errors[0]?.message).toContain("single-line");
    });
  });
});
