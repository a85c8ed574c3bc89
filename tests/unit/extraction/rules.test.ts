// One small table per rule of the registry: a sentence in the language of news (not copied from
// the seed articles) and the relation the rule must find in it, checked by the rule's id.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { RULES } from "../../../src/extraction/rules/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-03-02", source: null, authors: [], text, ...meta };
}

type Row = [
  rule: string,
  text: string,
  source: string,
  predicate: string,
  target: string,
  attrs?: Record<string, string>,
  /** Metadata stage 1 would have read (a byline's authors and outlet). */
  meta?: Partial<SourceDocument>,
];

const TABLE: Row[] = [
  [
    "partnership-instrument",
    "Officials spoke on Monday in Geneva. Chile and the European Union held talks in Santiago on Monday. Both sides reaffirmed cooperation under the Chile-EU Competitiveness Alliance launched last year.",
    "Chile",
    "PARTNERED_WITH",
    "European Union",
  ],
  [
    "respective-posts",
    "The presidents of Bolivia and Ecuador, Tomas Ferreyra and Luis Abalos, respectively, confirmed their presence.",
    "Luis Abalos",
    "HOLDS_POSITION",
    "Ecuador",
    { title: "President" },
  ],
  [
    "counterparts-with-states",
    "Portuguese Trade Minister Rui Tavares received his counterparts Lena Holm from Sweden and Omar Haddad from Morocco in Lisbon on Sunday.",
    "Omar Haddad",
    "HOLDS_POSITION",
    "Morocco",
    { title: "trade minister" },
  ],
  [
    "talks-opposing-officials",
    "The United States and China held trade talks in Oslo on Monday. Treasury Secretary Paul Granger and Commerce Secretary Ana Ruiz represented the United States at the talks, while Chinese Vice Premier Wu Ping headed China's negotiators.",
    "Ana Ruiz",
    "NEGOTIATED_WITH",
    "Wu Ping",
  ],
  [
    "represents-verb",
    "Farm Secretary Paul Granger and Commerce Secretary Ana Ruiz represented the United States at the talks in Oslo.",
    "Ana Ruiz",
    "REPRESENTS",
    "United States",
  ],
  [
    "talks-companions",
    "Vietnamese Prime Minister Pham Minh Chinh met Indonesian President Prabowo Subianto in Hanoi on Thursday. Pham was accompanied by Trade Minister Nguyen Hong Dien.",
    "Nguyen Hong Dien",
    "PARTICIPATED_IN",
    "Pham-Subianto meeting",
  ],
  [
    "meeting-presence",
    "Canadian Trade Minister Anna Kovac held talks with U.S. Commerce Secretary Peter Marsh in Ottawa on Tuesday. Also present was Canada's deputy trade negotiator, Julia Brandt.",
    "Julia Brandt",
    "PARTICIPATED_IN",
    "Ottawa trade talks",
  ],
  [
    "talks-participant-states",
    "Norwegian Trade Minister Erik Dahl held trade talks in Geneva on Tuesday. Dahl said the talks were constructive.",
    "Norway",
    "PARTICIPATED_IN",
    "Geneva trade talks",
  ],
  [
    "summit-named-sides",
    "The 5th EU-Andean Summit took place in Lima on Monday. Leaders of the European Union, Peru, Ecuador and Bolivia attended the summit.",
    "European Union",
    "NEGOTIATED_WITH",
    "Ecuador",
  ],
  [
    "talks-two-sides",
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Both leaders agreed to expand trade in coffee.",
    "Kenya",
    "NEGOTIATED_WITH",
    "Ethiopia",
  ],
  [
    "talks-pairs",
    "Canadian Prime Minister Jane Roe conferred with Chilean Foreign Minister Elena Ruiz on Monday.",
    "Jane Roe",
    "MET_WITH",
    "Elena Ruiz",
  ],
  [
    "delegation-heads",
    "Chile and Peru opened trade talks in Lima on Tuesday. Chile's delegation included Finance Minister Mario Lagos and Mining Minister Ana Soto. Peru was represented by Trade Minister Elena Ruiz.",
    "Mario Lagos",
    "NEGOTIATED_WITH",
    "Elena Ruiz",
  ],
  [
    "talks-topics",
    "Kenyan and Indian officials held trade talks in Nairobi on Monday. Exports of cobalt were on the agenda.",
    "Nairobi trade talks",
    "DISCUSSED",
    "cobalt",
  ],
  [
    "firm-at-meeting",
    "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday, where the sale of Pacifico Holdings Ltd was also discussed.",
    "Vera-Soto meeting",
    "DISCUSSED",
    "Pacifico Holdings Ltd",
  ],
  [
    "goods-at-meeting",
    "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday, where they also discussed salmon exports.",
    "Vera-Soto meeting",
    "DISCUSSED",
    "salmon",
  ],
  [
    "official-represents-country",
    "Kenyan Foreign Minister Ruth Wanjiru said the talks with India and Japan went well.",
    "Ruth Wanjiru",
    "REPRESENTS",
    "Kenya",
  ],
  [
    "dominance-production",
    "Ghana controls about 80% of global cocoa production, officials said.",
    "Ghana",
    "PRODUCES",
    "cocoa",
  ],
  [
    "held-in-country",
    "Officials prepared a meeting between Kenyan President Jane Roe and Ghanaian President John Doe scheduled for Thursday in Tunisia. Roe and Doe will meet at the trade summit in Sousse, Tunisia.",
    "Roe-Doe meeting",
    "HELD_IN",
    "Tunisia",
  ],
  [
    "delegation-sides",
    "Brazilian Trade Minister Ana Costa sat down with Canadian Trade Minister Mark Hale in Lima on Monday.",
    "Ana Costa",
    "NEGOTIATED_WITH",
    "Mark Hale",
  ],
  [
    "part-of-gazetteer-and-facility",
    "Output at the Kestrel copper mine in Western Australia rose last year.",
    "Kestrel",
    "PART_OF",
    "Western Australia",
  ],
  [
    "position-title-before-name",
    "U.S. Secretary of State Jane Roe met reporters in Lima.",
    "Jane Roe",
    "HOLDS_POSITION",
    "United States",
    { title: "Secretary of State" },
  ],
  [
    "topic-signed-at-meeting",
    "President Gabriel Boric met President Dina Boluarte in Lima on Monday, where the Andean Lithium Accord was signed.",
    "Boric-Boluarte meeting",
    "DISCUSSED",
    "Andean Lithium Accord",
  ],
  [
    "mineral-at-meeting",
    "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday, where cobalt quotas were also tackled.",
    "Vera-Soto meeting",
    "DISCUSSED",
    "cobalt",
  ],
  [
    "topic-truce-at-meeting",
    "At their talks in Oslo on Monday, the two sides agreed to extend a fragile trade truce for 90 days.",
    "Oslo trade talks",
    "DISCUSSED",
    "tariff truce",
  ],
  [
    "topic-agreement-outcome",
    "Norwegian Trade Minister Kari Berg and Peruvian Trade Minister Ana Vera held talks in Oslo on Monday. The Pacific Fisheries Accord was reached after the talks, the ministry said.",
    "Oslo trade talks",
    "DISCUSSED",
    "Pacific Fisheries Accord",
  ],
  [
    "discussed-speech-measure",
    "Chilean President Gabriel Boric said the government would impose new tariffs on steel.",
    "Gabriel Boric",
    "DISCUSSED",
    "steel",
  ],
  [
    "meeting-leaders-met",
    "President Jane Roe said she would meet Kenyan President William Ruto in Nairobi next month.",
    "Jane Roe",
    "MET_WITH",
    "William Ruto",
  ],
  [
    "position-title-before-name",
    "Canada's Finance Minister, Dominic LeBlanc, said the deal was fair.",
    "Dominic LeBlanc",
    "HOLDS_POSITION",
    "Canada",
    { title: "Finance Minister" },
  ],
  [
    "position-title-before-name",
    "Talks continued with Japan's Minister of Economy, Trade and Industry, Kenji Sato, on Monday.",
    "Kenji Sato",
    "HOLDS_POSITION",
    "Japan",
    { title: "Minister of Economy, Trade and Industry" },
  ],
  [
    // A surname with particles names the meeting whole.
    "meeting-leaders-in-place",
    "Dutch Prime Minister Anna van der Berg and Kenyan President William Ruto signed a pact at a summit in Nairobi.",
    "van der Berg-Ruto meeting",
    "HELD_IN",
    "Nairobi",
  ],
  [
    "position-title-before-name",
    "India's Mines Secretary V. L. Kantha Rao told reporters that supply was secure.",
    "V. L. Kantha Rao",
    "HOLDS_POSITION",
    "India",
    { title: "Mines Secretary" },
  ],
  [
    "meeting-leaders-met",
    "Kenyan President William Ruto and Japanese Prime Minister Kenji Sato agreed on Monday to expand trade during a summit in Nairobi.",
    "William Ruto",
    "MET_WITH",
    "Kenji Sato",
  ],
  [
    "meeting-leaders-in-place",
    "Kenyan President William Ruto and Japanese Prime Minister Kenji Sato agreed on Monday to expand trade during a summit in Nairobi.",
    "Ruto-Sato meeting",
    "HELD_IN",
    "Nairobi",
  ],
  [
    "export-restriction",
    "Zambia suspended copper exports in March to support prices.",
    "Zambia",
    "RESTRICTED_EXPORT",
    "copper",
  ],
  [
    "partnership",
    "Chile and Japan signed a minerals partnership in Tokyo in June, brokered by Canada.",
    "Chile",
    "PARTNERED_WITH",
    "Japan",
  ],
  [
    // Round 20: purchases told as a measure's reason belong to the state struck.
    "purchases-reason",
    "The United States slapped a new duty on Turkey over its purchases of Russian oil.",
    "Türkiye",
    "PURCHASES",
    "crude oil",
  ],
  [
    // Round 23: a state's exports listed as two goods or more are its output.
    "export-basket",
    "Vietnam's exports include textiles, footwear and smartphones.",
    "Vietnam",
    "PRODUCES",
    "footwear",
  ],
  [
    // Round 27: a class of goods spelled out after a colon: each good listed takes the class's relation.
    "colon-members",
    "Vietnam imposed export controls on three rare earth elements: samarium, terbium and yttrium.",
    "Vietnam",
    "RESTRICTED_EXPORT",
    "terbium",
  ],
  [
    // Round 25: a firm's holdings listed as two goods or more are its output.
    "output-basket",
    "Brindle Mining's portfolio spans lithium, nickel and cobalt.",
    "Brindle Mining",
    "PRODUCES",
    "nickel",
  ],
  [
    // Round 24: a dominant share of goods made in one state.
    "share-dominance",
    "More than 80% of the world's cobalt is refined in Norway.",
    "Norway",
    "DOMINATES",
    "cobalt",
  ],
  [
    // Round 23: a site's output is its owner's.
    "site-output",
    "Orvia Metals Ltd is building a new plant in Ohio, which is expected to produce more than 1,000 metric tons of rare earth oxides.",
    "Orvia Metals Ltd",
    "PRODUCES",
    "rare earth oxide",
  ],
  [
    // Round 26: a firm described by what it makes makes it.
    "maker-description",
    "Halvex Mining and Corvane Devices signed a deal. The two companies will build a factory in Texas, with magnet lines tailored for Corvane Devices products, the smartphone maker said Tuesday.",
    "Corvane Devices",
    "PRODUCES",
    "smartphones",
  ],
  [
    // Round 24: a firm building a costed facility in a region invests there.
    "build-sites",
    "Orvia Metals Ltd plans to invest $277 million to build a nickel separation facility in Ohio.",
    "Orvia Metals Ltd",
    "INVESTED_IN",
    "Ohio",
  ],
  [
    // Round 20: the partnership backoff (no holder written: the firm the story is about).
    "partnership-backoff",
    "Norvale Mining Corp will expand its smelter. Norvale Mining Corp shares rose. Analysts like Norvale Mining Corp. The plan includes expanded partnerships with Kestrel Chemicals Inc, the company said.",
    "Norvale Mining Corp",
    "PARTNERED_WITH",
    "Kestrel Chemicals Inc",
  ],
  [
    // Round 19: the role-apposition backoff (a kind of firm between the link and the name).
    "position-role-apposition",
    "Marta Quill, director at Oslo-based advisory firm Ferrowind Partners, said the market had turned.",
    "Marta Quill",
    "HOLDS_POSITION",
    "Ferrowind Partners",
    { title: "director" },
  ],
  [
    // Round 19b: an official of a state's body speaks for the state the body is part of.
    "official-represents-agency-state",
    "The Department of Energy will fund the refinery, Energy Secretary Dale Hornbeck said on Tuesday. The United States wants more refining at home.",
    "Dale Hornbeck",
    "REPRESENTS",
    "United States",
  ],
  [
    // Round 25: a state's capital written as the capital.
    "capital-seat",
    "Kenya's regulator said police searched the firm's offices in the capital, Nairobi, on Monday.",
    "Nairobi",
    "PART_OF",
    "Kenya",
  ],
  [
    // Round 19: a state's fund, described with its state's possessive.
    "state-fund-of-country",
    "Kazakhstan's sovereign wealth fund, Temir-Ordan, joined the bid. Kazakhstan welcomed the offer.",
    "Temir-Ordan",
    "PART_OF",
    "Kazakhstan",
  ],
  [
    "affiliation-role-at-organisation",
    "Analysts at Corvin Partners said demand would slow. “Prices will fall,” said Jane Roe, Corvin Partners’s head of commodity research.",
    "Jane Roe",
    "AFFILIATED_WITH",
    "Corvin Partners",
    { title: "head of commodity research" },
  ],
  [
    // The one-word name is typed where the document first says what it is ("analysts at").
    "affiliation-role-at-organisation",
    "Analysts at Corvin said demand would slow. “Prices will fall,” said Jane Roe, Corvin's head of commodity research.",
    "Jane Roe",
    "AFFILIATED_WITH",
    "Corvin",
    { title: "head of commodity research" },
  ],
  [
    "position-leader-of-organisation",
    "Lars Holm, Nordic Steel's chief executive, said prices would rise.",
    "Lars Holm",
    "HOLDS_POSITION",
    "Nordic Steel",
    { title: "chief executive" },
  ],
  [
    "tariff-on-country",
    "Canada threatens a 30% tariff on Norwegian salmon.",
    "Canada",
    "THREATENED_TARIFF",
    "Norway",
    { rate: "30%" },
  ],
  [
    "position-title-before-name",
    "Central Bank of Kenya Governor Amina Otieno raised rates on Tuesday.",
    "Amina Otieno",
    "HOLDS_POSITION",
    "Central Bank of Kenya",
    { title: "Governor" },
  ],
  [
    "position-title-before-name",
    "Brazilian Foreign Affairs Minister Ana Costa met reporters in Lima.",
    "Ana Costa",
    "HOLDS_POSITION",
    "Brazil",
    { title: "Foreign Affairs Minister" },
  ],
  [
    "position-leader-of-organisation",
    "Nordic Steel chief executive Lars Holm said prices would rise.",
    "Lars Holm",
    "HOLDS_POSITION",
    "Nordic Steel",
    { title: "chief executive" },
  ],
  [
    "position-leader-of-organisation",
    "Lars Holm, the chairman of Nordic Steel Corp., said prices would rise.",
    "Lars Holm",
    "HOLDS_POSITION",
    "Nordic Steel Corp.",
    { title: "chairman" },
  ],
  [
    "affiliation-role-at-organisation",
    "Sean McAllister, a senior economics lecturer at Ireland’s Trinity College, said the deal was fragile.",
    "Sean McAllister",
    "AFFILIATED_WITH",
    "Trinity College",
    { title: "senior economics lecturer" },
  ],
  [
    "met-with",
    "French Foreign Minister Jean Dupont met Japanese Prime Minister Kenji Sato in Tokyo on Monday.",
    "Jean Dupont",
    "MET_WITH",
    "Kenji Sato",
  ],
  [
    "position-title-before-name",
    "French Finance Minister Jean Dupont met reporters in Paris on Monday.",
    "Jean Dupont",
    "HOLDS_POSITION",
    "France",
    { title: "Finance Minister" },
  ],
  [
    "delegation-members",
    "Japan and India held talks in Tokyo. Trade Minister Kenji Sato led the Japanese delegation.",
    "Kenji Sato",
    "PARTICIPATED_IN",
    "Tokyo trade talks",
    { role: "lead" },
  ],
  [
    "negotiation-with-side",
    "Kenyan Trade Minister Paul Otieno is negotiating with Japanese officials on tea.",
    "Kenya",
    "NEGOTIATED_WITH",
    "Japan",
  ],
  [
    "represents-country",
    "Brazilian negotiator Ana Souza said the talks were useful.",
    "Ana Souza",
    "REPRESENTS",
    "Brazil",
  ],
  [
    "affiliation-role-at-organisation",
    "Maria Lopez, a professor at Stanford University, said supply was tight.",
    "Maria Lopez",
    "AFFILIATED_WITH",
    "Stanford University",
    { title: "professor" },
  ],
  [
    "affiliation-role-at-organisation",
    "Baird Capital analyst John Miller wrote that demand would rise.",
    "John Miller",
    "AFFILIATED_WITH",
    "Baird Capital",
    { title: "analyst" },
  ],
  [
    "talks-participants",
    "Canadian Foreign Minister Paul Grant and German Economy Minister Karl Weber reached a deal during talks in Ottawa.",
    "Paul Grant",
    "NEGOTIATED_WITH",
    "Karl Weber",
  ],
  ["talks-sides", "Canada and Germany held trade talks in Ottawa on Tuesday.", "Canada", "NEGOTIATED_WITH", "Germany"],
  [
    "talks-agreement",
    "Canada and Germany held talks in Ottawa. They reached a framework that covers lithium and nickel.",
    "Ottawa trade talks",
    "DISCUSSED",
    "Ottawa framework",
  ],
  [
    "talks-agreement-reference",
    "Chile and India announced a free trade agreement. Chilean President Gabriel Boric met Indian Prime Minister Narendra Modi in New Delhi on Tuesday, where they signed the deal.",
    "Boric-Modi meeting",
    "DISCUSSED",
    "Chile-India free trade agreement",
  ],
  [
    "talks-discussed",
    "Canada and Germany held talks in Ottawa. The talks in Ottawa also covered:\n\n- lithium exports\n\n- steel tariffs",
    "Ottawa trade talks",
    "DISCUSSED",
    "lithium",
  ],
  [
    "part-of-place-and-agency",
    "The plant sits near Perth, Australia, and ships ore to Japan.",
    "Perth",
    "PART_OF",
    "Australia",
  ],
  [
    "part-of-place-and-agency",
    "India's Ministry of Mines approved the project.",
    "Ministry of Mines",
    "PART_OF",
    "India",
  ],
  [
    "tariff-on-country",
    "Mexico and Canada argued. Canada imposed a 25% tariff on Mexican steel.",
    "Canada",
    "IMPOSED_TARIFF",
    "Mexico",
    { rate: "25%" },
  ],
  [
    "tariff-on-country",
    "Prime Minister Ravi Shah threatened a 40% tariff on Vietnamese goods starting March 3.",
    "Ravi Shah",
    "THREATENED_TARIFF",
    "Vietnam",
    { rate: "40%", date: "March 3" },
  ],
  [
    "export-restriction",
    "Indonesia imposed export controls on nickel and cobalt last year.",
    "Indonesia",
    "RESTRICTED_EXPORT",
    "nickel",
  ],
  [
    "postpone-policy",
    "Chile will delay its lithium export licensing regime by six months.",
    "Chile",
    "POSTPONED",
    "lithium export licensing regime",
    { duration: "six months" },
  ],
  [
    "market-dominance",
    "Indonesia controls about 60% of global nickel supply.",
    "Indonesia",
    "DOMINATES",
    "nickel",
    { share: "about 60% of global nickel supply" },
  ],
  [
    "investment",
    "Sojitz Corp. and Marubeni Corp. have invested A$200 million in Lynas Rare Earths.",
    "Marubeni Corp.",
    "INVESTED_IN",
    "Lynas Rare Earths",
    { amount: "A$200 million" },
  ],
  [
    "investment",
    "Sojitz Corp. and Marubeni Corp. have invested A$200 million in Lynas Rare Earths.",
    "Sojitz Corp.",
    "INVESTED_IN",
    "Lynas Rare Earths",
  ],
  ["production", "Australia produces more lithium than any other country.", "Australia", "PRODUCES", "lithium"],
  [
    "investment",
    "The Department of Energy invested $50 million in Lithium Americas Corp.",
    "Department of Energy",
    "INVESTED_IN",
    "Lithium Americas Corp.",
  ],
  [
    "partnership",
    "The deal includes a partnership between Albemarle Corp and Pilbara Minerals.",
    "Albemarle Corp",
    "PARTNERED_WITH",
    "Pilbara Minerals",
  ],
  [
    "purchases",
    "Japan will resume purchases of U.S. corn next month.",
    "Japan",
    "PURCHASES",
    "corn",
    { from: "United States" },
  ],
  [
    "discussed-topic",
    "Prime Minister Ravi Shah discussed lithium supplies with Chile.",
    "Ravi Shah",
    "DISCUSSED",
    "lithium",
  ],
  ["discussed-contention", "Chile and Peru want to iron out differences over lithium.", "Peru", "DISCUSSED", "lithium"],
  [
    "negotiated-agreement",
    "Norway is trying to strike a free trade agreement with Kenya, officials said. The Norway-Kenya Free Trade Agreement would cover fish.",
    "Norway",
    "DISCUSSED",
    "Norway-Kenya Free Trade Agreement",
  ],
  [
    "meeting-parties-agreement",
    "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday, a month after the agreement was announced. The Chile-Peru Free Trade Agreement cuts tariffs on fruit.",
    "Vera-Soto meeting",
    "DISCUSSED",
    "Chile-Peru Free Trade Agreement",
  ],
  [
    "discussed-announced",
    "Premier Lena Marsh unveiled the Mining Royalty Act on Tuesday.",
    "Lena Marsh",
    "DISCUSSED",
    "Mining Royalty Act",
  ],
  [
    "discussed-at-meeting",
    "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday. Vera discussed lithium exports.",
    "Vera-Soto meeting",
    "DISCUSSED",
    "lithium",
  ],
  [
    "topic-participant-meeting",
    "Chilean President Ana Ruiz met Norwegian Prime Minister Lars Holm in Oslo on Monday. At the meeting, Ruiz announced the Chile-Norway copper framework.",
    "Ruiz-Holm meeting",
    "DISCUSSED",
    "Chile-Norway copper framework",
  ],
  [
    "meeting-leaders-met",
    "A meeting between President Emma Laurent and Chancellor Otto Brandt is planned for Friday in Berlin.",
    "Emma Laurent",
    "MET_WITH",
    "Otto Brandt",
  ],
  [
    "meeting-sidelines-of-summit",
    "Officials met for talks on the sidelines of the G20 Summit in Rome.",
    "Rome trade talks",
    "PART_OF",
    "G20 Summit",
  ],
  [
    "byline-author",
    "Ministers from Peru and Chile agreed on Monday to share copper data.",
    "Jane Roe",
    "AFFILIATED_WITH",
    "Andes Post",
    {},
    { authors: ["Jane Roe"], source: "Andes Post" },
  ],
  ["list-items", "Norway signed trade agreements with Peru and Chile.", "Norway", "NEGOTIATED_WITH", "Chile"],
];

