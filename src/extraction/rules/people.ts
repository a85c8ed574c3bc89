// Rules about people: the posts they hold, the country they represent, the bodies they work
// for, and the delegations they lead or join. Nationality comes from the mention ("Chinese
// Vice Premier"), a possessive ("China's Li"), a delegation, or the other side of the talks.

import { HEAD_OF_STATE_TITLES, LEADERSHIP_TITLES, ROLE_NOUNS } from "../lexicon/titles.ts";
import { newLocalEntity, normalizeName } from "../stages/04-resolve.ts";
import { meetingsOf } from "../stages/05-meetings.ts";
import { emitRelation, mentionsIn, wordsBetween } from "./emit.ts";
import { countryEntity, mainCountryPair } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/**
 * "Treasury Secretary Scott Bessent led the US team. China's delegation was headed by Vice
 * Premier He Lifeng, accompanied by Commerce Minister Wang Wentao": the people listed lead
 * (or join) their country's delegation at the document's talks.
 */
export const delegationRule: Rule = {
  id: "delegation-members",
  predicates: ["PARTICIPATED_IN", "REPRESENTS"],
  description: "People listed as leading or accompanying a country's team or delegation.",
  example: "X, Y and Z led the US team; China's delegation was headed by A, accompanied by B.",
  apply(ctx) {
    const talks = meetingsOf(ctx).primary;
    for (const s of ctx.sentences) {
      const lower = s.text.toLowerCase();
      if (!/\b(team|delegation)\b/.test(lower)) continue;
      const ms = mentionsIn(ctx, s.i);
      const country = ms.find((x) => x.e.type === "Country");
      if (!country) continue;
      const people = ms.filter((x) => x.e.type === "Person");
      for (const p of people) {
        const before = wordsBetween(ctx, s.tokenStart, p.m.ts);
        const lead =
          /\b(led|headed|heads|leads|leading)\b/.test(before) && !/\baccompanied\b/.test(before)
            ? "lead"
            : /\b(led|headed)\b/.test(wordsBetween(ctx, p.m.te, s.tokenEnd))
              ? "lead"
              : "delegation member";
        p.e.nationality ??= countryCode(country.e);
        if (talks) emitRelation(ctx, p.e, "PARTICIPATED_IN", talks, s.i, this.id, { role: lead });
      }
    }
  },
};

function countryCode(e: LocalEntity): string {
  return e.attributes.code ?? e.name;
}

/** Fills in nationality for titled people the text leaves unmarked: the other side of the talks. */
export const otherSideRule: Rule = {
  id: "nationality-other-side",
  predicates: [],
  description: "In a two-country story, officials not marked as one side's belong to the other.",
  example: "Treasury Secretary X and Chinese Vice Premier Y reached an agreement: X is American.",
  apply(ctx) {
    const pair = mainCountryPair(ctx);
    if (!pair) return;
    const people = ctx.resolution.entities.filter((e) => e.type === "Person");
    const marked = people.filter((p) => p.nationality).map((p) => p.nationality);
    const [a, b] = pair;
    const aCount = marked.filter((n) => n === a.name).length;
    const bCount = marked.filter((n) => n === b.name).length;
    if (aCount === bCount) return;
    const other = aCount > bCount ? b : a;
    for (const p of people) {
      if (!p.nationality && (p.titles.size > 0 || p.roles.has("negotiator"))) p.nationality = other.attributes.code;
    }
  },
};

/** Bodies a post can be held in, when the text names one before the title. */
const POST_BODY_TYPES: ReadonlySet<string> = new Set(["Agency", "Organization", "Company"]);

/**
 * "Treasury Secretary Scott Bessent", "US Trade Representative Jamieson Greer", "European Commission
 * President Ursula von der Leyen".
 */
export const positionRule: Rule = {
  id: "position-title-before-name",
  predicates: ["HOLDS_POSITION"],
  description:
    "A title written before a person's name gives the post; a body named just before the title holds it, else the nationality's state.",
  example: "Chinese Vice Premier He Lifeng → He Lifeng holds Vice Premier of China.",
  apply(ctx) {
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || p.titles.size === 0) continue;
      const m = p.mentions.find((x) => x.title) ?? p.mentions[0]!;
      const title = stripNationality(m.title ?? [...p.titles][0]!);
      const body =
        m.titleStart === undefined
          ? undefined
          : mentionsIn(ctx, m.sentence).find((x) => x.m.te === m.titleStart && POST_BODY_TYPES.has(x.e.type));
      const target = body?.e ?? (p.nationality ? countryEntity(ctx, p.nationality) : undefined);
      if (!target) continue;
      emitRelation(ctx, p, "HOLDS_POSITION", target, m.sentence, this.id, { title });
    }
  },
};

/**
 * "Tata Steel chief executive Jane Roe", "Acme's chairman John Doe", "John Doe, the founder of Acme":
 * a post at the head of a firm or body, in lower case, next to the person's name.
 */
