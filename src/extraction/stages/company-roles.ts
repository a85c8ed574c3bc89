// A firm named with no suffix, ticker or business noun, recognised from its role in the clause:
// what it is the subject of ("X mines cobalt", "X acquired Y", "X reported revenue of $1bn", "X
// took a 20% stake in Y"), what it is the object of ("shares of X", "a stake in X", "the takeover
// of X", "a unit of X"), what follows it ("X shares rose", "X, which operates two mines") and what
// it owns ("X's $2 billion refinery"). Read by stage 3 (classifyUnknown) on capitalised spans no
// gazetteer nor head word typed; it answers with the cue's rule name, or null. Cheap: a few token
// lookups around the span, each behind a word-set test.

import { FIRST_NAMES } from "../lexicon/people.ts";
import { knowLemmas, verbLemma } from "../syntax/lemma.ts";
import { isPossessiveMark, type Token } from "./02-tokens.ts";

/**
 * Verbs only a firm (not a person, a state or an agency) is the subject of, in any tense: mining,
 * refining, smelting, manufacturing, running mines and plants, supplying goods.
 */
const FIRM_ONLY_VERBS: ReadonlySet<string> = new Set([
  "mine",
  "refine",
  "smelt",
  "process",
  "manufacture",
  "operate",
  "supply",
  "produce",
  "ship",
  "extract",
  "explore",
  "develop",
  "merge",
  "employ",
]);

/** Firm verbs a region is also the subject of: "Sulawesi produces nickel", "Kachin supplies". */
const REGION_VERBS: ReadonlySet<string> = new Set(["produce", "supply", "ship", "extract", "process"]);

/** Verbs a firm does with its money or its shares; a person may do them too, so the name must not look like one. */
const DEAL_VERBS: ReadonlySet<string> = new Set([
  "acquire",
  "buy",
  "purchase",
  "invest",
  "own",
  "sell",
  "take",
  "raise",
  "report",
  "post",
  "list",
  "sign",
  "build",
  "secure",
  "receive",
  "win",
  "obtain",
  "land",
  "attract",
  "clinch",
  "make",
  "hire",
  "cut",
  "launch",
  // "X has committed $300 million to extend the mine", "X pledged $2bn": money a firm puts in.
  "commit",
  "pledge",
]);

/** The first word of an amount of money a firm puts in: "committed $300 million", "pledged 2 billion". */
const AMOUNT_START = /^(?:[$€£¥]|million|billion|bn|mn)$/;

/** Money a firm is given: "secured a $50 million investment", "won a grant". */
const FUNDS = /^(?:[$€£¥]|investment|funding|financing|loan|grant|equity|backing|offtake)$/;

/** What must come a few words after some deal verbs: money, a stake, a firm's accounts, an offtake. */
const DEAL_OBJECTS: Readonly<Record<string, RegExp>> = {
  take: /^(?:stake|stakes|interest|shareholding)$/,
  raise: /^(?:[$€£¥]|million|billion|bn|mn|funding|capital)$/,
  report: /^(?:revenue|revenues|sales|profit|profits|loss|losses|earnings|output|production)$/,
  post: /^(?:revenue|revenues|sales|profit|profits|loss|losses|earnings)$/,
  list: /^(?:shares|stock|on|in)$/,
  sign: /^(?:offtake|supply|purchase|sales)$/,
  sell: /^(?:stake|stakes|shares|unit|subsidiary|assets?|mine|mines|refinery|smelter|plant|business|division|chips|semiconductors|processors|cars|vehicles|trucks|phones|smartphones|batteries|magnets|products|equipment)$/,
  // What a firm makes, hires and cuts; a person's name is refused by its shape.
  make: /^(?:chips|semiconductors|processors|cars|vehicles|trucks|phones|smartphones|batteries|magnets|components|equipment|aircraft|jets)$/,
  hire: /^(?:workers|employees|staff|engineers|people)$/,
  cut: /^(?:jobs|workforce|staff|workers|employees)$/,
  launch: /^(?:chips?|models?|phones?|smartphones?|products?|vehicles?|cars?|ipo|processors?)$/,
  secure: FUNDS,
  receive: FUNDS,
  win: FUNDS,
  obtain: FUNDS,
  land: FUNDS,
  attract: FUNDS,
  clinch: FUNDS,
  build: /^(?:mine|refinery|smelter|plant|factory|facility|gigafactory)$/,
  own: /^(?:stake|stakes|shares|%|percent|mine|mines|refinery|smelter|plant|deposit|project|subsidiary)$/,
  commit: AMOUNT_START,
  pledge: AMOUNT_START,
};

