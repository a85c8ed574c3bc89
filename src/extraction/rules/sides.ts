// Who the sides of a document are: the pair of countries it is about ("the United States and
// China"), and the lookup from a country code to the document's entity for it (created when a
// rule needs a country the text names only through a demonym or title).

import { DocumentCache } from "../document-caches.ts";
import { COUNTRY_BY_CODE } from "../lexicon/places.ts";
import { mentionsIn } from "./emit.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

const PAIRS = new DocumentCache<RuleContext, [LocalEntity, LocalEntity] | null>();
/** The document's countries by code and by name (stage 4 makes them all; later stages add none). */
const COUNTRIES = new DocumentCache<LocalEntity[], Map<string, LocalEntity>>();

/** The document's entity for a country code, if the document mentions that country. */
export function countryEntity(ctx: RuleContext, code: string): LocalEntity | undefined {
  let countries = COUNTRIES.get(ctx.resolution.entities);
  if (!countries) {
    countries = new Map();
    // The first country whose code or name is the key, as a search in entity order would find.
    for (const e of ctx.resolution.entities) {
      if (e.type !== "Country") continue;
      for (const key of [e.attributes.code, e.name])
        if (key !== undefined && !countries.has(key)) countries.set(key, e);
    }
    COUNTRIES.set(ctx.resolution.entities, countries);
  }
  return countries.get(code);
}

/** Display name of a country code. */
export function countryName(code: string): string {
  return COUNTRY_BY_CODE.get(code)?.name ?? code;
}

/**
 * Blocs that act as a state in trade (ontology, 2026-12-04): they negotiate, sign and impose
 * tariffs in a country's place. Standing bodies (the UN, the IMF, the G7) do not.
 */
const STATE_BLOCS = new Set([
  "European Union",
  "ASEAN",
  "African Union",
  "Mercosur",
  "Gulf Cooperation Council",
  "European Free Trade Association",
  "Eurasian Economic Union",
]);

/** A Country, or a bloc acting as one (the European Union). */
export function isStateParty(e: LocalEntity): boolean {
  return e.type === "Country" || (e.type === "Organization" && STATE_BLOCS.has(e.name));
}

/** Cities whose name, acting, stands for a bloc acting as a state: "Brussels" for the European Union. */
const BLOC_SEATS: ReadonlyMap<string, string> = new Map([["Brussels", "European Union"]]);

/** The name of the bloc the city named `name` stands for when it acts ("Brussels": the European Union). */
export function blocSeatedIn(name: string): string | undefined {
  return BLOC_SEATS.get(name);
}

/**
 * The two countries the document is about: the pair most often coordinated ("X and Y",
 * "X-Y", "between X and Y"), else the two most mentioned when both are frequent.
 */
export function mainCountryPair(ctx: RuleContext): [LocalEntity, LocalEntity] | null {
  if (PAIRS.has(ctx)) return PAIRS.get(ctx)!;
  const counts = new Map<string, { n: number; pair: [LocalEntity, LocalEntity] }>();
  for (const s of ctx.sentences) {
    const cs = mentionsIn(ctx, s.i).filter((x) => isStateParty(x.e));
    for (let k = 0; k + 1 < cs.length; k++) {
      const a = cs[k]!;
      const b = cs[k + 1]!;
      if (a.e === b.e || b.m.ts - a.m.te > 2) continue;
      const between = ctx.tokens
        .slice(a.m.te, b.m.ts)
        .map((t) => t.text)
        .join(" ");
      if (!/^(and|-|–|,|and the|&)$/.test(between)) continue;
      const key = [a.e.id, b.e.id].sort().join("|");
      const c = counts.get(key) ?? { n: 0, pair: [a.e, b.e] };
      c.n++;
      counts.set(key, c);
    }
  }
  let best = [...counts.values()].sort((x, y) => y.n - x.n)[0]?.pair ?? null;
  if (!best) {
    const countries = ctx.resolution.entities
      .filter(isStateParty)
      .sort((a, b) => b.mentions.length - a.mentions.length);
    if (countries.length >= 2 && countries[1]!.mentions.length >= 3) best = [countries[0]!, countries[1]!];
  }
  PAIRS.set(ctx, best);
  return best;
}
