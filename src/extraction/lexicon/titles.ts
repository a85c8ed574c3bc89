// Titles and roles: the words that make "Treasury Secretary", "Vice Premier" or "analyst" a
// position rather than an entity. Data only; matching lives in stages/03-mentions.ts.

/** Heads of office titles (capitalised in running text before a name). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "President",
  "Presidents",
  "Premier",
  "Minister",
  "Secretary",
  // "Undersecretary of Foreign Trade X" (Latin American and European ministries' second rank).
  "Undersecretary",
  "Subsecretary",
  "Representative",
  "Chancellor",
  "Governor",
  "Senator",
  "Ambassador",
  "Chairman",
  "Chairwoman",
  "Chair",
  "Director",
  "Commissioner",
  "Spokesperson",
  "Spokesman",
  "Spokeswoman",
  "Adviser",
  "Advisor",
  "Envoy",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Emperor",
  "Mayor",
  "Negotiator",
  "Leader",
  "Councillor",
  "Counselor",
  "Congressman",
  "Congresswoman",
  "Rep.",
  "Sen.",
  "Gov.",
  "Pres.",
  "Sec.",
  "CEO",
  "Chief",
  "Officer",
  "Administrator",
  "General",
  "Admiral",
  "Justice",
  "Judge",
  "Speaker",
  "Lawmaker",
  "Dr.",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Mr",
  "Mrs",
  "Ms",
  "Sir",
  "Dame",
  "PM",
  "Professor",
  "Prof.",
  "Sheikh",
  "Emir",
  "Amir",
  "Sultan",
  // Gulf honorifics before a name: "Sheikha X", "Sayyid Y" (Oman).
  "Sheikha",
  "Sayyid",
  "Crown",
  "Deputy",
]);

/**
 * Forms of address among the title heads: no post ("of <state>") follows them, and a person's
 * title read from a mention is a post only when it is not one of these.
 */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?$/;

/**
 * Plural title heads over two or more names ("Prime Ministers A and B", "Foreign Ministers A and
 * B"; "Presidents" is a title head of its own): a title only when a name follows, never in a meeting's name ("Foreign Ministers Meeting").
 */
export const PLURAL_TITLE_HEADS: ReadonlySet<string> = new Set([
  "Ministers",
  "Premiers",
  "Chancellors",
  "Secretaries",
  "Senators",
  "Governors",
  "Ambassadors",
]);

