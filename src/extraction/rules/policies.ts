// Policies named by pattern rather than by a capitalised name: licensing regimes ("its rare
// earth export licensing regime") and capitalised names before a policy noun ("Liberation Day
// declarations"). Adds Policy entities; relations come from the other rules.

import { DocumentCache } from "../document-caches.ts";
import { CALENDAR_NAMES, MONTH_ABBREVIATIONS } from "../events/dates.ts";
import { INTERNATIONAL_ORGANIZATIONS } from "../lexicon/organizations.ts";
import { COUNTRY_NAMES } from "../lexicon/places.ts";
import { isPossessiveMark, lowerCaseTexts, nextTokenIn, nextWordIn } from "../stages/02-tokens.ts";
import { SECTION_MEASURE_HEADS } from "../stages/03-mentions.ts";
import { meetingsOf } from "../stages/05-meetings.ts";
import { PLAIN_KIND_WORDS } from "../stages/agreement-key.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { absorbEntity, addMention, dropEntity, ensureEntity, mentionsIn } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule } from "./types.ts";

/** Types that can be the parties of a named agreement. */
const PARTY_TYPES: ReadonlySet<string> = new Set(["Country", "Organization", "Company"]);

const REGIME = /^(regime|system|requirements|rules|scheme)$/i;
/** Policy nouns after a capitalised name, as written (a set lookup per token). */
const POLICY_NOUN: ReadonlySet<string> = new Set([
  "declaration",
  "declarations",
  "tariffs",
  "doctrine",
  "consensus",
  "accord",
  "pact",
  "initiative",
  // "the Phase One deal", "an Investment Protection agreement": a capitalised name before them.
  "deal",
  "agreement",
]);

/** Plain agreement nouns, named only by what comes before them. */
const DATED_DEAL = /^(deal|agreement)$/;
/** Months and weekdays, a month's abbreviation, each with or without a dot: the date of a deal, not its name. */
const DATE_WORDS: ReadonlySet<string> = new Set([...CALENDAR_NAMES, ...MONTH_ABBREVIATIONS]);

/** "China's rare earth export licensing regime" → Policy "rare earth export licensing regime". */
export const licensingRegimeRule: Rule = {
  id: "policy-licensing-regime",
  predicates: [],
  description: "An export licensing regime, system or set of requirements is a Policy, named with its subject.",
  example: "China will postpone its rare earth export licensing regime by one year.",
  apply(ctx) {
    const lowers = lowerCaseTexts(ctx.tokens);
    for (
      let i = lowers.indexOf("licensing", 1);
      i >= 0 && i + 1 < ctx.tokens.length;
      i = lowers.indexOf("licensing", i + 1)
    ) {
      const t = ctx.tokens[i]!;
      if (lowers[i] !== "licensing" || !REGIME.test(ctx.tokens[i + 1]!.text)) continue;
      const s = t.sentence;
      let a = i;
      if (ctx.tokens[a - 1]?.text.toLowerCase() === "export") a--;
      const subject = mentionsIn(ctx, s).find((x) => x.e.type === "Mineral" && x.m.te >= a - 4 && x.m.te <= a);
      // "its export licensing regime" in a document whose exports are of one mineral: that mineral's;
      // with none, a licensing regime of nothing named is no instrument to look up.
      const docGood = subject ? undefined : documentExportGood(ctx);
      const good = subject?.e ?? (docGood?.type === "Mineral" ? docGood : undefined);
      if (!good) continue;
      const stem = good.name.replace(/s$/, "");
      const start = subject ? subject.m.ts : a;
      ensureEntity(
        ctx,
        "Policy",
        `${stem} export licensing regime`,
        `licensing@${stem}`,
        { ts: start, te: i + 2 },
        this.id,
      );
    }
  },
};

/** Posts whose portfolio follows "for" ("Vice President for Industrial Strategy", "Commissioner for the Green Deal"). */
const PORTFOLIO_POST =
  /^(President|Vice-President|Commissioner|Minister|Secretary|Under-Secretary|Undersecretary|Director|Representative|Envoy|Adviser|Advisor|Officer|Chief|Czar|Tsar)$/;

/**
 * Round 17: a capitalised title after a post and "for" is the post's portfolio, not an instrument
 * ("Commission Vice President for Industrial Strategy X"): a Policy every mention of which stands
 * there is dropped.
 */
function dropPortfolios(ctx: Parameters<Rule["apply"]>[0]): void {
  const { tokens } = ctx;
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Policy" || !e.mentions.length) continue;
    const portfolio = e.mentions.every((m) => {
      let k = m.ts - 1;
      if (/^the$/i.test(tokens[k]?.text ?? "")) k--;
      return tokens[k]?.text === "for" && PORTFOLIO_POST.test(tokens[k - 1]?.text ?? "");
    });
    if (portfolio) dropEntity(ctx, e);
  }
}

/** "Liberation Day declarations", "the Geneva consensus" (when no talks were held there). */
export const namedPolicyRule: Rule = {
  id: "policy-named-before-noun",
  predicates: [],
  description: "A capitalised name followed by a policy noun names a Policy.",
  example: "So-called Liberation Day declarations.",
  apply(ctx) {
    dropPortfolios(ctx);
    // Declared out of the loop: a variable of its body that a closure reads would cost a new context
    // on every pass, token or not.
    let i = 2;
    let a = i;
    for (; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i]!;
      if (t.text === "Bill") numberedBill(ctx, i, this.id);
      if (t.text === "Vision") visionPlan(ctx, i, this.id);
      if (NUMBERED_HEADS.has(t.text)) numberedInstrument(ctx, i, this.id);
      if (QUOTE_CLOSE.test(t.text) && QUOTED_HEADS.has(ctx.tokens[i - 1]!.text)) quotedInstrument(ctx, i, this.id);
      if (!POLICY_NOUN.has(t.text)) continue;
      // "the 232 tariffs": a trade law's section number before the tariffs it allows.
      const num = ctx.tokens[i - 1]!;
      if (
        /^\d{3}$/.test(num.text) &&
        /^(?:the|Section)$/.test(ctx.tokens[i - 2]!.text) &&
        num.sentence === t.sentence
      ) {
        // "Section 301 tariffs" is named with its "Section" (as stage 3 names it).
        const section = ctx.tokens[i - 2]!.text === "Section";
        const name = ctx.text.slice(section ? ctx.tokens[i - 2]!.start : num.start, t.end);
        ensureEntity(ctx, "Policy", name, name, { ts: section ? i - 2 : i - 1, te: i + 1 }, this.id);
        continue;
      }
      a = i;
      const capitalHead = CAPITAL_HEADS.has(t.text);
      // Back over at most five capitalised words: a longer run is not a policy's name. A capitalised
      // head also takes a hyphenated pair of names ("the Japan-EU Competitiveness Alliance").
      for (;;) {
        const p = ctx.tokens[a - 1];
        if (!p || i - a > 4 || p.sentence !== t.sentence) break;
        // A sentence's first word is part of the name only when the tagger reads it as one ("Defense Production Act").
        if (/^[\p{Lu}]/u.test(p.text) && (!p.first || (capitalHead && /^(PROPN|NOUN|ADJ)$/.test(p.pos)))) {
          a--;
          continue;
        }
        // "the Trade in Goods Agreement": a lower-case "in", "on", "for" between two capitalised words of the title.
        const w = ctx.tokens[a - 2];
        if (
          capitalHead &&
          a < i &&
          TITLE_INNER_GLUE.has(p.text) &&
          w &&
          w.sentence === t.sentence &&
          /^[\p{Lu}]/u.test(w.text) &&
          !w.first
        ) {
          a -= 2;
          continue;
        }
        const q = ctx.tokens[a - 2];
        if (
          capitalHead &&
          a < i &&
          /^[-–]$/.test(p.text) &&
          q &&
          q.end === p.start &&
          p.end === ctx.tokens[a]!.start &&
          /^[\p{Lu}]/u.test(q.text)
        ) {
          a--;
          continue;
        }
        break;
      }
      if (ctx.tokens[a]!.text === "-" || ctx.tokens[a]!.text === "–") a++;
      if (a === i || i - a > 4) continue;
      // A title-case headline capitalises every word: no name can be read from it.
      if (capitalHead && titleCase(ctx, t.sentence)) continue;
      const ms = mentionsIn(ctx, t.sentence);
      // "the Japan-EU Competitiveness Alliance", read as a body by stage 3: two states' instrument.
      const body = capitalHead ? ms.find((x) => x.e.type === "Organization" && x.m.te === i + 1) : undefined;
      if (body && startsWithStatePair(body.e.name)) {
        body.e.type = "Policy";
        for (const m of body.e.mentions) m.type = "Policy";
        continue;
      }
      const covered = ms.some((x) => x.m.ts <= a && x.m.te >= a + 1);
      if (covered) continue;
      // "the May agreement", "a Friday deal": a date names no instrument.
      if (DATED_DEAL.test(t.text) && ctx.tokens.slice(a, i).some((x) => DATE_WORDS.has(x.text.replace(/\.$/, ""))))
        continue;
      const name = ctx.text.slice(ctx.tokens[a]!.start, t.end);
      ensureEntity(ctx, "Policy", name, name, { ts: a, te: i + 1 }, this.id);
    }
    extendTitles(ctx);
  },
};

/** Lower-case words between two capitalised words of a title before its head ("Trade in Goods Agreement"). */
const TITLE_INNER_GLUE: ReadonlySet<string> = new Set(["in", "on", "for"]);

/** Lower-case words inside an instrument's title ("Framework for Securing of Supply in the Mining …"). */
const TITLE_GLUE: ReadonlySet<string> = new Set(["of", "the", "and", "in", "for", "on", "to", "a", "an", "with"]);
/**
 * Capitalised heads whose title may go on after them ("Interim Regulations on the Administration of
 * …", "the Scheme to Promote Manufacturing of …", "Catalogue of Technologies Prohibited …"): the
 * instrument heads and the heads of rules, plans and lists a state issues.
 */
const TITLE_TAIL_HEADS: ReadonlySet<string> = new Set([
  ...["Act", "Agreement", "Alliance", "Framework", "Initiative", "Partnership", "Treaty", "Accord", "Pact"],
  ...["Code", "Law", "Protocol", "Roadmap", "Charter", "Compact", "Mechanism", "Arrangement"],
  "Regulation",
  "Regulations",
  "Measures",
  "Provisions",
  "Rules",
  "Directive",
  "Plan",
  "Strategy",
  "Program",
  "Programme",
  "Scheme",
  "Declaration",
  "Catalogue",
  "Catalog",
]);
/** Words that open the rest of an instrument's title after its head. */
const TITLE_OPENERS: ReadonlySet<string> = new Set(["for", "on", "of", "to"]);

/**
 * "the United States–Australia Framework for Securing of Supply in the Mining and Processing of
 * Critical Minerals and Rare Earths": a Policy named up to its capitalised head goes on through a
 * lower-case "for", "on", "of" or "to" and title-case words (lower-case glue between them), ending on
 * a capitalised word. The full title becomes the name, the shorter one an alias. Not when a word
 * of the rest is a state, person, firm or place ("Agreement on TikTok", "Treaty of Rome": the title
 * ends before it, and two capitalised words at least must be left), nor in a
 * title-case headline.
 */
