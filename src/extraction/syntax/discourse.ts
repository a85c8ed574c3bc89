/**
 * Discourse: what a pronoun or a definite description stands for. One step per sentence reading,
 * shared by every rule that reads arguments through the clause layer: "it", "he", "they", "its",
 * "their", "the country", "the ministry", "the bloc", "the two countries" are resolved to the
 * entity (or the pair) named before them, by type agreement and salience, within the sentence and
 * the two before it (the span a relation of the gold format may cross).
 *
 * Salience, in order: the agent of an earlier clause of the same sentence ("X said it would …");
 * the subject the sentence before opens with ("X signed a deal. It will …"); else the one entity of
 * an agreeing type named in the window. Two candidates and no subject to prefer: nothing.
 */
import { DocumentCache } from "../document-caches.ts";
import { FIRM_ANAPHORS, FIRM_SITES } from "../lexicon/organizations.ts";
import { mentionsIn } from "../rules/emit.ts";
import type { RuleContext } from "../rules/types.ts";
import type { EntityType } from "../types.ts";
import type { Arg, Chunk, SentenceReading } from "./clauses.ts";
import { type M, spanOf } from "./predicates.ts";

/** Types an actor pronoun ("it", "its") may stand for. */
const THING: EntityType[] = ["Country", "Company", "Agency", "Organization"];
const PERSON: EntityType[] = ["Person"];
/** Types a site's description stands for when it acts: the firm that runs it. */
const SITE_OWNERS: EntityType[] = ["Company"];

/** Singular pronouns and the types they agree with. */
const PRONOUNS: Readonly<Record<string, EntityType[]>> = {
  it: THING,
  its: THING,
  he: PERSON,
  she: PERSON,
  his: PERSON,
  her: PERSON,
};

/** Plural pronouns: a list of names (the subject before) stands for them. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(["they", "their"]);

/** "the latter", "the former": one of the two actors named just before, by their order. */
const ORDER_WORDS: ReadonlySet<string> = new Set(["latter", "former"]);

/** Heads of a definite description ("the country", "the ministry") and the types they agree with. */
const DESCRIPTIONS: Readonly<Record<string, EntityType[]>> = {
  country: ["Country"],
  nation: ["Country"],
  commonwealth: ["Country"],
  government: ["Country"],
  kingdom: ["Country"],
  republic: ["Country"],
  ministry: ["Agency"],
  department: ["Agency"],
  agency: ["Agency"],
  regulator: ["Agency"],
  bloc: ["Organization"],
  alliance: ["Organization"],
  company: ["Company"],
  firm: ["Company"],
  miner: ["Company"],
  producer: ["Company"],
  lender: ["Company", "Agency"],
  fund: ["Company", "Agency", "Organization"],
  developer: ["Company"],
  chipmaker: ["Company"],
  carmaker: ["Company"],
  automaker: ["Company"],
  steelmaker: ["Company"],
  manufacturer: ["Company"],
  // The rest of the class of a firm's descriptions: what a business is called by what it is or does.
  group: ["Company", "Organization"],
  giant: ["Company"],
  maker: ["Company"],
  conglomerate: ["Company"],
  refiner: ["Company"],
  supplier: ["Company"],
  operator: ["Company"],
  explorer: ["Company"],
  startup: ["Company"],
  multinational: ["Company"],
  shipbuilder: ["Company"],
};

/**
 * Heads of a definite description of a good ("the metal", "the battery metal", "the mineral"):
 * the one mineral named just before ("X has not mined tungsten since 2015 … exports of the metal").
 * Kept apart from the actors' heads: an unresolved one is no actor a later pronoun could take up.
 */
const GOOD_DESCRIPTIONS: Readonly<Record<string, EntityType[]>> = {
  metal: ["Mineral"],
  mineral: ["Mineral"],
  product: ["Product"],
  commodity: ["Mineral", "Product"],
};

/** Heads of a firm's description that need a word before them: "the mining giant", "the battery maker". */
const EPITHETS: ReadonlySet<string> = new Set(["maker", "giant"]);

/**
 * Heads of a description of a firm's site ("the mine", "the plant", "the project"): as the subject
 * of an active clause it stands for the firm named before it, which runs the site ("X runs the Y
 * mine. The mine produced 40,000 tonnes of copper"); anywhere else it is the site itself ("a bank
 * lent the project $50 million", "the mine was sold").
 */
