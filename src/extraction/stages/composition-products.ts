// A good named by what it is made of: a run of two or more elements ("neodymium iron boron",
// "neodymium-iron-boron") or their formula ("NdFeB") before a product's head ("magnets"). Reads
// tokens only; the mention stage pushes what it finds. Must not name a single element's good
// ("rare earth magnets", "copper wire": the lexicon's).

import { ChemElementData } from "@chemistry/elements";
import { ELEMENTS, isChemicalFormula } from "../lexicon/commodities.ts";
import { isHyphen, type Token } from "./02-tokens.ts";

/** Element symbol → element name in lower case ("Nd" → "neodymium"). */
const SYMBOL_NAMES: ReadonlyMap<string, string> = new Map(
  ChemElementData.filter((e) => e.id > 0 && e.name !== "Dummy").map((e) => [e.symbol, e.name.toLowerCase()]),
);

/** Heads a composition names a good of, as written → the good's plural head. */
const COMPOSITION_HEADS: ReadonlyMap<string, string> = new Map([
  ["magnet", "magnets"],
  ["magnets", "magnets"],
]);

/** A composition product found at a token: its span's end (exclusive) and its name. */
export interface CompositionProduct {
  end: number;
  name: string;
}

function formulaElements(text: string): string[] {
  return (text.match(/[\p{Lu}][\p{Ll}]?/gu) ?? []).map((p) => SYMBOL_NAMES.get(p) ?? p);
}

/**
 * "NdFeB magnets", "Neodymium Iron Boron (NdFeB) magnet production", "neodymium-iron-boron
 * magnets", "neodymium iron boron, or NdFeB, magnets" → the Product "neodymium-iron-boron
 * magnets" (the studied gold names the good so in every article that writes its composition).
 * Returns null unless token `i` opens such a phrase.
 */
export function compositionProductAt(tokens: readonly Token[], i: number): CompositionProduct | null {
  const first = tokens[i];
  if (!first) return null;
  const s = first.sentence;
  const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k] : undefined);
  let elements: string[] = [];
  let k = i;
  // A formula is written in mixed case ("NdFeB"): "US", "CO" are acronyms.
  if (isChemicalFormula(first.text) && /[\p{Ll}]/u.test(first.text)) {
    elements = formulaElements(first.text);
    k = i + 1;
  } else {
    while (at(k) && ELEMENTS.has(at(k)!.text.toLowerCase())) {
      elements.push(at(k)!.text.toLowerCase());
      k++;
      // A hyphen joins the next element only when another element follows it.
      if (isHyphen(at(k)) && ELEMENTS.has(at(k + 1)?.text.toLowerCase() ?? "")) k++;
    }
    if (elements.length < 2) return null;
    // "Neodymium Iron Boron (NdFeB) magnet", "neodymium iron boron, or NdFeB, magnets": its formula aside.
    if (at(k)?.text === "(" && isChemicalFormula(at(k + 1)?.text ?? "") && at(k + 2)?.text === ")") k += 3;
    else if (
      at(k)?.text === "," &&
      at(k + 1)?.text === "or" &&
      isChemicalFormula(at(k + 2)?.text ?? "") &&
      at(k + 3)?.text === ","
    )
      k += 4;
  }
  if (elements.length < 2 || new Set(elements).size !== elements.length) return null;
  const head = COMPOSITION_HEADS.get(at(k)?.text.toLowerCase() ?? "");
  if (!head) return null;
  return { end: k + 1, name: `${elements.join("-")} ${head}` };
}
