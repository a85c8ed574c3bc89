// The role-apposition frame, a backoff after the precise post rules. A person and a
// body (firm, organisation, agency, outlet) stand in one noun phrase whose other words are a
// role: a role noun of the class (chief executive, chairman, director, partner, analyst,
// spokesperson, officer…) with its modifiers and portfolio, and nothing else — no verb, no other
// person or body. Four orders of the same phrase:
//   A  "<body>['s] <role>[,] <person>"            Acme senior vice president Jane Roe
//   B  "<person>, [a|the] <role> at|of|with <body>" Jane Roe, a partner at Acme
//   C  "<person>, <body>['s] <role>[,|said|.]"      Jane Roe, Acme's finance chief, said
//   D  "<role> of [the] <body>[,] <person>"         Chief Technology Officer of Acme Jane Roe
// The role's head noun decides the predicate (a post: HOLDS_POSITION; staff: AFFILIATED_WITH; an
// outlet's people are affiliated), through `affiliate`.

import { LEADERSHIP_TITLES, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { isPossessiveMark } from "../stages/02-tokens.ts";
import { mentionsIn } from "./emit.ts";
import { affiliate } from "./people.ts";
import { isStateParty } from "./sides.ts";
import type { Rule, RuleContext } from "./types.ts";

/** The bodies a person holds a post at or works for. */
const BODY_TYPES: ReadonlySet<string> = new Set(["Company", "Organization", "Agency", "Media"]);

/** Mentions that may stand inside a role phrase ("director of the China programme", "Mexico's"). */
const INNER_TYPES: ReadonlySet<string> = new Set(["Country", "Place", "Mineral", "Product"]);

/** The words of the leadership posts that name the post ("chief", "officer"; not "vice", "executive"). */
const LEADERSHIP_WORDS: readonly string[] = [...LEADERSHIP_TITLES]
  .flatMap((t) => t.split(" "))
  .filter((w) => !/^(?:general|vice|deputy|executive)$/.test(w));

/** Head nouns of a role: the class is the lexicon's role nouns and the words of leadership posts. */
const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...LEADERSHIP_WORDS,
  "co-founder",
  "cofounder",
  "member",
  "principal",
  "counsel",
  "treasurer",
  "controller",
  "banker",
  "broker",
  "staffer",
  "employee",
  "aide",
  "leader",
  "boss",
  "chairperson",
  "president",
  "vice-president",
  "vice-chairman",
]);

/** Heads of a post in the body (HOLDS_POSITION); other roles are an affiliation. */
const POST_HEADS: ReadonlySet<string> = new Set([
  ...LEADERSHIP_WORDS,
  "chairperson",
  "co-founder",
  "cofounder",
  "director",
  "manager",
  "officer",
  "partner",
  "member",
  "treasurer",
  "principal",
  "vice-president",
  "vice-chairman",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  // A state's or a bloc's posts (affiliate adds REPRESENTS for a bloc's agents).
  "minister",
  "secretary",
  "commissioner",
  "official",
  "negotiator",
  "envoy",
  "ambassador",
  "representative",
  "diplomat",
]);

/** Heads of a staff role: an affiliation even beside a post word ("senior analyst", "research director"). */
const STAFF_HEADS: ReadonlySet<string> = new Set([
  "analyst",
  "economist",
  "researcher",
  "professor",
  "lecturer",
  "fellow",
  "strategist",
  "scientist",
  "expert",
  "specialist",
  "consultant",
  "reporter",
  "correspondent",
  "editor",
  "journalist",
  "columnist",
  "associate",
]);

/** Words that join a role's parts or open its portfolio. */
const ROLE_JOINS: ReadonlySet<string> = new Set(["of", "for", "on", "and", "&", "the", "in"]);

/** Words that link a role to the body after it. */
// Not "in": "a secretary in the department of commerce" names a body by a kind the text may not give.
const LINK_AFTER: ReadonlySet<string> = new Set(["at", "of", "with", "for", "from"]);

/** Openers of the role after the person's comma. */
const OPENERS = /^(?:who (?:is|was|has been|had been|remains|serves as|served as)|currently|now|also)$/;

/** Descriptors of a body before its name: "advisory firm", "Beijing-based consultancy". */
const BODY_KIND = /^-?[a-z][a-z-]*$|^-$/;

