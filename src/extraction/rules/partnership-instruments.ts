// A partnership or alliance named by the states that formed it ("the Japan-EU Competitiveness
// Alliance", "the Vietnam-US Comprehensive Strategic Partnership"):
// its parties are partners. Reads the Policy names the policy rules gave (after them), not a
// phrasing: a name that opens with two or more states joined by hyphens, a word of its kind, and
// the title's head "Alliance" or "Partnership"; or, in lower case, the head of a deal, pact, framework
// or memorandum with a word of cooperation in minerals, metals, supply chains or security ("the
// US-Japan critical minerals framework", "an EU-South Africa minerals deal"). Not a pair and a bare
// head ("the US-Japan alliance", a standing military alliance), nor a trade, tariff, peace or
// investment agreement ("… Economic Partnership Agreement", "the UK-India free trade agreement"),
// whose parties the gold does not pair.

import { INTERNATIONAL_ORGANIZATIONS } from "../lexicon/organizations.ts";
import { COUNTRY_NAMES } from "../lexicon/places.ts";
import { emitRelation } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule } from "./types.ts";

/** The country gazetteer's names of each code, in the gazetteer's order; made once, on first use. */
let NAMES_BY_CODE: Map<string, string[]> | undefined;

function namesByCode(): Map<string, string[]> {
  if (!NAMES_BY_CODE) {
    NAMES_BY_CODE = new Map();
    for (const [n, c] of COUNTRY_NAMES) {
      const list = NAMES_BY_CODE.get(c);
      if (list) list.push(n);
      else NAMES_BY_CODE.set(c, [n]);
    }
  }
  return NAMES_BY_CODE;
}

/** Every surface of a state or bloc: the gazetteers' forms of its name, then the document's own. */
export function surfacesOf(e: LocalEntity): string[] {
  const code = COUNTRY_NAMES.get(e.name);
  const gazetteer =
    e.type === "Country" ? (code ? (namesByCode().get(code) ?? []) : []) : (INTERNATIONAL_ORGANIZATIONS[e.name] ?? []);
  const all = [e.name, ...gazetteer, ...e.aliases, ...e.mentions.map((m) => m.text)];
  return [...new Set(all)].filter((s) => s.length > 1);
}

/**
 * The head of a partnership named by its parties, capitalised as a title's: "strengthen our economic
 * partnership" names a relationship, which the policy rules may still name after the pair.
 */
const PARTNERSHIP_HEAD = /\s(?:Alliance|Partnership)$/;

/**
 * An instrument of cooperation named by its parties in lower case ("the US-Japan critical minerals
 * framework", "an EU-South Africa minerals deal", "the US-DRC strategic partnership agreement"): a
 * head of a deal or pact, and a word of what the parties do together (minerals, metals, supply
 * chains, security, a strategic partnership). Trade, tariff and peace agreements are not pairings
 * of partners in the gold, nor are investment pledges.
 */
const COOPERATION_HEAD =
  /\s(?:alliance|partnership|pact|deal|agreements?|framework|memorand(?:um|a)(?: of understanding)?|mou|accord)$/i;
const COOPERATION_KIND =
  /\b(?:minerals?|metals?|rare earths?|raw materials|supply chains?|security|strategic|cooperation|partnership|alliance)\b/i;
const NOT_COOPERATION = /\b(?:trade|tariffs?|free|peace|investment|ceasefire|customs|economic partnership)\b/i;

/**
 * The states a name opens with, joined by hyphens or dashes ("Australia-Canada-India …"), each
 * read by any surface the document gives it; the index where the rest of the name starts.
 */
export function leadingStates(name: string, states: readonly [LocalEntity, string[]][]): [LocalEntity[], number] {
  const found: LocalEntity[] = [];
  let pos = 0;
  for (;;) {
    let hit: [LocalEntity, number] | undefined;
    for (const [e, surfaces] of states)
      for (const s of surfaces)
        if (name.startsWith(s, pos) && /^[-–— ]/.test(name.slice(pos + s.length)) && (!hit || s.length > hit[1]))
          hit = [e, s.length];
    if (!hit || found.includes(hit[0])) break;
    found.push(hit[0]);
    pos += hit[1];
    if (!/^[-–—]/.test(name.slice(pos))) break;
    pos += 1;
  }
  return [found, pos];
}

export const partnershipInstrumentRule: Rule = {
  id: "partnership-instrument",
  predicates: ["PARTNERED_WITH"],
  description: "The states that name a partnership or alliance of a kind are partners.",
  example: "Officials met under the Japan-EU Competitiveness Alliance.",
  apply(ctx) {
    const entities = ctx.resolution.entities;
    // The states' surfaces are made only once a name of the kind is met (most documents have none).
    let states: [LocalEntity, string[]][] | undefined;
    for (const p of entities) {
      if (p.type !== "Policy" || !p.mentions.length) continue;
      for (const name of [p.name, ...p.aliases]) {
        const cooperation = COOPERATION_HEAD.test(name) && COOPERATION_KIND.test(name) && !NOT_COOPERATION.test(name);
        if (!PARTNERSHIP_HEAD.test(name) && !cooperation) continue;
        states ??= entities.filter((e) => isStateParty(e) && e.mentions.length).map((e) => [e, surfacesOf(e)]);
        if (states.length < 2) return;
        const [parties, rest] = leadingStates(name, states);
        // A word of its kind between the parties and the head ("Competitiveness", "metals").
        const kind = name.slice(rest).trim().split(/\s+/);
        if (parties.length < 2 || kind.length < 2) continue;
        const sentence = ctx.tokens[p.mentions[0]!.ts]!.sentence;
        for (let i = 0; i < parties.length; i++)
          for (let j = i + 1; j < parties.length; j++)
            emitRelation(ctx, parties[i]!, "PARTNERED_WITH", parties[j]!, sentence, this.id, {}, 0.6);
        break;
      }
    }
  },
};
