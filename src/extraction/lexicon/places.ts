// Gazetteers of generic geographic knowledge, built once from npm data packages:
// countries (names, abbreviations, demonyms, capitals) from world-countries, cities from
// city-timezones, subdivisions from country-region-data. Data only: no matching logic here.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember: boolean;
}
// UN members first, so that "French" or "Dutch" name the state and not one of its territories.
const countries = (require("world-countries") as WorldCountry[])
  .slice()
  .sort((a, b) => Number(b.unMember) - Number(a.unMember) || a.cca2.localeCompare(b.cca2));
const countryRegionData = require("country-region-data/data.json") as {
  countryShortCode: string;
  regions: { name: string }[];
}[];
const cityTimezones = require("city-timezones") as { cityMapping: { city: string; pop: number; iso2: string }[] };

/** One sovereign state or self-governing territory. */
export interface CountryInfo {
  code: string;
  name: string;
  capital: string | null;
}

/** Territories that the news treats as places inside another country, not as states. */
const TERRITORIES_AS_PLACES = new Set(["HK", "MO"]);

/** Short names the news uses that the data package does not list as such. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ["U.S.", "U.S", "US", "U.S.A.", "USA", "America", "United States of America", "the States"],
  GB: ["U.K.", "U.K", "UK", "Britain", "Great Britain"],
  KR: ["Korea", "Republic of Korea"],
  KP: ["North Korea"],
  RU: ["Russia"],
  AE: ["UAE", "U.A.E."],
  CN: ["PRC", "People's Republic of China", "Mainland China"],
  TW: ["Taiwan"],
  TR: ["Turkey"],
  CZ: ["Czech Republic"],
  NL: ["Holland"],
  CG: ["Republic of Congo", "Congo-Brazzaville"],
  CD: ["Democratic Republic of Congo", "Congo-Kinshasa", "DRC", "DRCongo"],
};

/** Demonyms missing from the package, or plural forms the news uses. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ["American", "Americans", "U.S.-based"],
  GB: ["British", "Briton", "Britons"],
  CN: ["Chinese"],
  KR: ["South Korean", "South Koreans", "Korean"],
  KP: ["North Korean"],
  NL: ["Dutch"],
  CH: ["Swiss"],
  KZ: ["Kazakh"],
  UZ: ["Uzbek"],
  KG: ["Kyrgyz"],
  PH: ["Philippine"],
  AR: ["Argentinian"],
  AE: ["Emirati", "Emiratis"],
};

/** Common spellings of demonyms that world-countries writes otherwise (or not at all). */
const DEMONYM_VARIANTS: Record<string, string> = {
  Ecuadorian: "EC",
  Tajik: "TJ",
  Slovenian: "SI",
  Maldivian: "MV",
  Lao: "LA",
  Nepali: "NP",
  Azeri: "AZ",
  Surinamese: "SR",
  Luxembourgish: "LU",
  Kyrgyzstani: "KG",
  Comorian: "KM",
  "Cabo Verdean": "CV",
  "Cape Verdean": "CV",
  // "Polish Deputy Minister X", "Icelandic Foreign Minister Y": nationality words the
  // package leaves out or spells otherwise (a capitalised "Polish" is the demonym, not the verb).
  Polish: "PL",
  Bosnian: "BA",
  Icelandic: "IS",
  Timorese: "TL",
  Madagascan: "MG",
};
const DEMONYM_STOP = new Set(["Polish", "Guinean", "Niger", "Chad"]);

export const COUNTRIES: CountryInfo[] = [];
/** Surface form (as written, case-sensitive) → ISO alpha-2 code. */
export const COUNTRY_NAMES = new Map<string, string>();
/** Demonym (case-sensitive) → code. */
export const DEMONYMS = new Map<string, string>();
/** Capital city → code. */
export const CAPITALS = new Map<string, string>();
export const COUNTRY_BY_CODE = new Map<string, CountryInfo>();
/** Capitals of UN member states. */
const UN_CAPITALS = new Set<string>();

