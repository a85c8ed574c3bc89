// Stage 1: bytes to a SourceDocument. Decodes, repairs mojibake, strips HTML and page furniture,
// reads the metadata (title, date, outlet, authors) and fixes the text every later offset points
// into. Pure: no file system access (corpus.ts reads files); same bytes, same document.

import { ConfigError, InvalidInputError } from "../../errors.ts";
import { decodeBytes } from "../read/decode.ts";
import { removeFurnitureLines, removeInlineFurniture } from "../read/furniture.ts";
import { extractHtml, type HtmlMetadata, looksLikeHtml } from "../read/html.ts";
import { extractLineMetadata, extractTitle, parseByline, parseDate } from "../read/metadata.ts";
import { repairMojibake } from "../read/mojibake.ts";
import {
  decodeStrayEntities,
  joinLines,
  normaliseLine,
  normaliseLineBreaks,
  removeInvisible,
  stripMarkdown,
} from "../read/text.ts";
import type { SourceDocument } from "../types.ts";

/** Options of `readDocument`. */
export interface ReadOptions {
  /** Largest document accepted, in bytes (a positive integer). Default: 5 MiB. */
  maxBytes?: number;
}

/** The defaults of `ReadOptions`. */
export const DEFAULT_READ_OPTIONS: Readonly<Required<ReadOptions>> = { maxBytes: 5 * 1024 * 1024 };

/** Defaults plus validation; throws `ConfigError` on an option that cannot be used. */
export function resolveReadOptions(options: ReadOptions = {}): Required<ReadOptions> {
  const resolved = { ...DEFAULT_READ_OPTIONS, ...options };
  if (!Number.isInteger(resolved.maxBytes) || resolved.maxBytes <= 0) {
    throw new ConfigError(`read: maxBytes should be a positive integer, found ${String(resolved.maxBytes)}.`);
  }
  return resolved;
}

/** True for the extensions read as HTML whatever the content. */
const HTML_EXTENSIONS = /\.(?:html?|xhtml)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i;

/**
 * Reads one document from its bytes. `fileName` may include a directory; the id is the file name
 * without directory and extension. Throws `InvalidInputError` (naming the file) on binary data or
 * on more than `maxBytes` bytes, `ConfigError` on bad options. Empty or blank files give a document
 * with an empty text.
 */
export function readDocument(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): SourceDocument {
  const resolved = resolveReadOptions(options);
  const name = baseName(fileName);
  assertDocumentSize(name, bytes.length, resolved);
  const decoded = repairMojibake(normaliseLineBreaks(decodeBytes(name, bytes)));

  const html = HTML_EXTENSIONS.test(name) || looksLikeHtml(decoded) ? extractHtml(decoded) : null;
  // Entities in HTML are the parser's; a second mojibake pass catches "Â&nbsp;", which only decoding reveals.
  const body = html
    ? repairMojibake(html.text)
    : decodeStrayEntities(MARKDOWN_EXTENSIONS.test(name) ? stripMarkdown(decoded) : decoded);
  const page: HtmlMetadata | null = html?.meta ?? null;

  const lines = removeFurnitureLines(removeInvisible(removeInlineFurniture(body)).split("\n").map(normaliseLine));
  const found = extractLineMetadata(lines);
  let text = joinLines(found.lines);

  const pageTitle = page?.title ? normaliseLine(repairMojibake(page.title)) : "";
  // The title is part of the text, as it is in a plain-text article, so that offsets can point into it.
  if (pageTitle && !text.includes(pageTitle)) text = text ? `${pageTitle}\n\n${text}` : pageTitle;

  return {
    id: name.replace(/\.[^.]*$/, "") || name,
    fileName: name,
    title: pageTitle || extractTitle(text),
    date: (page?.date ? parseDate(page.date) : null) ?? found.date,
    source: (page?.source ? normaliseLine(repairMojibake(page.source)) : null) || found.source,
    authors: [...new Set([...pageAuthors(page), ...found.authors])],
    text,
  };
}

/** Throws `InvalidInputError` naming the file when `size` bytes exceed `maxBytes`. */
export function assertDocumentSize(fileName: string, size: number, options: ReadOptions = {}): void {
  const { maxBytes } = resolveReadOptions(options);
  if (size > maxBytes) {
    const name = baseName(fileName);
    throw new InvalidInputError(`read: ${name} should be at most ${formatSize(maxBytes)}, found ${formatSize(size)}.`);
  }
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

function pageAuthors(page: HtmlMetadata | null): string[] {
  if (page === null) return [];
  return page.authors.flatMap((value) => {
    const clean = normaliseLine(repairMojibake(value)).replace(/^by\s+/i, "");
    return parseByline(`By ${clean}`)?.authors ?? [];
  });
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