/** Words that may precede a title head inside the title ("Vice", "Treasury", "Commerce"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "Senate",
  "Majority",
  "Minority",
  "Vice",
  "Deputy",
  "Prime",
  "Chief",
  "Senior",
  "First",
  "Acting",
  // "High Representative X" (the European Union's foreign-policy chief).
  "High",
  // "Chief Cabinet Secretary", "Cabinet Secretary", "Cabinet Minister": a post, not the body "Cabinet".
  "Cabinet",
  "Foreign",
  "Finance",
  "Trade",
  "Commerce",
  "Treasury",
  "Defense",
  "Defence",
  "Economic",
  "Economy",
  "Economics",
  // "Chief of Staff X", "Deputy Chief of Mission Y": the post's portfolio after "of".
  "Staff",
  "Mission",
  "International",
  "State",
  "Interior",
  "Home",
  "Agriculture",
  "Energy",
  "Industry",
  "Executive",
  "General",
  // "Attorney General X", "Solicitor General Y", "Inspector General Z": the words before the
  // second rank "General" (a title head) in a law officer's or an auditor's post.
  "Attorney",
  "Solicitor",
  "Inspector",
  "Surgeon",
  // Ranks of a post before its head: "Coordinating Minister for Economic Affairs X" (Indonesia),
  // "Permanent Secretary Y", "Parliamentary Secretary Z", "Presidential Envoy W", "Interim President V".
  "Coordinating",
  "Permanent",
  "Parliamentary",
  "Principal",
  "Presidential",
  "Junior",
  "Interim",
  "Caretaker",
  "Crown",
  "Special",
  "Top",
  "Assistant",
  "Under",
  "Associate",
  "National",
  "Security",
  "Transport",
  "Health",
  "Labor",
  "Labour",
  "Environment",
  "Justice",
  "Resources",
  "Mines",
  "Mining",
  "Minerals",
  "Science",
  "Technology",
  "Education",
  "Housing",
  "Foreign-Affairs",
  "Lead",
  "Head",
  "Supreme",
  "Former",
  "U.S.",
  "US",
  "Federal",
  "Economic",
  "Affairs",
  "External",
  "Public",
  "Digital",
  "Climate",
  "Development",
  "Planning",
  "Budget",
  "Investment",
  "Infrastructure",
  "Petroleum",
  "Oil",
  "Power",
  "Tourism",
  "Culture",
  "Communications",
  // Portfolios of ministries in many states' cabinets ("Minister of Development, Industry, Trade
  // and Services X", "Minister of Natural Resources", "Fisheries Minister").
  "Services",
  "Innovation",
  "Natural",
  "Gas",
  "Water",
  "Fisheries",
  // Round 13: portfolios of public works and land ("Minister of Lands and Natural Resources X").
  "Lands",
  "Transportation",
  "Livestock",
  "Railways",
  "Shipping",
  "Coal",
  "Electricity",
  "Utilities",
  "Forestry",
  "Land",
  "Rural",
  "Urban",
  "Information",
  "Food",
  "Cooperation",
  "Integration",
  "Enterprise",
  "Enterprises",
  "Employment",
  "Social",
  "Welfare",
  "Works",
  "Investments",
  "Exports",
  "Promotion",
  "Competitiveness",
  "Maritime",
  "Aviation",
  "Telecommunications",
  "Relations",
  // Round 15: a staff post's portfolio ("Director of Energy and Resources Policy X", "Head of
  // Research Y", "Vice President of Operations Z").
  "Policy",
  "Research",
  // "Deputy Secretary of War X", "Secretary of Homeland Security Y", "Secretary of Veterans Affairs Z".
  "War",
  "Homeland",
  "Veterans",
  "Strategy",
  "Operations",
  "Strategic",
  "Industrial",
  "Customs",
  "Revenue",
  "Immigration",
  "Sports",
  "Youth",
  // "Press Secretary X", "Deputy Press Secretary Y": a post, not a press outlet.
  "Press",
  // A firm's chief officers ("Chief Financial Officer X", "Chief Operating Officer Y").
  "Financial",
  "Operating",
  "Commercial",
  "Marketing",
  "Operations",
  "Legal",
  "Sustainability",
  "Strategy",
  "Risk",
]);

/** Titles that name heads of state or government (no REPRESENTS for them). */
export const HEAD_OF_STATE_TITLES: ReadonlySet<string> = new Set([
  "President",
  "Premier",
  "Prime Minister",
  "King",
  "Queen",
  "Emperor",
  "Chancellor",
  "Crown Prince",
  "Sheikh",
  "Emir",
  "Amir",
  "Sultan",
]);

/**
 * States with no president (monarchies, by ISO code): an unplaced "President X" in their story is
 * the other side's. Generic knowledge, not taken from any article.
 */
export const NO_PRESIDENT_STATES: ReadonlySet<string> = new Set([
  "GB",
  "JP",
  "CA",
  "AU",
  "NZ",
  "ES",
  "NL",
  "BE",
  "LU",
  "SE",
  "NO",
  "DK",
  "TH",
  "MY",
  "KH",
  "BN",
  "BT",
  "SA",
  "QA",
  "KW",
  "BH",
  "OM",
  "JO",
  "MA",
  "MC",
  "LI",
  "AD",
  "PG",
  "JM",
  "BS",
  "BZ",
  "TO",
]);

/**
 * States with no prime minister (presidential systems, and China, whose head of government is a
 * premier), by ISO code: an unplaced "Prime Minister X" in their story is the other side's.
 */
export const NO_PRIME_MINISTER_STATES: ReadonlySet<string> = new Set([
  "US",
  "CN",
  "MX",
  "BR",
  "AR",
  "CL",
  "CO",
  "PE",
  "VE",
  "EC",
  "BO",
  "PY",
  "UY",
  "ID",
  "PH",
  "IR",
  "NG",
  "KE",
  "GH",
  "ZA",
  "ZM",
  "ZW",
  "CY",
  "CH",
  "AF",
  "TM",
  "ID",
  "SV",
  "GT",
  "HN",
  "CR",
  "PA",
  "DO",
]);

/**
 * States whose heads of a portfolio are ministers and whose posts English never writes as
 * "<portfolio> Secretary" or "Secretary of <portfolio>" (East Asia, most of Europe, the Gulf), by
 * ISO code: an unmarked "Energy Secretary" in a story of South Korea and the United States is not
 * Korea's. States with secretaries of portfolio (the United States, the United Kingdom, South
 * Asia's civil services, the Philippines, Latin America's secretariats) are left out. Generic
 * knowledge, not taken from any article.
 */
