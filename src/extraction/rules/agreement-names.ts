// The short names annotators give an agreement of two states. An agreement named
// after its parties ("United States-Japan tariff agreement", "European Union-Mercosur free trade
// agreement") is written in the news, and in the annotations, with the short forms of the states
// and blocs that have one ("US", "EU", "UK", "DRC": NAME_SHORT_FORMS) and its parties in either
// order: those forms are aliases of the Policy (aliases only: no new entity, no relation). They
// name one pair's instrument, so no other agreement shares them.

import { INTERNATIONAL_ORGANIZATIONS } from "../lexicon/organizations.ts";
import { COUNTRY_NAMES, NAME_SHORT_FORMS } from "../lexicon/places.ts";
import type { Rule } from "./types.ts";

/** A state's or bloc's code → the short form used in an agreement's name: NAME_SHORT_FORMS but the UAE. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  NAME_SHORT_FORMS.filter((f) => f.code !== "AE").map((f) => [f.code, f.short]),
);

/** A state's or bloc's surface (as written) → one code for all its names ("U.S.", "United States" → "US"). */
const STATE_CODES: ReadonlyMap<string, string> = new Map([
  ...COUNTRY_NAMES,
  ...Object.entries(INTERNATIONAL_ORGANIZATIONS).flatMap(([name, forms]) => forms.map((f) => [f, name] as const)),
]);

/** Heads of an agreement's name. */
const AGREEMENT_HEAD = /\b(?:agreement|deal|pact|accord|treaty|framework|truce)$/i;

/** The short form of a party's surface: "United States" → "US"; a state with none keeps its surface. */
function shortForm(surface: string): string {
  const code = STATE_CODES.get(surface);
  return (code && SHORT_FORMS.get(code)) ?? surface;
}

/**
 * The short-form names of an agreement named "X-Y words" (X and Y two different states or blocs):
 * "X'-Y' words" and "Y'-X' words", X' and Y' the short forms. Empty when the name opens with no pair.
 */
export function agreementShortNames(name: string): string[] {
  if (!AGREEMENT_HEAD.test(name)) return [];
  const h = name.search(/[-–]/);
  if (h <= 0) return [];
  const first = name.slice(0, h);
  const rest = name.slice(h + 1).split(" ");
  // The second party: a state's or bloc's name, else a run of capitalised words ("Mercosur").
  let n = Math.min(3, rest.length - 1);
  while (n > 1 && !STATE_CODES.has(rest.slice(0, n).join(" "))) n--;
  if (n === 1 && !STATE_CODES.has(rest[0]!)) {
    while (n < Math.min(3, rest.length - 1) && /^[\p{Lu}]/u.test(rest[n]!)) n++;
  }
  const second = rest.slice(0, n).join(" ");
  if (!/^[\p{Lu}]/u.test(first) || !/^[\p{Lu}]/u.test(second)) return [];
  if (!STATE_CODES.has(first) && !STATE_CODES.has(second)) return [];
  if (STATE_CODES.get(first) === STATE_CODES.get(second) && STATE_CODES.has(first)) return [];
  const words = rest.slice(n).join(" ");
  if (!/^[\p{Ll}]/u.test(words)) return [];
  const a = shortForm(first);
  const b = shortForm(second);
  return [...new Set([`${a}-${b} ${words}`, `${b}-${a} ${words}`])].filter((x) => x !== name);
}

export const agreementShortNamesRule: Rule = {
  id: "policy-agreement-short-names",
  predicates: [],
  description: "An agreement named after two states also goes by their short forms (US, EU, UK), in either order.",
  example: "United States-Japan tariff agreement → aliases US-Japan tariff agreement, Japan-US tariff agreement.",
  apply(ctx) {
    for (const e of ctx.resolution.entities) {
      if (e.type !== "Policy") continue;
      for (const alias of agreementShortNames(e.name)) e.aliases.add(alias);
    }
  },
};