function extendTitles(ctx: Parameters<Rule["apply"]>[0]): void {
  const { tokens } = ctx;
  const done = new Set<LocalEntity>();
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Policy" || done.has(e)) continue;
    for (const m of e.mentions) {
      // "the Trade and Economic Partnership Agreement", "the CHIPS and Science Act": capitalised
      // words joined by "and" before the name read (not a state's or another entity's name).
      const and = tokens[m.ts - 1];
      if (and && (and.text === "and" || and.text === "&") && and.sentence === tokens[m.ts]!.sentence) {
        const ms = mentionsIn(ctx, and.sentence);
        let a = m.ts - 1;
        while (
          a - 1 >= ctx.sentences[and.sentence]!.tokenStart &&
          m.ts - 1 - (a - 1) <= 3 &&
          /^[\p{Lu}]/u.test(tokens[a - 1]!.text) &&
          !tokens[a - 1]!.first &&
          !ms.some((x) => x.m.ts <= a - 1 && a - 1 < x.m.te)
        )
          a--;
        if (a < m.ts - 1 && !titleCase(ctx, and.sentence)) {
          // "the Australia-India Economic Cooperation and Trade Agreement": the parties before it too.
          a = pairStart(ms, tokens, a);
          const name = ctx.text.slice(tokens[a]!.start, m.end);
          if (name !== e.name && m.text === e.name) {
            e.aliases.add(e.name);
            e.name = name;
            done.add(e);
            break;
          }
        }
      }
      const head = tokens[m.te - 1];
      const open = tokens[m.te];
      if (!head || !open || !TITLE_TAIL_HEADS.has(head.text) || !TITLE_OPENERS.has(open.text)) continue;
      const s = head.sentence;
      if (open.sentence !== s || titleCase(ctx, s)) continue;
      const ms = mentionsIn(ctx, s);
      let last = -1;
      const subjects = new Set<LocalEntity>();
      for (let k = m.te + 1; k < Math.min(ctx.sentences[s]!.tokenEnd, m.te + 20); k++) {
        const t = tokens[k]!;
        if (/^[\p{Lu}]/u.test(t.text)) {
          const x = ms.find((y) => y.m.ts <= k && k < y.m.te);
          // A place or a party ends the title before the glue that leads to it ("… Chains in Ottawa").
          // An instrument's title may name another ("Protocol to Amend the Trade in Goods Agreement").
          // A body's name read after "on the" / "of the" is the subject the rules govern
          // ("Regulations on the Administration of Export of …"), no party.
          const subject =
            x &&
            (x.e.type === "Agency" || x.e.type === "Organization") &&
            tokens[x.m.ts - 1]?.text === "the" &&
            /^(on|of)$/.test(tokens[x.m.ts - 2]?.text ?? "") &&
            x.m.ts > m.te;
          if (x && !subject && x.e.type !== "Mineral" && x.e.type !== "Product" && x.e.type !== "Policy") break;
          if (x && subject) subjects.add(x.e);
          last = k;
          continue;
        }
        if (!TITLE_GLUE.has(t.text)) break;
        // Round 17: "… Framework for Shared Prosperity and a MoU": "and" before an article opens the
        // next item of a list, not a word of the title.
        if (t.text === "and" && /^(a|an|the)$/i.test(tokens[k + 1]?.text ?? "")) break;
      }
      if (last < 0) continue;
      // Two capitalised words at least: "Framework for Cooperation" is a title, "Act for Workers" too; one word after "of" is a place.
      const caps = tokens.slice(m.te + 1, last + 1).filter((t) => /^[\p{Lu}]/u.test(t.text)).length;
      if (caps < 2) continue;
      const name = ctx.text.slice(m.start, tokens[last]!.end);
      if (name === e.name) continue;
      e.aliases.add(e.name);
      e.name = name;
      done.add(e);
      // A body read only inside the title was a word of it.
      const end = tokens[last]!.end;
      for (const b of subjects) if (b.mentions.every((x) => x.start >= m.start && x.end <= end)) dropEntity(ctx, b);
      break;
    }
  }
}

/** Where a hyphenated pair of parties ending at token `a` starts ("US-Japan" before a title), else `a`. */
function pairStart(
  ms: { m: { ts: number; te: number }; e: LocalEntity }[],
  tokens: Parameters<Rule["apply"]>[0]["tokens"],
  a: number,
): number {
  const second = ms.find((x) => x.m.te === a && PARTY_TYPES.has(x.e.type));
  const h = second ? tokens[second.m.ts - 1] : undefined;
  if (!second || !h || !/^[-–]$/.test(h.text) || h.start !== tokens[second.m.ts - 2]?.end) return a;
  const first = ms.find((x) => x.m.te === second.m.ts - 1 && PARTY_TYPES.has(x.e.type) && x.e !== second.e);
  return first ? first.m.ts : a;
}

/** Capitalised heads of a named instrument that stage 3 may have left (after a name it read as a country). */
const CAPITAL_HEADS: ReadonlySet<string> = new Set([
  "Act",
  "Agreement",
  "Alliance",
  "Framework",
  "Initiative",
  "Partnership",
  "Treaty",
  "Accord",
  "Pact",
  "Code",
  "Law",
  "Protocol",
  "Roadmap",
  "Charter",
  "Compact",
  "Mechanism",
  // Round 17: "the X Joint Arrangement".
  "Arrangement",
]);
for (const h of CAPITAL_HEADS) (POLICY_NOUN as Set<string>).add(h);

const STATE_SURFACES: ReadonlySet<string> = new Set([
  ...COUNTRY_NAMES.keys(),
  ...Object.values(INTERNATIONAL_ORGANIZATIONS).flat(),
  "US",
  "U.S.",
  "UK",
  "U.K.",
]);

/** "Japan-EU …", "South Korea-United States …": a name that starts with two states joined by a hyphen. */
function startsWithStatePair(name: string): boolean {
  const h = name.search(/[-–]/);
  if (h <= 0 || !STATE_SURFACES.has(name.slice(0, h))) return false;
  const rest = name.slice(h + 1).split(" ");
  for (let n = 1; n <= 3 && n < rest.length; n++) if (STATE_SURFACES.has(rest.slice(0, n).join(" "))) return true;
  return false;
}

/** A state's or bloc's surface → one code for all its names ("UK", "Britain", "United Kingdom" → "GB"). */
const STATE_CODES: ReadonlyMap<string, string> = new Map([
  ...COUNTRY_NAMES,
  ...Object.entries(INTERNATIONAL_ORGANIZATIONS).flatMap(([name, forms]) => forms.map((f) => [f, name] as const)),
]);

/**
 * The two states a name opens with, joined by a hyphen, as one key whatever their names' forms
 * and order ("UK-India trade deal" and "India-United Kingdom trade deal" → "GB|IN"), or undefined.
 */
function statePairKey(name: string): string | undefined {
  const h = name.search(/[-–]/);
  if (h <= 0) return undefined;
  const first = STATE_CODES.get(name.slice(0, h));
  if (!first) return undefined;
  const rest = name.slice(h + 1).split(" ");
  for (let n = 1; n <= 3 && n < rest.length; n++) {
    const second = STATE_CODES.get(rest.slice(0, n).join(" "));
    if (second && second !== first) return [first, second].sort().join("|");
  }
  return undefined;
}

/** Words a title-case headline keeps in lower case. */
const HEADLINE_SMALL_WORDS: ReadonlySet<string> = new Set([
  "and",
  "the",
  "for",
  "with",
  "from",
  "into",
  "over",
  "but",
  "nor",
  "via",
]);

/** Whether sentence `s` is written in title case (no lower-case content word): a headline. */
function titleCase(ctx: Parameters<Rule["apply"]>[0], s: number): boolean {
  const { tokenStart, tokenEnd } = ctx.sentences[s]!;
  let lower = 0;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = ctx.tokens[k]!;
    if (/^[\p{Ll}]{3,}/u.test(t.text) && !HEADLINE_SMALL_WORDS.has(t.text) && ++lower >= 2) return false;
  }
  return true;
}

/**
 * "Vision 2030", "its Vision 2040 plan": a state's long-term plan named by "Vision" and the year it
 * aims at is a Policy.
 */
function visionPlan(ctx: Parameters<Rule["apply"]>[0], i: number, rule: string): void {
  const year = ctx.tokens[i + 1];
  if (!year || year.sentence !== ctx.tokens[i]!.sentence || !/^20\d\d$/.test(year.text)) return;
  const name = `Vision ${year.text}`;
  ensureEntity(ctx, "Policy", name, name, { ts: i, te: i + 2 }, rule);
}

/** "Senate Bill No. 2826", "House Bill 4021", "Bill C-69": a numbered bill is a Policy. */
function numberedBill(ctx: Parameters<Rule["apply"]>[0], i: number, rule: string): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let a = i;
  if (/^(?:Senate|House|Assembly)$/.test(tokens[i - 1]?.text ?? "") && tokens[i - 1]!.sentence === sentence) a--;
  let k = i + 1;
  if (/^No\.?$/.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text === ".") k++;
  const num = tokens[k];
  if (!num || num.sentence !== sentence || !/^(?:[A-Z]-?)?\d{1,5}$/.test(num.text)) return;
  const name = ctx.text.slice(tokens[a]!.start, num.end);
  ensureEntity(ctx, "Policy", name, name, { ts: a, te: k + 1 }, rule);
}

/** Capitalised nouns of an instrument known by its number ("Announcement 18", "Decree No. 12/2025"). */
const NUMBERED_HEADS: ReadonlySet<string> = new Set([
  "Announcement",
  "Decree",
  "Circular",
  "Resolution",
  "Directive",
  "Notice",
  "Proclamation",
  "Ordinance",
  "Regulation",
  "Law",
  "Decision",
]);

/** "Announcement 18", "Decree No. 12/2025", "Law 21.420": a numbered instrument is a Policy named "<noun> <number>". */
function numberedInstrument(ctx: Parameters<Rule["apply"]>[0], i: number, rule: string): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let k = i + 1;
  if (/^No\.?$/.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text === ".") k++;
  const num = tokens[k];
  if (!num || num.sentence !== sentence || !/^\d{1,5}(?:[./-]\d{1,4})?$/.test(num.text)) return;
  // "Resolution 2 of the summit" is as likely a clause number: only a number right after the noun or "No.".
  if (/^(19|20)\d\d$/.test(num.text) && k === i + 1) return;
  const name = `${tokens[i]!.text} ${num.text}`;
  if (mentionsIn(ctx, sentence).some((x) => x.e.type === "Policy" && x.m.ts <= i && x.m.te > i)) return;
  ensureEntity(ctx, "Policy", name, name, { ts: i, te: k + 1 }, rule);
}

/** Lower-case instrument nouns that end a quoted name ('“general licenses”', '"the phase-one deal"'). */
const QUOTED_HEADS: ReadonlySet<string> = new Set([
  "license",
  "licenses",
  "licence",
  "licences",
  "rule",
  "rules",
  "list",
  "mechanism",
  "regime",
  "framework",
  "deal",
  "agreement",
  "truce",
  "doctrine",
  "policy",
  "ban",
  "plan",
  // Round 17c: terms of art a text quotes ('a “metals alliance”', 'the “de minimis exemption”').
  "alliance",
  "exemption",
  "exemptions",
  "exclusion",
  "exclusions",
  "quota",
  "quotas",
  "pact",
  "initiative",
  "scheme",
  "programme",
  "program",
  "safeguard",
  "safeguards",
]);

const JUDGEMENTS: ReadonlySet<string> = new Set([
  "good",
  "great",
  "bad",
  "best",
  "worst",
  "fair",
  "unfair",
  "big",
  "beautiful",
  "terrible",
  "perfect",
  "real",
  "win-win",
  "political",
  "preliminary",
  "tentative",
  "initial",
  "final",
  "broad",
  "basic",
]);

/** '“general licenses”', '"50 per cent rule"': a quoted lower-case phrase that ends with an instrument noun. */
function quotedInstrument(ctx: Parameters<Rule["apply"]>[0], close: number, rule: string): void {
  const { tokens } = ctx;
  const sentence = tokens[close]!.sentence;
  let a = close - 1;
  while (a > close - 6 && a > 0 && !QUOTE_OPEN.test(tokens[a - 1]!.text)) a--;
  const open = a - 1;
  if (open < 0 || !QUOTE_OPEN.test(tokens[open]!.text) || tokens[open]!.sentence !== sentence) return;
  // Two words at least, none capitalised (a name is stage 3's), no verb (a quoted clause).
  if (close - a < 2) return;
  // A quoted judgement ("a very good deal", "the worst deal ever") is words, not a name.
  if (/^(DET|PRON)$/.test(tokens[a]!.pos)) return;
  for (let k = a; k < close; k++) {
    const x = tokens[k]!;
    if (/^[\p{Lu}]/u.test(x.text) || /^(VERB|ADV|DET|PRON)$/.test(x.pos) || JUDGEMENTS.has(x.text)) return;
  }
  if (mentionsIn(ctx, sentence).some((x) => x.m.ts < close && x.m.te > a)) return;
  const name = ctx.text.slice(tokens[a]!.start, tokens[close - 1]!.end).replace(/^(the|a|an|its|their) /, "");
  if (!name.includes(" ")) return;
  ensureEntity(ctx, "Policy", name, name, { ts: a, te: close }, rule);
}