export const MINISTER_ONLY_STATES: ReadonlySet<string> = new Set([
  "CN",
  "TW",
  "JP",
  "KR",
  "KP",
  "VN",
  "TH",
  "MY",
  "SG",
  "ID",
  "RU",
  "UA",
  "DE",
  "FR",
  "IT",
  "NL",
  "BE",
  "SE",
  "NO",
  "DK",
  "FI",
  "PL",
  "CZ",
  "AT",
  "CH",
  "TR",
  "IL",
  "EG",
  "SA",
  "AE",
  "QA",
  "ZA",
]);

/**
 * The portfolio of a portfolio secretary's title ("energy" in "Energy Secretary", "economy" in
 * "Secretary of Economy"), or undefined for secretaries of no portfolio ("General Secretary",
 * "Secretary-General", "Cabinet Secretary", "Press Secretary", "Permanent Secretary").
 */
export function secretaryPortfolio(title: string): string | undefined {
  const lower = title.toLowerCase();
  if (/secretary[- ]general|general secretary/.test(lower)) return undefined;
  const portfolio = /\bsecretary of (?:the )?([a-z]+)/.exec(lower)?.[1] ?? /\b([a-z]+) secretary\b/.exec(lower)?.[1];
  return portfolio && !NO_PORTFOLIO_SECRETARY.test(portfolio) ? portfolio : undefined;
}

/** Words before "secretary" that name no portfolio. */
const NO_PORTFOLIO_SECRETARY =
  /^(?:cabinet|press|party|permanent|parliamentary|private|principal|executive|chief|first|deputy|assistant|under|acting|former|the|a|an|and|general|state)$/;

/**
 * States whose people write the surname first ("Xi Jinping", "Lee Jae-myung", "To Lam"): a name
 * opening with a common given name ("Donald", "Kevin") is not their head's, and a name opening with
 * one of their surnames is not another state's head.
 */
export const SURNAME_FIRST_STATES: ReadonlySet<string> = new Set(["CN", "TW", "KR", "KP", "VN"]);

/** Lower-case role nouns for people in apposition ("an analyst at", "a professor at"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "analyst",
  "professor",
  "lecturer",
  "researcher",
  "economist",
  "strategist",
  "fellow",
  "director",
  "adviser",
  "advisor",
  "chairman",
  "chair",
  "president",
  "founder",
  "partner",
  "scientist",
  "expert",
  "reporter",
  "correspondent",
  "editor",
  "journalist",
  "columnist",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "negotiator",
  "head",
  "chief",
  "executive",
  "officer",
  "manager",
  "consultant",
  "associate",
  "dean",
  "student",
  "official",
  "diplomat",
  "envoy",
  "minister",
  "secretary",
  "representative",
  "commissioner",
  "ambassador",
  "ceo",
  "cfo",
  "coo",
  "trader",
  "investor",
  "commentator",
  "historian",
  "specialist",
  "lawyer",
  "attorney",
  "engineer",
  "geologist",
  "tycoon",
  "mogul",
  "vp",
  "anchor",
  "host",
  "producer",
  "owner",
  // "Trade Representative nominee X", "the cabinet appointee Y": a post not yet taken.
  "nominee",
  "appointee",
]);

/** Nouns that say what a company is, after its name: "Vale, the Brazilian mining giant". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "giant",
  "group",
  "conglomerate",
  "corporation",
  "miner",
  "producer",
  "maker",
  "manufacturer",
  "carmaker",
  "automaker",
  "chipmaker",
  "startup",
  "start-up",
  "retailer",
  "lender",
  "insurer",
  "operator",
  "supplier",
  "refiner",
  "consultancy",
  "exporter",
  "importer",
  "smelter",
  "shipbuilder",
  "shipper",
  "airline",
  "brewer",
  "subsidiary",
  "unit",
  "provider",
  "developer",
  "trader",
  "explorer",
  "processor",
  "distributor",
  "contractor",
  "utility",
  "recycler",
]);

/**
 * Posts at the head of a firm or a body, written in lower case between its name and the person's
 * ("Tata Steel chief executive X", "X, the chairman of Y"): they give HOLDS_POSITION, not an affiliation.
 */
