// Stage 1 (reading) and its helpers: decoding, mojibake repair, HTML, furniture, bylines, dates,
// titles, and the five seed documents. Mojibake inputs are made by misreading clean UTF-8 with
// iconv-lite, so that the tables test the repair in general, not the seeds' words.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ConfigError, InvalidInputError } from "../../../src/errors.ts";
import { decodeBytes, isBinary } from "../../../src/extraction/read/decode.ts";
import {
  isFurnitureLine,
  removeFurnitureLines,
  removeInlineFurniture,
} from "../../../src/extraction/read/furniture.ts";
import { extractHtml, looksLikeHtml } from "../../../src/extraction/read/html.ts";
import {
  extractLineMetadata,
  extractTitle,
  parseByline,
  parseDate,
  parseDateLine,
} from "../../../src/extraction/read/metadata.ts";
import { detectMojibake, repairMojibake } from "../../../src/extraction/read/mojibake.ts";
import { DEFAULT_READ_OPTIONS, readDocument, resolveReadOptions } from "../../../src/extraction/stages/01-read.ts";
import { SEED_CORPUS } from "../../_helpers/seeds.ts";

const SEED_DIR = SEED_CORPUS;
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (fileName: string, text: string) => readDocument(fileName, utf8(text));
const readSeed = (prefix: string) => {
  const fileName = `${prefix}_${{ "000": "77ba8ad2264d3dac", "001": "1f42aa484f1ceb62", "002": "f022e26ff195047d", "003": "81341c49722d5974", "004": "c27792ad86a9def7" }[prefix]}.txt`;
  return readDocument(fileName, readFileSync(join(SEED_DIR, fileName)));
};

// UTF-8 bytes misread with a single-byte code page; TIS-620 drops the bytes it has no character for.
const misread = {
  "tis-620": (text: string) => iconv.decode(Buffer.from(text, "utf8"), "tis-620").replaceAll("\ufffd", ""),
  "windows-874": (text: string) => iconv.decode(Buffer.from(text, "utf8"), "windows-874"),
  "windows-1252": (text: string) => iconv.decode(Buffer.from(text, "utf8"), "windows-1252"),
  latin1: (text: string) => iconv.decode(Buffer.from(text, "utf8"), "latin1"),
};

describe("extraction/read/decode", () => {
  describe("decodeBytes", () => {
    it("rejects binary data with an InvalidInputError naming the file", () => {
      const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]);
      expect(() => decodeBytes("archive.txt", bytes)).toThrow(InvalidInputError);
      expect(() => decodeBytes("archive.txt", bytes)).toThrow(/archive\.txt/);
    });

    it("rejects text with a high share of control characters even without NUL bytes", () => {
      const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61));
      expect(isBinary(bytes)).toBe(true);
      expect(() => decodeBytes("noise.txt", bytes)).toThrow(InvalidInputError);
    });

    it("decodes empty input to an empty string", () => {
      expect(decodeBytes("empty.txt", new Uint8Array())).toBe("");
    });

    it("strips a UTF-8 byte order mark", () => {
      expect(decodeBytes("bom.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Zürich")]))).toBe("Zürich");
    });

    it("falls back to windows-1252 when the bytes are not valid UTF-8", () => {
      const bytes = Uint8Array.from([...utf8("Caf"), 0xe9, ...utf8(" "), 0x93, ...utf8("ok"), 0x94]);
      expect(decodeBytes("legacy.txt", bytes)).toBe("Café “ok”");
    });

    it("decodes UTF-16 when a byte order mark says so", () => {
      const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from("Hé", "utf16le")]);
      expect(decodeBytes("wide.txt", bytes)).toBe("Hé");
    });
  });
});