const QUOTE_OPEN = /^["“‘']$/;
const QUOTE_CLOSE = /^["”’']$/;
/** Heads of a trade remedy ("anti-dumping duties", "a countervailing probe"), by class: one Policy per kind and class. */
const REMEDY_HEADS: ReadonlyMap<string, string> = new Map([
  ...["duty", "duties", "tariff", "tariffs", "measures"].map((w) => [w, "duty"] as const),
  ...["probe", "probes", "investigation", "investigations", "inquiry", "case"].map((w) => [w, "probe"] as const),
]);
/** Kinds of trade remedy, as the word before the head reads once a hyphenated "anti-X" is joined. */
const REMEDY_KINDS: ReadonlySet<string> = new Set([
  "anti-dumping",
  "antidumping",
  "countervailing",
  "anti-subsidy",
  "antisubsidy",
  "anti-circumvention",
  "anti-discrimination",
  "safeguard",
]);

/**
 * "anti-dumping duties", "a countervailing duty", "an anti-subsidy probe", "safeguard measures": a
 * trade remedy named by its kind and head class, as written in lower case; its start and name, or
 * undefined. The kind is the word right before the head ("anti" "-" "dumping" joined).
 */
function tradeRemedy(
  ctx: Parameters<Rule["apply"]>[0],
  i: number,
): { start: number; name: string; key: string } | undefined {
  const { tokens, text } = ctx;
  const cls = REMEDY_HEADS.get(tokens[i]!.text.toLowerCase());
  const p = tokens[i - 1];
  if (!cls || !p || p.sentence !== tokens[i]!.sentence) return undefined;
  let a = i - 1;
  let kind = p.text.toLowerCase();
  const h = tokens[i - 2];
  const w = tokens[i - 3];
  // "anti-dumping": three tokens glued.
  if (h && w && (h.text === "-" || h.text === "–") && h.start === w.end && p.start === h.end) {
    kind = `${w.text.toLowerCase()}-${kind}`;
    a = i - 3;
  }
  if (!REMEDY_KINDS.has(kind)) return undefined;
  // "safeguard" is also a verb and a plain noun: only before a duty or a probe of trade.
  if (kind === "safeguard" && cls === "probe" && tokens[i]!.text.toLowerCase() === "case") return undefined;
  const name = `${kind} ${text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase()}`;
  return { start: a, name, key: `remedy@${kind.replace(/^anti(?!-)/, "anti-")}@${cls}` };
}

/** Words that start a check in `measurePolicyRule` (one set lookup per token before any work). */
const MEASURE_TRIGGERS: ReadonlySet<string> = new Set([
  "tariff",
  "tariffs",
  "quota",
  "quotas",
  "license",
  "licence",
  "licenses",
  "licences",
  "licensing",
  "rule",
  "order",
  "section",
  ...REMEDY_HEADS.keys(),
]);

/**
 * Measures named by pattern: a quoted name before a tariff noun ('the 20% “fentanyl tariff”',
 * 'its “reciprocal” tariff system'), a numbered order or section ("Executive Order 14257", "Section 301"), a percentage rule ("the 50%
 * rule"), a quota on a mineral ("its nickel ore mining quota") and a kind of export licence ("a
 * dual-use items export license", "rare earth export licences").
 */
export const measurePolicyRule: Rule = {
  id: "policy-measure-by-pattern",
  predicates: [],
  description:
    "Named tariffs, numbered orders and sections, percentage rules, mineral quotas and export licences are Policies.",
  example: "The 20% “fentanyl tariff” will be halved; Indonesia cut its nickel mining quota.",
  apply(ctx) {
    const { tokens, text } = ctx;
    const lowers = lowerCaseTexts(tokens);
    const lower = (k: number) => lowers[k] ?? "";
    const same = (a: number, b: number) => tokens[a] !== undefined && tokens[b]?.sentence === tokens[a]!.sentence;
    const covered = (s: number, a: number, b: number) =>
      mentionsIn(ctx, s).some((x) => x.e.type === "Policy" && x.m.ts <= a && x.m.te >= b);
    const policy = (name: string, key: string, a: number, b: number) => {
      if (a < 0 || b > tokens.length || !same(a, b - 1)) return undefined;
      if (covered(tokens[a]!.sentence, a, b)) return undefined;
      return ensureEntity(ctx, "Policy", name, key, { ts: a, te: b }, this.id);
    };
    for (
      let i = nextWordIn(lowers, 0, MEASURE_TRIGGERS);
      i < tokens.length;
      i = nextWordIn(lowers, i + 1, MEASURE_TRIGGERS)
    ) {
      const w = lower(i);
      if (!MEASURE_TRIGGERS.has(w)) continue;
      const t = tokens[i]!;
      // "anti-dumping duties", "a countervailing duty", "an anti-subsidy probe": a trade remedy.
      if (REMEDY_HEADS.has(w)) {
        const remedy = tradeRemedy(ctx, i);
        if (remedy) {
          policy(remedy.name, remedy.key, remedy.start, i + 1);
          continue;
        }
        if (w !== "tariff" && w !== "tariffs") continue;
      }
      if (w === "tariff" || w === "tariffs") {
        // The tariff noun's own phrase may go on: "tariff system", "tariff regime".
        const tail = /^(system|regime)$/.test(lower(i + 1)) && same(i, i + 1) ? i + 1 : i;
        const end = tokens[tail]!.end;
        // '“fentanyl tariff”': the quotes around the name and the noun.
        if (QUOTE_CLOSE.test(tokens[i + 1]?.text ?? "") && same(i, i + 1)) {
          let a = i - 1;
          while (a > i - 4 && a >= 0 && !QUOTE_OPEN.test(tokens[a]!.text) && tokens[a]!.pos !== "PUNCT") a--;
          if (a >= 0 && QUOTE_OPEN.test(tokens[a]!.text) && a < i - 1 && same(a, i)) {
            const name = text.slice(tokens[a + 1]!.start, t.end).toLowerCase();
            policy(name, name, a, i + 2);
            continue;
          }
        }
        // "reciprocal tariffs", "fentanyl-related tariffs", "secondary tariffs": a tariff programme's
        // own word before the noun names it; all its mentions are one Policy.
        const programme = programmeWord(ctx, i);
        if (programme) {
          const { word, start } = programme;
          // One name across documents, in the number the press names the programme with: the
          // “fentanyl tariff” (a quoted name in the singular), "reciprocal tariffs", "secondary tariffs".
          policy(word === "fentanyl" ? "fentanyl tariff" : `${word} tariffs`, `${word} tariff`, start, tail + 1);
          continue;
        }
        // '“reciprocal” tariff system': a quoted lower-case word before the noun.
        if (QUOTE_CLOSE.test(tokens[i - 1]?.text ?? "") && same(i - 1, i)) {
          let a = i - 2;
          while (a > i - 5 && a >= 0 && !QUOTE_OPEN.test(tokens[a]!.text)) a--;
          const words = a >= 0 ? tokens.slice(a + 1, i - 1) : [];
          // A tariff system, or tariffs; not "a 10% base “reciprocal” tariff" (a rate).
          const instrument = tail > i || (w === "tariffs" && !/%|percent/.test(lower(a - 1) + lower(a - 2)));
          if (
            instrument &&
            a >= 0 &&
            QUOTE_OPEN.test(tokens[a]!.text) &&
            words.length > 0 &&
            words.every((x) => /^[\p{Ll}]/u.test(x.text)) &&
            same(a, i)
          ) {
            const name = `${words.map((x) => x.text).join(" ")} ${text.slice(t.start, end)}`.toLowerCase();
            policy(name, name, a, tail + 1);
            continue;
          }
        }
        // "a 50% tariff on copper imports", "a 100 percent tariff on imported chips": a rate on a good
        // (no state's goods) is a sectoral tariff, named "<rate> <good> tariff".
        const sectoral = sectoralTariff(ctx, i);
        if (sectoral) policy(sectoral.name, sectoral.name.toLowerCase(), sectoral.ts, sectoral.te);
        continue;
      }
      if (w === "order" && t.text === "Order" && lower(i - 1) === "executive") {
        // "Executive Order 14257", "Executive Order No. 14257".
        const n = /^no\.?$/.test(lower(i + 1)) ? i + 2 : i + 1;
        if (/^\d{3,6}$/.test(tokens[n]?.text ?? "") && same(i, n)) {
          const name = `Executive Order ${tokens[n]!.text}`;
          policy(name, name, i - 1, n + 1);
        }
        continue;
      }
      if (w === "section" && t.text === "Section" && /^\d{2,4}[a-z]?$/.test(tokens[i + 1]?.text ?? "")) {
        // "Section 232", "Section 301 tariffs" (stage 3 names the latter). Round 17: the inquiry a
        // trade law's section opens is its own instrument ("its Section 301 investigation into X"),
        // apart from the tariffs it ends in.
        const probe =
          /^(investigations?|probes?|inquiry|inquiries)$/i.test(tokens[i + 2]?.text ?? "") && same(i, i + 2);
        const section = `Section ${tokens[i + 1]!.text}`;
        // "Section 301 measures", "Section 301 tariff exclusions", "Section 301 shipbuilding
        // measures", "Section 301 port fees": the section's measure is named as written, up to a head
        // of measure after at most two lower-case nouns or adjectives.
        const measure = probe ? -1 : sectionMeasureEnd(ctx, i + 2);
        if (measure > 0) {
          const name = `${section} ${text.slice(tokens[i + 2]!.start, tokens[measure]!.end)}`;
          // One measure per section and head: "Section 301 shipbuilding measures" are its "Section 301 measures".
          policy(name, `${section} ${lower(measure)}`.toLowerCase(), i, measure + 1);
          continue;
        }
        const name = probe ? `${section} investigation` : section;
        // The bare section stays an alias: readers look the inquiry up by its section too.
        policy(name, name, i, probe ? i + 3 : i + 2)?.aliases.add(section);
        continue;
      }
      if (w === "rule") {
        // "the 50% rule", "the 50 percent rule".
        const pct =
          lower(i - 1) === "%" || lower(i - 1) === "percent"
            ? i - 2
            : lower(i - 1) === "cent" && lower(i - 2) === "per"
              ? i - 3
              : -1;
        if (pct >= 0 && /^\d{1,3}$/.test(tokens[pct]?.text ?? "") && same(pct, i)) {
          const name = `${tokens[pct]!.text}% rule`;
          policy(name, name, pct, i + 1);
        }
        continue;
      }
      const s = t.sentence;
      if (w === "quota" || w === "quotas") {
        // "its nickel ore mining quota", "annual export quotas for cobalt": a mineral's quota.
        const kind = /^(mining|production|export|output)$/.test(lower(i - 1)) ? lower(i - 1) : "";
        if (!kind) continue;
        const ms = mentionsIn(ctx, s);
        const before = ms.find((x) => x.e.type === "Mineral" && x.m.te >= i - 3 && x.m.te <= i - 1);
        const after = ms.find((x) => x.e.type === "Mineral" && x.m.ts > i && x.m.ts <= i + 3);
        const good = before ?? after;
        if (!good) continue;
        // "for 2025": a dated quota is named with its year.
        const year =
          !after && lower(i + 1) === "for" && /^(19|20)\d\d$/.test(tokens[i + 2]?.text ?? "") && same(i, i + 2);
        const a = before ? before.m.ts : i - 1;
        const b = after ? after.m.te : year ? i + 3 : i + 1;
        // Named as written ("nickel ore mining quota for 2025"); one quota per good and kind.
        // A title-case headline's words are lower-cased ("Cobalt Export Quotas").
        const written = before ? text.slice(tokens[a]!.start, tokens[b - 1]!.end) : `${good.e.name} ${kind} quota`;
        const name = before && titleCase(ctx, s) ? written.toLowerCase() : written;
        // An export quota is the one `instrumentPhrases` names "<good> export quota system" too.
        const key =
          kind === "export"
            ? `export-quota@${good.e.name.replace(/(?<!s)s$/, "").toLowerCase()}`
            : `quota@${good.e.name.replace(/ ores?$/, "")}@${kind}`;
        const e = policy(name, key, a, b);
        if (e && year && !/ for \d{4}$/.test(e.name)) {
          e.aliases.add(e.name);
          e.name = name;
        }
        continue;
      }
      // "a dual-use items export license", "rare earth export licences": a kind of export licence.
      if (lower(i - 1) !== "export" || w === "licensing") continue;
      let a = i - 1;
      // "certain export licenses", "some export licences": licences handed out, not a kind of licence.
      while (
        a > 0 &&
        i - a <= 5 &&
        same(a - 1, i) &&
        /^(NOUN|ADJ|PROPN)$/.test(tokens[a - 1]!.pos) &&
        !QUANTIFIERS.has(lower(a - 1))
      )
        a--;
      // "dual-use": a hyphenated modifier read as three tokens.
      while (a > 2 && tokens[a - 1]!.text === "-" && tokens[a - 1]!.start === tokens[a - 2]!.end && same(a - 2, i))
        a -= 2;
      if (a === i - 1) continue;
      const ms = mentionsIn(ctx, s);
      const mineral = ms.find((x) => x.e.type === "Mineral" && x.m.ts >= a && x.m.te <= i - 1);
      if (mineral) {
        const stem = mineral.e.name.replace(/(?<!s)s$/, "");
        policy(`${stem} export licensing regime`, `licensing@${stem}`, mineral.m.ts, i + 1);
        continue;
      }
      // The class "dual-use goods" names the licence's kind ("a dual-use items export license").
      if (ms.some((x) => x.m.ts < i && x.m.te > a && x.e.name !== "dual-use goods")) continue;
      const name = text
        .slice(tokens[a]!.start, t.end)
        .replace(/licen[cs]es$/i, "license")
        .replace(/licence$/i, "license");
      policy(name, name.toLowerCase(), a, i + 1);
    }
  },
};

/**
 * The last token of a measure a trade law's section names right after its number, from `k`
 * ("measures", "tariff exclusions", "shipbuilding measures"): a head of `SECTION_MEASURE_HEADS` after
 * at most two lower-case nouns or adjectives of the same sentence; -1 when there is none.
 */
function sectionMeasureEnd(ctx: Parameters<Rule["apply"]>[0], k: number): number {
  const { tokens } = ctx;
  const s = tokens[k - 1]?.sentence;
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sentence !== s || !/^[\p{Ll}]/u.test(t.text)) return -1;
    if (SECTION_MEASURE_HEADS.test(t.text)) return j;
    if (t.pos !== "NOUN" && t.pos !== "ADJ") return -1;
  }
  return -1;
}