const SITES = FIRM_SITES;

/** Heads of an unnamed phrase that may be the actor a later pronoun takes up ("the giant said it"). */
const ACTOR_HEADS: ReadonlySet<string> = new Set([
  ...Object.keys(DESCRIPTIONS),
  ...FIRM_ANAPHORS,
  "giant",
  "maker",
  "group",
  "administration",
  "bank",
  "startup",
  "operator",
]);

/** Plural descriptions of a pair ("the two countries", "both sides") and their types. */
const PAIRS: Readonly<Record<string, EntityType[]>> = {
  countries: ["Country"],
  nations: ["Country"],
  sides: ["Country", "Organization"],
  governments: ["Country"],
  companies: ["Company"],
  firms: ["Company"],
  miners: ["Company"],
  producers: ["Company"],
  shareholders: ["Company"],
};

/** Plural heads that stand for firms: "the companies" takes up two or more firms as "the two companies" does. */
const FIRM_PLURALS: ReadonlySet<string> = new Set(["companies", "firms", "miners", "producers"]);

/** Words of an anaphor: a sentence naming nothing but holding one is read all the same. */
const ANAPHOR_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(PRONOUNS),
  ...PLURAL_PRONOUNS,
  ...Object.keys(DESCRIPTIONS),
  ...Object.keys(GOOD_DESCRIPTIONS),
  ...Object.keys(PAIRS),
  ...ORDER_WORDS,
]);