/** `DEAL_OBJECTS` by lemma ("took" is looked up as "take"). */
const DEAL_OBJECT_OF: ReadonlyMap<string, RegExp> = new Map(Object.entries(DEAL_OBJECTS));

/** Auxiliaries and catenatives between a subject and its verb: "X will invest", "X agreed to buy". */
const AUXILIARIES = new Set([
  "will",
  "would",
  "has",
  "have",
  "had",
  "is",
  "was",
  "also",
  "already",
  "plans",
  "planned",
  "agreed",
  "agrees",
  "aims",
  "intends",
  "expects",
  "wants",
  "to",
  "could",
  "may",
  "might",
  "can",
  "recently",
  "previously",
  "last",
  "year",
  "jointly",
  "said",
  "says",
  "it",
]);

/** The noun, before "in" / "of" / "by" / "with", whose complement is a firm: "a stake in X", "shares of X". */
const BEFORE_PREPOSITION: Readonly<Record<string, RegExp>> = {
  in: /^(?:stake|stakes|shares|shareholding|shareholdings|holding|holdings|shareholder|shareholders|investor|investors)$/,
  of: /^(?:shares|stock|shareholders|subsidiary|unit|takeover|acquisition|buyout|ceo|chairman|founder|customers)$/,
  by: /^(?:owned|operated|acquired|controlled|run|backed)$/,
  at: /^(?:output|production|operations|workers|employees|staff|executives|strike|layoffs|shareholders)$/,
  with: /^(?:merger|merge|merged|merging|offtake|deals?|contracts?|venture|partnership|alliance)$/,
  to: /^(?:funding|financing|loans?|grants?|equity|subsidies|subsidy)$/,
};

/** A firm's owned units, in apposition after a possessive: "its wholly owned subsidiary, X". */
const UNIT_NOUNS = /^(?:subsidiary|subsidiaries|unit|units|affiliate|affiliates|arm)$/;

/** A model designation without a hyphen ("H20", "MI325X", "A320"): what a firm makes, not a state or a person. */
const FIRM_MODEL = /^\p{Lu}{1,3}\d{1,4}[A-Z]?$/u;
/** Letters and digits that name a period, a group or a size, not a model: "Q3", "H1", "FY2025", "G20", "COP30". */
const NOT_A_MODEL = /^(?:Q\d|H[12]|FY\d+|G\d+|COP\d+|\p{Lu}{1,3}\d{4})$/u;

/** Verbs that give money, before an amount and "to X": "lent $40 million to X". */
const MONEY_TO_VERBS =
  /^(?:lent|loaned|lend|lends|provided|provide|provides|granted|awarded|committed|commits|pledged|injected|extended|extends|invested|disbursed)$/;

/**
 * "its wholly owned subsidiary, X", "the company's Chilean unit, X", "through its subsidiaries, X and
 * Y": a unit noun with an owner's possessive before it and the name in apposition after it, or
 * listed after that name.
 */
