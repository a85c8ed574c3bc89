// Trade measures on text the rules were not written from: export restrictions over lists of goods
// and their makers (agencies with their state, coordinated makers), tariffs and threats, and
// postponements with their duration. Every sentence is written for this test (other countries,
// other minerals, other outlets' phrasings); the refusals are as much part of it as the positives.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-06-02", source: null, authors: [], text };
}

/** The document's relations as "source PREDICATE target" lines, with their attributes. */
function relations(text: string): { line: string; attributes: Record<string, string> }[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => ({
    line: `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`,
    attributes: r.attributes,
  }));
}

type Row = [text: string, expected: string, attrs?: Record<string, string>];

/** Export restrictions: every good of the list, every maker. */
const RESTRICTIONS: Row[] = [
  [
    "Two Indonesian ministries announced new export controls on items related to bauxite, copper concentrate and nickel ore.",
    "Indonesia RESTRICTED_EXPORT nickel ore",
  ],
  [
    "Two Indonesian ministries announced new export controls on items related to bauxite, copper concentrate and nickel ore.",
    "Indonesia RESTRICTED_EXPORT bauxite",
  ],
  [
    "Vietnam's Ministry of Industry, in conjunction with the General Department of Customs, issued rules on implementing export control measures for tungsten and antimony.",
    "General Department of Customs RESTRICTED_EXPORT antimony",
  ],
  [
    "Vietnam's Ministry of Industry, in conjunction with the General Department of Customs, issued rules on implementing export control measures for tungsten and antimony.",
    "Vietnam RESTRICTED_EXPORT tungsten",
  ],
  [
    "China requires licences for exports of several heavy rare earths, such as dysprosium and terbium.",
    "China RESTRICTED_EXPORT terbium",
  ],
  [
    "Zimbabwe announced export curbs on raw lithium, requirements for miners to process ore locally, as well as export controls on chrome and platinum.",
    "Zimbabwe RESTRICTED_EXPORT platinum",
  ],
  [
    "The Ministry of Trade (MOT) said on Monday the rules apply to tin. MOT, together with the Ministry of Finance, announced an export ban on tin ingots and bauxite.",
    "Ministry of Trade RESTRICTED_EXPORT bauxite",
  ],
  [
    "China and Japan clashed. Beijing added gallium, germanium and antimony to its export control list.",
    "China RESTRICTED_EXPORT germanium",
  ],
  ["Since April, Vietnam has required licences to export tungsten.", "Vietnam RESTRICTED_EXPORT tungsten"],
  ["The DRC extended its cobalt export suspension by three months.", "DR Congo RESTRICTED_EXPORT cobalt"],
  [
    "Chinese export controls on tellurium, bismuth, molybdenum and indium took effect in February.",
    "China RESTRICTED_EXPORT indium",
  ],
];

/**
 * True when a found line is the unwanted one: the exact line when it names the target
 * ("Zambia RESTRICTED_EXPORT cobalt" is not "… cobalt mining equipment"), any target otherwise
 * ("Japan IMPOSED_TARIFF").
 */
function unwantedLine(line: string, unwanted: string): boolean {
  return unwanted.split(" ").length >= 3 ? line === unwanted : line.startsWith(`${unwanted} `);
}

/** Sentences where no export restriction may be read. */
const NO_RESTRICTION: [text: string, unwanted: string][] = [
  // The country complaining is not the one restricting.
  ["Japan complained about export controls on gallium and germanium.", "Japan RESTRICTED_EXPORT gallium"],
  // An import measure, a production cap, a price cap.
  ["Chile eased import restrictions on copper and lithium.", "Chile RESTRICTED_EXPORT copper"],
  ["Indonesia set a mining quota on nickel for 2026.", "Indonesia RESTRICTED_EXPORT nickel"],
  // A tariff on fentanyl's country is a tariff, not an export restriction.
  ["Canada imposed a fentanyl tariff on goods from Mexico.", "Canada RESTRICTED_EXPORT"],
  // A mineral that only qualifies another thing ("cobalt mining equipment") is not what is restricted.
  ["Zambia imposed export controls on cobalt mining equipment.", "Zambia RESTRICTED_EXPORT cobalt"],
  // Licences granted are not the licensing measure's making.
  [
    "China and Peru met. Peru's Ministry of Mines said it had approved some copper export licences.",
    "Ministry of Mines RESTRICTED_EXPORT",
  ],
  // Goods put on a list that is no control list.
  ["Canada added lithium and cobalt to its critical minerals list.", "Canada RESTRICTED_EXPORT"],
];

