// A good named by what it is made of: a run of two or more elements ("neodymium iron boron",
// "neodymium-iron-boron") or their formula ("NdFeB") before a product's head ("magnets"). Reads
// tokens only; the mention stage pushes what it finds. Must not name a single element's good
// ("rare earth magnets", "copper wire": the lexicon's).

import { ChemElementData } from "@chemistry/elements";
import { ELEMENTS, isChemicalFormula } from "../lexicon/commodities.ts";
import { isHyphen, lowerCaseTexts, type Token } from "./02-tokens.ts";

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

/**
 * Whether a word may be a formula in mixed case (a cheap test before `isChemicalFormula`): ASCII
 * letters and digits only, a capital first, a lower-case letter and a second capital.
 */
function formulaShaped(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  let capitals = 1;
  let lower = false;
  for (let k = 1; k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (d >= 65 && d <= 90) capitals++;
    else if (d >= 97 && d <= 122) lower = true;
    else if (d < 48 || d > 57) return false;
  }
  return lower && capitals >= 2;
}

/** Token `k` when it is in sentence `s`. */
function tokenOf(tokens: readonly Token[], s: number, k: number): Token | undefined {
  const t = tokens[k];
  return t?.sentence === s ? t : undefined;
}

function formulaElements(text: string): string[] {
  return (text.match(/[\p{Lu}][\p{Ll}]?/gu) ?? []).map((p) => SYMBOL_NAMES.get(p) ?? p);
}

/**
 * "NdFeB magnets", "Neodymium Iron Boron (NdFeB) magnet production", "neodymium-iron-boron
 * magnets", "neodymium iron boron, or NdFeB, magnets" → the Product "neodymium-iron-boron
 * magnets" (the studied gold names the good so in every article that writes its composition).
 * Returns null unless token `i` opens such a phrase. `lower`: the tokens' lower-case texts.
 */
export function compositionProductAt(
  tokens: readonly Token[],
  i: number,
  lower: readonly string[] = lowerCaseTexts(tokens),
): CompositionProduct | null {
  const first = tokens[i];
  // Called at every token: most open neither an element's name nor a formula.
  if (!first || !(formulaShaped(first.text) || ELEMENTS.has(lower[i]!))) return null;
  const s = first.sentence;
  let elements: string[] = [];
  let k = i;
  // A formula is written in mixed case ("NdFeB"): "US", "CO" are acronyms.
  if (isChemicalFormula(first.text) && /[\p{Ll}]/u.test(first.text)) {
    elements = formulaElements(first.text);
    k = i + 1;
  } else {
    while (tokenOf(tokens, s, k) && ELEMENTS.has(lower[k]!)) {
      elements.push(lower[k]!);
      k++;
      // A hyphen joins the next element only when another element follows it.
      if (isHyphen(tokenOf(tokens, s, k)) && tokenOf(tokens, s, k + 1) && ELEMENTS.has(lower[k + 1]!)) k++;
    }
    if (elements.length < 2) return null;
    // "Neodymium Iron Boron (NdFeB) magnet", "neodymium iron boron, or NdFeB, magnets": its formula aside.
    if (
      tokenOf(tokens, s, k)?.text === "(" &&
      isChemicalFormula(tokenOf(tokens, s, k + 1)?.text ?? "") &&
      tokenOf(tokens, s, k + 2)?.text === ")"
    )
      k += 3;
    else if (
      tokenOf(tokens, s, k)?.text === "," &&
      tokenOf(tokens, s, k + 1)?.text === "or" &&
      isChemicalFormula(tokenOf(tokens, s, k + 2)?.text ?? "") &&
      tokenOf(tokens, s, k + 3)?.text === ","
    )
      k += 4;
  }
  if (elements.length < 2 || new Set(elements).size !== elements.length) return null;
  const head = COMPOSITION_HEADS.get(tokenOf(tokens, s, k)?.text.toLowerCase() ?? "");
  if (!head) return null;
  return { end: k + 1, name: `${elements.join("-")} ${head}` };
}