describe("extraction/read/mojibake", () => {
  describe("repairMojibake", () => {
    it("returns an empty text unchanged", () => {
      expect(repairMojibake("")).toBe("");
    });

    const sentences = [
      "The world’s “largest” producer—by far—met at the Trump–Xi summit; the nations’ heads agreed on détente…",
      "It’s a café in São Paulo and Zürich, © 2025, price €5, naïve façade.",
      "We’ll see: “it isn’t over”, she said — the 2020–2025 plan.",
    ];
    const cases = Object.entries(misread).flatMap(([codePage, encode]) =>
      sentences.map((sentence) => [codePage, encode(sentence), sentence] as const),
    );

    it.each(cases)("repairs UTF-8 read as %s: %j", (_codePage, broken, clean) => {
      expect(broken).not.toBe(clean);
      expect(repairMojibake(broken)).toBe(clean);
    });

    it.each([
      [
        "a no-break space read as latin1, then normalised to a space",
        "Mechanisms:Â The framework",
        "Mechanisms:\u00a0The framework",
      ],
      [
        "a no-break space read as latin1",
        "Domestic Approval:Â\u00a0Chinese officials",
        "Domestic Approval:\u00a0Chinese officials",
      ],
      ["an à whose A0 byte became a space", "voilÃ  fini", "voilà fini"],
      ["text misread twice", misread["windows-1252"](misread["windows-1252"]("déjà vu, it’s")), "déjà vu, it’s"],
      ["Cyrillic read as windows-1252", misread["windows-1252"]("привет мир"), "привет мир"],
      ["Chinese read as windows-1252", misread["windows-1252"]("中美贸易"), "中美贸易"],
    ])("repairs %s", (_case, broken, clean) => {
      expect(repairMojibake(broken)).toBe(clean);
    });

    it.each([
      ["accented Latin", "São Paulo, Zürich, naïve façade à la carte, Ångström"],
      ["Thai text", "สวัสดีครับ ประเทศไทย เป็นประเทศในเอเชียตะวันออกเฉียงใต้"],
      ["Thai words in English text", "The Thai word ไทย means free; Bangkok is กรุงเทพ and โอ is a name."],
      ["Chinese text", "中文新闻报道：中美贸易"],
      ["Greek and Cyrillic", "Ελληνικά και Русский текст"],
      ["curly quotes and dashes", "“Quoted” — dashes – kept, ‘single’ and ‘double’"],
      ["currency and degrees", "€100 and £5 at 30°C"],
      ["capitals before punctuation", "CAFÉ—BAR, ÉCOLE’S and IRMÃ e MAÇÃ"],
    ])("leaves %s alone", (_case, text) => {
      expect(repairMojibake(text)).toBe(text);
      expect(detectMojibake(text)).toEqual([]);
    });
  });

  describe("detectMojibake", () => {
    it("finds nothing in an empty text", () => {
      expect(detectMojibake("")).toEqual([]);
    });

    it("tells the Thai code page from windows-1252", () => {
      const sentence = "The world’s “largest” détente—by far.";
      expect(detectMojibake(misread["tis-620"](sentence))).toEqual(["windows-874"]);
      expect(detectMojibake(misread["windows-1252"](sentence))).toEqual(["windows-1252"]);
    });
  });
});

describe("extraction/read/html", () => {
  const page = `<!doctype html>
<html><head>
  <title>Deal reached | Daily Planet</title>
  <meta property="og:site_name" content="Daily Planet">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2025-10-27T08:00:00Z">
  <script>var secret = "script text";</script>
  <style>p { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>US and China reach a deal</h1>
    <p>Officials said on Monday &amp; Tuesday that&nbsp;talks    went well.</p>
    <p>Second <b>paragraph</b> with <a href="#">a link</a>.<br>After a break.</p>
    <script>document.write("injected")</script>
    <ul><li>One</li><li>Two</li></ul>
  </article>
  <aside>Related stories</aside>
  <form><label>Email</label><input name="email"><button>Subscribe</button></form>
  <noscript>Enable JavaScript</noscript>
  <footer>© 2025 Daily Planet</footer>
</body></html>`;

  describe("looksLikeHtml", () => {
    it("does not take prose that mentions a tag for HTML", () => {
      expect(looksLikeHtml("Use the <p> element for paragraphs.")).toBe(false);
    });

    it("is false for an empty text", () => {
      expect(looksLikeHtml("")).toBe(false);
    });

    it("recognises a page by its doctype or by its closing tags", () => {
      expect(looksLikeHtml(page)).toBe(true);
      expect(looksLikeHtml("<div><p>One</p><p>Two</p></div>")).toBe(true);
    });
  });

  describe("extractHtml", () => {
    it("survives malformed markup", () => {
      expect(extractHtml("<p>Unclosed <b>bold <div>and <<< broken").text).toContain("Unclosed bold");
    });

    it("gives no text and no metadata for an empty page", () => {
      expect(extractHtml("")).toEqual({ text: "", meta: { title: null, authors: [], date: null, source: null } });
    });

    it("drops scripts, styles, navigation, asides, forms, noscript and footers", () => {
      const { text } = extractHtml(page);
      for (const gone of ["secret", "color", "Home", "Related", "Subscribe", "Enable", "©", "injected"]) {
        expect(text).not.toContain(gone);
      }
    });

    it("turns blocks into lines and decodes entities", () => {
      const lines = extractHtml(page)
        .text.split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      expect(lines).toEqual([
        "US and China reach a deal",
        "Officials said on Monday & Tuesday that\u00a0talks went well.",
        "Second paragraph with a link.",
        "After a break.",
        "One",
        "Two",
      ]);
    });

    it("reads the page's metadata", () => {
      expect(extractHtml(page).meta).toEqual({
        title: "US and China reach a deal",
        authors: ["Jane Doe"],
        date: "2025-10-27T08:00:00Z",
        source: "Daily Planet",
      });
    });

    it("reads JSON-LD, og:title and <time datetime>", () => {
      const html = `<html><head><meta property="og:title" content="OG title here">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
        "author":[{"@type":"Person","name":"Ann Poe"}],"publisher":{"@type":"Organization","name":"The Wire"}}]}</script>
        </head><body><p>Text <time datetime="2024-03-05">March 5</time></p></body></html>`;
      expect(extractHtml(html).meta).toEqual({
        title: "OG title here",
        authors: ["Ann Poe"],
        date: "2024-03-05",
        source: "The Wire",
      });
    });

    it("keeps a form that wraps the whole article", () => {
      expect(
        extractHtml("<body><form><article><h1>Title</h1><p>Body text.</p></article></form></body>").text,
      ).toContain("Body text.");
    });
  });
});