export const LEADERSHIP_TITLES: ReadonlySet<string> = new Set([
  "chief executive",
  "chief executive officer",
  "ceo",
  "chairman",
  "chairwoman",
  "chair",
  "president",
  "founder",
  "co-founder",
  "managing director",
  "chief financial officer",
  "cfo",
  "chief operating officer",
  "coo",
  "governor",
  "director general",
  "director-general",
  "secretary-general",
  "secretary general",
  "head",
  "boss",
  "general manager",
  "executive chairman",
  "executive chairwoman",
  "executive director",
  "vice president",
  "vice-president",
  "vice chairman",
  "deputy chairman",
  "chief investment officer",
  "chief technology officer",
  // Round 15: a committee's officers ("ranking member of the Senate Finance Committee").
  "ranking member",
]);

/**
 * Posts that may stand beside a leadership post in one title ("owner and chairman", "founder and
 * chief executive") but give no post alone.
 */
export const LEADERSHIP_PARTNERS: ReadonlySet<string> = new Set([
  "owner",
  "co-owner",
  "majority owner",
  "largest shareholder",
]);

/**
 * A leadership post, alone or coordinated ("owner and chairman", "founder and chief executive"):
 * every part a leadership post or its partner, at least one a post.
 */
export function isLeadershipTitle(title: string): boolean {
  if (LEADERSHIP_TITLES.has(title)) return true;
  // Round 15: a rank before the post and a portfolio after it ("senior vice president for policy",
  // "acting president", "executive director of operations"): the post between them.
  const core = title.replace(/^(?:senior|acting|interim) /, "").replace(/ (?:for|of) [a-z-]+(?: [a-z-]+)?$/, "");
  // "head of commodity research" is a staff role (an affiliation), not the body's head.
  if (core !== title && core !== "head" && LEADERSHIP_TITLES.has(core)) return true;
  const parts = title.split(/,? and |, /);
  return (
    parts.length > 1 &&
    parts.length <= 3 &&
    parts.some((p) => LEADERSHIP_TITLES.has(p)) &&
    parts.every((p) => LEADERSHIP_TITLES.has(p) || LEADERSHIP_PARTNERS.has(p))
  );
}

/** Lower-case role nouns that mark the person as speaking for a state ("Chinese negotiator X"). */
export const STATE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "negotiator",
  "negotiators",
  "official",
  "officials",
  "diplomat",
  "envoy",
  "delegate",
  "representative",
  "minister",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "ambassador",
]);

/**
 * Lower-case heads of a post written before a name set off by commas: "Chile's finance minister,
 * Mario Soto, said", "the ministry's director general, Budi Hartono, noted".
 */
export const APPOSED_POSTS: ReadonlySet<string> = new Set([
  "minister",
  "secretary",
  "negotiator",
  "envoy",
  "ambassador",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "commissioner",
  "governor",
  "premier",
  "chancellor",
  "president",
  "chairman",
  "chairwoman",
  "general",
  "director",
  "representative",
  "executive",
  "ceo",
  // "his deputy, X Y, said", "her successor, X Y,": nouns only a person is (not
  // "adviser": "its adviser, <bank>").
  "deputy",
  "counterpart",
  "successor",
  "predecessor",
  "aide",
  "founder",
  "co-founder",
  "mayor",
  "senator",
  "lawmaker",
]);

/**
 * Posts of the United States government no other state uses under that name: "Secretary of State"
 * (the United Kingdom's are "Secretary of State for …"), "Treasury
 * Secretary", "Secretary of Defense" (the British spelling is "Defence"), "National Security Adviser"
 * is left out (several states have one).
 */
export const US_ONLY_TITLE =
  /\b(?:Secretary of State(?! for)|Treasury Secretary|Secretary of the Treasury|Secretary of War|War Secretary|Secretary of Defense|Defense Secretary|Secretary of Homeland Security)\b/i;

/**
 * Posts of India's central ("Union") government as its press writes them: "Union Commerce
 * Minister", "Union Minister of State for External Affairs", "Union Home Secretary". The word
 * "Union" names India there, never a bloc (the European Union has no ministers).
 */
export const INDIA_UNION_TITLE = /^Union\b.*\b(?:minister|secretary)\b/i;

/**
 * Round 16b: "External Affairs Minister", "Minister of External Affairs": India's foreign
 * minister (its ministry is the Ministry of External Affairs; other states say "Foreign Affairs").
 */
export const INDIA_EXTERNAL_AFFAIRS_TITLE = /\bExternal Affairs\b/i;