function unitApposition(at: (k: number) => string, ts: number, te: number): boolean {
  let k = ts - 1;
  let plural = false;
  // "… subsidiaries, X and Y": step back over the first name and "and".
  if (at(k) === "and") {
    plural = true;
    k--;
    let words = 0;
    while (words < 5 && /^[\p{Lu}]/u.test(at(k))) {
      k--;
      words++;
    }
    if (words === 0) return false;
  }
  // "its new strategic equity partner, X", "Y's largest shareholder, X": a holder in apposition.
  if (at(k) !== "," || !(UNIT_NOUNS.test(at(k - 1)) || holderNoun(at(k - 1), at(k - 2)))) return false;
  // One unit ("its subsidiary, X Exploration and Mining") is one name: a split one is no name of it;
  // several are listed only after a plural noun.
  const one = !/s$/.test(at(k - 1));
  if (one && (plural || (at(te) === "and" && /^[\p{Lu}]/u.test(at(te + 1))))) return false;
  // The owner: "its", "their", "X's" / "the company's" within three words before the noun
  // ("its wholly owned subsidiary", "the firm's Chilean unit").
  for (let j = k - 2; j >= k - 5; j--) {
    const w = at(j);
    if (/^(?:its|their)$/i.test(w) || isPossessiveMark(w)) return true;
    if (!w || /^[,;:.]$/.test(w)) return false;
  }
  return false;
}

/**
 * Whether the name ending before token `te` is followed by a holder's apposition (", the
 * majority shareholder of Y"): a firm's role, whatever its head word says ("X Shipping Port").
 */
export function holderAfter(tokens: Token[], te: number): boolean {
  const s = tokens[te - 1]?.sentence;
  const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text : "");
  return at(te) === "," && holderApposition(at, te + 1);
}

/** Holders of part of a firm or a project: "the majority shareholder of Y", "the largest owner of Y". */
const HOLDER_NOUNS = /^(?:shareholder|stakeholder|owner|co-owner|investor|backer)$/;

/** Whether `word` (after `before`) names a holder: "shareholder", "owner", "equity partner", "strategic partner". */
function holderNoun(word: string, before: string): boolean {
  return HOLDER_NOUNS.test(word) || (word === "partner" && /^(?:equity|strategic|joint-venture|venture)$/.test(before));
}

/**
 * An apposition from token `k` that names a holder of part of a firm or a project: "the
 * (majority / largest / controlling) shareholder of Y", "its biggest investor", "a co-owner of Y",
 * "Y's equity partner" (up to three words before the noun, which "of", "in", a comma or the end follows).
 */
function holderApposition(at: (k: number) => string, k: number): boolean {
  const lower = (j: number) => at(j).toLowerCase();
  let j = k + 1;
  if (!/^(?:the|a|an|its|their)$/.test(lower(k))) {
    // "Y's equity partner", "Y's largest shareholder": a capitalised name's possessive opening it.
    j = k;
    while (j < k + 3 && /^[\p{Lu}]/u.test(at(j))) j++;
    if (j === k || !isPossessiveMark(at(j))) return false;
    j++;
  }
  for (let n = 0; n < 4; n++, j++) {
    const w = lower(j);
    if (holderNoun(w, lower(j - 1))) {
      const after = lower(j + 1);
      return after === "" || /^(?:of|in|,|\.|;)$/.test(after);
    }
    if (!HOLDER_MODIFIERS.test(w)) return false;
  }
  return false;
}

/** Words before a holder's noun: "the majority shareholder", "its new strategic equity partner". */
const HOLDER_MODIFIERS =
  /^(?:majority|minority|largest|biggest|main|principal|controlling|single|new|strategic|equity|anchor|key|major|leading|second-largest|cornerstone|sole)$/;

/** What a firm does with its money, after "X's": "X's stake in Y", "X's takeover of Y". */
const FIRM_MOVES =
  /^(?:stake|stakes|shareholding|takeover|acquisition|merger|buyout|offtake|subsidiary|subsidiaries|listing|ipo|refinery|smelter)$/;

/** Kinds of firm the company nouns do not list (they may name people elsewhere: "explorer X"). */
export const FIRM_KINDS: ReadonlySet<string> = new Set([
  "explorer",
  "developer",
  "processor",
  "recycler",
  "company",
  "firm",
]);

/** Firm nouns a region is also called: "the largest cobalt producer". */
const REGION_NOUNS: ReadonlySet<string> = new Set([
  "producer",
  "exporter",
  "supplier",
  "importer",
  "operator",
  "smelter",
]);