describe("extraction/read/furniture", () => {
  describe("isFurnitureLine", () => {
    it("is false for an empty line", () => {
      expect(isFurnitureLine("")).toBe(false);
    });

    it.each([
      "top of page",
      "Bottom of page",
      "Back to top",
      "Leave a Reply",
      "Leave a comment",
      "Your email address will not be published. Required fields are marked *",
      "Comments",
      "0 Comments",
      "12 comments",
      "More News",
      "Related Articles",
      "Also Read: Trade talks stall in Geneva",
      "Read more",
      "Tune In",
      "Watch live",
      "Table of Contents",
      "– Ends",
      "-ENDS-",
      "###",
      "----",
      "Image Source: Getty Image",
      "Photo: Reuters",
      "Share this article",
      "Share",
      "Facebook Twitter WhatsApp",
      "Follow us on Google News",
      "Subscribe to our newsletter",
      "Advertisement",
      "© 2025 The Daily Planet. All rights reserved.",
      "Tags: trade, China",
    ])("drops %j", (line) => {
      expect(isFurnitureLine(line)).toBe(true);
    });

    it.each([
      "Highlights",
      "Rare Earth Disputes Take Center Stage",
      "With inputs from Reuters",
      "H. Rahman is a Jadetimes news reporter covering Business",
      "The comments by the minister drew criticism.",
      "More than 40 countries signed the deal.",
      "Share prices fell 3% on Monday.",
      "Top US and Chinese officials reached a tentative framework.",
      "Sign up rates for the programme doubled, officials said.",
    ])("keeps %j", (line) => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  });

  describe("removeInlineFurniture", () => {
    it("leaves an empty text empty", () => {
      expect(removeInlineFurniture("")).toBe("");
    });

    it.each([
      ["According to Reuters (opens in a new tab), talks went on.", "According to Reuters, talks went on."],
      ["See the report (opens in new window).", "See the report."],
      ["©!-- /wp:paragraph -->", "©"],
      ["<!-- wp:paragraph -->Text<!-- /wp:paragraph -->", "Text"],
      ['[caption id="a1"]A photo[/caption]', "A photo"],
    ])("cleans %j", (text, expected) => {
      expect(removeInlineFurniture(text)).toBe(expected);
    });
  });

  describe("removeFurnitureLines", () => {
    it("returns no lines for no lines", () => {
      expect(removeFurnitureLines([])).toEqual([]);
    });

    it("drops a glued section label above the headline, not a headline", () => {
      expect(removeFurnitureLines(["GeneralWorld News", "", "US, China reach trade framework", "Text."])).toEqual([
        "",
        "US, China reach trade framework",
        "Text.",
      ]);
      const headline = ["YouTube Removes Accounts", "The platform removed 200 accounts on Monday."];
      expect(removeFurnitureLines(headline)).toEqual(headline);
    });
  });
});

describe("extraction/read/metadata", () => {
  describe("parseByline", () => {
    it.each([
      "H. Rahman is a Jadetimes news reporter covering Business",
      "By the numbers: what the deal means",
      "By 2030, China will produce more.",
      "Reuters",
    ])("rejects a line that is not a byline: %j", (line) => {
      expect(parseByline(line)).toBeNull();
    });

    it("rejects an empty line", () => {
      expect(parseByline("")).toBeNull();
    });

    it.each([
      ["By Jane Doe", { authors: ["Jane Doe"], source: null, date: null }],
      ["By Jane Doe and John Roe | Reuters", { authors: ["Jane Doe", "John Roe"], source: "Reuters", date: null }],
      ["By JANE DOE, Reuters", { authors: ["Jane Doe"], source: "Reuters", date: null }],
      ["by Ana de la Cruz – Oct 27, 2025", { authors: ["Ana de la Cruz"], source: null, date: "2025-10-27" }],
      ["Hadisur Rahman, JadeTimes Staff", { authors: ["Hadisur Rahman"], source: "JadeTimes", date: null }],
      ["Jane Doe, Reuters Correspondent", { authors: ["Jane Doe"], source: "Reuters", date: null }],
    ])("reads %j", (line, expected) => {
      expect(parseByline(line)).toEqual(expected);
    });
  });

  describe("parseDate", () => {
    it.each(["", "no date here", "October 2025", "2025-13-01", "February 30, 2024", "10/27/2025"])(
      "finds no full date in %j",
      (value) => {
        expect(parseDate(value)).toBeNull();
      },
    );

    it.each([
      ["Oct 27, 2025", "2025-10-27"],
      ["October 27, 2025", "2025-10-27"],
      ["Sept. 3, 2025", "2025-09-03"],
      ["27 October 2025", "2025-10-27"],
      ["Monday, 27th of October, 2025", "2025-10-27"],
      ["2025-10-27", "2025-10-27"],
      ["2025-10-27T08:00:00+05:30", "2025-10-27"],
      ["2025/1/5", "2025-01-05"],
      ["February 29, 2024", "2024-02-29"],
    ])("reads %j", (value, iso) => {
      expect(parseDate(value)).toBe(iso);
    });
  });

  describe("parseDateLine", () => {
    it("rejects a sentence that contains a date", () => {
      expect(parseDateLine("Talks began on October 27, 2025 in Kuala Lumpur.")).toBeNull();
    });

    it("rejects an empty line", () => {
      expect(parseDateLine("")).toBeNull();
    });

    it.each([
      ["October 27, 2025", "2025-10-27"],
      ["Monday, October 27, 2025 10:45 AM IST", "2025-10-27"],
      ["Updated: 27 Oct 2025, 08:15 GMT", "2025-10-27"],
    ])("reads %j", (line, iso) => {
      expect(parseDateLine(line)).toBe(iso);
    });
  });

  describe("extractLineMetadata", () => {
    it("gives nothing for no lines", () => {
      expect(extractLineMetadata([])).toEqual({ lines: [], authors: [], date: null, source: null });
    });

    it("reads labels whose value is on a later line and drops both", () => {
      const lines = [
        "Story text.",
        "",
        "Published By:",
        "",
        "Aashish Vashistha",
        "",
        "Published On:",
        "",
        "Oct 27, 2025",
      ];
      expect(extractLineMetadata(lines)).toEqual({
        lines: ["Story text.", "", "", "", ""],
        authors: ["Aashish Vashistha"],
        date: "2025-10-27",
        source: null,
      });
    });

    it("keeps a sentence crediting an agency, which is not the source", () => {
      for (const credit of ["With inputs from Reuters", "(With inputs from agencies)", "With reporting by AFP."]) {
        const result = extractLineMetadata(["Story text.", credit]);
        expect(result.lines).toEqual(["Story text.", credit]);
        expect(result.source).toBeNull();
      }
    });

    it("does not take a date inside the story for the publication date", () => {
      const story = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`);
      story.splice(10, 0, "October 27, 2025");
      expect(extractLineMetadata(story).date).toBeNull();
    });

    it("prefers the outlet of a byline over a credit line", () => {
      const result = extractLineMetadata(["By Jane Doe | The Wire", "Story text.", "With inputs from Reuters"]);
      expect(result).toMatchObject({ authors: ["Jane Doe"], source: "The Wire" });
    });
  });

  describe("extractTitle", () => {
    it("gives an empty title for an empty text", () => {
      expect(extractTitle("")).toBe("");
    });

    it("takes a headline-like first line", () => {
      expect(extractTitle("US and China Reach a Framework\n\nOfficials said.")).toBe("US and China Reach a Framework");
    });

    it("takes a headline under a one-word kicker", () => {
      expect(extractTitle("Exclusive\nUS and China Reach a Framework\nText.")).toBe("US and China Reach a Framework");
    });

    it("falls back to the first sentence of the first paragraph, shortened", () => {
      expect(extractTitle("Highlights\n- A point.\nWill talks work? Officials hope so, they said.")).toBe(
        "Will talks work?",
      );
      const long = `${"word ".repeat(60)}end.`;
      expect(extractTitle(long).length).toBeLessThanOrEqual(120);
      expect(extractTitle(long).endsWith("…")).toBe(true);
    });
  });
});

describe("extraction/stages/01-read", () => {
  describe("resolveReadOptions", () => {
    it("rejects a maxBytes that is not a positive integer", () => {
      expect(() => resolveReadOptions({ maxBytes: 0 })).toThrow(ConfigError);
      expect(() => resolveReadOptions({ maxBytes: 1.5 })).toThrow(ConfigError);
    });

    it("gives the defaults for no options", () => {
      expect(resolveReadOptions()).toEqual(DEFAULT_READ_OPTIONS);
      expect(DEFAULT_READ_OPTIONS.maxBytes).toBe(5 * 1024 * 1024);
    });
  });

  describe("readDocument", () => {
    it("rejects binary data, naming the file", () => {
      const run = () => readDocument("dir/photo.txt", Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
      expect(run).toThrow(InvalidInputError);
      expect(run).toThrow(/photo\.txt/);
    });

    it("rejects a document over maxBytes, naming the file", () => {
      const run = () => readDocument("big.txt", utf8("x".repeat(2000)), { maxBytes: 1024 });
      expect(run).toThrow(InvalidInputError);
      expect(run).toThrow(/big\.txt/);
    });

    it("rejects bad options with a ConfigError", () => {
      expect(() => readDocument("a.txt", utf8("Text."), { maxBytes: -1 })).toThrow(ConfigError);
    });

    it.each([
      ["an empty file", ""],
      ["a blank file", "  \n\n\t \r\n"],
    ])("reads %s as a document with an empty text", (_case, content) => {
      expect(read("folder/empty.txt", content)).toEqual({
        id: "empty",
        fileName: "empty.txt",
        title: "",
        date: null,
        source: null,
        authors: [],
        text: "",
      });
    });

    it("cleans whitespace: CRLF, no-break spaces, trailing spaces, runs of blank lines", () => {
      const doc = read("a.txt", "Trade Talks Resume Today\r\n\r\n\r\n\r\nOne\u00a0two  \r\nthree\u200b.\t\n\n\n");
      expect(doc.text).toBe("Trade Talks Resume Today\n\nOne two\nthree.");
    });

    it("is deterministic", () => {
      const bytes = readFileSync(join(SEED_DIR, "003_81341c49722d5974.txt"));
      expect(readDocument("003.txt", bytes)).toEqual(readDocument("003.txt", bytes));
    });

    it("reads an HTML page: text, title, authors, date and source", () => {
      const html = `<html><head><title>Talks end | The Wire</title><meta name="author" content="By Jane Doe and John Roe">
        <meta property="og:site_name" content="The Wire"><meta property="article:published_time" content="2025-06-10T09:00:00Z">
        <script>alert("x")</script></head><body><nav>Menu</nav><p>Officials met in London.</p>
        <p>Share this article</p><footer>Footer</footer></body></html>`;
      expect(read("page.html", html)).toEqual({
        id: "page",
        fileName: "page.html",
        title: "Talks end",
        date: "2025-06-10",
        source: "The Wire",
        authors: ["Jane Doe", "John Roe"],
        text: "Talks end\n\nOfficials met in London.",
      });
    });

    it("reads HTML in a .txt file when the text clearly is HTML", () => {
      const doc = read(
        "page.txt",
        "<html><body><h1>Deal Reached in Geneva</h1><p>Text here.</p><script>x()</script></body></html>",
      );
      expect(doc.text).toBe("Deal Reached in Geneva\n\nText here.");
      expect(doc.title).toBe("Deal Reached in Geneva");
    });

    it("reads Markdown without its markup", () => {
      const doc = read(
        "note.md",
        "# Deal Reached in Geneva\n\nSee **the report** by [Reuters](https://reuters.com).\n",
      );
      expect(doc).toMatchObject({
        title: "Deal Reached in Geneva",
        text: "Deal Reached in Geneva\n\nSee the report by Reuters.",
      });
    });

    it("takes bylines and labels as metadata and drops furniture", () => {
      const doc = read(
        "story.txt",
        [
          "top of page",
          "World",
          "Ministers Agree on Mineral Pact",
          "By Jane Doe and John Roe | Reuters",
          "Monday, March 3, 2025",
          "Ministers agreed on a pact on Monday (opens in a new tab).",
          "Image Source: Getty Images",
          "Talks will resume on April 4, 2025.",
          "Share this article",
          "Leave a Reply",
        ].join("\n"),
      );
      expect(doc).toMatchObject({
        title: "Ministers Agree on Mineral Pact",
        authors: ["Jane Doe", "John Roe"],
        source: "Reuters",
        date: "2025-03-03",
      });
      expect(doc.text).toBe(
        "World\nMinisters Agree on Mineral Pact\nMinisters agreed on a pact on Monday.\nTalks will resume on April 4, 2025.",
      );
    });

    it("repairs mojibake before anything else reads the text", () => {
      const doc = read(
        "m.txt",
        misread["tis-620"]("Détente Holds in Kuala Lumpur\nThe world’s “largest” producer—by far."),
      );
      expect(doc.title).toBe("Détente Holds in Kuala Lumpur");
      expect(doc.text).toBe("Détente Holds in Kuala Lumpur\nThe world’s “largest” producer—by far.");
    });
  });

  describe("readDocument on the seed corpus", () => {
    it("003: repairs the Thai-code-page mojibake", () => {
      const doc = readSeed("003");
      expect(doc.text).toContain("détente");
      expect(doc.text).toContain("world’s");
      expect(doc.text).toContain("“preliminary consensus”");
      expect(doc.text).toContain("Trump–Xi");
      expect(doc.text).not.toMatch(/รฉ|โ€|โ|ย|[\u0e00-\u0e7f]/);
      expect(doc.text).not.toMatch(/opens in a new tab|wp:paragraph|Table of Contents|0 Comments|©/);
    });

    it("000: removes the latin1 no-break space mojibake", () => {
      const doc = readSeed("000");
      expect(doc.text).not.toContain("Â");
      expect(doc.text).not.toContain("\u00a0");
      expect(doc.text).toContain("Enforcement Mechanisms: The framework");
      expect(doc.title).toBe("Breaking Down the Historic Trade Agreement Between Washington and Beijing");
    });

    it("001: reads the byline labels and drops the furniture", () => {
      const doc = readSeed("001");
      expect(doc).toMatchObject({
        title: "US, China reach trade framework with rare earths on agenda ahead of Trump–Xi meet",
        authors: ["Aashish Vashistha"],
        date: "2025-10-27",
        // "With inputs from Reuters" credits the agency; the page does not name its own outlet.
        source: null,
      });
      expect(doc.text).toContain("With inputs from Reuters");
      for (const gone of ["Leave a Reply", "Your email address", "Tune In", "Published", "Ends", "GeneralWorld"]) {
        expect(doc.text).not.toContain(gone);
      }
    });

    it("002: reads the staff byline and keeps the sentence about the author", () => {
      const doc = readSeed("002");
      expect(doc).toMatchObject({ authors: ["Hadisur Rahman"], source: "JadeTimes" });
      expect(doc.text).toContain("H. Rahman is a Jadetimes news reporter covering Business");
      for (const gone of ["top of page", "bottom of page", "Image Source", "More News", "Hadisur Rahman, JadeTimes"]) {
        expect(doc.text).not.toContain(gone);
      }
      expect(doc.text).not.toMatch(/^Comments$/m);
    });

    it("004: keeps a text without furniture as it is", () => {
      const bytes = readFileSync(join(SEED_DIR, "004_c27792ad86a9def7.txt"));
      expect(readSeed("004").text).toBe(new TextDecoder().decode(bytes).trim());
    });

    it("every seed: the title is non-empty and no line has trailing spaces or 3+ line breaks", () => {
      for (const prefix of ["000", "001", "002", "003", "004"]) {
        const doc = readSeed(prefix);
        expect(doc.title).not.toBe("");
        expect(doc.text).not.toMatch(/[ \t]$|\n{3,}/m);
      }
    });
  });
});
