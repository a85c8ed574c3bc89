// Plain-text normalisation shared by every input format: line breaks, invisible characters,
// spaces (no-break spaces become spaces), stray HTML entities, light Markdown markup, blank lines.
// Never changes quotation marks or dashes: later stages read “ ” " ‘ ’ – — as written.

import { DecodingMode, decodeHTML } from "entities";

/** CRLF, CR and the Unicode line and paragraph separators become LF. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n");
}

/**
 * Removes characters that carry nothing to read: zero-width spaces, word joiners, stray BOMs, soft
 * hyphens, and control characters other than tab and line feed (C1 controls left by bad decoding included).
 */
export function removeInvisible(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return text.replace(/[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

// No-break, figure, narrow and other fixed-width spaces; the ideographic space stays (CJK layout).
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]+/g;

/** One line: any run of spaces (no-break spaces included) becomes one space; both ends trimmed. */
export function normaliseLine(line: string): string {
  return line.replace(SPACES, " ").trim();
}

/** Joins lines, keeping at most one blank line between paragraphs and none at either end. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Decodes HTML entities left in a plain text by a scraper ("&amp;", "&#8217;"); only complete ones ending in ";". */
export function decodeStrayEntities(text: string): string {
  if (!/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.test(text)) return text;
  return decodeHTML(text, DecodingMode.Strict);
}

/**
 * Removes Markdown markup that is not text: heading and quote markers, images, link targets,
 * bold markers and link definitions. Single `*`/`_` emphasis stays (it is ambiguous in prose).
 */
export function stripMarkdown(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s{0,3}\[[^\]\n]+\]:\s*\S+/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, "$1")
        .replace(/^\s{0,3}(?:>\s?)+/, "")
        .replace(/^(\s*)[*+]\s+/, "$1- ")
        .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, "")
        .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, "$1")
        .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, "$1")
        .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2"),
    )
    .join("\n");
}