/** A word of a role phrase: a role head, a join, a modifier in lower case, a capitalised title word. */
function roleWord(ctx: RuleContext, k: number): "head" | "join" | "word" | null {
  const t = ctx.tokens[k]!;
  const lower = t.text.toLowerCase();
  if (ROLE_HEADS.has(lower) || ROLE_HEADS.has(lower.replace(/s$/, ""))) return "head";
  if (ROLE_JOINS.has(lower)) return "join";
  if (t.text === lower) {
    if (!/^[a-z][a-z-]*$/.test(lower)) return null;
    return t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || t.pos === "ADV" ? null : "word";
  }
  // "White House AI chief X", "Acme IT director Y": a field's acronym modifies the role.
  if (/^[A-Z]{2,3}$/.test(t.text)) return "word";
  return TITLE_HEADS.has(t.text) || TITLE_MODIFIERS.has(t.text) ? "word" : null;
}

/** The mention kinds covering token k in the sentence's mentions, or undefined. */
function mentionAt(ms: { m: { ts: number; te: number }; e: { type: string } }[], k: number): string | undefined {
  for (const x of ms) if (x.m.ts <= k && k < x.m.te) return x.e.type;
  return undefined;
}

/**
 * The role of tokens [a, b) read as a role phrase (joins and modifiers around at least one head),
 * allowing inner mentions of places and goods; null when any other word stands there.
 */
