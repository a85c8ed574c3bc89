// Rules about where places and bodies belong (PART_OF), from generic knowledge and document
// structure: a city or region the gazetteer knows belongs to its country when the document names
// that country; a named facility belongs to the place it is said to be "in"; a government body
// belongs to the country its name, its possessive or the document's clear main country gives.

import { AGENCY_COUNTRY } from "../lexicon/organizations.ts";
import { CITIES, REGIONS, SMALL_CITIES } from "../lexicon/places.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { countryEntity } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** Mention rules of places the gazetteer does not know: facilities, venues, prefixed names. */
const NAMED_PLACE_RULES: ReadonlySet<string> = new Set([
  "name-facility-noun",
  "prefix-place",
  "head-place",
  "head-of-place",
  "gazetteer-venue",
  "context-place-comma-region",
]);

/** Words allowed between a facility and "in <place>": "the Mt Weld mine, located in X", "opened in X". */
const LINK = /^(in|at|near|outside)$/;

/** Names of a state's own bodies ("Bureau of Land Management", "National Park Service"), not a bloc's. */
const STATE_BODY =
  /^(?!European|EU\b|International|United Nations|World|Asian|African)(?:[A-Z][\w.-]* )*(?:Bureau|Department|Ministry|Office|Service|Administration|Corps|Survey|Customs)\b/;

/** The country code of a place the gazetteer knows (region first: "Western Australia"). */
function gazetteerCode(name: string): string | undefined {
  return REGIONS.get(name) ?? CITIES.get(name) ?? SMALL_CITIES.get(name);
}

/** A country's mentions by sentence, memoised per entity. */
const BY_SENTENCE = new WeakMap<LocalEntity, Map<number, LocalEntity["mentions"]>>();
function countryMentions(country: LocalEntity): Map<number, LocalEntity["mentions"]> {
  let map = BY_SENTENCE.get(country);
  if (!map) {
    map = new Map();
    for (const c of country.mentions) {
      const list = map.get(c.sentence);
      if (list) list.push(c);
      else map.set(c.sentence, [c]);
    }
    BY_SENTENCE.set(country, map);
  }
  return map;
}

/** The document's country named at least twice as often as any other, or undefined. */
function clearMainCountry(ctx: RuleContext): LocalEntity | undefined {
  const countries = ctx.resolution.entities
    .filter((e) => e.type === "Country")
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = countries;
  return first && (!second || first.mentions.length >= 2 * second.mentions.length) ? first : undefined;
}

export const placeHierarchyRule: Rule = {
  id: "part-of-gazetteer-and-facility",
  predicates: ["PART_OF"],
  description:
    "A known city or region belongs to its country when the document names it; a named facility to the place it is in; a body to its country.",
  example: "The Kestrel mine in Western Australia … → Kestrel mine PART_OF Western Australia PART_OF Australia.",
  apply(ctx) {
    const main = clearMainCountry(ctx);
    for (const e of ctx.resolution.entities) {
      const first = e.mentions[0];
      if (!first) continue;
      if (e.type === "Place" && e.mentions.some((m) => m.key !== "")) {
        // "Kalgoorlie … Australia's first plant": the gazetteer's country, named in the same sentence.
        // Territories the news keeps apart from their state ("Hong Kong", "Macau") are left out.
        const code = /^(Hong Kong|Macau|Macao)$/.test(e.name) ? undefined : gazetteerCode(e.name);
        const country = code ? countryEntity(ctx, code) : undefined;
        // Within eight tokens, and not as a modifier of something else ("US production in Texas").
        const bySentence = country ? countryMentions(country) : undefined;
        const together =
          country &&
          e.mentions.find((m) =>
            (bySentence!.get(m.sentence) ?? []).some(
              (c) =>
                !c.capitalAsState &&
                !c.demonym &&
                Math.abs(c.ts - m.ts) <= 8 &&
                !/^(production|output|exports|imports|supply|manufacturers|companies|firms)$/i.test(
                  ctx.tokens[c.te]?.text ?? "",
                ),
            ),
          );
        if (country && together) emitRelation(ctx, e, "PART_OF", country, together.sentence, this.id, {}, 0.7);
      }
      if (e.type === "Agency") {
        // "Chinese embassy", "US Department of War" (prefix), bodies the press names without one,
        // else the clear main country of the document ("the Bureau of Land Management" in a US story).
        const code = e.attributes.country ?? AGENCY_COUNTRY[e.name];
        const country = code ? countryEntity(ctx, code) : STATE_BODY.test(e.name) ? main : undefined;
        if (country) emitRelation(ctx, e, "PART_OF", country, first.sentence, this.id, {}, 0.7);
      }
    }
    // "the Independence plant in Texas", "the Rincon project, located in the northern Salta province".
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const a of ms) {
        if (a.e.type !== "Place" || !NAMED_PLACE_RULES.has(a.m.rule)) continue;
        const b = ms.find((x) => x.m.ts > a.m.te && x.m.ts <= a.m.te + 6 && x.e.type === "Place" && x.e !== a.e);
        if (!b) continue;
        let k = b.m.ts - 1;
        while (k > a.m.te && /^(the|northern|southern|eastern|western|central|remote)$/i.test(ctx.tokens[k]!.text)) k--;
        if (!LINK.test(ctx.tokens[k]!.text)) continue;
        const gap = ctx.tokens.slice(a.m.te, k).map((t) => t.text);
        if (gap.some((w) => /^[.;]$/.test(w) || /^(and|but|while|when|where)$/i.test(w))) continue;
        emitRelation(ctx, a.e, "PART_OF", b.e, s.i, this.id);
      }
    }
  },
};