for (const c of countries) {
  if (TERRITORIES_AS_PLACES.has(c.cca2)) continue;
  const info: CountryInfo = { code: c.cca2, name: c.name.common, capital: c.capital[0] ?? null };
  COUNTRIES.push(info);
  COUNTRY_BY_CODE.set(info.code, info);
  for (const n of [c.name.common, c.name.official, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])]) {
    if (!COUNTRY_NAMES.has(n)) COUNTRY_NAMES.set(n, c.cca2);
  }
  for (const alt of c.altSpellings) {
    // Two-letter codes are too ambiguous in running text ("IN", "IT"), except the curated ones above.
    if (alt.length > 3 && /^[A-Z]/.test(alt) && !COUNTRY_NAMES.has(alt)) COUNTRY_NAMES.set(alt, c.cca2);
  }
  const dem = c.demonyms?.eng;
  for (const d of [...(EXTRA_DEMONYMS[c.cca2] ?? []), dem?.m, dem?.f]) {
    if (d && !d.includes(",") && !DEMONYM_STOP.has(d) && !DEMONYMS.has(d)) DEMONYMS.set(d, c.cca2);
  }
  // UN members first: "Kingston" is Jamaica's, not Norfolk Island's.
  if (info.capital && !CAPITALS.has(info.capital)) CAPITALS.set(info.capital, c.cca2);
  if (info.capital && c.unMember) UN_CAPITALS.add(info.capital);
}
// "Republic of China" is Taiwan's official name, but the news writes it mostly as the tail of "the
// People's Republic of China", which a possessive splits: only the full name, the state's.
COUNTRY_NAMES.delete("Republic of China");
// Demonyms the news writes otherwise than world-countries ("Ecuadorian", not "Ecuadorean"): a title
// after one ("Ecuadorian President X") reads the country only when it is known.
for (const [d, code] of Object.entries(DEMONYM_VARIANTS)) if (!DEMONYMS.has(d)) DEMONYMS.set(d, code);
// Plural demonyms ("Americans", "Australians") where the singular ends in -an.
for (const [d, code] of [...DEMONYMS]) if (/an$/.test(d) && !DEMONYMS.has(`${d}s`)) DEMONYMS.set(`${d}s`, code);
// US capital is usually written "Washington" alone.
CAPITALS.set("Washington", "US");
CAPITALS.set("Washington, D.C.", "US");

/**
 * Short names two states share, with the state the news means by them first (AP style: "Congo" is
 * the Democratic Republic, "Republic of Congo" the other): a document that names only the other
 * one in full means that one.
 */
export const SHARED_SHORT_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ["Congo", ["CD", "CG"]],
  ["Congolese", ["CD", "CG"]],
]);

/** A state or bloc that the names of events and agreements write by a short form. */
export interface NameShortForm {
  /** The state's code, or the bloc's name in INTERNATIONAL_ORGANIZATIONS. */
  code: string;
  /** The formal name that the short form replaces. */
  name: string;
  short: string;
}

/**
 * States and blocs written short in the names of events and agreements ("EU-China talks",
 * "US-Japan trade deal", "DRC-Rwanda peace agreement"). Each kind of name uses a subset: events
 * all but the DRC (05-meetings), agreements all but the UAE (rules/agreement-names).
 */
export const NAME_SHORT_FORMS: readonly NameShortForm[] = [
  { code: "US", name: "United States", short: "US" },
  { code: "GB", name: "United Kingdom", short: "UK" },
  { code: "European Union", name: "European Union", short: "EU" },
  { code: "AE", name: "United Arab Emirates", short: "UAE" },
  { code: "CD", name: "Democratic Republic of the Congo", short: "DRC" },
];