/**
 * "a 50% tariff on copper imports", "a 100 percent tariff on imported semiconductors", "a 50-percent
 * tariff on U.S. imports of copper": a rate right before the tariff noun at `i` and one mineral or
 * product right after "on" (with "imports of", "imported" or a buying state's "imports of" between),
 * no state's goods; its name and span, or undefined.
 */
function sectoralTariff(
  ctx: Parameters<Rule["apply"]>[0],
  i: number,
): { name: string; ts: number; te: number } | undefined {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const low = (k: number) => tokens[k]?.text.toLowerCase() ?? "";
  // The rate: "50%", "50 percent", "50-percent".
  let r = i - 1;
  if (low(r) === "%" || low(r) === "percent") {
    r--;
    // "50-percent": the hyphen between.
    if (low(r) === "-") r--;
  } else if (!/^\d{1,3}-percent$/.test(low(r))) return undefined;
  const num = /^(\d{1,3})(?:-percent)?$/.exec(low(r));
  if (!num || tokens[r]!.sentence !== t.sentence) return undefined;
  if (low(i + 1) !== "on") return undefined;
  const ms = mentionsIn(ctx, t.sentence);
  let k = i + 2;
  // "on U.S. imports of copper": the buying state's imports.
  const buyer = ms.find((x) => x.m.ts === k && (x.e.type === "Country" || x.e.type === "Organization"));
  if (buyer && low(buyer.m.te) === "imports" && low(buyer.m.te + 1) === "of") k = buyer.m.te;
  if (low(k) === "imports" && low(k + 1) === "of") k += 2;
  else if (low(k) === "imported" || low(k) === "foreign") k++;
  const good = ms.find((x) => x.m.ts === k && (x.e.type === "Mineral" || x.e.type === "Product"));
  if (!good) return undefined;
  // "a 25% tariff on copper and on Chilean wine": one good only, no state's goods after it.
  let te = good.m.te;
  if (low(te) === "imports") te++;
  if (/^(and|or)$/.test(low(te)) || ms.some((x) => x.m.ts >= te && x.m.ts <= te + 2 && x.e.type === "Country"))
    return undefined;
  return { name: `${num[1]}% ${good.e.name} tariff`, ts: r, te };
}

/** Words that count or pick instances of a noun, not name a kind of it ("certain licences"). */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  "certain",
  "some",
  "several",
  "many",
  "various",
  "numerous",
  "other",
  "existing",
  "individual",
  "specific",
]);

/** Words that name a tariff programme before "tariffs" (generic: the programmes the press names so). */
const PROGRAMME_WORDS: ReadonlySet<string> = new Set(["reciprocal", "fentanyl", "secondary"]);

/**
 * The programme word right before the tariff noun at `i` ("reciprocal tariffs", "fentanyl-related
 * tariffs"), unquoted (quoted ones are named as written), with the token it starts at.
 */
function programmeWord(ctx: Parameters<Rule["apply"]>[0], i: number): { word: string; start: number } | undefined {
  const { tokens } = ctx;
  let k = i - 1;
  // "fentanyl-related": the word, a hyphen and "related" glued; also "fentanyl related", unglued.
  if (
    tokens[k]?.text === "related" &&
    /^[-–]$/.test(tokens[k - 1]?.text ?? "") &&
    tokens[k - 1]!.start === tokens[k - 2]?.end
  )
    k -= 2;
  else if (tokens[k]?.text === "related" && tokens[k - 1]?.text.toLowerCase() === "fentanyl") k -= 1;
  const w = tokens[k];
  if (!w || w.sentence !== tokens[i]!.sentence || !PROGRAMME_WORDS.has(w.text.toLowerCase())) return undefined;
  if (QUOTE_CLOSE.test(tokens[k + 1]?.text ?? "") || QUOTE_OPEN.test(tokens[k - 1]?.text ?? "")) return undefined;
  return { word: w.text.toLowerCase(), start: k };
}

/** Lower-case nouns of an agreement between parties. */
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set([
  "truce",
  "agreement",
  "deal",
  "pact",
  "accord",
  "treaty",
  "framework",
  "partnership",
  "alliance",
  "initiative",
]);
/** Nouns of an agreement that name one without a kind word when a verb of making it comes before ("signed an agreement with"). */
const PLAIN_AGREEMENTS = /^(agreement|deal|pact|accord|treaty)$/;
/** Verbs of making an agreement, as written before it ("signed a deal", "have struck an accord"). */
const MADE =
  /^(signed|signs|sign|signing|struck|strikes|strike|reached|reaches|reach|sealed|seals|seal|inked|inks|concluded|concludes|finalised|finalized|clinched|clinches)$/;
/** Words that make an agreement a trade instrument ("a free trade agreement", "a tariff deal"). */
const AGREEMENT_KINDS: ReadonlySet<string> = new Set([
  "trade",
  "free",
  "bilateral",
  "tariff",
  "minerals",
  "mineral",
  "investment",
  "economic",
  "partnership",
  "comprehensive",
  "supply",
  "reconstruction",
]);

/** Nouns that name one agreement of a pair whichever is written ("the trade deal" … "the trade agreement"). */
const ONE_AGREEMENT = /^(agreement|deal|pact|accord|treaty|framework)$/;

/**
 * What tells a pair's agreement from its other ones: its noun class and its distinctive kind words
 * ("trade deal" and "free trade agreement" are one; "critical minerals pact" another; "truce" another).
 */
function agreementClass(words: string, noun: string): string {
  const kind = words
    .split(/\s+/)
    .slice(0, -1)
    .filter((w) => !PLAIN_KIND_WORDS.has(w))
    .join(" ");
  return `${ONE_AGREEMENT.test(noun) ? "agreement" : noun}:${kind}`;
}

/**
 * "South Korea and the United States announced a finalised tariff agreement", "the free trade
 * agreement between the EU and Mercosur", "X should sign the trade deal with India": the agreement
 * of two named states is a Policy named after them, its words as written an alias. Left to the
 * talks rules in a document about a meeting (they name its framework).
 */
export const partiesAgreementRule: Rule = {
  id: "policy-parties-agreement",
  predicates: [],
  description: "A trade agreement of two states named in the sentence is a Policy named after them.",
  example: "Chile and India signed a free trade agreement.",
  apply(ctx) {
    // The talks rules name the agreement of the document's main meeting ("<place> framework").
    const talksAgreement = meetingsOf(ctx).primary !== null;
    const { tokens, text } = ctx;
    for (
      let i = nextTokenIn(tokens, 1, AGREEMENT_NOUNS);
      i < tokens.length;
      i = nextTokenIn(tokens, i + 1, AGREEMENT_NOUNS)
    ) {
      const t = tokens[i]!;
      if (!AGREEMENT_NOUNS.has(t.text)) continue;
      let a = i;
      const ms0 = mentionsIn(ctx, t.sentence);
      for (;;) {
        if (a <= 0 || i - a >= 4 || tokens[a - 1]!.sentence !== t.sentence) break;
        // "a critical minerals framework", "a lithium pact": a good is the agreement's kind.
        const good = ms0.find((x) => x.m.te === a && (x.e.type === "Mineral" || x.e.type === "Product"));
        if (good && good.m.ts < a) {
          a = good.m.ts;
          continue;
        }
        if (AGREEMENT_KINDS.has(tokens[a - 1]!.text)) {
          a--;
          continue;
        }
        break;
      }
      // "signed an agreement with": the verb of making it names a plain agreement.
      const plain =
        a === i &&
        PLAIN_AGREEMENTS.test(t.text) &&
        /^(a|an|the)$/.test(tokens[i - 1]!.text) &&
        MADE.test(tokens[i - 2]?.text ?? "") &&
        tokens[i - 2]!.sentence === t.sentence;
      if (a === i && !plain) continue;
      // "a strategic partnership": a relationship, not an instrument.
      if (/^(partnership|alliance)$/.test(t.text) && a === i) continue;
      if (
        talksAgreement &&
        (t.text === "accord" ||
          /\b(tentative|preliminary|framework|trade)\b/.test(text.slice(tokens[Math.max(0, i - 3)]!.start, t.start)))
      )
        continue;
      const ms = mentionsIn(ctx, t.sentence);
      if (ms.some((x) => x.e.type === "Policy" && x.m.ts <= i && x.m.te > i)) continue;
      const states = ms.filter((x) => isStateParty(x.e));
      let parties: LocalEntity[] = [];
      const next = tokens[i + 1]?.text;
      const after = states.filter((x) => x.m.ts > i && x.m.ts <= i + 8);
      if (next === "between" && after.length >= 2) parties = [after[0]!.e, after[1]!.e];
      else {
        // The states before the agreement in its sentence: the last two coordinated ("X and Y signed").
        const before = states.filter((x) => x.m.te <= a);
        for (let k = before.length - 1; k > 0 && !parties.length; k--) {
          const x = before[k - 1]!;
          const y = before[k]!;
          const between = tokens.slice(x.m.te, y.m.ts).map((w) => w.text.toLowerCase());
          if (between.includes("and") && between.length <= 8 && x.e !== y.e) parties = [x.e, y.e];
        }
        // "sign the trade deal with India": the sentence's first state and the one after "with".
        if (!parties.length && next === "with" && after[0] && before[0] && after[0].e !== before[0].e)
          parties = [before[0].e, after[0].e];
      }
      if (parties.length !== 2) continue;
      const words = text.slice(tokens[a]!.start, t.end).toLowerCase();
      const name = `${parties[0]!.name}-${parties[1]!.name} ${words}`;
      const key = `agreement@${[parties[0]!.name, parties[1]!.name].sort().join("|")}@${agreementClass(words, t.text)}`;
      // "an initial trade deal", "a landmark trade agreement": the judging words are no part of the
      // name, but of the mention as written (an alias).
      let from = a;
      while (
        from > 0 &&
        a - from < 2 &&
        tokens[from - 1]!.sentence === t.sentence &&
        (EVALUATIVE.has(tokens[from - 1]!.text) || STAGE_WORDS.has(tokens[from - 1]!.text))
      )
        from--;
      ensureEntity(ctx, "Policy", name, key, { ts: from, te: i + 1 }, this.id);
    }
  },
};