/** Prepositions whose object a name is: then it is no subject of the verb after it. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "of",
  "from",
  "to",
  "for",
  "with",
  "on",
  "near",
  "into",
  "by",
  "than",
]);

/** Sites a firm works, after their capitalised name: "the Kings Mountain mine". */
const SITE_NOUNS = /^(?:mine|mines|project|refinery|smelter|plant|deposit|operation|operations|facility|complex)$/;

/** Participles of ownership in ", (majority-) owned by Y". */
const OWNED = /^(?:owned|controlled|acquired|backed)$/;

/** What a firm only is said to have, after "X's" and an amount: "X's $2 billion refinery". */
const FIRM_ASSETS =
  /^(?:refinery|refineries|smelter|smelters|mine|mines|plant|plants|project|projects|factory|facility|deposit|acquisition|takeover|offer|bid)$/;

/** Verbs after ", which" (or "that") that say what a firm does: "X, which operates two mines". */
const WHICH_VERBS: ReadonlySet<string> = new Set([
  "operate",
  "own",
  "mine",
  "produce",
  "supply",
  "run",
  "make",
  "refine",
  "manufacture",
  "smelt",
  "process",
]);

// One lemma lookup per verb form serves every verb set above: the suffix rules of ../syntax/lemma.ts
// choose between candidate stems by the lemmas they know ("mining" → "mine", not "min").
knowLemmas([...FIRM_ONLY_VERBS, ...DEAL_VERBS, ...WHICH_VERBS]);

/** Nouns after a verb-like word that make it a compound's modifier: "supply chain", "mining sector". */
const COMPOUND_HEADS =
  /^(?:chains?|sectors?|industry|industries|hubs?|ecosystems?|capacity|base|networks?|complex|operations|business|costs?|shortages?|disruptions?|constraints|security|lines?|routes?|giants?|companies|firms|rights|licen[cs]es?)$/;

/** What only a firm owns, after "its" in the clause its subject opens: "its revenue", "its suppliers". */
const ITS_FIRM_NOUNS =
  /^(?:shares|stock|shareholders|stockholders|revenue|revenues|sales|earnings|profits?|suppliers|customers|chips|factories|factory|plants|workforce|employees|ceo|cfo|subsidiary|subsidiaries|valuation|brand|brands)$/;

/**
 * Whether the span [ts, te) opens a clause (a verb, an auxiliary or "to" right after it, past a
 * coordinated name: "X and Y will"; no determiner or preposition before it) in which "its" (or
 * "their" after two coordinated names), within fourteen words and before any punctuation or relative
 * pronoun, owns a firm's noun: "X will hand over 15% of its revenue", "forced X and Y to pay a share
 * of their China revenue"; or in which a percentage of a firm's accounts follows ("15% of revenue").
 */