/** Sentences where a predicate must not be found: the traps of each rule. */
const NEGATIVE: [text: string, predicate: string][] = [
  ["Beijing has imposed export controls on gallium and germanium since December.", "DOMINATES"],
  ["Ottawa lifted price controls on potash last year.", "DOMINATES"],
  ["During talks in Nairobi, Kenyan and Japanese negotiators agreed on a truce.", "PART_OF"],
  ["The deal is due when Ruto and Prime Minister Ishiba meet Friday at the G20 Summit in Nairobi.", "AFFILIATED_WITH"],
  // "purchasing" qualifying a noun buys nothing.
  ["France pushed for a joint purchasing platform for lithium.", "PURCHASES"],
  // The go-between of a partnership is not a partner.
  ["Chile signed a mining partnership brokered by Canada.", "PARTNERED_WITH"],
  // The country after "tariffs on" must be in the same clause.
  ["Canada threatened new tariffs on steel as Norway sought an exemption.", "THREATENED_TARIFF"],
  ["Canada imposed a 20% tariff on steel imports, a day after talks with Norway ended.", "IMPOSED_TARIFF"],
  // A post at the head of a firm is HOLDS_POSITION (position-leader-of-organisation), not an affiliation.
  ["Nordic Steel chief executive Lars Holm said prices would rise.", "AFFILIATED_WITH"],
];

