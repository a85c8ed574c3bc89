// Generic vocabularies of traded things: chemical elements (from @chemistry/elements), mineral
// classes and commodity products. Lower-case canonical forms with their variants; data only.

import { ChemElementData } from "@chemistry/elements";

/** Chemical element names in lower case ("neodymium"), from the periodic table package. */
export const ELEMENTS: ReadonlySet<string> = new Set(
  ChemElementData.filter((e) => e.id > 0 && e.name !== "Dummy").map((e) => e.name.toLowerCase()),
);

/** Element names whose plain-English sense dominates in news prose. */
export const ELEMENT_STOP: ReadonlySet<string> = new Set(["lead", "iron", "tin", "gold", "silver"]);

/**
 * Mineral classes: canonical name → surface variants (lower case). The canonical name is what
 * the entity is called; variants are aliases.
 */
export const MINERAL_CLASSES: Record<string, string[]> = {
  "rare earths": [
    "rare earths",
    "rare earth",
    "rare-earth",
    "rare-earths",
    "rare earth elements",
    "rare earth minerals",
    "rare-earth elements",
    "rare-earth minerals",
    "rare earth metals",
    "rare-earth metals",
    "REEs",
    "REE",
  ],
  "heavy rare earths": ["heavy rare earths", "heavy rare earth elements", "heavy rare earth"],
  "light rare earths": ["light rare earths", "light rare earth elements"],
  "rare earth oxide": ["rare earth oxide", "rare earth oxides", "rare-earth oxide", "rare-earth oxides"],
  "critical minerals": ["critical minerals", "critical mineral", "strategic minerals"],
  "critical raw materials": ["critical raw materials"],
  "medium and heavy rare earths": [
    "medium and heavy rare earths",
    "medium and heavy rare earth elements",
    "medium and heavy rare-earth elements",
    "medium and heavy rare earth",
    "medium and heavy rare-earth",
  ],
  "neodymium-praseodymium": ["neodymium-praseodymium", "ndpr"],
  "neodymium-praseodymium oxide": ["neodymium-praseodymium oxide", "ndpr oxide"],
  "superhard materials": ["superhard materials"],
  hydrocarbons: ["hydrocarbons"],
  "battery metals": ["battery metals", "battery minerals"],
  "iron ore": ["iron ore"],
  graphite: ["graphite"],
  coal: ["coal", "coking coal", "thermal coal"],
  bauxite: ["bauxite"],
  potash: ["potash"],
  phosphate: ["phosphate", "phosphates"],
  "base metals": ["base metals"],
  "precious metals": ["precious metals"],
};

/** Commodity and manufactured products: canonical name → surface variants (lower case). */
export const PRODUCTS: Record<string, string[]> = {
  soybeans: ["soybeans", "soybean", "soya beans", "soy"],
  corn: ["corn", "maize"],
  wheat: ["wheat"],
  rice: ["rice"],
  pork: ["pork"],
  beef: ["beef"],
  cotton: ["cotton"],
  sorghum: ["sorghum"],
  magnets: ["magnets", "magnet", "rare earth magnets", "rare earth magnet", "rare-earth magnets", "permanent magnets"],
  "neodymium-iron-boron magnets": ["neodymium-iron-boron magnets", "ndfeb magnets", "neodymium magnets"],
  semiconductors: ["semiconductors", "semiconductor", "chips", "chip", "microchips", "computer chips"],
  "AI chips": ["ai chips", "advanced chips", "advanced semiconductors"],
  smartphones: ["smartphones", "smartphone", "mobile phones", "phones"],
  "electric vehicles": ["electric vehicles", "electric vehicle", "evs", "ev", "electric cars", "electric car"],
  "electric vehicle batteries": ["electric vehicle batteries", "ev batteries", "electric-vehicle batteries"],
  batteries: ["batteries", "battery"],
  "lithium batteries": ["lithium batteries", "lithium-ion batteries", "lithium battery", "lithium-ion battery"],
  "solar panels": ["solar panels", "solar panel", "solar modules"],
  "wind turbines": ["wind turbines", "wind turbine"],
  steel: ["steel"],
  aluminum: ["aluminum", "aluminium"],
  fentanyl: ["fentanyl"],
  "crude oil": ["crude oil", "crude", "oil"],
  "natural gas": ["natural gas", "lng", "liquefied natural gas"],
  pharmaceuticals: ["pharmaceuticals", "drugs", "medicines"],
  cars: ["cars", "automobiles", "vehicles", "autos"],
  aircraft: ["aircraft", "aircrafts", "jets", "fighter jets", "airplanes", "planes"],
  "jet engines": ["jet engines", "jet engine", "aircraft engines"],
  drones: ["drones"],
  submarines: ["submarines"],
  warships: ["warships"],
  missiles: ["missiles"],
  "nuclear weapons": ["nuclear weapons"],
  "defense systems": ["defense systems", "advanced defense systems", "defence systems"],
  "weapons systems": ["weapons systems", "advanced weapons systems", "weapon systems"],
  "defense technologies": ["defense technologies", "defence technologies", "defense technology", "defence technology"],
  "clean energy technologies": ["clean energy technologies", "clean energy technology", "clean-energy technologies"],
  "renewable technologies": ["renewable technologies", "renewable energy technologies", "renewables technologies"],
  "processing technology": ["processing technology", "processing technologies", "refining technology"],
  electronics: ["electronics"],
  "consumer electronics": ["consumer electronics"],
  chemicals: ["chemicals"],
  "precursor chemicals": ["precursor chemicals", "fentanyl precursor chemicals", "fentanyl precursors"],
  "agricultural products": ["agricultural products", "farm products", "agricultural goods", "farm goods"],
  "critical software": ["critical software"],
  "chip software": ["chip software", "chip design software"],
  "AI-related tools": ["ai-related tools", "ai tools"],
  "medical equipment": ["medical imaging equipment", "medical equipment", "medical devices"],
  lumber: ["lumber", "timber"],
  textiles: ["textiles", "apparel", "garments"],
};

/** Words after a product word that make it part of something else ("chip fabs" is not a product). */
export const PRODUCT_BLOCKING_NEXT: ReadonlySet<string> = new Set([
  "farmers",
  "industry",
  "industries",
  "makers",
  "maker",
  "manufacturers",
  "fabs",
  "exports",
  "imports",
  "prices",
  "price",
  "market",
  "markets",
  "sector",
  "stocks",
  "producers",
  "supply",
  "plant",
  "plants",
  "companies",
  "firms",
]);