function rolePhrase(
  ctx: RuleContext,
  ms: { m: { ts: number; te: number }; e: { type: string } }[],
  a: number,
  b: number,
): string | null {
  if (b <= a || b - a > 8) return null;
  let head = false;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const inner = mentionAt(ms, k);
    if (inner) {
      if (!INNER_TYPES.has(inner)) return null;
      words.push(ctx.tokens[k]!.text);
      continue;
    }
    if (isPossessiveMark(ctx.tokens[k]!.text) && k > a) {
      words.push(ctx.tokens[k]!.text);
      continue;
    }
    const kind = roleWord(ctx, k);
    if (!kind) return null;
    if (kind === "head") head = true;
    words.push(ctx.tokens[k]!.text);
  }
  // A role opens and closes on a word, not a join ("and chief", "director of").
  const first = ctx.tokens[a]!.text.toLowerCase();
  const last = ctx.tokens[b - 1]!.text.toLowerCase();
  if (!head || ROLE_JOINS.has(first) || ROLE_JOINS.has(last)) return null;
  return words.join(" ").replace(/ (['’])/g, "$1");
}

/** Role title as the ontology keeps it: lower case unless written as a capitalised post. */
function titleOf(role: string): string {
  return role.replace(/^(?:the|a|an|its|former) /i, "");
}

type M = { m: { ts: number; te: number; sentence: number }; e: import("./types.ts").LocalEntity };

/** A: "<body>['s] [(<short>)] <role>[,] <person>". */
function bodyThenPerson(ctx: RuleContext, ms: M[], body: M, p: M): string | null {
  let a = body.m.te;
  const t = ctx.tokens;
  if (t[a]?.text === "(") {
    let k = a + 1;
    while (k < a + 4 && t[k] && t[k]!.text !== ")") k++;
    if (t[k]?.text !== ")") return null;
    a = k + 1;
  }
  if (isPossessiveMark(t[a]?.text)) a++;
  let b = p.m.ts;
  if (t[b - 1]?.text === ",") b--;
  // The body opens the phrase: "and"/"of" before it makes it another phrase's part.
  const before = t[body.m.ts - 1]?.text.toLowerCase() ?? "";
  if (/^(?:and|or|with|to|by)$/.test(before)) return null;
  return rolePhrase(ctx, ms, a, b);
}

/** B: "<person>, [a|the] <role> at|of|with <body>". */
function personThenBody(ctx: RuleContext, ms: M[], p: M, body: M): string | null {
  const t = ctx.tokens;
  if (t[p.m.te]?.text !== ",") return null;
  let a = p.m.te + 1;
  // "who is", "who has been": the verb of being opens the role.
  for (let n = 3; n >= 1; n--) {
    const opener = t
      .slice(a, a + n)
      .map((x) => x.text.toLowerCase())
      .join(" ");
    if (OPENERS.test(opener)) {
      a += n;
      break;
    }
  }
  if (/^(?:a|an|the|its|his|her)$/i.test(t[a]?.text ?? "")) a++;
  if (/^(?:former|then)$/i.test(t[a]?.text ?? "")) a++;
  // The link is the last preposition before the body: then "the", a possessive place, kind words.
  let b = body.m.ts;
  let kinds = 0;
  while (b > a && kinds < 6) {
    const w = t[b - 1]!.text;
    if (w.toLowerCase() === "the" || isPossessiveMark(w)) {
      b--;
      continue;
    }
    const inner = mentionAt(ms, b - 1);
    if (inner && INNER_TYPES.has(inner)) {
      b--;
      kinds++;
      continue;
    }
    // "Oslo-based": the participle of a place's compound counts as a kind word.
    if (BODY_KIND.test(w) && !LINK_AFTER.has(w) && !ROLE_HEADS.has(w) && (t[b - 1]!.pos !== "VERB" || w === "based")) {
      b--;
      kinds++;
      continue;
    }
    break;
  }
  if (!LINK_AFTER.has(t[b - 1]?.text.toLowerCase() ?? "")) return null;
  return rolePhrase(ctx, ms, a, b - 1);
}

/** C: "<person>, <body>['s] <role>" closed by a comma, a verb of speech or the sentence's end. */
function personThenBodyRole(ctx: RuleContext, ms: M[], p: M, body: M): string | null {
  const t = ctx.tokens;
  if (t[p.m.te]?.text !== "," || body.m.ts !== p.m.te + 1) return null;
  let a = body.m.te;
  if (isPossessiveMark(t[a]?.text)) a++;
  for (let b = a + 1; b <= a + 5; b++) {
    const next = t[b];
    const closes =
      !next ||
      next.sentence !== p.m.sentence ||
      /^[,.;:)—–]$/.test(next.text) ||
      /^(?:said|says|told|added|noted|wrote)$/.test(next.text);
    if (closes) return rolePhrase(ctx, ms, a, b);
  }
  return null;
}

/** D: "<role> of [the] <body>[,] <person>". */
function roleOfBodyThenPerson(ctx: RuleContext, ms: M[], body: M, p: M): string | null {
  const t = ctx.tokens;
  const gap = p.m.ts - body.m.te;
  if (gap > 1 || (gap === 1 && t[body.m.te]!.text !== ",")) return null;
  let k = body.m.ts - 1;
  if (t[k]?.text.toLowerCase() === "the") k--;
  if (t[k]?.text.toLowerCase() !== "of") return null;
  // The role: back from "of" while the words are a role's.
  let a = k;
  while (a > k - 6 && a > 0 && t[a - 1]!.sentence === p.m.sentence && !mentionAt(ms, a - 1) && roleWord(ctx, a - 1))
    a--;
  while (a < k && /^(?:the|a|an)$/i.test(t[a]!.text)) a++;
  // The phrase must open there: a person's name just before would make it that person's role.
  if (mentionAt(ms, a - 1) === "Person" || (t[a - 1]?.text === "," && mentionAt(ms, a - 2) === "Person")) return null;
  return rolePhrase(ctx, ms, a, k);
}

export const roleAppositionRule: Rule = {
  id: "position-role-apposition",
  predicates: ["HOLDS_POSITION", "AFFILIATED_WITH", "REPRESENTS"],
  description:
    "Backoff: a person and a body in one noun phrase whose other words are a role (role noun with modifiers).",
  example: "Jane Roe, a partner at Acme Advisers → Jane Roe holds partner at Acme Advisers.",
  apply(ctx) {
    const linked = new Set(
      ctx.relations
        .filter((r) => r.predicate === "HOLDS_POSITION" || r.predicate === "AFFILIATED_WITH")
        .map((r) => `${r.source}|${r.target}`),
    );
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i) as M[];
      if (ms.length < 2) continue;
      for (let i = 0; i < ms.length; i++) {
        const p = ms[i]!;
        if (p.e.type !== "Person") continue;
        // The nearest body on each side: a nearer body of the phrase wins over one further off.
        const prev = ms
          .slice(0, i)
          .reverse()
          .find((x) => BODY_TYPES.has(x.e.type) || x.e.type === "Person");
        const next = ms.slice(i + 1).find((x) => BODY_TYPES.has(x.e.type) || x.e.type === "Person");
        const found: [M, string][] = [];
        if (prev && prev.e.type !== "Person") {
          const role = bodyThenPerson(ctx, ms, prev, p) ?? roleOfBodyThenPerson(ctx, ms, prev, p);
          if (role) found.push([prev, role]);
        }
        if (next && next.e.type !== "Person") {
          const role = personThenBody(ctx, ms, p, next) ?? personThenBodyRole(ctx, ms, p, next);
          if (role) found.push([next, role]);
        }
        for (const [body, role] of found) {
          if (body.e === p.e || linked.has(`${p.e.id}|${body.e.id}`)) continue;
          // A bloc's officials sit in its bodies (the commission, the council): the post rules'.
          if (isStateParty(body.e)) continue;
          const title = titleOf(role);
          const words = title.toLowerCase().split(/[ ,]+/);
          const post = words.some((w) => POST_HEADS.has(w)) && !words.some((w) => STAFF_HEADS.has(w));
          affiliate(ctx, p.e, body.e, s.i, this.id, title, post);
          linked.add(`${p.e.id}|${body.e.id}`);
        }
      }
    }
  },
};
