// Synthetic news corpus for the benchmarks: varied, news-like English about trade talks, tariffs,
// minerals, companies, investments and quotes, built from templates and generic vocabularies
// (world-countries, @chemistry/elements, invented names). Deterministic for a seed; no I/O.
// It must not borrow the extraction's lexicons: the point is text the pipeline has not seen.

import { createRequire } from "node:module";
import { ChemElementData } from "@chemistry/elements";
import type { SourceDocument } from "../../src/extraction/types.ts";

/** Options of `generateCorpus`. */
export interface SyntheticCorpusOptions {
  /** Minimum total size of the document texts, in UTF-8 bytes. */
  bytes: number;
  /** Seed of the pseudo-random generator: the same seed gives the same corpus. Default 42. */
  seed?: number;
  /** Real articles mixed in once each, at seeded positions; their size counts towards `bytes`. */
  realDocuments?: SourceDocument[];
  /** Size range of a generated article's text, in UTF-8 bytes. Default 2048–10240. */
  minDocBytes?: number;
  maxDocBytes?: number;
}

/** A seeded pseudo-random source (mulberry32): small, fast and the same on every platform. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** Creates the seeded pseudo-random source used by the generator. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)]!,
    chance: (p: number) => next() < p,
  };
}

/**
 * Generates at least `bytes` of news-like articles (2–10 KB each) with the real documents mixed
 * in. Ids are `synthetic-00001`…; real documents keep theirs.
 */