/** Postponements: the state, the measure as a Policy, the duration. */
const POSTPONEMENTS: Row[] = [
  [
    "Vietnam will make “adjustments” to its countermeasures, including pausing its new curbs on tungsten exports for one year, its trade ministry said.",
    "Vietnam POSTPONED tungsten export restrictions",
    { duration: "one year" },
  ],
  [
    "Indonesia postponed its ban on bauxite exports until June 2026.",
    "Indonesia POSTPONED bauxite export ban",
    { duration: "June 2026" },
  ],
  [
    "The government of Zimbabwe deferred the lithium export ban for another six months.",
    "Zimbabwe POSTPONED lithium export ban",
    { duration: "another six months" },
  ],
  [
    "Peru announced a one-year suspension of its export controls on copper.",
    "Peru POSTPONED copper export restrictions",
    { duration: "one year" },
  ],
  [
    "The export ban on nickel ore was suspended for 90 days by Indonesia.",
    "Indonesia POSTPONED nickel ore export ban",
    { duration: "90 days" },
  ],
  [
    "The European Union delayed its deforestation regulation by a year.",
    "European Union POSTPONED deforestation regulation",
    { duration: "a year" },
  ],
  [
    "Canada postponed the Section 301 tariffs for 90 days.",
    "Canada POSTPONED Section 301 tariffs",
    { duration: "90 days" },
  ],
];

/** Sentences where nothing is postponed. */
const NO_POSTPONEMENT: string[] = [
  "Congo will not delay its cobalt export quota.",
  "Officials blamed delays in export licence approvals for rare earths.",
  "Chile paused talks on lithium for a month.",
  // A stop of exports is a restriction, not a postponement.
  "Myanmar suspended exports of tin ore for two months.",
];

/** Tariffs the rows do not read: relative clauses, goods "made in" a state, threats, the state hit. */
const TARIFFS: Row[] = [
  [
    "Canada and Chile are close to a deal that would remove the 40% duties that Prime Minister Mark Carney imposed on Chilean copper wire.",
    "Canada IMPOSED_TARIFF Chile",
    { rate: "40%" },
  ],
  [
    "The EU and China clashed. Brussels slapped duties of 17% on electric cars imported from China.",
    "European Union IMPOSED_TARIFF China",
    { rate: "17%" },
  ],
  [
    "The EU and China clashed. The EU imposed countervailing duties of up to 35.3% on electric vehicles made in China.",
    "European Union IMPOSED_TARIFF China",
    { rate: "35.3%" },
  ],
  [
    "Indian Prime Minister Ravi Mehta threatened to hit Bangladesh with 60% tariffs from August 1.",
    "Ravi Mehta THREATENED_TARIFF Bangladesh",
    { rate: "60%", date: "August 1" },
  ],
  [
    "Canadian Prime Minister Mark Carney threatened that all Mexican exports to Canada would be subject to a 25 per cent tax, effective 1 September.",
    "Mark Carney THREATENED_TARIFF Mexico",
    { rate: "25%", date: "1 September" },
  ],
  [
    "Japan and Korea talked. Tokyo said it could impose tariffs of 25% on Korean cars.",
    "Japan THREATENED_TARIFF South Korea",
    { rate: "25%" },
  ],
  [
    "Australia and Indonesia met. The blanket 10% tariff, imposed on all imports from Indonesia by Australia, remains in place.",
    "Australia IMPOSED_TARIFF Indonesia",
    { rate: "10%" },
  ],
  // The person threatening is a source with the state.
  [
    "Mexico and Canada clashed. Mexican President Ana Ruiz threatened to impose an extra 25% tariff on Canadian goods.",
    "Ana Ruiz THREATENED_TARIFF Canada",
    { rate: "25%" },
  ],
  ["Chile and Peru talked. Peru was hit with a 39% tariff by Chile.", "Chile IMPOSED_TARIFF Peru", { rate: "39%" }],
  [
    "Norway and Canada argued. Norway imposed 25% counter-tariffs on Canadian imports.",
    "Norway IMPOSED_TARIFF Canada",
    { rate: "25%" },
  ],
];

/** Sentences where a tariff may not be read (or not as written). */
const NO_TARIFF: [text: string, unwanted: string][] = [
  // The country criticising a tariff did not impose it.
  ["Japan criticised tariffs on Chinese steel.", "Japan IMPOSED_TARIFF"],
  // A tax that is not on a state's goods.
  ["Peru raised its windfall tax on Chilean miners.", "Peru IMPOSED_TARIFF"],
  // A tariff a deal would remove was imposed, not threatened.
  [
    "Canada and Chile are close to a deal that would remove the 40% duties that Prime Minister Mark Carney imposed on Chilean copper wire.",
    "Canada THREATENED_TARIFF",
  ],
  // Only a state imposes; the person imposing gives the state.
  [
    "Mexico and Canada clashed. Mexican President Ana Ruiz imposed a 25% tariff on Canadian goods.",
    "Ana Ruiz IMPOSED_TARIFF",
  ],
  // An export duty is no tariff on another state.
  ["Indonesia raised export duties on nickel shipments to China.", "Indonesia IMPOSED_TARIFF"],
];

