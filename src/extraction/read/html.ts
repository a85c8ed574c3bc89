// HTML to plain text with htmlparser2: drops scripts, styles, navigation, footers, asides and forms,
// turns block elements into line breaks, decodes entities, and collects the page's own metadata
// (title, authors, publication date, site name) from <title>, <meta>, <time>, <h1> and JSON-LD.
// Text only: page furniture left inside the text is furniture.ts's job.

import { parseDocument } from "htmlparser2";

/** Metadata as the page declares it: raw strings, normalised by the caller. */
export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  /** The declared publication date as written (ISO timestamp, "Oct 27, 2025"…). */
  date: string | null;
  source: string | null;
}

/** The text of a page and its declared metadata. */
export interface HtmlDocument {
  /** Text with one line per block element; whitespace inside blocks collapsed. */
  text: string;
  meta: HtmlMetadata;
}

/** Elements whose content is never article text. */
// biome-ignore format: a word list reads better packed
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg", "math", "iframe", "object",
  "embed", "canvas", "button", "select", "textarea", "dialog", "menu", "head",
]);

/** Elements that end a line of text. */
// biome-ignore format: a word list reads better packed
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

// ARIA roles of page chrome, for sites that use <div role="navigation"> instead of <nav>.
const SKIPPED_ROLES: ReadonlySet<string> = new Set(["navigation", "complementary", "contentinfo", "search", "dialog"]);

const META_TITLE = ["og:title", "twitter:title", "dc.title"];
const META_AUTHOR = [
  "author",
  "article:author",
  "byl",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
];
// biome-ignore format: a word list reads better packed
const META_DATE = [
  "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date", "pubdate",
  "parsely-pub-date", "sailthru.date", "dcterms.issued", "dc.date.issued", "dc.date", "date",
];
const META_SOURCE = ["og:site_name", "application-name", "dc.publisher"];

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

/** The parts of a domhandler node this module reads. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** True when the text is HTML rather than prose that mentions a tag: a doctype or root element, or several closing tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65_536);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return true;
  return (head.match(/<\/(?:p|div|span|a|li|h[1-6]|td|article|section|body|html)>/gi)?.length ?? 0) >= 3;
}

/** Converts an HTML page to text and collects its metadata. Never throws on malformed markup. */
export function extractHtml(html: string): HtmlDocument {
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }) as unknown as DomNode;
  const meta = new Map<string, string>();
  const times: string[] = [];
  const jsonLd: string[] = [];
  let title: string | null = null;

  // Metadata lives anywhere, including in skipped elements (<head>, <script type="application/ld+json">).
  walk(root, (node) => {
    if (node.type === "comment" || node.type === "text") return;
    const attribs = node.attribs ?? {};
    if (node.name === "meta") recordMeta(meta, attribs);
    else if (node.name === "title" && title === null) title = collapse(textOf(node));
    else if (node.name === "script" && /ld\+json/i.test(attribs.type ?? "")) jsonLd.push(textOf(node));
    else if (node.name === "time" && attribs.datetime) {
      if ("pubdate" in attribs || /datepublished/i.test(attribs.itemprop ?? "")) times.unshift(attribs.datetime);
      else times.push(attribs.datetime);
    }
  });

  const ld = readJsonLd(jsonLd);
  const authors = [...ld.authors, ...META_AUTHOR.flatMap((key) => splitValues(meta.get(key)))];
  const { text, h1 } = renderText(root);
  const site = firstOf([ld.source, ...META_SOURCE.map((key) => meta.get(key))]);
  // The <h1> is in the text, so it is the best title when it reads as one (not a one-word logo).
  const headline = h1 !== null && h1.split(" ").length >= 3 ? h1 : null;
  return {
    text,
    meta: {
      title: firstOf([
        headline,
        ld.title,
        ...META_TITLE.map((key) => meta.get(key)),
        h1,
        stripSiteSuffix(title ?? "", site),
      ]),
      authors: [...new Set(authors.filter((value) => !/^https?:\/\//i.test(value)))],
      date: firstOf([ld.date, ...META_DATE.map((key) => meta.get(key)), ...times]),
      source: site,
    },
  };
}

/**
 * A form is skipped unless it wraps the article (ASP.NET pages put the whole body in one <form>);
 * the other skipped elements always are.
 */
function isSkipped(node: DomNode): boolean {
  if (node.type !== "tag" && node.type !== "script" && node.type !== "style") return false;
  const name = node.name ?? "";
  const attribs = node.attribs ?? {};
  if ("hidden" in attribs || SKIPPED_ROLES.has((attribs.role ?? "").toLowerCase())) return true;
  if (name === "form") return !contains(node, (child) => /^(?:article|main|h1)$/.test(child.name ?? ""));
  return SKIPPED_ELEMENTS.has(name);
}

/** The page's text, and the text of its first rendered <h1>. */
function renderText(root: DomNode): { text: string; h1: string | null } {
  const parts: string[] = [];
  let h1: string | null = null;
  // Depth-first with an explicit stack: deeply nested markup must not overflow the call stack.
  const stack: (DomNode | { close: string })[] = [root];
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("close" in item) {
      if (item.close === "pre") preDepth--;
      parts.push(item.close === "td" || item.close === "th" ? " " : "\n");
      continue;
    }
    if (item.type === "text") {
      const data = item.data ?? "";
      parts.push(preDepth > 0 ? data : data.replace(/[ \t\r\n\f]+/g, " "));
      continue;
    }
    if (item.type === "comment" || item.type === "directive" || isSkipped(item)) continue;
    const name = item.name ?? "";
    if (name === "h1" && h1 === null) h1 = collapse(textOf(item)) || null;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) parts.push("\n");
    if (name === "pre") preDepth++;
    if (block || name === "td" || name === "th") stack.push({ close: name });
    const children = item.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: parts.join(""), h1 };
}