/** What a lower-case instrument noun heads: an agreement of parties, a law of a state, a trade measure. */
type InstrumentKind = "agreement" | "law" | "measure";
const INSTRUMENT_HEADS: ReadonlyMap<string, InstrumentKind> = new Map([
  ["agreement", "agreement"],
  ["deal", "agreement"],
  ["pact", "agreement"],
  ["accord", "agreement"],
  ["treaty", "agreement"],
  ["framework", "agreement"],
  ["initiative", "agreement"],
  ["alliance", "agreement"],
  ["partnership", "agreement"],
  ["truce", "agreement"],
  ["act", "law"],
  ["law", "law"],
  ["code", "law"],
  ["bill", "law"],
  ["regime", "law"],
  ["scheme", "law"],
  ["regulation", "law"],
  // A state's named plan ("Chile's national lithium strategy", "Canada's rebate program").
  ["strategy", "law"],
  ["program", "law"],
  ["programme", "law"],
  ["decree", "law"],
  ["ban", "measure"],
  ["quota", "measure"],
  ["quotas", "measure"],
  ["embargo", "measure"],
  ["moratorium", "measure"],
  // "A four-month suspension of cobalt exports", "its export suspension": a ban in time.
  ["suspension", "measure"],
]);
/** Words that judge or date an instrument rather than name it: left out of its name ("a landmark deal"). */
const EVALUATIVE: ReadonlySet<string> = new Set([
  "new",
  "proposed",
  "landmark",
  "historic",
  "planned",
  "long-awaited",
  "sweeping",
  "draft",
  "possible",
  "potential",
  "final",
  "first",
  "major",
  "key",
  "much-anticipated",
  "ambitious",
  "controversial",
  "broad",
  "broader",
  "wider",
  "formal",
  "eventual",
  "current",
  "existing",
  "latest",
  "recent",
  "revised",
  "updated",
  "upgraded",
  "expanded",
  "temporary",
  "permanent",
  "so-called",
]);
/** Words of an agreement's stage, kept in its mention as written ("an initial trade deal"). */
const STAGE_WORDS: ReadonlySet<string> = new Set(["initial", "interim", "preliminary", "tentative", "partial"]);

/** Modifiers that make the noun something other than an instrument ("a peace deal" is kept; "a record deal" is not trade). */
const NOT_INSTRUMENT: ReadonlySet<string> = new Set([
  "record",
  "book",
  "sponsorship",
  "licensing",
  "takeover",
  "merger",
  "acquisition",
  "buyout",
  "supply",
  "offtake",
  "sales",
  "sale",
  "purchase",
  "loan",
  "financing",
  "dress",
  "source",
  "criminal",
  "penal",
  "building",
  "zip",
  "country",
  "area",
  "phone",
  "travel",
]);
/** Verbs of making an agreement that the tagger may read as nouns ("to sign a deal"): never its words. */
const MAKING_VERBS: ReadonlySet<string> = new Set([
  "sign",
  "strike",
  "reach",
  "seal",
  "ink",
  "clinch",
  "finalise",
  "finalize",
  "conclude",
  "negotiate",
  "agree",
  "announce",
  "approve",
  "ratify",
  "extend",
  "renew",
  "impose",
  "lift",
  "end",
  "scrap",
  "delay",
  "pause",
  "suspend",
  // Verbs of making or changing a law ("Vietnam amends law", read as a noun in a headline).
  "amend",
  "adopt",
  "enact",
  "revise",
  "pass",
]);
/** A form of a verb of making ("signs", "struck", "inked"), which the tagger may read as a noun in a headline. */
function makingVerb(w: string): boolean {
  return (
    MAKING_VERBS.has(w) ||
    MAKING_VERBS.has(w.replace(/e?s$/, "")) ||
    MAKING_VERBS.has(w.replace(/s$/, "")) ||
    MAKING_VERBS.has(w.replace(/e?d$/, "")) ||
    MAKING_VERBS.has(w.replace(/d$/, "")) ||
    /^(struck|signed|inked|sealed|clinched|reached)$/.test(w)
  );
}
/** Modifiers that only qualify a relationship ("a strategic alliance"): not enough to name an alliance or partnership. */
const RELATIONSHIP_WORDS: ReadonlySet<string> = new Set([
  "strategic",
  "comprehensive",
  "bilateral",
  "close",
  "closer",
  "deep",
  "deeper",
  "special",
  "global",
  "long-term",
  "enduring",
  "historic",
  "new",
]);
const INSTRUMENT_PARTIES: ReadonlySet<string> = new Set(["Country", "Organization", "Agency"]);
const EXPORTISH = /^(exports?|exporting|shipments?|imports?|importing)$/i;

/** A party mention (state, bloc, agency; a company for agreements) ending at token `te`. */
function partyEnding(ctx: Parameters<Rule["apply"]>[0], s: number, te: number, companies: boolean) {
  return mentionsIn(ctx, s).find(
    (x) => x.m.te === te && (INSTRUMENT_PARTIES.has(x.e.type) || (companies && x.e.type === "Company")),
  );
}

/** Heads of a plan a state may name in lower case: a Policy only with a word of its domain. */
const PLAN_HEADS = /^(strategy|initiative|program|programme)$/;
/** Words of a plan's domain ("critical minerals strategy", "trade diversification strategy", "EV rebate program"). */
const PLAN_DOMAIN =
  /^(trade|tariffs?|minerals?|mining|metals?|materials|rebate|tax|export|exports|import|imports|investment|industrial|industry|energy|supply|royalty|incentive|subsidy|battery|semiconductor|chips?|permitting|reserve|stockpile|procurement|security)$/;
/** Heads of an instrument two sides make: named by one party, the other side is missing. */
const TWO_SIDED = /^(agreement|deal|pact|accord|treaty|truce)$/;

/** Whether a lower-case plan ("long-term strategy", "expansion strategy") names no domain: not a Policy. */
function vaguePlan(head: string, named: readonly string[], good: boolean): boolean {
  return PLAN_HEADS.test(head) && !good && !named.some((w) => w.split(/[-–]/).some((x) => PLAN_DOMAIN.test(x)));
}

/**
 * Lower-case instruments named by their words and their parties: "the US-Japan critical minerals
 * framework", "Guinea's new mining code", "an EU deforestation import ban", "a ban on raw ore
 * exports", "Congo's cobalt export quota system". A Policy named "<parties> <words> <noun>" (a
 * measure "<good> export <noun>"), its words as written an alias. An agreement needs two parties
 * (joined by a hyphen, or one before and one after "with", or "between X and Y") or one party
 * before its words; a law one party and words; a measure an export or import word and a good or a
 * maker. The plain noun ("the deal", "the ban") names nothing.
 */