/** Measures named by pattern: each sentence and the Policy it must name. */
const POLICIES: [text: string, policy: string][] = [
  ["Ottawa said the 25% “steel surge tariff” would stay.", "steel surge tariff"],
  ["Japan will keep its “temporary” tariff system until March.", "temporary tariff system"],
  ["Applicants must obtain a dual-use goods export license before shipping.", "dual-use goods export license"],
  ["Indonesia cut its nickel ore mining quota for 2026.", "nickel ore mining quota for 2026"],
  ["Congo set a cobalt export quota for 2026.", "cobalt export quota for 2026"],
  ["The Commerce Department suspended the 50% rule for a year.", "50% rule"],
  ["Executive Order No. 14300 raised duties on copper.", "Executive Order 14300"],
  // Round 17: the section's inquiry is its own instrument ("Section 232" an alias).
  ["Washington opened a Section 232 investigation into lithium imports.", "Section 232 investigation"],
  ["Chile and India signed a free trade agreement on Tuesday.", "Chile-India free trade agreement"],
  ["Officials said the minerals deal between Australia and Japan was ready.", "Australia-Japan minerals deal"],
  ["Mexico should sign the bilateral trade pact with Chile, its minister said.", "Mexico-Chile bilateral trade pact"],
];

/** Sentences that name no Policy by these patterns. */
const NO_POLICY: string[] = [
  // A tariff rate in quotes is no instrument's name.
  "Importers pay a 10% base “reciprocal” tariff on most goods.",
  // A plain export licence, with nothing naming its kind.
  "Companies must apply for an export licence.",
  // A quota that is no mineral's.
  "The fishing quota was cut again.",
  // An agreement with no two states named.
  "Analysts expect a trade deal soon.",
];

describe("trade measures", () => {
  describe("measurePolicyRule", () => {
    for (const [text, policy] of POLICIES) {
      it(`"${text}" names the Policy ${policy}`, () => {
        const names = analyseDocument(doc(text))
          .entities.filter((e) => e.type === "Policy")
          .map((e) => e.name);
        expect(names).toContain(policy);
      });
    }
    for (const text of NO_POLICY) {
      it(`"${text}" names no Policy`, () => {
        const names = analyseDocument(doc(text))
          .entities.filter((e) => e.type === "Policy")
          .map((e) => e.name);
        expect(names).toEqual([]);
      });
    }
    it("keeps one quota per good, named with its year when the text gives one", () => {
      const names = analyseDocument(
        doc("Indonesia cut its nickel ore mining quota for 2026. The nickel mining quota had been higher."),
      )
        .entities.filter((e) => e.type === "Policy")
        .map((e) => e.name);
      expect(names).toEqual(["nickel ore mining quota for 2026"]);
    });
  });

  describe("tariffRule", () => {
    for (const [text, expected, attrs] of TARIFFS) {
      it(`"${text}" gives ${expected}`, () => {
        const found = relations(text);
        const hit = found.find((r) => r.line === expected);
        expect(hit, found.map((r) => r.line).join("; ")).toBeDefined();
        for (const [k, v] of Object.entries(attrs ?? {})) expect(hit!.attributes[k]).toBe(v);
      });
    }
    for (const [text, unwanted] of NO_TARIFF) {
      it(`"${text}" gives no ${unwanted}`, () => {
        const lines = relations(text).map((r) => r.line);
        expect(lines.filter((l) => unwantedLine(l, unwanted))).toEqual([]);
      });
    }
  });

  describe("postponeRule", () => {
    for (const [text, expected, attrs] of POSTPONEMENTS) {
      it(`"${text}" gives ${expected}`, () => {
        const found = relations(text);
        const hit = found.find((r) => r.line === expected);
        expect(hit, found.map((r) => r.line).join("; ")).toBeDefined();
        for (const [k, v] of Object.entries(attrs ?? {})) expect(hit!.attributes[k]).toBe(v);
      });
    }
    for (const text of NO_POSTPONEMENT) {
      it(`"${text}" gives no POSTPONED`, () => {
        expect(relations(text).filter((r) => r.line.includes(" POSTPONED "))).toEqual([]);
      });
    }
  });

  describe("restrictionRule", () => {
    for (const [text, expected, attrs] of RESTRICTIONS) {
      it(`"${text}" gives ${expected}`, () => {
        const found = relations(text);
        const hit = found.find((r) => r.line === expected);
        expect(hit, found.map((r) => r.line).join("; ")).toBeDefined();
        for (const [k, v] of Object.entries(attrs ?? {})) expect(hit!.attributes[k]).toBe(v);
      });
    }
    for (const [text, unwanted] of NO_RESTRICTION) {
      it(`"${text}" gives no ${unwanted}`, () => {
        const lines = relations(text).map((r) => r.line);
        expect(lines.filter((l) => unwantedLine(l, unwanted))).toEqual([]);
      });
    }
  });
});