function itsFirmPossession(tokens: Token[], ts: number, te: number): boolean {
  const s = tokens[ts]!.sentence;
  const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text : "");
  const cap = (k: number) => /^[\p{Lu}]/u.test(at(k));
  let e = te;
  let many = at(ts - 1) === "and" && cap(ts - 2);
  if (at(e) === "and" && cap(e + 1)) {
    many = true;
    e++;
    while (e < te + 5 && cap(e)) e++;
  }
  const next = tokens[e];
  if (next?.sentence !== s || !/^[\p{Ll}]/u.test(next.text) || !(/^(?:VERB|AUX)$/.test(next.pos) || next.text === "to"))
    return false;
  if (/^(?:the|a|an|its|their|this|that|his|her|our)$/i.test(at(ts - 1))) return false;
  for (let k = e; k < e + 14; k++) {
    const w = at(k);
    if (!w || /^(?:[,;:.()—–"“”]|which|who|whose|while|but)$/.test(w)) return false;
    if (w === "its" || (many && w === "their")) {
      for (let j = k + 1; j <= k + 3; j++) {
        const n = at(j).toLowerCase();
        if (ITS_FIRM_NOUNS.test(n)) return true;
        if (!n || /^(?:[,;:.]|and|or|of|in|to|from)$/.test(n)) return false;
      }
      return false;
    }
    // "X will hand over 15% of revenue from …": a share of a firm's accounts, "its" left out.
    if (/^(?:%|percent)$/.test(w) && at(k + 1) === "of") {
      const own = at(k + 2) === "its" || (many && at(k + 2) === "their") ? 1 : 0;
      return /^(?:revenue|revenues|sales|profits?|earnings)$/.test(at(k + 2 + own).toLowerCase());
    }
  }
  return false;
}

/**
 * The rule that types the span [ts, te) a Company by its role in the clause, or null.
 * `personLike` says whether the words are shaped like a person's name (asked lazily: only deal
 * verbs, which people do too, ask it).
 */
export function companyByRole(
  tokens: Token[],
  ts: number,
  te: number,
  personLike: () => boolean,
  isFirmNoun: (word: string) => boolean,
  isFirmHead: (word: string) => boolean = () => false,
): string | null {
  const first = tokens[ts]!;
  const s = first.sentence;
  const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text : "");
  const lower = (k: number) => at(k).toLowerCase();
  // Before: "a 20% stake in X", "shares of X", "owned by X", "its merger with X".
  const prep = at(ts - 1);
  const before = BEFORE_PREPOSITION[prep];
  // "run by X", "owned by X": a person runs and owns too; a person's name shape refuses the firm.
  if (before?.test(lower(ts - 2)) && !(prep === "by" && personLike())) return "role-object-of-firm-noun";
  if (unitApposition(at, ts, te) && !personLike()) return "role-firm-unit";
  // "lent $40 million to X", "provided $2 billion to X": money given to a firm.
  if (prep === "to" && /^(?:million|billion|bn|mn|m)$/i.test(at(ts - 2))) {
    for (let j = ts - 3; j >= ts - 7; j--) if (MONEY_TO_VERBS.test(lower(j))) return "role-firm-funded";
  }
  // "ASX-listed X", "Perth-based X": where a firm is listed or based, hyphened before its name.
  if (at(ts - 2) === "-" && /^(?:listed|based|headquartered)$/.test(prep) && at(ts - 3)) return "role-firm-listed";
  // "Japanese trading house X": a trade's house before the name.
  if (prep === "house" && /^(?:trading|investment|fashion|auction|publishing|brokerage)$/.test(lower(ts - 2)))
    return "role-firm-house";
  // "Acme acquired X", "Beta Corp bought X": what a named buyer acquires outright is a firm.
  if (
    /^(?:acquired|acquires|bought|buys)$/.test(prep) &&
    /^[\p{Lu}]/u.test(at(ts - 2)) &&
    !/^[\p{Lu}]/u.test(at(ts - 3))
  )
    return "role-firm-acquired";
  // "a joint venture between X and Y", "the merger between X and Y".
  if (prep === "between" && /^(?:venture|merger|tie-up)$/.test(lower(ts - 2))) return "role-object-of-firm-noun";
  // "awarded X a $150 million grant", "lent X $200 million": a firm given money.
  if (/^(?:awarded|granted|lent|loaned)$/.test(prep)) {
    for (let j = te; j <= te + 5; j++) if (/^(?:[$€£¥]|grant|loan|contract)$/.test(lower(j))) return "role-firm-funded";
  }
  // After: "X shares rose", "X stock".
  const next = at(te);
  // "the X-owned smelter", "X-backed miners": what a firm owns or backs.
  // Round 16: "the Ana Ruiz-backed miner": a person's name backs or owns as well; the name's shape decides.
  if (next === "-" && /^(?:owned|backed|operated|listed)$/.test(lower(te + 1)))
    return /^(?:owned|backed)$/.test(lower(te + 1)) && personLike() ? null : "role-firm-owner";
  // "X's stake in Y", "X's takeover of Y", "X's offtake": what a firm does with its money.
  if (isPossessiveMark(next) && FIRM_MOVES.test(lower(te + 1))) return "role-firm-asset";
  // "X's Kings Mountain mine", "X's Rincon lithium project": a named site a firm works.
  if (isPossessiveMark(next) && /^[\p{Lu}]/u.test(at(te + 1)) && !personLike()) {
    for (let j = te + 2; j <= te + 6; j++) {
      const w = at(j);
      if (SITE_NOUNS.test(w)) return "role-firm-site";
      if (
        !/^[\p{Lu}]/u.test(w) &&
        !/^(?:lithium|copper|nickel|cobalt|gold|iron|ore|rare|earths?|zinc|uranium|graphite)$/.test(w)
      )
        break;
    }
  }
  // "X said in a stock exchange filing": only a listed firm files.
  if (/^(?:said|says|told)$/.test(next)) {
    for (let j = te + 1; j <= te + 7; j++) if (/^(?:filing|filings|bourse)$/.test(lower(j))) return "role-firm-filing";
  }
  // "X and Vale Base Metals signed": a name listed before a name with a firm's head word.
  // Not a comma: "said Roe, Corvin Partners' analyst" is an apposition.
  if ((next === "and" || next === "&") && /^[\p{Lu}]/u.test(at(te + 1))) {
    let j = te + 1;
    while (j < te + 5 && /^[\p{Lu}]/u.test(at(j))) j++;
    if (j > te + 2 && isFirmHead(at(j - 1)) && !personLike()) return "role-firm-listed-with";
  }
  // "X is one of the largest copper miners", "X is a Perth-based explorer": a copula and a firm's noun.
  if (/^(?:is|was|became|remains)$/.test(next)) {
    for (let j = te + 1; j <= te + 9; j++) {
      const w = lower(j);
      if (!w || /^(?:[,;:]|that|who|which|and|but|to)$/.test(w)) break;
      const noun = w.replace(/s$/, "");
      if (isFirmNoun(noun) || FIRM_KINDS.has(noun)) {
        // The noun ends the phrase ("… miners in Chile", "… explorer."), and a region's nouns
        // (producer, exporter, supplier) name a firm only when the name has two words or more.
        const after = lower(j + 1);
        if (after && !/^(?:[.,;:]|in|of|with|based|headquartered|by)$/.test(after)) break;
        if (te - ts === 1 && REGION_NOUNS.has(noun)) break;
        // "X was named chief executive of the miner": a firm's noun after "of" is the person's employer.
        if (lower(j - 1) === "the" && lower(j - 2) === "of" && personLike()) break;
        return "role-firm-copula";
      }
    }
  }
  if (/^(?:shares|stock)$/.test(next) && !/^(?:of|in)$/.test(at(te + 1))) return "role-firm-shares";
  // ", which operates two mines": what a firm does, in a relative clause.
  if (next === "," && /^(?:which|that)$/.test(at(te + 1)) && WHICH_VERBS.has(verbLemma(lower(te + 2))))
    return "role-firm-relative";
  // "X, owned by Y", "X, a unit of Y": a firm's owner named in apposition.
  if (
    next === "," &&
    (OWNED.test(lower(te + 1)) || OWNED.test(lower(te + 3))) &&
    at(te + 2 + (OWNED.test(lower(te + 1)) ? 0 : 2)) === "by"
  )
    return "role-firm-owned";
  if (
    next === "," &&
    /^(?:a|an|the)$/.test(lower(te + 1)) &&
    /^(?:unit|subsidiary|affiliate)$/.test(lower(te + 2)) &&
    at(te + 3) === "of"
  )
    return "role-firm-owned";
  // "X, the majority shareholder of Y", "X, its largest investor": a holder of part of a
  // firm or a project named in apposition (a person's name is refused by its shape).
  if (next === "," && holderApposition(at, te + 1) && !personLike()) return "role-firm-holder";
  // "X's H20", "X's new MI325X chips": a model designation (letters then digits) is a firm's product.
  if (isPossessiveMark(next) && !personLike()) {
    const model = /^(?:new|latest|newest|flagship|upcoming)$/i.test(at(te + 1)) ? at(te + 2) : at(te + 1);
    if (FIRM_MODEL.test(model) && !NOT_A_MODEL.test(model)) return "role-firm-model";
  }
  // "X's $2 billion refinery": a firm's asset after its amount.
  if (isPossessiveMark(next) && /^[$€£¥]$|^(?:US|A|C)\$$/.test(at(te + 1))) {
    for (let k = te + 2; k <= te + 5; k++) if (FIRM_ASSETS.test(lower(k))) return "role-firm-asset";
  }
  // Subject: "X mines cobalt", "X will invest $2bn", "X agreed to buy Y", "X reported revenue of …".
  let k = te;
  // "X and Y will jointly develop": the first of two coordinated names reads past the second.
  if (at(k) === "and" && /^[\p{Lu}]/u.test(at(k + 1))) {
    let j = k + 1;
    while (j < k + 4 && /^[\p{Lu}]/u.test(at(j))) j++;
    if (!/^[\p{Lu}]/u.test(at(j))) k = j;
  }
  // A name after a preposition is its object, not the next verb's subject ("the plant in X will process").
  if (PREPOSITIONS.has(prep.toLowerCase())) return null;
  // "X will hand over 15% of its revenue", "X said some of its suppliers …": the subject of
  // a clause whose "its" owns what only a firm has (a person's is "his" or "her").
  if (itsFirmPossession(tokens, ts, te) && !FIRST_NAMES.has(first.text) && !personLike()) return "role-firm-its";
  while (k < te + 6 && AUXILIARIES.has(lower(k))) k++;
  const verb = lower(k);
  if (!verb) return null;
  const lemma = verbLemma(verb);
  // With no auxiliary a firm's verb agrees with one subject: "X mines", "X mined", not "the Trail
  // refining complex", "the EV supply chain".
  // A name after a determiner modifies a noun ("the Trail refining complex").
  if (k === te && (/^(?:the|a|an|its|their|this|that)$/i.test(at(ts - 1)) || /ing$/.test(verb))) return null;
  // A verb's form that is also a noun heading a compound: "the EV supply chain", "X mining sector".
  if (k === te && COMPOUND_HEADS.test(lower(k + 1))) return null;
  if (FIRM_ONLY_VERBS.has(lemma)) {
    // "X developed" alone is vague; a firm develops a mine, a deposit, a project.
    if (lemma === "develop" || lemma === "explore") {
      for (let j = k + 1; j <= k + 4; j++)
        if (/^(?:mine|deposit|project|field|prospect)s?$/.test(lower(j))) return "role-firm-verb";
      return null;
    }
    // "the goods X produced", "X supplied by": a participle after a noun is no subject.
    if (at(k + 1) === "by") return null;
    // A region produces, supplies and ships too ("Kachin produced most of the rare earths"): one
    // word alone is a firm only by what a region does not do (mine, refine, smelt, operate).
    if (te - ts === 1 && k === te && REGION_VERBS.has(lemma)) return null;
    return k === te && /^[\p{Lu}]/u.test(verb) ? null : "role-firm-verb";
  }
  if (DEAL_VERBS.has(lemma)) {
    if (at(k + 1) === "by" || personLike()) return null;
    const object = DEAL_OBJECT_OF.get(lemma);
    if (!object) {
      // acquire, buy, purchase, invest: money or a firm's word must follow within a few words;
      // "X acquired Y": a named firm acquired outright.
      if (lemma !== "invest" && /^[\p{Lu}]/u.test(at(k + 1)) && !/^(?:The|A|An)$/.test(at(k + 1)))
        return "role-firm-deal";
      for (let j = k + 1; j <= k + 6; j++) {
        const w = lower(j);
        if (!w) break;
        if (
          /^(?:[$€£¥]|million|billion|bn|stake|stakes|shares|%|percent|mine|mines|deposit|project|refinery|smelter|plant|assets?|rival|company|firm|miner|maker)$/.test(
            w,
          )
        )
          return "role-firm-deal";
      }
      return null;
    }
    for (let j = k + 1; j <= k + 5; j++) if (object.test(lower(j))) return "role-firm-deal";
  }
  return null;
}