function instrumentPhrases(ctx: Parameters<Rule["apply"]>[0], kinds: ReadonlySet<InstrumentKind>, rule: string) {
  const { tokens, text } = ctx;
  for (
    let i = nextTokenIn(tokens, 1, INSTRUMENT_HEADS);
    i < tokens.length;
    i = nextTokenIn(tokens, i + 1, INSTRUMENT_HEADS)
  ) {
    const t = tokens[i]!;
    const kind = INSTRUMENT_HEADS.get(t.text);
    if (!kind || !kinds.has(kind) || t.pos === "VERB") continue;
    const s = t.sentence;
    const start = ctx.sentences[s]!.tokenStart;
    const ms = mentionsIn(ctx, s);
    if (ms.some((x) => x.e.type === "Policy" && x.m.ts <= i && x.m.te > i)) continue;
    // "quota system": the noun's own phrase goes on.
    let end = i + 1;
    if (kind === "measure" && /^(system|regime)$/.test(tokens[i + 1]?.text ?? "") && tokens[i + 1]!.sentence === s)
      end = i + 2;
    // Back over the instrument's words: nouns, adjectives, numbers, amounts, hyphenated words.
    let a = i;
    let goodIn: { m: { ts: number; te: number }; e: LocalEntity } | undefined;
    while (a > start && i - a < 6) {
      const p = tokens[a - 1]!;
      const inGood = ms.find((x) => x.m.te === a && (x.e.type === "Mineral" || x.e.type === "Product"));
      if (inGood) {
        goodIn ??= inGood;
        a = inGood.m.ts;
        continue;
      }
      const glued = (p.text === "-" || p.text === "–") && p.start === tokens[a]!.start - 1 && a - 2 >= start;
      if (glued && tokens[a - 2]!.end === p.start && /^[\p{Ll}]/u.test(tokens[a - 2]!.text)) {
        a -= 2;
        continue;
      }
      if (p.text === "$" || (p.pos === "NUM" && /^[\d.,]+$|^(billion|million|trillion)$/.test(p.text))) {
        a--;
        continue;
      }
      if (
        (p.pos === "NOUN" || p.pos === "ADJ") &&
        /^[\p{Ll}]/u.test(p.text) &&
        !makingVerb(p.text) &&
        !ms.some((x) => x.m.te === a)
      ) {
        a--;
        continue;
      }
      break;
    }
    const words = tokens.slice(a, i).map((x) => x.text.toLowerCase());
    if (words.some((w) => NOT_INSTRUMENT.has(w))) continue;
    // The parties: a hyphenated pair or one name right before the words, a possessor ("Guinea's").
    const parties: LocalEntity[] = [];
    let from = a;
    let possessive = false;
    const companies = kind === "agreement";
    let before = partyEnding(ctx, s, a, companies);
    if (!before && /^['’]s$/.test(tokens[a - 1]?.text ?? "") && tokens[a - 1]!.sentence === s) {
      before = partyEnding(ctx, s, a - 1, companies);
      possessive = !!before;
    }
    if (before) {
      parties.push(before.e);
      from = before.m.ts;
      const h = tokens[before.m.ts - 1];
      if (!possessive && h && (h.text === "-" || h.text === "–") && h.start === tokens[before.m.ts - 2]?.end) {
        const first = partyEnding(ctx, s, before.m.ts - 1, companies);
        if (first && first.e !== before.e) {
          parties.unshift(first.e);
          from = first.m.ts;
        }
      }
    }
    // After the noun: "with Y", "between X and Y".
    const next = tokens[end]?.text;
    const prefixed = parties.length;
    if (kind === "agreement" && (next === "with" || next === "between")) {
      const after = ms.filter((x) => x.m.ts > end && x.m.ts <= end + 4 && INSTRUMENT_PARTIES.has(x.e.type));
      if (next === "between" && parties.length === 0) {
        const two = ms.filter(
          (x) =>
            x.m.ts > end && x.m.ts <= end + 8 && INSTRUMENT_PARTIES.has(x.e.type) && tokens[x.m.ts - 1]!.sentence === s,
        );
        if (two.length >= 2 && two[0]!.e !== two[1]!.e && tokens[two[0]!.m.te]?.text === "and")
          parties.push(two[0]!.e, two[1]!.e);
      } else if (next === "with" && parties.length === 1 && after[0] && after[0].e !== parties[0])
        parties.push(after[0].e);
    }
    const named = words.filter((w, k) => !(EVALUATIVE.has(w) && words.slice(0, k).every((x) => EVALUATIVE.has(x))));
    if (vaguePlan(t.text, named, goodIn !== undefined)) continue;
    const head = text.slice(t.start, tokens[end - 1]!.end).toLowerCase();
    const phrase = [...named, head].join(" ").replace(/ - /g, "-");
    if (kind === "agreement") {
      // "the strategic alliance between X and Y" is a relationship; a firm is a party only with another firm.
      if (/^(alliance|partnership)$/.test(t.text) && named.every((w) => RELATIONSHIP_WORDS.has(w))) continue;
      // "a temporary truce between X and Y": a plain truce or framework of two states names no instrument.
      if (named.length === 0 && prefixed < 2 && !/^(agreement|deal|pact|treaty|accord)$/.test(t.text)) continue;
      if (parties.some((p) => p.type === "Company") && !parties.every((p) => p.type === "Company")) continue;
      if (parties.length === 2) {
        const name = `${parties[0]!.name}-${parties[1]!.name} ${phrase}`;
        const key = `agreement@${[parties[0]!.name, parties[1]!.name].sort().join("|")}@${named.join(" ")}${t.text}`;
        ensureEntity(ctx, "Policy", name, key, { ts: from, te: end }, rule);
      } else if (
        // One state of a deal two sides make ("the American trade pact") leaves the other side out:
        // no name to give it. A bloc's accord ("an EU steel accord") or a one-sided instrument
        // ("the Quad minerals initiative") keeps it.
        parties.length === 1 &&
        !possessive &&
        named.length > 0 &&
        parties[0]!.type !== "Company" &&
        !(parties[0]!.type === "Country" && TWO_SIDED.test(t.text))
      ) {
        const name = `${parties[0]!.name} ${phrase}`;
        ensureEntity(ctx, "Policy", name, name, { ts: from, te: end }, rule);
      }
      continue;
    }
    if (kind === "law") {
      // A regime or scheme of exports is a measure's business; but a law proper of export control
      // ("China's export control law") is the state's law.
      const exportLaw = /^(?:law|act|code|decree|regulation)$/.test(t.text) && /^controls?$/.test(words.at(-1) ?? "");
      if (named.length === 0 || (!exportLaw && words.some((w) => EXPORTISH.test(w)))) continue;
      // "Mali adopted a new mining code": the state whose verb makes the law, right before it.
      const maker = parties.length === 0 ? actingState(ctx, ms, a) : undefined;
      if (maker) {
        const name = `${maker.name} ${phrase}`;
        ensureEntity(ctx, "Policy", name, name, { ts: a, te: end }, rule);
        continue;
      }
      // "the enactment of a new mining law": a law proper (not a plan or a scheme) with
      // words and no state of its own is the law of the state the document is about.
      if (parties.length === 0 && LAW_PROPER.test(t.text) && !named.some((w) => UNSTATED_LAW.test(w))) {
        const state = documentState(ctx);
        if (state) {
          const name = `${state.name} ${phrase}`;
          ensureEntity(ctx, "Policy", name, name, { ts: a, te: end }, rule);
        }
        continue;
      }
      if (parties.length !== 1) continue;
      const name = `${parties[0]!.name} ${phrase}`;
      ensureEntity(ctx, "Policy", name, name, { ts: from, te: end }, rule);
      continue;
    }
    // A measure: about exports or imports, of a good or of a maker.
    let trade = words.find((w) => EXPORTISH.test(w));
    let good = goodIn;
    if (tokens[end]?.text === "on" || tokens[end]?.text === "of") {
      // "a ban on raw ore exports", "a ban on the export of cobalt".
      for (let k = end + 1; k < Math.min(ctx.sentences[s]!.tokenEnd, end + 7); k++) {
        const w = tokens[k]!.text.toLowerCase();
        if (EXPORTISH.test(w) || w === "export") trade ??= w;
        if (/^(,|;|and|but|which|that|to|from|by|until|after|since|in)$/.test(w) && k > end + 1 && trade) break;
      }
      good ??= ms.find((x) => (x.e.type === "Mineral" || x.e.type === "Product") && x.m.ts > end && x.m.ts <= end + 5);
    }
    // "The ban will be replaced by a quota system", "exporters violating its new quota system": a
    // bare ban or quota in a sentence about exports, in a document whose exports are of one good.
    if (
      !good &&
      parties.length === 0 &&
      BARE_MEASURE_HEADS.test(t.text) &&
      (trade ? /^exports?$/.test(trade) : /^(the|its|a|an|new)$/.test(tokens[a - 1]?.text.toLowerCase() ?? ""))
    ) {
      const nextWord = tokens[end]?.text.toLowerCase() ?? "";
      const inSentence = ms.filter((x) => x.e.type === "Mineral" || x.e.type === "Product");
      const docGood = documentExportGood(ctx);
      if (
        docGood &&
        !/^(on|of|against|for|to)$/.test(nextWord) &&
        inSentence.every((x) => x.e === docGood) &&
        !ms.some((x) => x.e.type === "Country" && x.m.te === a) &&
        (exportSentence(ctx, s) || (s > 0 && exportSentence(ctx, s - 1)))
      ) {
        trade = "export";
        good = { m: { ts: a, te: a }, e: docGood };
      }
    }
    if (!trade) continue;
    // A suspension names a ban only with its good: "Congo's prolonged suspension" may be of anything;
    // and not a suspension of a measure ("a suspension of its export controls on copper" lifts them).
    if (t.text === "suspension" && (!good || suspendsMeasure(ctx, end))) continue;
    const way = /^imp/.test(trade) ? "import" : "export";
    // A suspension of exports is named as the ban it is ("cobalt export ban"), its words an alias.
    const noun = head.replace(/^suspension$/, "ban");
    if (good) {
      const stem = good.e.name.replace(/(?<!s)s$/, "").toLowerCase();
      const name = `${stem} ${way} ${noun}`;
      const spanEnd =
        good.m.te > end && good.m.te <= end + 8
          ? good.m.te + (EXPORTISH.test(tokens[good.m.te]?.text ?? "") ? 1 : 0)
          : end;
      ensureEntity(
        ctx,
        "Policy",
        name,
        // "quotas", "quota system": one instrument.
        `${way}-${noun.replace(/ (system|regime)$/, "").replace(/s$/, "")}@${stem}`,
        { ts: possessive ? a : from, te: spanEnd },
        rule,
      );
    } else if (parties.length === 1) {
      const name = `${parties[0]!.name} ${phrase}`;
      ensureEntity(ctx, "Policy", name, name, { ts: a, te: end }, rule);
    } else {
      // "China suspended an export ban to the U.S.": the state whose verb acts on the measure, right before it.
      const subject = actingState(ctx, ms, a);
      if (!subject) continue;
      const name = `${subject.name} ${phrase}`;
      ensureEntity(ctx, "Policy", name, name, { ts: a, te: end }, rule);
    }
  }
}

/** Nouns of a measure: a suspension of one lifts it ("the suspension of tariffs", "of its export controls"). */
const SUSPENDED_MEASURE =
  /^(?:controls?|restrictions?|curbs?|bans?|tariffs?|duties|levies|quotas?|licen[cs]es|licensing|rules?|measures?|sanctions|embargo|requirements?)$/i;

/** Whether a measure noun follows the suspension's "of" within its phrase (up to six words). */
function suspendsMeasure(ctx: Parameters<Rule["apply"]>[0], end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.text !== "of") return false;
  const s = tokens[end]!.sentence;
  for (let k = end + 1; k < end + 7 && tokens[k]?.sentence === s; k++) {
    if (SUSPENDED_MEASURE.test(tokens[k]!.text)) return true;
    if (/^[,;]$|^(?:and|which|that|until|for)$/.test(tokens[k]!.text)) break;
  }
  return false;
}

/** The nouns of a law proper, which a state makes ("mining law", "mining code", "decree"). */
const LAW_PROPER = /^(?:law|code|decree)$/;

/** Words of a law no one state makes ("international law", "customary law"). */
const UNSTATED_LAW = /^(?:international|customary|global|common|maritime)$/;

/** The country a document names at least three times and three times as often as any other, memoised. */
const DOCUMENT_STATE = new DocumentCache<object, LocalEntity | null>();
function documentState(ctx: Parameters<Rule["apply"]>[0]): LocalEntity | undefined {
  if (!DOCUMENT_STATE.has(ctx)) {
    const countries = ctx.resolution.entities
      .filter((e) => e.type === "Country")
      .sort((x, y) => y.mentions.length - x.mentions.length);
    const [first, second] = countries;
    const clear = first && first.mentions.length >= 3 && first.mentions.length >= 3 * (second?.mentions.length ?? 0);
    DOCUMENT_STATE.set(ctx, clear ? first : null);
  }
  return DOCUMENT_STATE.get(ctx) ?? undefined;
}

/**
 * The state whose verb acts on the instrument whose words start at `a` after a determiner ("Mali
 * adopted a new mining code", "China has suspended an export ban", "Zambia amended its mining code"): a state mention at most four
 * tokens before, with only verbs (one at least), auxiliaries and adverbs between; else undefined.
 */
function actingState(
  ctx: Parameters<Rule["apply"]>[0],
  ms: ReturnType<typeof mentionsIn>,
  a: number,
): LocalEntity | undefined {
  const { tokens } = ctx;
  // A determiner, or the subject's own "its" ("Zambia amended its mining code").
  const det = tokens[a - 1];
  if (!det || (det.pos !== "DET" && !/^(its|their)$/i.test(det.text))) return undefined;
  const subject = ms
    .filter((x) => x.m.te < a && a - x.m.te <= 4 && (x.e.type === "Country" || isStateParty(x.e)))
    .at(-1);
  const between = subject ? tokens.slice(subject.m.te, a - 1) : [];
  if (!subject || !between.some((x) => x.pos === "VERB") || !between.every((x) => /^(VERB|AUX|ADV)$/.test(x.pos)))
    return undefined;
  return subject.e;
}

/** Heads of a measure that a document may leave bare ("the ban", "its quota system"). */
const BARE_MEASURE_HEADS = /^(ban|quota|quotas|embargo|moratorium|suspension)$/;
/** Words of exporting that make a sentence about exports. */
const EXPORT_CONTEXT = /^(export|exports|exported|exporting|exporter|exporters|shipments)$/i;

/** Per document: the sentences that hold a word of exporting, and the one good they are about. */
const EXPORT_INDEX = new DocumentCache<object, { sentences: Set<number>; good: LocalEntity | undefined }>();

function exportIndex(ctx: Parameters<Rule["apply"]>[0]): { sentences: Set<number>; good: LocalEntity | undefined } {
  let index = EXPORT_INDEX.get(ctx.tokens);
  if (index) return index;
  const sentences = new Set<number>();
  for (const t of ctx.tokens) if (EXPORT_CONTEXT.test(t.text)) sentences.add(t.sentence);
  // The good most named in those sentences, when it holds two thirds of their goods' mentions (two at least).
  const counts = new Map<LocalEntity, number>();
  let total = 0;
  for (const si of sentences)
    for (const x of mentionsIn(ctx, si))
      if (x.e.type === "Mineral" || x.e.type === "Product") {
        counts.set(x.e, (counts.get(x.e) ?? 0) + 1);
        total++;
      }
  let good: LocalEntity | undefined;
  let best = 0;
  for (const [e, n] of counts)
    if (n > best) {
      best = n;
      good = e;
    }
  if (best < 2 || best * 3 < total * 2) good = undefined;
  index = { sentences, good };
  EXPORT_INDEX.set(ctx.tokens, index);
  return index;
}

/** The one good a document's exports are about (see `exportIndex`); undefined if several or none. */
export function documentExportGood(ctx: Parameters<Rule["apply"]>[0]): LocalEntity | undefined {
  return exportIndex(ctx).good;
}

/** Whether sentence `s` holds a word of exporting. */
function exportSentence(ctx: Parameters<Rule["apply"]>[0], s: number): boolean {
  return exportIndex(ctx).sentences.has(s);
}

/** Export and import bans, quotas and embargoes as Policies (before the rules that put them off). */
export const measureInstrumentRule: Rule = {
  id: "policy-measure-phrase",
  predicates: [],
  description: "An export or import ban, quota or embargo on a good, or of a named state, is a Policy.",
  example: "Zimbabwe extended its ban on raw lithium ore exports; the cobalt export quota system starts in October.",
  apply(ctx) {
    instrumentPhrases(ctx, new Set(["measure"]), this.id);
  },
};

/** Agreements and laws named by their parties and words (after the partnership rows read the nouns). */
export const instrumentRule: Rule = {
  id: "policy-instrument-phrase",
  predicates: [],
  description: "An agreement of named parties or a state's law, written in lower case, is a Policy.",
  example: "Tokyo and Washington signed the US-Japan critical minerals framework; Guinea's new mining code.",
  apply(ctx) {
    instrumentPhrases(ctx, new Set(["agreement", "law"]), this.id);
    memoranda(ctx, this.id);
  },
};