export function generateCorpus(options: SyntheticCorpusOptions): SourceDocument[] {
  const random = createRandom(options.seed ?? 42);
  const minDocBytes = options.minDocBytes ?? 2048;
  const maxDocBytes = options.maxDocBytes ?? 10_240;
  const real = options.realDocuments ?? [];
  let total = real.reduce((sum, doc) => sum + byteLength(doc.text), 0);
  const docs: SourceDocument[] = [];
  while (total < options.bytes) {
    const doc = generateArticle(random, docs.length + 1, minDocBytes, random.int(minDocBytes, maxDocBytes));
    docs.push(doc);
    total += byteLength(doc.text);
  }
  for (const doc of real) docs.splice(random.int(0, docs.length), 0, doc);
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Vocabularies

interface Country {
  name: string;
  capital: string;
  demonym: string;
}

const require = createRequire(import.meta.url);
const COUNTRIES: Country[] = (
  require("world-countries") as {
    name: { common: string };
    capital: string[];
    unMember: boolean;
    demonyms?: { eng?: { m?: string } };
  }[]
)
  .filter((c) => c.unMember && c.capital.length > 0 && c.demonyms?.eng?.m)
  .map((c) => ({ name: c.name.common, capital: c.capital[0]!, demonym: c.demonyms!.eng!.m! }));

const NON_METALS = new Set(["H", "He", "C", "N", "O", "F", "Ne", "P", "S", "Cl", "Ar", "Se", "Br", "Kr", "I", "Xe"]);
const seenElementIds = new Set<number>();
const ELEMENTS: string[] = ChemElementData.filter((e) => {
  if (e.id < 1 || e.id > 83 || NON_METALS.has(e.symbol) || seenElementIds.has(e.id)) return false;
  seenElementIds.add(e.id);
  return true;
}).map((e) => e.name.toLowerCase());
const MINERAL_CLASSES = ["rare earths", "critical minerals", "battery metals", "heavy rare earths", "iron ore"];

// Comma-separated lists keep the vocabularies readable (the formatter would put one word a line).
const list = (items: string): readonly string[] => items.split(",").map((item) => item.trim());

const FIRST_NAMES = list(`James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth, William,
  Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Daniel, Nancy, Matthew, Lisa, Anthony,
  Emily, Mark, Margaret, Paul, Sandra, Steven, Ashley, Andrew, Laura, Kevin, Michelle, Brian, Amanda, George, Melissa,
  Wei, Mei, Hiroshi, Yuki, Ahmed, Fatima, Carlos, Lucia, Olga, Ivan, Priya, Rahul, Amara, Kwame, Sofia, Mateo, Ingrid,
  Lars, Min-jun, Ji-woo, Pierre, Camille, Hans, Greta, Omar, Leila, Tomas, Elena, Diego, Ana`);
const SURNAMES = list(`Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Lopez,
  Wilson, Anderson, Taylor, Moore, Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Walker, Hall, Young,
  King, Wright, Scott, Green, Baker, Adams, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker,
  Evans, Collins, Stewart, Morris, Murphy, Cook, Wang, Zhang, Liu, Chen, Yang, Tanaka, Suzuki, Kim, Park, Singh,
  Patel, Kumar, Okafor, Mensah, Silva, Santos, Schmidt, Rossi, Dubois, Novak, Ivanova, Haddad, Nasser, Lindqvist,
  Kowalski, Moreau, Costa, Yilmaz, Nguyen, Sato`);

const COMPANY_WORDS = list(`Atlas, Summit, Pioneer, Granite, Horizon, Meridian, Northstar, Silverline, Crescent,
  Redwood, Ironbridge, Bluewater, Evergreen, Keystone, Frontier, Pinnacle, Sterling, Harbor, Vanguard, Apex, Aurora,
  Cascade, Titan, Orion, Falcon, Boreal, Sierra, Coastal, Highland, Prairie, Copperhead, Stonegate, Westbrook,
  Eastgate, Oakmont, Greystone, Golden, Pacific, Atlantic, Continental, Andean, Baltic, Lodestar, Ridgeline,
  Blackrock, Whitehaven, Red Desert, Great Plains`);
const COMPANY_SUFFIXES = list(`Resources, Materials, Holdings, Corp., Mining, Metals, Group, Industries, Ltd., Inc.,
  Minerals, Technologies, Energy`);
const FIRM_SUFFIXES = list("Capital, Research, Economics, Advisory, Partners, Securities, Analytics");
const MEDIA = list(`the Daily Ledger, the Morning Courier, Global Wire, the Harbor Times, the Continental Post,
  Market Dispatch, the Evening Gazette, Meridian News Service, Atlas Radio, the Capital Observer, Trade Weekly,
  the Northern Herald, the Commodity Journal, Pacific Broadcasting`);

const GOVERNMENT_TITLES = list(`Treasury Secretary, Commerce Secretary, Trade Representative, Commerce Minister,
  Trade Minister, Finance Minister, Foreign Minister, Vice Premier, Prime Minister, President, Minister of Mines,
  Energy Minister, Deputy Trade Minister, Industry Minister, Economy Minister`);
const COMPANY_ROLES = list("chief executive, chief financial officer, chairman, head of trading, president");
const MINISTRIES = list("Ministry of Commerce, Ministry of Trade, Finance Ministry, Ministry of Mines, Customs Agency");
const PRODUCTS = list(`soybeans, semiconductors, electric vehicles, steel, aluminium, solar panels, batteries, wheat,
  beef, aircraft parts, pharmaceuticals, textiles, machine tools, fertiliser, medical devices, coffee`);
const TOPICS = list(`tariffs, export controls, market access, agricultural purchases, chip restrictions, port fees,
  investment screening, currency policy, intellectual property, industrial subsidies, steel overcapacity,
  export licensing, shipping costs, supply chain security, technology transfer, fishing rights`);
const INDUSTRIES = list("battery, carmaker, electronics, wind turbine, defence, aerospace, steel");
const FACILITIES = list("refinery, processing plant, mine, smelter, recycling facility, magnet factory");
const FORMS = list("concentrate, oxide, ore, metal, carbonate, powder");
const ADJECTIVES = list(
  "constructive, candid, productive, difficult, frank, useful, detailed, positive, tense, lengthy",
);
const REASONS = list(
  "national security, domestic shortages, unfair competition, environmental concerns, price volatility",
);
const WEEKDAYS = list("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday");
const MONTHS = list("January, February, March, April, May, June, July, August, September, October, November, December");
const DURATIONS = list("one year, six months, 90 days, two years, 30 days, 18 months");

// ---------------------------------------------------------------------------------------------
// Articles

interface Person {
  first: string;
  last: string;
  title: string;
}

// One story: the cast and setting every sentence of an article draws from, so names recur.
interface Story {
  random: Random;
  a: Country;
  b: Country;
  third: Country;
  officialA: Person;
  officialB: Person;
  executive: Person;
  analyst: Person;
  company: string;
  partner: string;
  firm: string;
  media: string;
  element: string;
  element2: string;
  product: string;
  topic: string;
  city: string;
  year: number;
  introduced: Set<Person>;
}

function makePerson(random: Random, title: string): Person {
  return { first: random.pick(FIRST_NAMES), last: random.pick(SURNAMES), title };
}

function makeCompany(random: Random, element: string): string {
  const word = random.chance(0.2) ? `${capitalise(element)} ${random.pick(COMPANY_WORDS)}` : random.pick(COMPANY_WORDS);
  return `${word} ${random.pick(COMPANY_SUFFIXES)}`;
}

function makeStory(random: Random): Story {
  const a = random.pick(COUNTRIES);
  let b = random.pick(COUNTRIES);
  while (b === a) b = random.pick(COUNTRIES);
  const element = random.pick(ELEMENTS);
  const story: Story = {
    random,
    a,
    b,
    third: random.pick(COUNTRIES),
    officialA: makePerson(random, random.pick(GOVERNMENT_TITLES)),
    officialB: makePerson(random, random.pick(GOVERNMENT_TITLES)),
    executive: makePerson(random, random.pick(COMPANY_ROLES)),
    analyst: makePerson(random, "analyst"),
    company: makeCompany(random, element),
    partner: makeCompany(random, random.pick(ELEMENTS)),
    firm: `${random.pick(COMPANY_WORDS)} ${random.pick(FIRM_SUFFIXES)}`,
    media: random.pick(MEDIA),
    element,
    element2: random.pick(ELEMENTS),
    product: random.pick(PRODUCTS),
    topic: random.pick(TOPICS),
    city: random.chance(0.2) ? random.pick(COUNTRIES).capital : random.chance(0.5) ? a.capital : b.capital,
    year: random.int(2019, 2026),
    introduced: new Set(),
  };
  return story;
}

// A government official: "Treasury Secretary Mary Chen" the first time, "Chen" afterwards.
function describeOfficial(s: Story, person: Person): string {
  if (s.introduced.has(person)) return s.random.chance(0.2) ? `${person.first} ${person.last}` : person.last;
  s.introduced.add(person);
  return `${person.title} ${person.first} ${person.last}`;
}

// A private person in apposition: "Ana Costa, chief executive of Atlas Mining," then the surname.
function describePrivate(s: Story, person: Person, of: string): string {
  if (s.introduced.has(person)) return person.last;
  s.introduced.add(person);
  const article = person.title === "analyst" ? "an analyst at" : `${person.title} of`;
  return `${person.first} ${person.last}, ${article} ${of},`;
}

const pct = (r: Random) => (r.chance(0.3) ? `${r.int(1, 99)}.${r.int(1, 9)}%` : `${r.int(2, 150)}%`);
const share = (r: Random) => `${r.int(5, 95)}%`;
const move = (r: Random) => `${r.int(0, 14)}.${r.int(1, 9)}%`;
const pctWords = (r: Random) => `${r.int(2, 95)} percent`;
const amount = (r: Random) =>
  r.chance(0.6)
    ? `${r.pick(["$", "€", "£"])}${r.int(1, 99)}.${r.int(0, 9)} billion`
    : `${r.pick(["$", "€", "£"])}${r.int(20, 990)} million`;
const dateText = (r: Random) =>
  r.chance(0.5) ? `${r.pick(MONTHS)} ${r.int(1, 28)}` : `${r.int(1, 28)} ${r.pick(MONTHS)}`;
const ordinal = (r: Random) => r.pick(["first", "second", "third", "fourth", "fifth", "latest", "final"]);

type Template = (s: Story) => string;

// Each template takes its cast from the story and draws its figures afresh, so sentences rarely repeat.
const SENTENCES: Template[] = [
  (s) =>
    `${describeOfficial(s, s.officialA)} and ${describeOfficial(s, s.officialB)} met in ${s.city} on ${s.random.pick(WEEKDAYS)} for ${withArticle(ordinal(s.random))} round of talks on ${s.topic}.`,
  (s) =>
    `${s.a.name} will impose a ${pct(s.random)} tariff on ${s.product} imported from ${s.b.name} starting ${dateText(s.random)}, ${describeOfficial(s, s.officialA)} said.`,
  (s) =>
    `${s.b.demonym} officials threatened to raise duties on ${s.random.pick(PRODUCTS)} from ${s.a.name} to ${pct(s.random)} if no agreement is reached by ${s.random.pick(MONTHS)}.`,
  (s) =>
    `"We had ${s.random.pick(ADJECTIVES)} discussions on ${pickTwo(s.random, TOPICS).join(" and ")}," ${describeOfficial(s, s.random.chance(0.5) ? s.officialA : s.officialB)} said.`,
  (s) =>
    `"${s.b.name} remains committed to ${withArticle(s.random.pick(ADJECTIVES))} relationship with ${s.a.name}, but we will defend our ${s.random.pick(INDUSTRIES)} industry," ${describeOfficial(s, s.officialB)} told ${s.media}.`,
  (s) =>
    `${describeOfficial(s, s.officialA)} told ${s.media} on ${s.random.pick(WEEKDAYS)} that the ${pct(s.random)} levy on ${s.random.pick(PRODUCTS)} could be lifted within ${s.random.pick(DURATIONS)}.`,
  (s) =>
    `${s.company} said it would invest ${amount(s.random)} in ${withArticle(`${s.element} ${s.random.pick(FACILITIES)}`)} in ${s.random.pick(COUNTRIES).name} over the next ${s.random.int(2, 12)} years.`,
  (s) =>
    `${s.random.chance(0.5) ? s.a.name : s.b.name} produces about ${share(s.random)} of the world's refined ${s.element}, according to ${s.firm}.`,
  (s) =>
    `${s.a.name} restricted exports of ${s.element} and ${s.element2} in ${s.random.pick(MONTHS)} ${s.year}, citing ${s.random.pick(REASONS)}.`,
  (s) =>
    `${s.a.name} agreed to postpone the export controls on ${s.random.pick(MINERAL_CLASSES)} for ${s.random.pick(DURATIONS)} in exchange for a pause in the ${pct(s.random)} tariffs.`,
  (s) =>
    `Shares of ${s.company} rose ${move(s.random)} in ${s.random.pick(COUNTRIES).capital} trading after the announcement, while ${s.partner} fell ${move(s.random)}.`,
  (s) =>
    `${s.company} signed a ${s.random.int(2, 15)}-year supply agreement with ${s.partner} to deliver ${s.random.int(1, 900) * 100} tonnes of ${s.element} ${s.random.pick(FORMS)}.`,
  (s) =>
    `"Nobody expects the ${s.random.pick(TOPICS)} issue to be settled before ${s.random.pick(MONTHS)}," said ${describePrivate(s, s.analyst, s.firm)} adding that ${s.element} prices could rise ${move(s.random)}.`,
  (s) =>
    `The two sides discussed ${pickTwo(s.random, TOPICS).join(", ")} and ${s.random.pick(PRODUCTS)}, according to a statement from the ${s.random.pick([s.a, s.b]).demonym} ${s.random.pick(MINISTRIES)}.`,
  (s) =>
    `${s.b.name} purchased ${s.random.int(1, 40)}.${s.random.int(0, 9)} million tonnes of ${s.random.pick(PRODUCTS)} from ${s.a.name} in ${s.year}, up ${pct(s.random)} from a year earlier.`,
  (s) =>
    `Trade between ${s.a.name} and ${s.b.name} reached ${amount(s.random)} in ${s.year - s.random.int(0, 3)}, ${s.media} reported.`,
  (s) =>
    `${describeOfficial(s, s.officialB)} is expected to travel to ${s.random.pick([s.a, s.third]).capital} on ${dateText(s.random)} to meet ${describeOfficial(s, s.officialA)}.`,
  (s) =>
    `${s.company}, which is based in ${s.random.pick(COUNTRIES).capital}, controls ${share(s.random)} of global ${s.element} processing capacity.`,
  (s) =>
    `The ${s.a.demonym} ${s.random.pick(MINISTRIES)} will review ${s.random.int(3, 400)} applications for ${s.random.pick(ELEMENTS)} export licences by ${s.random.pick(MONTHS)}, officials said.`,
  (s) =>
    `Markets in ${s.random.pick(COUNTRIES).capital} fell ${move(s.random)} on ${s.random.pick(WEEKDAYS)} as investors weighed the prospect of new tariffs on ${s.random.pick(PRODUCTS)}.`,
  (s) =>
    `${describeOfficial(s, s.officialA)} declined to comment on whether ${s.a.name} would lift the ${pct(s.random)} tariff on ${s.random.pick(PRODUCTS)}.`,
  (s) =>
    `${s.company} and ${s.partner} announced a joint venture worth ${amount(s.random)} to build ${withArticle(`${s.random.pick(ELEMENTS)} ${s.random.pick(FACILITIES)}`)} in ${s.random.pick(COUNTRIES).name}.`,
  (s) =>
    `A spokesperson for the ${s.random.pick([s.a, s.b]).demonym} ${s.random.pick(MINISTRIES)} said the ${ordinal(s.random)} meeting had been "${s.random.pick(ADJECTIVES)} and ${s.random.pick(ADJECTIVES)}".`,
  (s) =>
    `According to ${s.media}, ${s.a.name} and ${s.b.name} are close to a deal that would cut tariffs on ${s.random.pick(PRODUCTS)} by ${s.random.int(2, 60)} percentage points.`,
  (s) =>
    `${s.random.pick(COUNTRIES).name} accounts for roughly ${pctWords(s.random)} of ${s.b.name}'s imports of ${s.random.pick(ELEMENTS)}, customs data show.`,
  (s) =>
    `The agreement, reached after ${s.random.int(2, 14)} days of negotiations in ${s.city}, still needs approval from leaders in ${s.a.capital} and ${s.b.capital}.`,
  (s) =>
    `${describePrivate(s, s.executive, s.company)} said demand for ${s.element} from ${s.random.pick(INDUSTRIES)} makers had grown ${share(s.random)} this year.`,
  (s) =>
    `Earlier this ${s.random.pick(["month", "year", "week", "spring", "autumn"])}, ${s.a.name} suspended port fees on ${s.b.demonym}-linked ships for ${s.random.pick(DURATIONS)}.`,
  (s) =>
    `${s.a.demonym} negotiators arrived in ${s.city} on ${s.random.pick(WEEKDAYS)}, ${s.media} said, citing ${s.random.int(2, 6)} people familiar with the matter.`,
  (s) =>
    `Prices of ${s.random.pick(ELEMENTS)} ${s.random.pick(FORMS)} rose to $${s.random.int(3, 900) * 10} per tonne, the highest since ${s.year - s.random.int(1, 15)}.`,
  (s) =>
    `${describeOfficial(s, s.officialB)} said ${s.b.name} would "respond firmly" if ${s.a.name} did not withdraw the ${pct(s.random)} duties on ${s.random.pick(PRODUCTS)}.`,
  (s) =>
    `${s.third.name}, which holds large reserves of ${s.random.pick(ELEMENTS)}, has offered to supply both ${s.a.name} and ${s.b.name}, ${s.random.pick(MEDIA)} reported on ${s.random.pick(WEEKDAYS)}.`,
  (s) =>
    `The ${s.random.pick(["agreement", "framework", "truce", "deal", "memorandum"])} covers ${s.random.pick(TOPICS)}, purchases of ${s.random.pick(PRODUCTS)} worth ${amount(s.random)} and a ${s.random.pick(DURATIONS)} pause on new restrictions.`,
  (s) =>
    `${capitalise(s.element)} is used in ${s.random.pick(INDUSTRIES)} and ${s.random.pick(INDUSTRIES)} components, and ${s.a.name} imports ${pctWords(s.random)} of its needs.`,
  (s) =>
    `"This is ${withArticle(s.random.pick(ADJECTIVES))} step, but the details on ${s.random.pick(TOPICS)} still matter," ${s.introduced.has(s.analyst) ? s.analyst.last : `${s.analyst.first} ${s.analyst.last} of ${s.firm}`} said.`,
];

const HEADLINES: Template[] = [
  (s) => `${s.a.name} and ${s.b.name} ${s.random.pick(["reach", "near", "discuss", "delay"])} deal on ${s.topic}`,
  (s) => `${s.company} to invest ${amount(s.random)} in ${s.element} ${s.random.pick(FACILITIES)}`,
  (s) => `${s.a.name} threatens ${pct(s.random)} tariffs on ${s.b.demonym} ${s.product}`,
  (s) => `${s.b.name} curbs ${s.element} exports as talks with ${s.a.name} stall`,
  (s) => `${s.officialA.title} ${s.officialA.last} heads to ${s.city} for ${s.topic} talks`,
];

function generateArticle(random: Random, n: number, minBytes: number, targetBytes: number): SourceDocument {
  const story = makeStory(random);
  const title = random.pick(HEADLINES)(story);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const date = `${story.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const outlet = story.media.replace(/^the /, "The ");
  const authors = random.chance(0.7) ? [`${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`] : [];
  const dateline = `${story.city.toUpperCase()}, ${MONTHS[month - 1]} ${day} (${outlet}) - `;

  const paragraphs: string[] = [];
  let bytes = byteLength(title) + 1 + byteLength(dateline);
  let paragraph: string[] = [];
  let paragraphSize = random.int(1, 4);
  for (;;) {
    const sentence = random.pick(SENTENCES)(story);
    const cost = byteLength(sentence) + 1;
    if (bytes + cost > targetBytes && bytes >= minBytes) break;
    bytes += cost;
    paragraph.push(sentence);
    if (paragraph.length >= paragraphSize) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
      paragraphSize = random.int(1, 4);
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
  const text = `${title}\n${dateline}${paragraphs.join("\n")}`;
  const id = `synthetic-${String(n).padStart(5, "0")}`;
  return { id, fileName: `${id}.txt`, title, date, source: outlet, authors, text };
}

function pickTwo<T>(random: Random, items: readonly T[]): [T, T] {
  const first = random.pick(items);
  let second = random.pick(items);
  while (second === first) second = random.pick(items);
  return [first, second];
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