/** Words that are cities somewhere but ordinary words or names in English prose. */
const CITY_STOP = new Set([
  "Mobile",
  "Reading",
  "Split",
  "Nice",
  "Bath",
  "Orange",
  "Victoria",
  "Lancaster",
  "Independence",
  "Surprise",
  "Sale",
  "March",
  "Of",
  "Date",
  "Page",
  "Man",
  "Wells",
  "Hope",
  "Trump",
  "Marcus",
  "Jackson",
  "Lincoln",
  "Hamilton",
  "Wolfe",
  "Florence",
  "Columbia",
  "Eugene",
  "Troy",
  "Aurora",
  "Irvine",
  "Chester",
  "Lafayette",
  "Lima",
  "Santa",
  "Best",
  "Buffalo",
  "Tampa",
  "Concord",
  "Davis",
  "Clinton",
  "Warren",
  "Franklin",
  "Madison",
  "Mesa",
  "Laredo",
  "Kent",
  "Gary",
  "Norman",
  "Bend",
  "Temple",
  "Stanford",
  "Vista",
  "Salem",
  "Moore",
  "Burlington",
  "Boulder",
  "Ford",
  "Stanley",
  "Douglas",
  "Jamestown",
]);

/** City name → ISO code of its country (cities of 100k people or more, and capitals). */
export const CITIES = new Map<string, string>();
for (const c of cityTimezones.cityMapping) {
  if (c.pop < 100_000 || CITY_STOP.has(c.city) || !/^\p{Lu}/u.test(c.city)) continue;
  const prev = CITIES.get(c.city);
  if (!prev) CITIES.set(c.city, c.iso2);
}
// A UN member's capital is a city even when the word is also a name ("Lima"); a territory's
// capital that is a common name ("Stanley", "Douglas") is not.
for (const [capital, code] of CAPITALS)
  if (UN_CAPITALS.has(capital) || !CITY_STOP.has(capital)) CITIES.set(capital, code);
CITIES.set("Hong Kong", "CN");
CITIES.set("Macau", "CN");

/** First-level subdivisions (states, provinces) of large economies → country code. */
export const REGIONS = new Map<string, string>();
const REGION_COUNTRIES = new Set([
  "US",
  "CA",
  "AU",
  "CN",
  "IN",
  "JP",
  "BR",
  "MX",
  "DE",
  "RU",
  "ZA",
  "CL",
  "AR",
  "ID",
  "MY",
  "PE",
  "CD",
  "PH",
]);
/** Regions named like a state ("Georgia" in the United States) → the region's country code. */
export const REGIONS_NAMED_AS_STATES = new Map<string, string>();
for (const { countryShortCode: code, regions } of countryRegionData) {
  if (!REGION_COUNTRIES.has(code)) continue;
  for (const { name } of regions) {
    if (CITY_STOP.has(name)) continue;
    if (!COUNTRY_NAMES.has(name)) REGIONS.set(name, code);
    else if (!REGIONS_NAMED_AS_STATES.has(name)) REGIONS_NAMED_AS_STATES.set(name, code);
  }
}

// The United Kingdom's constituent nations (the data package lists its councils instead).
for (const n of ["England", "Scotland", "Wales", "Northern Ireland"]) REGIONS.set(n, "GB");
// South Korea's provinces as the English-language press writes them (the data package romanises
// them: "Gyeongsangbuk-do").
for (const n of [
  "North Gyeongsang",
  "South Gyeongsang",
  "North Chungcheong",
  "South Chungcheong",
  "North Jeolla",
  "South Jeolla",
  "Gyeonggi",
  "Gangwon",
  "Jeju",
])
  REGIONS.set(n, "KR");

/**
 * Towns of 15,000 people or more that the main city list leaves out: names of smaller towns are
 * too often surnames or words, so they count only where the text puts a place ("in Kalgoorlie").
 */
export const SMALL_CITIES = new Map<string, string>();
for (const c of cityTimezones.cityMapping) {
  if (c.pop < 15_000 || CITIES.has(c.city) || CITY_STOP.has(c.city) || !/^\p{Lu}/u.test(c.city)) continue;
  if (!SMALL_CITIES.has(c.city)) SMALL_CITIES.set(c.city, c.iso2);
}

/** Region names that are direction words or kinds in other states' lists ("Central", "Northern", "Capital"). */
const MINOR_PLACE_STOP =
  /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Coast|Upper|Lower|Island|Islands|Interior|Lakes|Mountain|Valley|Border|Federal|National|Tribal|Chin|Mon|Shan)(?:[- ]|$)/;