/** Whether tokens [a, b) hold a word that may be an anaphor ("it", "the lender"). */
export function holdsAnaphor(tokens: readonly { text: string }[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ANAPHOR_WORDS.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/** How many sentences before its own an anaphor looks. */
const REACH = 2;

/** Per chunk: what it stands for (its head), and what its possessive pronoun stands for. */
const HEADS = new DocumentCache<Chunk<M>, M[]>();
const OWNERS = new DocumentCache<Chunk<M>, M[]>();

/** What anaphoric phrase `c` stands for (empty when it is none or unresolved). */
export function referent(c: Chunk<M>): M[] | undefined {
  return HEADS.get(c);
}

/** What the possessive pronoun of `c` ("its exports", "their talks") stands for. */
export function ownerOf(c: Chunk<M>): M[] | undefined {
  return OWNERS.get(c);
}

type Kind = {
  types: EntityType[];
  plural: boolean;
  pronoun: boolean;
  site?: boolean;
  two?: boolean;
  /** "the latter" (the second of the two named just before), "the former" (the first). */
  order?: "latter" | "former";
};

/**
 * Whether the names inside firm description `c` only say where the firm is from ("the Australian
 * miner", "the London-based group", "the Chinese mining giant"): demonyms and places, never a firm,
 * a person or a good (those name the thing itself: "the Tanbreez company", "the lithium producer").
 */
function firmOrigin(c: Chunk<M>): boolean {
  if (!c.modifiers.length || !DESCRIPTIONS[c.headWord]?.includes("Company")) return false;
  return c.modifiers.every((m) => m.e.type === "Country" || (m.e.type === "Place" && !isSite(m.e)));
}

/** Heads of a firm's description by what it makes ("the lithium and potash miner", "the iPhone maker"). */
const MAKER_HEADS: ReadonlySet<string> = new Set([
  "miner",
  "producer",
  "maker",
  "manufacturer",
  "chipmaker",
  "carmaker",
  "automaker",
  "steelmaker",
  "refiner",
  "company",
]);

/**
 * Whether firm description `c` names the goods the firm makes, besides its origin ("the lithium
 * and potash miner", "the Chilean copper producer", "the iPhone maker"): a maker's head after goods
 * (and demonyms or places) only. Such a description is an anaphor too; the goods are its output.
 */
export function makerDescription(c: Chunk<M>): boolean {
  if (!c.modifiers.length || !MAKER_HEADS.has(c.headWord)) return false;
  if (!c.modifiers.some((m) => m.e.type === "Mineral" || m.e.type === "Product")) return false;
  return c.modifiers.every(
    (m) =>
      m.te <= c.head &&
      (m.e.type === "Mineral" ||
        m.e.type === "Product" ||
        m.e.type === "Country" ||
        (m.e.type === "Place" && !isSite(m.e))),
  );
}

/** The kind of anaphor phrase `c` is, if it is one. */
function anaphorKind(ctx: RuleContext, c: Chunk<M>): Kind | undefined {
  if (c.entity || c.possessor || c.pronounPossessor || (c.modifiers.length && !firmOrigin(c) && !makerDescription(c)))
    return undefined;
  const tokens = ctx.tokens;
  const first = tokens[c.ts]!.text.toLowerCase();
  if (c.te - c.ts === 1) {
    const types = PRONOUNS[first];
    if (types && first !== "its" && first !== "his" && first !== "her") return { types, plural: false, pronoun: true };
    if (first === "they") return { types: THING, plural: true, pronoun: true };
    return undefined;
  }
  // "the country", "the Asian nation", "the two countries", "both sides": no attachment that names
  // its own referent ("the ministry of finance"), no name nor restrictive clause after it.
  if (c.pps.some((p) => p.prep === "of")) return undefined;
  const next = tokens[c.te];
  if (next && next.sentence === tokens[c.ts]!.sentence && /^(?:that|which|who|[\p{Lu}].*)$/u.test(next.text))
    return undefined;
  const head = c.headWord;
  const second = tokens[c.ts + 1]!.text.toLowerCase();
  if (first === "the" && c.te - c.ts === 2 && ORDER_WORDS.has(second))
    return { types: THING.concat(PERSON), plural: false, pronoun: false, order: second as "latter" | "former" };
  if (PAIRS[head]) {
    const pair =
      (first === "the" && second === "two") ||
      (first === "both" && c.te - c.ts === 2) ||
      (first === "the" && c.te - c.ts === 2 && FIRM_PLURALS.has(head));
    const two = first === "both" || second === "two";
    return pair ? { types: PAIRS[head]!, plural: true, pronoun: false, two } : undefined;
  }
  const site = SITES.has(head);
  const types = site ? SITE_OWNERS : (DESCRIPTIONS[head] ?? GOOD_DESCRIPTIONS[head]);
  if (!types || first !== "the") return undefined;
  // "the maker", "the giant" alone name no firm: an epithet needs its modifier ("the iPhone maker").
  if (EPITHETS.has(head) && c.head === c.ts + 1) return undefined;
  // Lower-case words between "the" and the head only ("the Gulf nation" names a place), besides the
  // names of a firm's origin and "-based" ("the Seoul-based company").
  for (let k = c.ts + 1; k < c.head; k++) {
    if (c.modifiers.some((m) => m.ts <= k && k < m.te)) continue;
    if (!/^(?:[\p{Ll}][\p{Ll}-]*|-|-?based)$/u.test(tokens[k]!.text)) return undefined;
  }
  return { types, plural: false, pronoun: false, site };
}

/** The entities of one agent, when it is names only (all of agreeing types). */
function agentNames(arg: Arg<M> | undefined, types: EntityType[]): M[] {
  if (!arg?.items.length) return [];
  const out: M[] = [];
  // "X and Y signed … They have since …": a plural anaphor resolved to a list stands for it whole.
  const one = arg.items.length === 1 ? HEADS.get(arg.items[0]!) : undefined;
  if (one && one.length > 1) return one.every((x) => types.includes(x.e.type)) ? one : [];
  for (const c of arg.items) {
    const x = c.entity ?? HEADS.get(c)?.[0];
    if (!x || !types.includes(x.e.type) || (HEADS.get(c)?.length ?? 1) > 1) return [];
    out.push(x);
  }
  return out;
}

/** Whether phrase `x` names an actor without naming it ("the mining giant"), unresolved. */
function unnamedActor(x: Chunk<M>): boolean {
  return !x.entity && !HEADS.has(x) && !x.possessor && !x.pronounPossessor && ACTOR_HEADS.has(x.headWord);
}

/** Whether a list fits the number: one name for a singular, two or more for a plural. */
function fits(xs: M[], plural: boolean, two = false): boolean {
  if (two && xs.length !== 2) return false;
  return plural ? xs.length >= 2 && new Set(xs.map((x) => x.e)).size === xs.length : xs.length === 1;
}

/**
 * What `c` (an anaphor of kind `k`, at sentence `si` of reading `r`) stands for: an earlier clause's
 * agent in the sentence, the sentence before's opening subject, else the one (or two) entities of an
 * agreeing type named in the window.
 */
function resolve(
  ctx: RuleContext,
  si: number,
  r: SentenceReading<M>,
  c: Chunk<M>,
  k: Kind,
  readingOf: (i: number) => SentenceReading<M> | null,
  possessive = false,
): M[] {
  // A phrase that is not its clause's subject ("sells cobalt to the carmaker") is not who acts
  // there: it is another one named before, never the clause's own agent.
  if (k.order) return ordered(ctx, si, c, k);
  const own = r.clauseOf.get(c);
  const subject = !own || !!own.subject?.items.includes(c) || possessive;
  if (k.site && (!own || !subject || own.verb.passive || own.relative)) return [];
  // "The two sides discussed X", "both countries agreed": a pair acting together acts in their
  // talks, which the meetings stage files (the topic is the meeting's); as an object or after a
  // preposition ("tariffs on both countries") it is the two states.
  // Firms ("the two companies will build …") act on their own.
  if (k.plural && !k.pronoun && !k.types.includes("Company") && own?.subject?.items.includes(c)) return [];
  const exclude = new Set<M["e"]>();
  if (!subject) for (const x of agentNames(own!.agent, THING.concat(PERSON))) exclude.add(x.e);
  if (subject) {
    // 1. "X said it would …", "X and Y said they had agreed …": an earlier clause's agent.
    for (let j = r.clauses.length - 1; j >= 0; j--) {
      const cl = r.clauses[j]!;
      if (cl.relative || cl.verb.passive || !cl.agent || cl.agent.te > c.ts) continue;
      if (cl.agent.items.includes(c)) continue;
      const xs = agentNames(cl.agent, k.types);
      if (fits(xs, k.plural, k.two)) return xs;
      // "Chen said it would …": a person is no "it"; the sentence before may name the firm. Any
      // other agent that could be one ("The mining giant said it …") is the antecedent, unnamed.
      if (cl.agent.items.every((x) => x.entity?.e.type === "Person" && !k.types.includes("Person"))) break;
      if (cl.agent.items.some((x) => !x.entity && ACTOR_HEADS.has(x.headWord))) return [];
      break;
    }
    // "The company that won it will …": an unnamed actor before the anaphor in its sentence is
    // what it takes up; nothing further back.
    if (r.chunks.some((x) => x.te <= c.ts && unnamedActor(x))) return [];
    // 2. The subject the sentence before opens with. A firm's description takes it only when that
    // sentence names no other firm on its own ("X agreed to buy Y. The company …" is either):
    // a site under "its" ("at its Z operation") is the subject's.
    // "X's shares rose after the company said …": a firm named in the description's own sentence
    // before it is nearer than the sentence before's subject (step 3 takes it).
    const nearer =
      !k.pronoun &&
      !k.plural &&
      mentionsIn(ctx, si).some((x) => x.m.te <= c.ts && k.types.includes(x.e.type) && !exclude.has(x.e));
    if (si > 0 && !nearer) {
      const prev = readingOf(si - 1);
      const first = prev?.clauses.find((cl) => !cl.relative);
      if (prev && first && !first.verb.passive) {
        const xs = agentNames(first.agent, k.types);
        const rival =
          !k.pronoun &&
          prev.chunks.some(
            (x) =>
              !!x.entity &&
              k.types.includes(x.entity.e.type) &&
              !xs.some((y) => y.e === x.entity!.e) &&
              !x.pronounPossessor &&
              !(x.possessor && xs.some((y) => y.e === x.possessor!.e)),
          );
        if (fits(xs, k.plural, k.two) && !rival) return xs;
      }
    }
  }
  // 3. The one entity (two for a pair) of an agreeing type in the window.
  if (k.plural && k.pronoun) return [];
  const found = new Map<M["e"], M>();
  const from = Math.max(0, si - (k.pronoun ? 1 : REACH));
  for (let i = si; i >= from; i--) {
    for (const x of mentionsIn(ctx, i)) {
      if (i === si && x.m.te > c.ts) continue;
      if (!k.types.includes(x.e.type) || exclude.has(x.e)) continue;
      // A demonym ("Chinese officials") names a people, not an actor a pronoun takes up.
      if (x.m.demonym && k.pronoun) continue;
      if (!found.has(x.e)) found.set(x.e, spanOf(x));
    }
    if (found.size && !k.plural) break;
  }
  const xs = [...found.values()];
  return k.plural ? (xs.length === 2 ? xs : []) : xs.length === 1 ? xs : [];
}

/**
 * What "the latter" / "the former" at `c` stands for: the second / the first of exactly two actors
 * (firms, bodies, states, people) named before it in its sentence, else in the sentence before.
 * Three or more named there: which two it weighs is unclear, so nothing.
 */
function ordered(ctx: RuleContext, si: number, c: Chunk<M>, k: Kind): M[] {
  for (let i = si; i >= Math.max(0, si - 1); i--) {
    const found = new Map<M["e"], M>();
    for (const x of mentionsIn(ctx, i)) {
      if (i === si && x.m.te > c.ts) continue;
      if (!k.types.includes(x.e.type) || x.m.demonym) continue;
      if (!found.has(x.e)) found.set(x.e, spanOf(x));
    }
    if (found.size === 2) {
      const xs = [...found.values()];
      return [k.order === "latter" ? xs[1]! : xs[0]!];
    }
    if (found.size > 2) return [];
  }
  return [];
}

/** Resolves the anaphors of sentence `si`'s reading (run once per reading, sentences in order). */
export function resolveReading(
  ctx: RuleContext,
  si: number,
  r: SentenceReading<M>,
  readingOf: (i: number) => SentenceReading<M> | null,
): void {
  for (const c of r.chunks) {
    const k = anaphorKind(ctx, c);
    if (k) {
      const xs = resolve(ctx, si, r, c, k, readingOf);
      if (xs.length) HEADS.set(c, xs);
    }
    const own = c.pronounPossessor;
    if (own && !c.possessor && (PRONOUNS[own] || PLURAL_PRONOUNS.has(own))) {
      const plural = PLURAL_PRONOUNS.has(own);
      const kind: Kind = { types: PRONOUNS[own] ?? THING, plural, pronoun: true };
      const xs = resolve(ctx, si, r, c, kind, readingOf, true);
      if (xs.length) OWNERS.set(c, xs);
    }
  }
}

/** Words that mark a named place as a site ("the X Mine", "the Y lithium project", "Z Refinery"). */
const SITE_WORDS: ReadonlySet<string> = new Set([...SITES, "deposit", "complex", "smelter", "mines", "projects"]);

/** Whether place `e` is named as a site: a word of its name or an alias is a site's head. */
function isSite(e: M["e"]): boolean {
  for (const n of [e.name, ...e.aliases])
    for (const w of n.toLowerCase().split(/[\s-]+/)) if (SITE_WORDS.has(w)) return true;
  return false;
}

/**
 * The named site a description of one stands for when it is invested in or held ("a stake in the
 * refinery", "equity earmarked for the project"): the one place named as a site in the sentence
 * before the phrase or in the two before it, one whose name holds the same head preferred ("the
 * mine" → "X Gold Mine" over "Y Refinery"); none when two fit equally, or when the phrase has words
 * that set it apart ("the second mine", "a mine", "the mine's owner").
 */
export function siteReferent(ctx: RuleContext, si: number, c: Chunk<M>): M[] {
  if (c.entity || c.possessor || c.pronounPossessor || c.modifiers.length || !SITES.has(c.headWord)) return [];
  const tokens = ctx.tokens;
  if (tokens[c.ts]!.text.toLowerCase() !== "the" || c.te - c.ts > 4) return [];
  for (let k = c.ts + 1; k < c.head; k++) if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(tokens[k]!.text)) return [];
  if (/^(?:new|second|other|another|first|next|proposed)$/.test(tokens[c.ts + 1]!.text)) return [];
  if (c.pps.some((p) => p.prep === "of")) return [];
  const next = tokens[c.te];
  if (next && next.sentence === tokens[c.ts]!.sentence && /^(?:that|which|[\p{Lu}].*)$/u.test(next.text)) return [];
  const same = new Map<M["e"], M>();
  const any = new Map<M["e"], M>();
  for (let i = si; i >= Math.max(0, si - REACH); i--)
    for (const x of mentionsIn(ctx, i)) {
      if (x.e.type !== "Place" || (i === si && x.m.ts >= c.ts) || !isSite(x.e)) continue;
      const words = [x.e.name, ...x.e.aliases]
        .join(" ")
        .toLowerCase()
        .split(/[\s-]+/);
      if (words.includes(c.headWord) && !same.has(x.e)) same.set(x.e, spanOf(x));
      if (!any.has(x.e)) any.set(x.e, spanOf(x));
    }
  if (same.size === 1) return [...same.values()];
  return !same.size && any.size === 1 ? [...any.values()] : [];
}