export const leadershipRule: Rule = {
  id: "position-leader-of-organisation",
  predicates: ["HOLDS_POSITION"],
  description: "A lower-case leadership post (chief executive, chairman, founder…) between a body and a person.",
  example: "Acme Corp chief executive Jane Roe → Jane Roe holds chief executive of Acme Corp.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const p of ms) {
        if (p.e.type !== "Person") continue;
        for (const body of ms) {
          if (!POST_BODY_TYPES.has(body.e.type)) continue;
          const title =
            body.m.te <= p.m.ts
              ? titleBefore(ctx, body.m.te, p.m.ts)
              : (titleAfter(ctx, p.m.te, body.m.ts) ?? possessiveLeadership(ctx, p.m.te, body.m.ts, body.m.te));
          if (title) emitRelation(ctx, p.e, "HOLDS_POSITION", body.e, s.i, this.id, { title });
        }
      }
    }
  },
};

/**
 * The role written after a body's possessive, up to the end of the phrase: "'s head of global macro
 * research" → "head of global macro research"; null when no role noun opens it (within two words).
 */
function possessiveRole(ctx: RuleContext, te: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[te - 1]?.sentence;
  if (!/^['’]s$/.test(tokens[te]?.text ?? "")) return null;
  const words: string[] = [];
  for (let k = te + 1; k < te + 9 && tokens[k]?.sentence === sentence; k++) {
    const word = tokens[k]!.text;
    if (!/^[a-z][a-z-]*$/.test(word)) break;
    words.push(word);
  }
  const head = words.slice(0, 2).findIndex((w) => ROLE_NOUNS.has(w));
  if (head < 0) return null;
  // Stop before a verb-like word that starts a new clause ("Nomura's analyst said").
  const end = words.findIndex((w, i) => i > head && /^(said|says|told|added|noted|warned|who|which|and)$/.test(w));
  return words.slice(0, end < 0 ? words.length : end).join(" ");
}

/** "<body> chief executive <person>", "<body>'s chairman <person>": the title, or null. */
function titleBefore(ctx: RuleContext, a: number, b: number): string | null {
  if (b - a > 5) return null;
  // Written in lower case: a capitalised title is positionRule's ("European Commission President X").
  if (ctx.tokens.slice(a, b).some((t) => t.text !== t.text.toLowerCase())) return null;
  const title = wordsBetween(ctx, a, b).replace(/^['’]s /, "");
  return LEADERSHIP_TITLES.has(title) ? title : null;
}

/** "<person>, <body>'s chief executive": the title, or null. */
function possessiveLeadership(ctx: RuleContext, personEnd: number, bodyStart: number, bodyEnd: number): string | null {
  if (bodyStart !== personEnd + 1 || ctx.tokens[personEnd]?.text !== ",") return null;
  const role = possessiveRole(ctx, bodyEnd);
  return role !== null && LEADERSHIP_TITLES.has(role) ? role : null;
}

/** "<person>, the chief executive of <body>", "<person>, chairman at <body>": the title, or null. */
function titleAfter(ctx: RuleContext, a: number, b: number): string | null {
  if (b < a || b - a > 8) return null;
  const m = /^, (?:the |its )?([a-z -]+?) (?:of|at) (?:the )?$/.exec(`${wordsBetween(ctx, a, b)} `);
  return m && LEADERSHIP_TITLES.has(m[1]!) ? m[1]! : null;
}

function stripNationality(title: string): string {
  return title.replace(/^(U\.S\.|US|U\.K\.|UK)\s+/, "");
}

/** "Chinese negotiator Li Chenggang"; officials at the talks speak for their country. */
export const representsRule: Rule = {
  id: "represents-country",
  predicates: ["REPRESENTS"],
  description: "Negotiators and officials taking part in talks represent their country (heads of state excepted).",
  example: "Chinese negotiator Li Chenggang → Li represents China.",
  apply(ctx) {
    const talks = new Set(
      meetingsOf(ctx)
        .found.filter((f) => f.kind === "talks")
        .map((f) => f.meeting.id),
    );
    const inTalks = new Set(
      ctx.relations.filter((r) => r.predicate === "PARTICIPATED_IN" && talks.has(r.target)).map((r) => r.source),
    );
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || !p.nationality) continue;
      const headOfState = [...p.titles].some((t) => HEAD_OF_STATE_TITLES.has(t.replace(/^(Chinese|US|U\.S\.)\s+/, "")));
      if (headOfState) continue;
      const negotiator = p.roles.has("negotiator") || p.roles.has("official") || p.roles.has("representative");
      if (!negotiator && !inTalks.has(p.id)) continue;
      const target = countryEntity(ctx, p.nationality);
      if (target) emitRelation(ctx, p, "REPRESENTS", target, p.mentions[0]!.sentence, this.id);
    }
  },
};

/**
 * "Wolfe Research analyst Tobin Marcus", "Sophia Kalantzakos, a professor at New York University",
 * "Emily Benson from Minerva Technology Futures", "H. Rahman is a Jadetimes news reporter".
 */
export const affiliationRule: Rule = {
  id: "affiliation-role-at-organisation",
  predicates: ["AFFILIATED_WITH"],
  description: "A person's role at an organisation, company or outlet, before or after the name.",
  example: "X, a professor at Y University; Y analyst X; X from Y.",
  apply(ctx) {
    const targetTypes = new Set(["Organization", "Company", "Media"]);
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const p of ms) {
        if (p.e.type !== "Person") continue;
        // Before: "<Org> <role> <Person>".
        const role = ctx.tokens[p.m.ts - 1];
        if (role && ROLE_NOUNS.has(role.text.toLowerCase()) && !LEADERSHIP_TITLES.has(role.text.toLowerCase())) {
          const org = ms.find((x) => targetTypes.has(x.e.type) && x.m.te === p.m.ts - 1);
          if (org) emitRelation(ctx, p.e, "AFFILIATED_WITH", org.e, s.i, this.id, { title: role.text.toLowerCase() });
        }
        // After: "<Person>, a/an <role …> at|of <Org>", "<Person> from <Org>", "<Person> is a <Org> <role>".
        const after = ms.filter((x) => targetTypes.has(x.e.type) && x.m.ts > p.m.te && x.m.ts <= p.m.te + 9);
        for (const org of after.slice(0, 1)) {
          const between = wordsBetween(ctx, p.m.te, org.m.ts);
          // "… lecturer at Australia’s Edith Cowan University": a possessive country may come between.
          const m =
            /^(?:, |is |was )?(?:an? |the )?([a-z ]*?)\s*(?:at|of|with)(?:\s+the)?(?:\s+\p{L}[\p{L}.]*\s?['’]s)?\s*$/u.exec(
              between,
            );
          const from = /^(?:from|of|at)$/.test(between);
          const byline = /^(?:is|was) an? $/.test(`${between} `) && org.e.type === "Media";
          const roleWords = m?.[1]?.trim() ?? "";
          // "X, Nomura's head of global macro research": the role after the body's possessive.
          const possessed = between === "," ? possessiveRole(ctx, org.m.te) : null;
          if (possessed !== null) {
            if (!LEADERSHIP_TITLES.has(possessed)) {
              emitRelation(ctx, p.e, "AFFILIATED_WITH", org.e, s.i, this.id, { title: possessed });
            }
          } else if (LEADERSHIP_TITLES.has(roleWords)) {
            // A post at the head of the body: leadershipRule's HOLDS_POSITION.
          } else if (m && ROLE_NOUNS.has(roleWords.split(" ").at(-1) ?? "")) {
            // The role is the head noun just before "at": "an international business lecturer at".
            emitRelation(ctx, p.e, "AFFILIATED_WITH", org.e, s.i, this.id, { title: roleWords });
          } else if (from || byline) {
            emitRelation(ctx, p.e, "AFFILIATED_WITH", org.e, s.i, this.id);
          }
        }
      }
    }
  },
};

/**
 * "By Jane Doe | The Wire": a byline's author works for the outlet that published the document,
 * when the document names it (its source). The outlet is the document's entity of that name, or a
 * new Media entity; the evidence is the author's first mention, else the document's first sentence
 * (the byline itself left the text). An author already affiliated with the outlet by the text
 * ("H. Rahman is a Jadetimes news reporter") keeps that relation alone.
 */
export const bylineRule: Rule = {
  id: "byline-author",
  predicates: ["AFFILIATED_WITH"],
  description: "A byline's author is affiliated with the outlet that published the document, when it is named.",
  example: "By Jane Doe | The Wire → Jane Doe is affiliated with The Wire.",
  apply(ctx) {
    const { source, authors } = ctx.doc;
    if (!source || authors.length === 0 || ctx.sentences.length === 0) return;
    const res = ctx.resolution;
    const bylined = new Set(authors.map(normalizeName));
    const people = res.entities.filter((e) => e.type === "Person" && bylined.has(normalizeName(e.name)));
    if (people.length === 0) return;
    const key = normalizeName(source);
    let outlet = res.entities.find((e) => e.type !== "Person" && normalizeName(e.name) === key);
    if (!outlet) {
      outlet = newLocalEntity(`${ctx.doc.id}#O${res.entities.length}`, "Media", source);
      res.entities.push(outlet);
    }
    const affiliated = new Set(
      ctx.relations.filter((r) => r.predicate === "AFFILIATED_WITH" && r.target === outlet.id).map((r) => r.source),
    );
    for (const p of people) {
      if (affiliated.has(p.id)) continue;
      emitRelation(ctx, p, "AFFILIATED_WITH", outlet, p.mentions[0]?.sentence ?? 0, this.id);
    }
  },
};
