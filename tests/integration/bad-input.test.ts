// Bad input on disk: an empty file, binary data, a 20 MB text, invalid UTF-8, a text with no
// sentence and HTML with scripts, next to one good article. The corpus must come through with the
// usable documents, report the others by file name, and never throw; the extraction then runs on
// what came through. Then pathological texts under 1 MiB (no space, one list sentence, capitalised
// words), whose extraction must stay bounded. Files are made in a temp dir.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/extraction/corpus.ts";
import { extractCorpus } from "../../src/extraction/index.ts";
import { MAX_SENTENCE_CHARS } from "../../src/extraction/limits.ts";
import { DEFAULT_READ_OPTIONS } from "../../src/extraction/stages/01-read.ts";

const GOOD_ARTICLE = `Ministers Agree on Critical Minerals Pact
By Jane Doe | The Wire
March 3, 2025

Trade ministers from Australia and Japan agreed on Monday to coordinate purchases of rare earths.
“This is a first step,” the Australian minister said.

Share this article
`;

// Deterministic noise: a linear congruential generator, with NUL bytes every 64 bytes for good measure.
function noise(length: number): Uint8Array {
  let seed = 42;
  return Uint8Array.from({ length }, (_, i) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return i % 64 === 0 ? 0 : seed % 256;
  });
}

describe("integration/bad-input", () => {
  let dir: string;
  let corpus: Corpus;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-bad-input-"));
    writeFileSync(join(dir, "good.txt"), GOOD_ARTICLE);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), noise(4096));
    const line = "Officials met again to discuss tariffs and minerals in a long text. ";
    writeFileSync(join(dir, "huge.txt"), line.repeat(Math.ceil((20 * 1024 * 1024) / line.length)));
    // "Café “déjà vu”" in windows-1252: not valid UTF-8.
    writeFileSync(
      join(dir, "invalid-utf8.txt"),
      Uint8Array.from([
        ...Buffer.from("Caf"),
        0xe9,
        0x20,
        0x93,
        ...Buffer.from("d"),
        0xe9,
        0x6a,
        0xe0,
        0x20,
        0x76,
        0x75,
        0x94,
      ]),
    );
    writeFileSync(join(dir, "no-sentences.txt"), "----\n");
    writeFileSync(
      join(dir, "script.html"),
      `<html><head><title>Scripted Page About Trade</title><script>alert("pwned"); document.write("<p>fake</p>")</script></head>
       <body><p>Real paragraph about trade.</p><script type="text/javascript">var tracking = "id-123";</script></body></html>`,
    );
    corpus = await loadCorpus([dir]);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("loadCorpus", () => {
    it("reports the binary and the oversized file, naming each, and nothing else", () => {
      expect(corpus.errors.map((error) => error.file)).toEqual([join(dir, "binary.txt"), join(dir, "huge.txt")]);
      expect(corpus.errors[0]!.message).toContain("binary.txt");
      expect(corpus.errors[1]!.message).toContain("huge.txt");
      expect(DEFAULT_READ_OPTIONS.maxBytes).toBeLessThan(20 * 1024 * 1024);
    });

    it("reads an empty file and a text with no sentence as documents with no text", () => {
      const byId = new Map(corpus.documents.map((doc) => [doc.id, doc]));
      expect(byId.get("empty")).toMatchObject({ title: "", text: "" });
      expect(byId.get("no-sentences")).toMatchObject({ title: "", text: "" });
    });

    it("reads invalid UTF-8 as windows-1252", () => {
      expect(corpus.documents.find((doc) => doc.id === "invalid-utf8")?.text).toBe("Café “déjà vu”");
    });

    it("reads HTML without its scripts", () => {
      const page = corpus.documents.find((doc) => doc.id === "script");
      expect(page).toMatchObject({ title: "Scripted Page About Trade" });
      expect(page?.text).toContain("Real paragraph about trade.");
      expect(page?.text).not.toMatch(/pwned|fake|tracking|alert/);
    });

    it("reads the good article with its metadata", () => {
      expect(corpus.documents.map((doc) => doc.id)).toEqual([
        "empty",
        "good",
        "invalid-utf8",
        "no-sentences",
        "script",
      ]);
      expect(corpus.documents.find((doc) => doc.id === "good")).toEqual({
        id: "good",
        fileName: "good.txt",
        title: "Ministers Agree on Critical Minerals Pact",
        date: "2025-03-03",
        source: "The Wire",
        authors: ["Jane Doe"],
        text: [
          "Ministers Agree on Critical Minerals Pact",
          "",
          "Trade ministers from Australia and Japan agreed on Monday to coordinate purchases of rare earths.",
          "“This is a first step,” the Australian minister said.",
        ].join("\n"),
      });
    });
  });

  describe("extractCorpus", () => {
    it("extracts the documents that came through, empty ones included, without throwing", () => {
      const extraction = extractCorpus(corpus.documents);
      expect(extraction.documents.map((doc) => doc.id)).toEqual(corpus.documents.map((doc) => doc.id));
      const names = extraction.entities.map((entity) => `${entity.type}:${entity.name}`);
      expect(names).toEqual(expect.arrayContaining(["Country:Australia", "Country:Japan", "Mineral:rare earths"]));
      for (const entity of extraction.entities) {
        for (const mention of entity.mentions) expect(["good", "script", "invalid-utf8"]).toContain(mention.document);
      }
    });

    it("gives an empty result for a text that is only whitespace, punctuation or symbols", () => {
      const blank = (id: string, text: string) => ({
        id,
        fileName: `${id}.txt`,
        title: "",
        date: null,
        source: null,
        authors: [],
        text,
      });
      const extraction = extractCorpus([
        blank("a", ""),
        blank("b", " \n\t "),
        blank("c", "---- ### ...."),
        blank("d", "\u0000\u0001"),
      ]);
      expect(extraction.documents).toHaveLength(4);
      expect(extraction.entities).toEqual([]);
      expect(extraction.relations).toEqual([]);
      expect(extraction.statements).toEqual([]);
    });
  });
});

describe("integration/bad-input pathological texts", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kg-pathological-"));
    writeFileSync(join(dir, "no-space.txt"), "abcdefghij".repeat(51_200));
    const letters = Array.from({ length: 85_000 }, (_, i) => String.fromCharCode(65 + (i % 26)));
    writeFileSync(join(dir, "list.txt"), `${letters.join(", ")}.`);
    const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Lima"];
    writeFileSync(
      join(dir, "capitalised.txt"),
      Array.from({ length: 90_000 }, (_, i) => words[(i * 7) % 10]).join(" "),
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("extractCorpus", () => {
    it("extracts them with bounded tokens, sentences and output", async () => {
      const corpus = await loadCorpus([dir]);
      expect(corpus.documents.map((d) => d.id).sort()).toEqual(["capitalised", "list", "no-space"]);
      const bytes = corpus.documents.reduce((n, d) => n + d.text.length, 0);
      expect(bytes).toBeGreaterThan(1_000_000);
      const extraction = extractCorpus(corpus.documents);
      const size = JSON.stringify(extraction).length;
      // 128 KB of capitalised words wrote 110 MB: now at most a few characters per character read.
      expect(size).toBeLessThanOrEqual(8 * bytes);
      for (const entity of extraction.entities) {
        expect(entity.name.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        for (const m of entity.mentions) {
          expect(m.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          expect(m.end - m.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        }
      }
      for (const r of extraction.relations) {
        for (const ev of r.evidence) expect(ev.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      }
    });
  });
});