/** Types of a memorandum's parties; one at least must not be a company. */
const MEMORANDUM_PARTIES: ReadonlySet<string> = new Set(["Country", "Organization", "Agency", "Company"]);
/** Abbreviations of a memorandum, as written. */
const MEMORANDUM_ABBREVIATIONS = /^(MoU|MOU|MoC|MOC)$/;
/** Words that start a check in `memoranda` (one set lookup per token before any work). */
const MEMORANDUM_TRIGGERS: ReadonlySet<string> = new Set(["memorandum", "Memorandum", "MoU", "MOU", "MoC", "MOC"]);

/**
 * "X signed a memorandum of understanding with Y", "X and Y signed an MoU", "a memorandum of
 * cooperation between X and Y": one Policy named "<X>-<Y> memorandum of understanding", the words
 * as written and its abbreviation ("(MoU)") its aliases. The parties: the names before it in its
 * sentence (not a possessor, not after a preposition), and the one after "with" or the two after
 * "between"; two at least, one not a company (two firms' memorandum is a business deal, not a
 * policy). Plural memoranda name several instruments: none.
 */
function memoranda(ctx: Parameters<Rule["apply"]>[0], rule: string): void {
  const { tokens } = ctx;
  for (
    let i = nextTokenIn(tokens, 0, MEMORANDUM_TRIGGERS);
    i < tokens.length;
    i = nextTokenIn(tokens, i + 1, MEMORANDUM_TRIGGERS)
  ) {
    const t = tokens[i]!;
    if (!MEMORANDUM_TRIGGERS.has(t.text)) continue;
    let end: number;
    if (/^memorandum$/i.test(t.text)) {
      if (tokens[i + 1]?.text !== "of" || !/^(understanding|cooperation)$/i.test(tokens[i + 2]?.text ?? "")) continue;
      end = i + 3;
    } else if (MEMORANDUM_ABBREVIATIONS.test(t.text) && tokens[i - 1]?.text !== "(") end = i + 1;
    else continue;
    const s = t.sentence;
    const ms = mentionsIn(ctx, s);
    if (ms.some((x) => x.e.type === "Policy" && x.m.ts <= i && x.m.te > i)) continue;
    // "(MoU)" right after: the abbreviation, a mention too.
    const abbreviated =
      tokens[end]?.text === "(" &&
      MEMORANDUM_ABBREVIATIONS.test(tokens[end + 1]?.text ?? "") &&
      tokens[end + 2]?.text === ")";
    const after = abbreviated ? end + 3 : end;
    // Not a possessor ("Saudi Arabia's Maaden"), nor a state describing the next name ("French miner Eramet").
    const describes = (x: (typeof ms)[number]) =>
      ms.some(
        (y) =>
          y.m.ts > x.m.te &&
          y.m.ts - x.m.te <= 3 &&
          tokens.slice(x.m.te, y.m.ts).every((k) => /^[\p{Ll}]/u.test(k.text) && /^(NOUN|ADJ)$/.test(k.pos)),
      );
    const party = (x: (typeof ms)[number]) =>
      MEMORANDUM_PARTIES.has(x.e.type) && !isPossessiveMark(tokens[x.m.te]?.text) && !describes(x);
    const parties: LocalEntity[] = [];
    for (const x of ms) {
      if (x.m.te > i || !party(x)) continue;
      if (tokens[x.m.ts - 1]?.pos === "ADP" && !/^(between)$/i.test(tokens[x.m.ts - 1]!.text)) continue;
      if (!parties.includes(x.e)) parties.push(x.e);
    }
    const next = tokens[after]?.text.toLowerCase();
    if (next === "with" || next === "between") {
      const later = ms.filter((x) => x.m.ts > after && x.m.ts <= after + 8 && party(x));
      for (const x of later.slice(0, next === "with" ? 1 : 2)) if (!parties.includes(x.e)) parties.push(x.e);
    }
    if (parties.length < 2 || parties.length > 4 || parties.every((p) => p.type === "Company")) continue;
    const name = `${parties.map((p) => p.name).join("-")} memorandum of understanding`;
    // One memorandum per document: a story names its memorandum again with fewer or other parties.
    const e = ensureEntity(ctx, "Policy", name, `memorandum@${ctx.doc.id}`, { ts: i, te: end }, rule);
    if (abbreviated) addMention(ctx, e, { ts: end + 1, te: end + 2 }, rule);
    i = after - 1;
  }
}

/** Classes of instrument a definite noun phrase may refer back to, by its head noun. */
const REFERENCE_HEADS: ReadonlyMap<string, RegExp> = new Map([
  ...["deal", "agreement", "accord", "pact", "treaty", "framework", "truce", "protocol"].map(
    (w) => [w, /\b(agreement|deal|accord|pact|treaty|framework|truce|protocol|partnership)\b/i] as const,
  ),
  ...["ban", "embargo", "moratorium"].map((w) => [w, /\b(ban|embargo|moratorium)\b/i] as const),
  ...["controls", "restrictions", "curbs"].map(
    (w) => [w, /\b(controls?|restrictions?|curbs?|ban|licensing|licen[cs]es?)\b/i] as const,
  ),
  ...["quota", "quotas"].map((w) => [w, /\bquotas?\b/i] as const),
  // "the memorandum", "the MoU": a memorandum named before.
  ...["memorandum", "MoU", "MOU"].map((w) => [w, /\bmemorandum\b/i] as const),
]);
/** How many sentences back a definite reference may reach for its instrument. */
const REFERENCE_REACH = 5;
/** Words that make a definite phrase a different instrument, or no instrument, than the one named before. */
const OTHER_INSTRUMENT: ReadonlySet<string> = new Set([
  ...NOT_INSTRUMENT,
  "other",
  "another",
  "previous",
  "earlier",
  "old",
  "former",
  "separate",
  "same",
  "second",
  "similar",
  "original",
]);

/**
 * "Chile and India signed a free trade agreement … The deal cuts duties …": a definite noun phrase
 * ("the deal", "this agreement", "the export ban", "these restrictions") whose head is an
 * instrument's is a mention of the Policy of that class mentioned last, within a few sentences
 * before it — document-level coreference, so the instrument's later mentions (and their wordings,
 * as aliases) are its. Not a phrase with a name in it ("the EU deal": a rule would have named it),
 * nor one followed by "with"/"between" and a party the instrument's name lacks, nor "another deal".
 * Runs last: it adds mentions only, no relation.
 */
export const policyReferenceRule: Rule = {
  id: "policy-definite-reference",
  predicates: [],
  description: "'The deal', 'the ban', 'these restrictions' refer to the instrument of that kind named just before.",
  example: "Chile and India signed a free trade agreement on Monday. The agreement cuts duties on copper.",
  apply(ctx) {
    const { tokens } = ctx;
    // The Policies' mentions in text order, read once; a phrase looks back from its own position.
    let policies: { m: { ts: number; te: number; sentence: number }; e: LocalEntity }[] | undefined;
    let next = 0;
    for (
      let i = nextTokenIn(tokens, 1, REFERENCE_HEADS);
      i < tokens.length;
      i = nextTokenIn(tokens, i + 1, REFERENCE_HEADS)
    ) {
      const t = tokens[i]!;
      const cls = REFERENCE_HEADS.get(t.text);
      if (!cls || t.pos === "VERB") continue;
      if (!policies) {
        policies = [];
        for (const e of ctx.resolution.entities)
          if (e.type === "Policy") for (const m of e.mentions) policies.push({ m, e });
        policies.sort((x, y) => x.m.ts - y.m.ts);
      }
      if (!policies.length) return;
      const s = t.sentence;
      // Back over lower-case modifiers (at most three) to the determiner.
      let a = i;
      while (a - 1 > i - 4 && tokens[a - 1]!.sentence === s && /^[\p{Ll}]/u.test(tokens[a - 1]!.text)) {
        const p = tokens[a - 1]!;
        if (/^(the|this|that|these|those)$/i.test(p.text) || !/^(NOUN|ADJ)$/.test(p.pos)) break;
        a--;
      }
      const det = tokens[a - 1];
      if (!det || det.sentence !== s || !/^(the|this|that|these|those)$/i.test(det.text)) continue;
      const words = tokens.slice(a, i).map((x) => x.text.toLowerCase());
      if (words.some((w) => OTHER_INSTRUMENT.has(w) || makingVerb(w))) continue;
      const ms = mentionsIn(ctx, s);
      if (ms.some((x) => x.m.te > a - 1 && x.m.ts <= i)) continue;
      // The instrument of that class mentioned last before the phrase, within reach.
      while (next < policies.length && policies[next]!.m.ts < a) next++;
      let referent: LocalEntity | undefined;
      for (let k = next - 1; k >= 0 && policies[k]!.m.sentence >= s - REFERENCE_REACH; k--) {
        const x = policies[k]!;
        if (x.m.te <= a && x.e.mentions.length > 0 && cls.test(x.e.name)) {
          referent = x.e;
          break;
        }
      }
      if (!referent) continue;
      // "the agreement with Japan": a party the instrument's name does not hold makes it another one.
      const after = tokens[i + 1];
      if (after && after.sentence === s && /^(with|between)$/.test(after.text)) {
        const party = ms.find((x) => x.m.ts > i + 1 && x.m.ts <= i + 3 && isStateParty(x.e));
        if (party && !referent.name.includes(party.e.name)) continue;
      }
      addMention(ctx, referent, { ts: a, te: i + 1 }, this.id);
      // A later phrase may refer back through this one ("the deal … the deal").
      policies.splice(next, 0, { m: { ts: a, te: i + 1, sentence: s }, e: referent });
      next++;
    }
  },
};

/** Heads of an instrument the same in two names (lower case), and the class of agreements. */
const AGREEMENT_HEAD = /^(agreement|deal|accord|pact|treaty|framework)$/;
/** Words of an agreement's name that say no more than "a trade agreement" ("the India-EFTA trade deal"). */
const GENERIC_AGREEMENT_WORDS: ReadonlySet<string> = new Set([
  "trade",
  "free",
  "bilateral",
  "agreement",
  "deal",
  "pact",
  "accord",
]);
/** Heads of a law, after which a state's name before the title is no part of it ("the U.S. CHIPS and Science Act"). */
const LAW_HEAD = /^(Act|Law|Code)$/;

/** The lower-case words of a Policy's name, hyphens split (without states' names with `bare`). */
function nameWords(name: string, bare: boolean): string[] {
  const memo = bare ? BARE_NAME_WORDS : NAME_WORDS;
  let words = memo.get(name);
  if (!words) {
    // Bounded: a long-lived process reads ever new names.
    if (memo.size >= 10_000) memo.clear();
    memo.set(name, (words = splitNameWords(name, bare)));
  }
  return words;
}

/** `nameWords` of names read before (callers do not change the lists): each scans the state names once. */
const NAME_WORDS = new Map<string, string[]>();
const BARE_NAME_WORDS = new Map<string, string[]>();

function splitNameWords(name: string, bare: boolean): string[] {
  let rest = name;
  if (bare)
    for (const s of STATE_SURFACES)
      if (rest.includes(s))
        rest = rest.replace(new RegExp(`(^|[\\s\\-–])${s.replace(/\./g, "\\.")}(?=$|[\\s\\-–])`, "g"), " ");
  return rest
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter((w) => w && w !== "and" && w !== "the" && w !== "of");
}

/**
 * One instrument, one name: within a document, "the U.S. CHIPS and Science Act" is the "CHIPS and
 * Science Act" (a state's name before a law's title is an alias), the "CHIPS Act" named later is
 * that Act too (same head, its words among the longer name's), and the "India-EFTA trade deal" is
 * the "India-EFTA Trade and Economic Partnership Agreement" named in the same text (the same two
 * parties, one name saying no more than "trade deal").
 */