function walk(root: DomNode, visit: (node: DomNode) => void): void {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function contains(root: DomNode, test: (node: DomNode) => boolean): boolean {
  let found = false;
  walk(root, (node) => {
    if (node !== root && test(node)) found = true;
  });
  return found;
}

function textOf(node: DomNode): string {
  const parts: string[] = [];
  walk(node, (child) => {
    if (child.type === "text") parts.push(child.data ?? "");
  });
  return parts.join("");
}

function recordMeta(meta: Map<string, string>, attribs: Record<string, string>): void {
  const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? "").trim().toLowerCase();
  const content = attribs.content?.trim();
  if (key && content && !meta.has(key)) meta.set(key, content);
}

function collapse(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function firstOf(values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const text = value?.trim();
    if (text) return text;
  }
  return null;
}

function splitValues(value: string | undefined): string[] {
  return value ? value.split(/\s*;\s*/).filter(Boolean) : [];
}

// "Trade deal reached | The Daily Planet" → "Trade deal reached": the site's name goes, or any
// short trailing segment after a long enough title.
function stripSiteSuffix(title: string, site: string | null): string {
  const match = /^(.+?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (match === null) return title;
  const isSite = site !== null && match[2]!.trim().toLowerCase() === site.toLowerCase();
  return isSite || match[1]!.length >= 12 ? match[1]! : title;
}

interface LinkedData {
  title: string | null;
  authors: string[];
  date: string | null;
  source: string | null;
}

function readJsonLd(blocks: string[]): LinkedData {
  const result: LinkedData = { title: null, authors: [], date: null, source: null };
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    for (const node of flattenLd(data)) {
      const type = node["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) continue;
      result.title ??= stringOf(node.headline);
      result.date ??= stringOf(node.datePublished);
      result.source ??= nameOf(node.publisher);
      if (result.authors.length === 0) {
        const authors = Array.isArray(node.author) ? node.author : [node.author];
        result.authors = authors.map(nameOf).filter((name): name is string => name !== null);
      }
    }
  }
  return result;
}

type LdNode = Record<string, unknown>;

function flattenLd(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data === null || typeof data !== "object") return [];
  const node = data as LdNode;
  return [node, ...flattenLd(node["@graph"])];
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return stringOf(value);
  if (value !== null && typeof value === "object") return stringOf((value as LdNode).name);
  return null;
}