/**
 * Words of other languages' place vocabulary that name a subdivision or a town somewhere ("Nord",
 * "Isla"); English words ("Delta", "Progress") stage 3 leaves out by the tagger's vocabulary.
 */
const MINOR_PLACE_WORDS = new Set([
  "Nord",
  "Ouest",
  "Norte",
  "Isla",
  "Valle",
  "Sala",
  "Gare",
  "Colle",
  "Castel",
  "Moulins",
  "Glacis",
  "Marsa",
]);

/**
 * One-word places the other lists leave out: first-level subdivisions of every other state
 * ("Balochistan", "Omnogovi") and towns of any size. Words too often something else in prose, so
 * they count only where the text puts a place ("in Balochistan", "near Kolwezi") and only when the
 * tagger's English vocabulary does not hold them ("in Delta", "in Homer": stage 3).
 */
export const MINOR_PLACES = new Map<string, string>();
for (const { countryShortCode: code, regions } of countryRegionData) {
  if (REGION_COUNTRIES.has(code)) continue;
  for (const { name } of regions) {
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name) || MINOR_PLACE_STOP.test(name) || MINOR_PLACE_WORDS.has(name)) continue;
    if (CITY_STOP.has(name) || COUNTRY_NAMES.has(name) || DEMONYMS.has(name) || REGIONS.has(name)) continue;
    if (CITIES.has(name) || SMALL_CITIES.has(name)) continue;
    if (!MINOR_PLACES.has(name)) MINOR_PLACES.set(name, code);
  }
}
for (const c of cityTimezones.cityMapping) {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(c.city) || CITY_STOP.has(c.city) || MINOR_PLACE_WORDS.has(c.city)) continue;
  if (CITIES.has(c.city) || SMALL_CITIES.has(c.city) || REGIONS.has(c.city)) continue;
  if (!MINOR_PLACES.has(c.city) && !COUNTRY_NAMES.has(c.city) && !DEMONYMS.has(c.city))
    MINOR_PLACES.set(c.city, c.iso2);
}

/** Venues known by a proper name that no head word types (generic knowledge of where leaders meet). */
export const VENUES: readonly string[] = [
  "Oval Office",
  "Air Force One",
  "Camp David",
  "Mar-a-Lago",
  "Rose Garden",
  "East Room",
  "Cabinet Room",
  "Situation Room",
  "Capitol Hill",
  "Great Hall of the People",
  "Diaoyutai State Guesthouse",
  "Zhongnanhai",
  "Blue House",
  "Elysee Palace",
  "Élysée Palace",
  "Chequers",
  "Lancaster House",
  "Kantei",
];

/** Words opening a place's name ("Lake Geneva", "Mt Weld", "Salar de Atacama", "Palacio de la Moncloa"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  "Lake",
  "Mount",
  "Mt",
  "Mt.",
  "Cape",
  "Fort",
  "Salar",
  "Palacio",
  "Palazzo",
  "Gulf",
  "Port",
  "Isla",
  "Cerro",
  "Lago",
  "Hotel",
  "Palais",
  "Villa",
  "Chateau",
  "Château",
  "Casa",
  "Castello",
]);

/** Lower-case nouns after a name that make the whole a place: "the Independence plant", "Gimhae airbase". */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  "plant",
  "factory",
  "refinery",
  "smelter",
  "mine",
  "project",
  "deposit",
  "facility",
  "airbase",
  "airport",
  "tower",
  "museum",
  "hub",
  "port",
  "terminal",
  "hotel",
  "resort",
  "palace",
  "castle",
  "estate",
  "residence",
  "guesthouse",
  "stadium",
  "complex",
  // Round 16: a site named for the works on it ("the Bindaroo operation", "its Kelso operations").
  "operation",
  "operations",
]);

/**
 * Words before "Center"/"Centre"/"Club" that make the name a venue rather than a body: "Busan
 * Exhibition and Convention Center", "Royal Golf Club" (a "Center for …" is a think tank).
 */