export const policyIdentityRule: Rule = {
  id: "policy-identity",
  predicates: [],
  description: "Two names of one instrument in a document are one Policy.",
  example: "The U.S. CHIPS and Science Act funds fabs; the CHIPS Act also pays for research.",
  apply(ctx) {
    const list = ctx.resolution.entities.filter((e) => e.type === "Policy" && e.mentions.length > 0);
    if (!list.length) return;
    // Same instrument twice: the shorter name's words among one longer name's only, same head; or
    // one pair's generic deal.
    const alive = list.filter((e) => e.mentions.length > 0).sort((a, b) => b.name.length - a.name.length);
    const words = new Map(alive.map((e) => [e, nameWords(e.name, false)]));
    const pair = (n: string) => /^(\S+)[-–](\S+) /.exec(n);
    for (let y = alive.length - 1; y > 0; y--) {
      const short = alive[y]!;
      const sw = words.get(short)!;
      const shead = short.name.split(" ").at(-1)!;
      const ps = pair(short.name);
      const generic = nameWords(short.name, true).every((w) => GENERIC_AGREEMENT_WORDS.has(w));
      const same = alive.slice(0, y).filter((long) => {
        if (!long.mentions.length || long.name === short.name) return false;
        const lhead = long.name.split(" ").at(-1)!;
        // "the Protocol to Amend the Trade in Goods Agreement" names another instrument at its end.
        if (long.name.endsWith(` the ${short.name}`)) return false;
        // Capitalised titles: "CHIPS Act" in "CHIPS and Science Act".
        if (shead === lhead && /^[\p{Lu}]/u.test(shead) && sw.length >= 2)
          return sw.every((w) => words.get(long)!.includes(w));
        // "India-EFTA trade deal" and "India-EFTA Trade and Economic Partnership Agreement"; "UK-India
        // trade deal" and "United Kingdom-India trade deal" (one pair of states, named two ways).
        if (!generic || !AGREEMENT_HEAD.test(shead.toLowerCase()) || !AGREEMENT_HEAD.test(lhead.toLowerCase()))
          return false;
        const pl = pair(long.name);
        if (ps && pl && ps[1] === pl[1] && ps[2] === pl[2]) return true;
        // Across two forms of the states' names, the shorter's other words among the longer's.
        const ks = statePairKey(short.name);
        if (ks === undefined || ks !== statePairKey(long.name)) return false;
        // "trade agreement" and "trade deal": one pair's agreement nouns are one word here.
        const one = (w: string) => (ONE_AGREEMENT.test(w) ? "agreement" : w);
        const lw = nameWords(long.name, true).map(one);
        return nameWords(short.name, true).every((w) => lw.includes(one(w)));
      });
      // The nearest longer name, when the others hold it ("Goods Agreement" is the "Trade in Goods
      // Agreement", which the "Protocol to Amend the Trade in Goods Agreement" names); not one of two
      // unrelated titles ("Minerals Act" in two Acts).
      const nearest = same.reduce<LocalEntity | undefined>(
        (a, e) => (!a || e.name.length < a.name.length ? e : a),
        undefined,
      );
      if (nearest && same.every((e) => e === nearest || words.get(nearest)!.every((w) => words.get(e)!.includes(w))))
        absorbEntity(ctx, nearest, short);
    }
    for (const e of list) {
      if (!e.mentions.length) continue;
      // "U.S. CHIPS and Science Act" → "CHIPS and Science Act".
      const words = e.name.split(" ");
      if (words.length >= 3 && LAW_HEAD.test(words.at(-1)!)) {
        for (let n = 1; n <= 2 && n < words.length - 2; n++) {
          if (!STATE_SURFACES.has(words.slice(0, n).join(" "))) continue;
          e.aliases.add(e.name);
          e.name = words.slice(n).join(" ");
          break;
        }
      }
    }
  },
};

/** Heads of a measure that a text may name with its maker and its object ("Chinese duties on brandy"). */
const MEASURE_SURFACE_HEAD =
  /^(?:tariffs?|duty|duties|measures?|controls?|restrictions?|fees?|bans?|quotas?|levies|levy|curbs?|sanctions?|countermeasures?)$/i;
/** Words a phrase may open with that are no part of a measure's written name. */
const SURFACE_DETERMINER = /^(?:the|a|an|its|their|his|her|our|these|those|this|that|new|some|any)$/i;

/**
 * A measure is named in the gold as the text writes it, with its maker and its object ("Chinese
 * anti-dumping measures on European brandy", "US tariffs on Mexican steel"): each Policy mention
 * with a measure head gets, as aliases, its noun phrase from its first content word (no determiner),
 * alone and with the phrase's "on" / "against" attachment. Names no entity and files nothing.
 */
export const policySurfaceRule: Rule = {
  id: "policy-as-written",
  predicates: [],
  description: "A measure's noun phrase as written (maker and object) is an alias of the measure.",
  example: "Chinese anti-dumping measures on European brandy → alias of the anti-dumping measures.",
  apply(ctx) {
    const { tokens, text } = ctx;
    for (const e of ctx.resolution.entities) {
      if (e.type !== "Policy") continue;
      for (const m of e.mentions) {
        judgedAliases(ctx, e, m);
        if (!MEASURE_SURFACE_HEAD.test(tokens[m.te - 1]?.text ?? "")) continue;
        const r = sentenceReading(ctx, m.sentence);
        const c = r?.chunks.find((x) => x.ts <= m.ts && m.te <= x.te && x.head === m.te - 1);
        if (!c) continue;
        let a = c.ts;
        while (a < m.ts && SURFACE_DETERMINER.test(tokens[a]!.text)) a++;
        const add = (to: number) => {
          const s = text.slice(tokens[a]!.start, tokens[to - 1]!.end);
          if (s !== e.name && s.split(" ").length <= 12) e.aliases.add(s);
        };
        if (a < m.ts) add(m.te);
        const on = c.pps[0];
        if (on && on.at === m.te && /^(?:on|against)$/.test(on.prep) && on.arg.items.length === 1) add(on.arg.te);
      }
    }
  },
};

/**
 * The words that date or judge a measure are part of the name readers write too ("new
 * Section 301 tariff measures", "expanded export controls", "the newly imposed export controls on
 * rare earth elements"): for a Policy mention holding a measure head, its phrase from "new" or from
 * the participles and "-ly" adverbs right before it (after a determiner or a verb, not the clause's
 * own verb after its subject), up to the head and up to the mention's end, are aliases.
 */
/** Participles and "-ly" adverbs that date or judge a measure ("expanded", "newly imposed"). */
const JUDGED = /^\p{Ll}[\p{Ll}-]*(?:ed|ly)$/u;

function judgedAliases(ctx: Parameters<Rule["apply"]>[0], e: LocalEntity, m: LocalEntity["mentions"][number]): void {
  const { tokens, text } = ctx;
  let h = m.te - 1;
  while (h >= m.ts && !MEASURE_SURFACE_HEAD.test(tokens[h]!.text)) h--;
  if (h < m.ts) return;
  // The phrase's start: its chunk's, or the mention's when the reading made the mention one chunk.
  const c = sentenceReading(ctx, m.sentence)?.chunks.find((x) => x.ts <= h && h < x.te && x.head === h);
  const start = c && c.ts <= m.ts ? c.ts : m.ts;
  let b = start;
  while (b < h && SURFACE_DETERMINER.test(tokens[b]!.text) && !/^new$/i.test(tokens[b]!.text)) b++;
  if (b === start) {
    // Back over up to two judging words; the furthest whose word before is a determiner, a
    // preposition or a verb ("announced expanded controls", "the newly imposed controls"), or that
    // is an adverb; not a clause's verb after its subject ("Beijing expanded controls").
    let best = b;
    for (let k = b - 1; k >= b - 2 && k >= 0; k--) {
      const p = tokens[k]!;
      if (p.sentence !== m.sentence || !/^(VERB|ADJ|ADV)$/.test(p.pos) || !JUDGED.test(p.text)) break;
      if (p.pos === "ADV" || /^(DET|PRON|ADP|VERB)$/.test(tokens[k - 1]?.pos ?? "")) best = k;
    }
    b = best;
  }
  // Only a phrase that opens with judging words or participles before the mention: the plain one is the rule's own.
  if (b >= m.ts) return;
  for (let k = b; k < m.ts; k++) if (!JUDGED.test(tokens[k]!.text) && !/^(?:new|newly)$/i.test(tokens[k]!.text)) return;
  for (const to of new Set([h + 1, m.te])) {
    if (to <= b) continue;
    const alias = text.slice(tokens[b]!.start, tokens[to - 1]!.end);
    if (alias !== e.name && alias.split(" ").length <= 12) e.aliases.add(alias);
  }
}

/** Nouns of a measure that limits exports ("controls", "curbs"): with a good, the good's export restrictions. */
const EXPORT_MEASURE_NOUNS: ReadonlySet<string> = new Set([
  "restrictions",
  "restriction",
  "controls",
  "curbs",
  "curb",
  "limits",
]);
/** Words of an export measure's phrase between the noun's "on" and the good ("on the export of key rare earths"). */
const EXPORT_MEASURE_GLUE: ReadonlySet<string> = new Set([
  "the",
  "export",
  "exports",
  "exporting",
  "of",
  "key",
  "critical",
  "crucial",
  "strategic",
  "certain",
  "some",
  "several",
  "seven",
  "medium",
  "heavy",
]);

/**
 * Round 17: "strict rare earth controls", "new curbs on rare earth exports", "export restrictions on
 * the export of gallium": a measure noun whose phrase names a mineral a state of the document
 * restricts the export of (a RESTRICTED_EXPORT the rules read) is the Policy "<mineral> export
 * restrictions" — one per mineral in a document, the licensing regime or ban already named for it
 * when there is one. Not a measure on a good nobody is read restricting, nor a noun inside a name.
 */
export const exportMeasureRule: Rule = {
  id: "policy-export-measure",
  predicates: [],
  description: "A measure noun naming a mineral whose exports a state restricts is '<mineral> export restrictions'.",
  example: "China tightened its rare earth controls → Policy 'rare earth export restrictions'.",
  apply(ctx) {
    const restricted = new Set(ctx.relations.filter((r) => r.predicate === "RESTRICTED_EXPORT").map((r) => r.target));
    const { tokens } = ctx;
    for (
      let k = nextTokenIn(tokens, 0, EXPORT_MEASURE_NOUNS);
      k < tokens.length;
      k = nextTokenIn(tokens, k + 1, EXPORT_MEASURE_NOUNS)
    ) {
      const t = tokens[k]!;
      if (!EXPORT_MEASURE_NOUNS.has(t.text) || t.pos === "VERB") continue;
      const ms = mentionsIn(ctx, t.sentence);
      if (ms.some((x) => x.m.ts <= k && k < x.m.te && x.e.type === "Policy")) continue;
      // The phrase's own export word ("export controls", "curbs on rare earth exports") says what the
      // measure limits; without one, a state of the document must be read restricting the good.
      let exported = false;
      const isGood = (x: (typeof ms)[number]) => x.e.type === "Mineral";
      // "<good> (export) controls".
      let from = k;
      if (/^exports?$/i.test(tokens[from - 1]?.text ?? "")) {
        from--;
        exported = true;
      }
      let good = ms.find((x) => x.m.te === from && isGood(x));
      let to = k + 1;
      if (good) from = good.m.ts;
      else if (/^(on|over)$/.test(tokens[k + 1]?.text ?? "")) {
        // "controls on (the export of) <good> (exports)".
        let j = k + 2;
        while (j < k + 7 && EXPORT_MEASURE_GLUE.has(tokens[j]?.text.toLowerCase() ?? "")) {
          if (/^export/i.test(tokens[j]!.text)) exported = true;
          j++;
        }
        good = ms.find((x) => x.m.ts === j && isGood(x));
        if (good) {
          to = good.m.te;
          if (/^exports?$/i.test(tokens[to]?.text ?? "")) {
            to++;
            exported = true;
          }
        }
      }
      if (!good || !(exported || restricted.has(good.e.id))) continue;
      while (/^(DET|PRON)$/.test(tokens[from]!.pos) && from < k) from++;
      const stem = stemOf(good.e);
      const known = ctx.resolution.entities.find((e) => e.type === "Policy" && e.name.startsWith(`${stem} export `));
      const name = known?.name ?? `${stem} export restrictions`;
      ensureEntity(
        ctx,
        "Policy",
        name,
        known ? (known.attributes.mergeKey ?? known.name) : name,
        { ts: from, te: to },
        this.id,
      );
    }
  },
};

/** A good's name for a measure's name: "rare earths" → "rare earth". */
function stemOf(e: LocalEntity): string {
  return e.name.replace(/(?<!s)s$/, "");
}