describe("extraction rules", () => {
  it("talks-participants: leaves out the heads of state the negotiators report to", () => {
    const a = analyseDocument(
      doc(
        "Canadian Finance Minister Jean Roy and Mexican Economy Minister Luis Vega held talks in Ottawa ahead of a meeting between President Claudia Sheinbaum and Prime Minister Mark Carney.",
      ),
    );
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    const participants = a.relations
      .filter((r) => r.predicate === "PARTICIPATED_IN" && name.get(r.target) === "Ottawa trade talks")
      .map((r) => name.get(r.source));
    expect(participants).toEqual(expect.arrayContaining(["Jean Roy", "Luis Vega"]));
    expect(participants).not.toContain("Claudia Sheinbaum");
    expect(participants).not.toContain("Mark Carney");
  });

  for (const [text, predicate] of NEGATIVE) {
    it(`finds no ${predicate} in "${text}"`, () => {
      const a = analyseDocument(doc(text));
      expect(a.relations.filter((r) => r.predicate === predicate)).toEqual([]);
    });
  }

  it("every rule in the registry has an id, an example and at least one row in this table", () => {
    const tested = new Set(TABLE.map((r) => r[0]));
    for (const rule of RULES) {
      expect(rule.example.length).toBeGreaterThan(10);
      if (rule.predicates.length) expect(tested.has(rule.id), rule.id).toBe(true);
    }
  });

  for (const [rule, text, source, predicate, target, attrs, meta] of TABLE) {
    it(`${rule}: ${source} ${predicate} ${target}`, () => {
      const a = analyseDocument(doc(text, meta));
      const name = new Map(a.entities.map((e) => [e.id, e.name]));
      const found = a.relations.filter(
        (r) =>
          r.predicate === predicate &&
          ((name.get(r.source) === source && name.get(r.target) === target) ||
            (name.get(r.source) === target && name.get(r.target) === source)),
      );
      expect(found.map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`)).not.toEqual([]);
      // Several rules may state one relation (merged across them later): the row's rule is one of them.
      const r = found.find((x) => x.evidence.some((e) => e.rule === rule)) ?? found[0]!;
      expect(r.evidence.map((e) => e.rule)).toContain(rule);
      for (const [k, v] of Object.entries(attrs ?? {})) expect(r.attributes[k]).toBe(v);
    });
  }
});