export const VENUE_CENTER_MODIFIERS: ReadonlySet<string> = new Set([
  "Convention",
  "Conventions",
  "Exhibition",
  "Exhibitions",
  "Conference",
  "Congress",
  "Expo",
  "Events",
  "Trade",
  "Golf",
  "Country",
  "Yacht",
  "Press",
  "Media",
  "Cultural",
  "Performing",
]);

/** Lower-case nouns after a region's name that belong to it: "Salta province", "Guangdong province". */
export const REGION_NOUNS: ReadonlySet<string> = new Set([
  "province",
  "state",
  "region",
  "prefecture",
  "territory",
  "district",
  "county",
]);

/** Continents and world regions named in the news. */
export const WORLD_REGIONS = new Set([
  "Asia",
  "Europe",
  "Africa",
  "Oceania",
  "Antarctica",
  "North America",
  "South America",
  "Latin America",
  "Central America",
  "Middle East",
  "Indo-Pacific",
  "Asia-Pacific",
  "Southeast Asia",
  "South Asia",
  "East Asia",
  "Central Asia",
  "Eastern Europe",
  "Western Europe",
  "Scandinavia",
  "Balkans",
  "Caribbean",
  "Sahel",
  "Arctic",
  "Persian Gulf",
  "Gulf",
  "South China Sea",
  "East China Sea",
  "Taiwan Strait",
  "West Africa",
  "East Africa",
  "North Africa",
  "Southern Africa",
  "Central Africa",
  "Sub-Saharan Africa",
  "Horn of Africa",
  "Korean Peninsula",
  "Pacific Ocean",
  "Atlantic Ocean",
  "Indian Ocean",
  "Red Sea",
  "Black Sea",
  "Baltic Sea",
  "Mediterranean",
  "Strait of Hormuz",
  "Strait of Malacca",
  "Panama Canal",
  "Suez Canal",
  "Midwest",
  "Pacific Northwest",
  "Western Balkans",
  "Silicon Valley",
  "Wall Street",
]);

/**
 * The abbreviations of US states that wire datelines write after a city ("STILLWATER, Okla.",
 * "RALEIGH, N.C."), AP style, with the state's name. Read only in a dateline: "Miss." or "Wash."
 * in running text are other words.
 */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["Ala.", "Alabama"],
  ["Ariz.", "Arizona"],
  ["Ark.", "Arkansas"],
  ["Calif.", "California"],
  ["Colo.", "Colorado"],
  ["Conn.", "Connecticut"],
  ["Del.", "Delaware"],
  ["Fla.", "Florida"],
  ["Ga.", "Georgia"],
  ["Ill.", "Illinois"],
  ["Ind.", "Indiana"],
  ["Kan.", "Kansas"],
  ["Ky.", "Kentucky"],
  ["La.", "Louisiana"],
  ["Md.", "Maryland"],
  ["Mass.", "Massachusetts"],
  ["Mich.", "Michigan"],
  ["Minn.", "Minnesota"],
  ["Miss.", "Mississippi"],
  ["Mo.", "Missouri"],
  ["Mont.", "Montana"],
  ["Neb.", "Nebraska"],
  ["Nev.", "Nevada"],
  ["N.H.", "New Hampshire"],
  ["N.J.", "New Jersey"],
  ["N.M.", "New Mexico"],
  ["N.Y.", "New York"],
  ["N.C.", "North Carolina"],
  ["N.D.", "North Dakota"],
  ["Okla.", "Oklahoma"],
  ["Ore.", "Oregon"],
  ["Pa.", "Pennsylvania"],
  ["R.I.", "Rhode Island"],
  ["S.C.", "South Carolina"],
  ["S.D.", "South Dakota"],
  ["Tenn.", "Tennessee"],
  ["Vt.", "Vermont"],
  ["Va.", "Virginia"],
  ["Wash.", "Washington"],
  ["W.Va.", "West Virginia"],
  ["Wis.", "Wisconsin"],
  ["Wyo.", "Wyoming"],
]);
