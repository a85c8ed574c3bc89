// Generic vocabularies of traded things: chemical elements (from @chemistry/elements), mineral
// classes and commodity products. Lower-case canonical forms with their variants; data only.

import { ChemElementData } from "@chemistry/elements";

/** Chemical element names in lower case ("neodymium"), from the periodic table package. */
export const ELEMENTS: ReadonlySet<string> = new Set(
  ChemElementData.filter((e) => e.id > 0 && e.name !== "Dummy").map((e) => e.name.toLowerCase()),
);

/** Chemical element symbols ("Nd", "Fe", "B"), from the same package. */
const ELEMENT_SYMBOLS: ReadonlySet<string> = new Set(
  ChemElementData.filter((e) => e.id > 0 && e.name !== "Dummy").map((e) => e.symbol),
);

/**
 * "NdFeB", "LiFePO4", "GaN": a word written wholly as two or more element symbols (each with an
 * optional count) is a chemical formula, not a camel-case brand.
 */
export function isChemicalFormula(word: string): boolean {
  const parts = word.match(/[\p{Lu}][\p{Ll}]?\d*/gu);
  if (!parts || parts.length < 2 || parts.join("") !== word) return false;
  return parts.every((p) => ELEMENT_SYMBOLS.has(p.replace(/\d+$/, "")));
}

/** Element names whose plain-English sense dominates in news prose. */
export const ELEMENT_STOP: ReadonlySet<string> = new Set([
  "lead",
  "iron",
  "tin",
  "gold",
  "silver",
  "carbon",
  "oxygen",
  "nitrogen",
]);

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
  "critical minerals": ["critical minerals", "critical mineral"],
  "strategic minerals": ["strategic minerals"],
  "rare earth concentrate": [
    "rare earth concentrate",
    "rare earth concentrates",
    "rare-earth concentrate",
    "rare-earth concentrates",
    "rare earths concentrate",
  ],
  "ionic clay": ["ionic clay", "ionic clays", "ion-adsorption clay", "ion-adsorption clays", "ionic adsorption clay"],
  coltan: ["coltan"],
  cassiterite: ["cassiterite"],
  wolframite: ["wolframite"],
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
  "iron ore": ["iron ore"],
  graphite: ["graphite"],
  coal: ["coal", "coking coal", "thermal coal"],
  bauxite: ["bauxite"],
  potash: ["potash"],
  phosphate: ["phosphate", "phosphates"],
  // "critical metals" and "battery metals" are no classes of their own: the studied
  // gold names neither in 540 articles (13 mentions, none annotated), and "Critical Metals" is a firm.
  "base metals": ["base metals"],
  "precious metals": ["precious metals"],
  "platinum group metals": ["platinum group metals", "platinum-group metals", "pgms"],
  "energy transition minerals": ["energy transition minerals", "transition minerals", "green metals"],
  "metallurgical coal": ["metallurgical coal", "met coal"],
  spodumene: ["spodumene"],
  // Gold names the concentrate when the text does ("N tonnes of spodumene concentrate").
  "spodumene concentrate": ["spodumene concentrate"],
  alumina: ["alumina"],
  "mineral sands": ["mineral sands"],
  "heavy mineral sands": ["heavy mineral sands", "heavy mineral sand"],
  // Ores and industrial minerals, each its own good as a decree's or a miner's list names them.
  zircon: ["zircon"],
  ilmenite: ["ilmenite"],
  rutile: ["rutile"],
  monazite: ["monazite"],
  xenotime: ["xenotime"],
  bastnaesite: ["bastnaesite", "bastnasite"],
  lepidolite: ["lepidolite"],
  petalite: ["petalite"],
  tantalite: ["tantalite"],
  columbite: ["columbite"],
  scheelite: ["scheelite"],
  chalcopyrite: ["chalcopyrite"],
  pyrite: ["pyrite"],
  hematite: ["hematite", "haematite"],
  magnetite: ["magnetite"],
  vermiculite: ["vermiculite"],
  gypsum: ["gypsum"],
  kaolin: ["kaolin"],
  fluorspar: ["fluorspar", "fluorite"],
  barite: ["barite", "barytes"],
  feldspar: ["feldspar"],
  bentonite: ["bentonite"],
  magnesite: ["magnesite"],
  wollastonite: ["wollastonite"],
  limestone: ["limestone"],
  // Stones as dug: a miner's or a decree's goods ("gold, diamonds, copper"); cut ones are a product.
  gemstones: ["gemstones", "gems", "precious stones"],
  diamonds: ["diamonds", "rough diamonds"],
  chromite: ["chromite", "chrome ore"],
  yellowcake: ["yellowcake"],
  "natural graphite": ["natural graphite", "flake graphite", "spherical graphite"],
  "synthetic graphite": ["synthetic graphite"],
};

/**
 * Commodity and manufactured products whose plain sense in news prose is the good itself:
 * canonical name → surface variants (lower case). Grouped like the chapters of the Harmonized
 * System (farm goods, energy, chemicals, metals, machinery, vehicles, arms, consumer goods);
 * generic trade vocabulary, not the names of any article's own goods.
 */
export const PRODUCTS: Record<string, string[]> = {
  // Farm, fishery and food goods (HS 1–24).
  soybeans: ["soybeans", "soybean", "soya beans", "soya", "soy beans", "soy"],
  corn: ["corn", "maize"],
  wheat: ["wheat"],
  rice: ["rice"],
  barley: ["barley"],
  sorghum: ["sorghum"],
  grains: ["grains", "cereals"],
  pork: ["pork"],
  beef: ["beef"],
  poultry: ["poultry", "chicken meat", "chicken"],
  lamb: ["lamb", "mutton"],
  meat: ["meat", "meat products"],
  // A kind of a class is its own good, named as the text names it ("cheese", not "dairy products"):
  // annotators keep "cheese" and "dairy products" apart, and one entity can answer to only one.
  "dairy products": ["dairy products", "dairy"],
  "milk powder": ["milk powder"],
  cheese: ["cheese", "cheeses"],
  butter: ["butter"],
  seafood: ["seafood"],
  shrimp: ["shrimp", "prawns"],
  salmon: ["salmon"],
  lobster: ["lobster", "lobsters"],
  tuna: ["tuna"],
  fruit: ["fresh fruit", "fruits"],
  apples: ["apples"],
  bananas: ["bananas"],
  avocados: ["avocados"],
  citrus: ["citrus"],
  grapes: ["grapes"],
  cherries: ["cherries"],
  vegetables: ["vegetables"],
  nuts: ["tree nuts"],
  almonds: ["almonds"],
  pistachios: ["pistachios"],
  tomatoes: ["tomatoes"],
  millet: ["millet"],
  soymeal: ["soymeal", "soybean meal", "soya meal"],
  "processed foods": ["processed foods", "processed food"],
  "cooking oil": ["cooking oil", "cooking oils"],
  "alcoholic beverages": ["alcoholic beverages", "alcoholic drinks"],
  walnuts: ["walnuts"],
  cashews: ["cashews", "cashew nuts"],
  juice: ["orange juice", "fruit juice", "fruit juices"],
  coffee: ["coffee", "coffee beans"],
  cocoa: ["cocoa", "cocoa beans", "cacao"],
  sugar: ["sugar", "cane sugar"],
  chocolate: ["chocolate"],
  "palm oil": ["palm oil", "crude palm oil"],
  "vegetable oils": ["vegetable oils", "vegetable oil", "soybean oil", "sunflower oil", "olive oil", "edible oils"],
  canola: ["canola", "rapeseed"],
  "canola oil": ["canola oil", "rapeseed oil"],
  "canola meal": ["canola meal", "rapeseed meal"],
  "canola seed": ["canola seed", "canola seeds", "rapeseeds"],
  wine: ["wine", "wines"],
  whiskey: ["whisky", "whiskey", "scotch whisky"],
  bourbon: ["bourbon"],
  cognac: ["cognac"],
  brandy: ["brandy"],
  gin: ["gin"],
  beer: ["beer"],
  tobacco: ["tobacco"],
  cigarettes: ["cigarettes"],
  fertilizers: ["fertilizers", "fertilizer", "fertilisers", "fertiliser"],
  // Kinds of fertiliser trade measures name apart ("the urea export volume", "phosphate
  // fertilizer export quota"): each its own good, as the text names it.
  urea: ["urea"],
  "phosphate fertilizer": [
    "phosphate fertilizer",
    "phosphate fertilizers",
    "phosphate fertiliser",
    "phosphate fertilisers",
  ],
  "nitrogen fertilizer": ["nitrogen fertilizer", "nitrogen fertilizers", "nitrogen fertiliser", "nitrogen fertilisers"],
  "potash fertilizer": ["potash fertilizer", "potash fertilizers", "potash fertiliser", "potash fertilisers"],
  "ammonium nitrate": ["ammonium nitrate"],
  "diammonium phosphate": ["diammonium phosphate"],
  cotton: ["cotton"],
  wool: ["wool"],
  rubber: ["natural rubber"],
  lumber: ["lumber", "timber", "softwood lumber", "wood products"],
  "pulp and paper": ["pulp", "wood pulp"],
  "agricultural products": [
    "agricultural products",
    "farm products",
    "agricultural goods",
    "farm goods",
    "agricultural exports",
    "farm exports",
    "food products",
  ],
  // Energy (HS 27).
  "crude oil": ["crude oil", "petroleum", "oil and gas"],
  "natural gas": ["natural gas"],
  "liquefied natural gas": ["liquefied natural gas", "lng"],
  "liquefied petroleum gas": ["liquefied petroleum gas", "lpg"],
  "refined fuels": ["refined products", "refined fuels"],
  diesel: ["diesel"],
  gasoline: ["gasoline", "petrol"],
  "jet fuel": ["jet fuel"],
  naphtha: ["naphtha"],
  ethane: ["ethane"],
  "green hydrogen": ["green hydrogen"],
  "fuel oil": ["fuel oil"],
  "energy products": ["energy products", "us energy products", "u.s. energy products", "energy exports"],
  biofuels: ["biofuels", "biofuel"],
  ethanol: ["ethanol"],
  biodiesel: ["biodiesel"],
  // Chemicals and medicines (HS 28–38).
  chemicals: ["chemicals", "chemical products", "petrochemicals"],
  "precursor chemicals": ["precursor chemicals", "fentanyl precursor chemicals", "fentanyl precursors"],
  fentanyl: ["fentanyl"],
  pharmaceuticals: [
    "pharmaceuticals",
    "pharmaceutical products",
    "generic drugs",
    "branded drugs",
    "prescription drugs",
    "pharma products",
  ],
  medicines: ["medicines"],
  "active pharmaceutical ingredients": ["active pharmaceutical ingredients"],
  vaccines: ["vaccines", "vaccine"],
  biopharmaceuticals: ["biopharmaceutical products", "biopharmaceuticals"],
  "beauty products": ["beauty products"],
  plastics: ["plastics", "plastic products", "polymers"],
  polysilicon: ["polysilicon"],
  "sulfuric acid": ["sulfuric acid", "sulphuric acid"],
  tires: ["tires", "tyres"],
  cosmetics: ["cosmetics"],
  perfumes: ["perfumes"],
  // Metals and their products (HS 72–83).
  steel: ["steel", "steel products", "flat steel", "steel pipes"],
  "stainless steel": ["stainless steel"],
  // Intermediate metal goods smelters make and sell (annotators type them products).
  "nickel pig iron": ["nickel pig iron", "npi"],
  "nickel matte": ["nickel matte"],
  "mixed hydroxide precipitate": ["mixed hydroxide precipitate"],
  ferronickel: ["ferronickel", "ferro-nickel"],
  "pig iron": ["pig iron"],
  "scrap metal": ["scrap metal", "metal scrap"],
  "steel scrap": ["steel scrap"],
  "copper scrap": ["copper scrap"],
  aluminum: ["aluminum", "aluminium", "aluminum products", "aluminium products"],
  "copper products": ["copper products"],
  "copper wire": ["copper wire"],
  "copper cathode": ["copper cathodes", "copper cathode"],
  // Machinery, electronics and equipment (HS 84–85, 90).
  magnets: [
    "magnets",
    "magnet",
    "rare earth magnets",
    "rare earth magnet",
    "rare-earth magnets",
    "permanent magnets",
    "rare-earth magnet",
    // The kind between the material and the head: "rare earth permanent magnets".
    "permanent magnet",
    "rare earth permanent magnets",
    "rare earth permanent magnet",
    "rare-earth permanent magnets",
    "rare-earth permanent magnet",
    "sintered magnets",
    "rare earth sintered magnets",
    "sintered rare earth magnets",
    "sintered rare-earth magnets",
  ],
  "neodymium-iron-boron magnets": ["neodymium-iron-boron magnets", "ndfeb magnets", "neodymium magnets"],
  semiconductors: [
    "semiconductors",
    "semiconductor",
    "microchips",
    "microchip",
    "computer chips",
    "memory chips",
    "semiconductor chips",
  ],
  "AI chips": [
    "ai chips",
    // "AI chip exports", "an advanced chip ban": the singular before another noun.
    "ai chip",
    "advanced chips",
    "advanced chip",
    "advanced semiconductors",
    "ai processors",
    "ai processor",
    "gpus",
    "gpu",
    "graphics processing units",
    "graphics processing unit",
  ],
  // A kind of chip that trade measures name apart ("an anti-dumping probe into analog chips"):
  // its own product, not chips at large.
  "analog chips": [
    "analog chips",
    "analog chip",
    "analogue chips",
    "analog integrated circuits",
    "analog integrated circuit chips",
    // "analog integrated circuit (IC) chips": the phrase before the parenthesis names them.
    "analog integrated circuit",
    "analog ic chips",
    "analog ics",
  ],
  "chipmaking equipment": [
    "chipmaking equipment",
    "chip-making equipment",
    "semiconductor equipment",
    "semiconductor manufacturing equipment",
    "lithography machines",
    "chipmaking tools",
    "chipmaking machines",
  ],
  // Near-synonyms stay one good ("mobile phones" are mostly smartphones in the news).
  smartphones: ["smartphones", "smartphone", "mobile phones", "cell phones", "cellphones"],
  iPhone: ["iphones", "iphone"],
  computers: ["computers", "personal computers", "pcs"],
  laptops: ["laptops", "laptop computers"],
  servers: ["servers"],
  "consumer electronics": ["consumer electronics"],
  televisions: ["televisions", "tvs"],
  appliances: ["appliances", "home appliances", "household appliances"],
  electronics: ["electronics", "electronic products", "electronic components"],
  "electronic goods": ["electronic goods"],
  "integrated circuits": ["integrated circuits"],
  "central processing units": ["central processing units", "cpus"],
  LEDs: ["leds", "led lights", "light-emitting diodes"],
  "light bulbs": ["light bulbs", "lightbulbs"],
  supercomputers: ["supercomputers", "supercomputer"],
  "silicon wafers": ["silicon wafers"],
  "high-bandwidth memory chips": ["high-bandwidth memory chips", "high-bandwidth memory", "hbm chips"],
  "fiber optics": [
    "fiber optics",
    "fibre optics",
    "optical fibre",
    "optical fiber",
    "optical fibres",
    "optical fibers",
  ],
  "telecom equipment": ["telecom equipment", "telecommunications equipment", "5g equipment", "network equipment"],
  "electric vehicles": ["electric vehicles", "electric vehicle", "evs", "electric cars", "electric car", "e-vehicles"],
  "hybrid vehicles": ["hybrid vehicles", "hybrid cars", "plug-in hybrids", "hybrids"],
  "electric vehicle batteries": ["electric vehicle batteries", "ev batteries", "electric-vehicle batteries"],
  batteries: ["batteries", "battery cells", "battery packs"],
  "sodium-ion batteries": ["sodium-ion batteries", "sodium-ion battery"],
  "lithium batteries": ["lithium batteries", "lithium battery"],
  "lithium-ion batteries": ["lithium-ion batteries", "lithium-ion battery", "li-ion batteries"],
  "battery materials": [
    "battery materials",
    "cathode materials",
    "anode materials",
    "cathodes",
    "anodes",
    "precursor materials",
  ],
  "solar panels": ["solar panels", "solar panel", "solar modules"],
  // Annotators name the panels as the text does: "photovoltaic panels" are not "solar panels".
  "photovoltaic panels": ["photovoltaic panels", "pv panels"],
  "photovoltaic products": ["photovoltaic products", "pv products"],
  "solar cells": ["solar cells", "solar cell"],
  "solar wafers": ["solar wafers"],
  "wind turbines": ["wind turbines", "wind turbine"],
  turbines: ["gas turbines", "steam turbines"],
  machinery: ["machinery", "industrial machinery", "machine tools", "heavy machinery", "industrial equipment"],
  robots: ["industrial robots", "robots"],
  "electric vehicle motors": ["electric vehicle motors", "ev motors", "ev traction motors", "traction motors"],
  "catalytic converters": ["catalytic converters", "catalytic converter"],
  "railway equipment": ["railway equipment", "rail equipment"],
  "ship-to-shore cranes": ["ship-to-shore cranes", "port cranes"],
  "medical equipment": ["medical imaging equipment", "medical equipment", "medical devices", "medical supplies"],
  "defense technologies": ["defense technologies", "defence technologies", "defense technology", "defence technology"],
  "clean energy technologies": [
    "clean energy technologies",
    "clean energy technology",
    "clean-energy technologies",
    "green technologies",
  ],
  "renewable technologies": ["renewable technologies", "renewable energy technologies", "renewables technologies"],
  "processing technology": ["processing technology", "processing technologies", "refining technology"],
  "critical software": ["critical software"],
  "chip software": ["chip software", "chip design software", "electronic design automation software"],
  "AI-related tools": ["ai-related tools", "ai tools"],
  // Vehicles, aircraft and ships (HS 86–89).
  cars: ["cars", "autos", "passenger cars", "passenger vehicles"],
  "motor vehicles": ["motor vehicles"],
  automobiles: ["automobiles"],
  SUVs: ["suvs", "sport utility vehicles"],
  "auto parts": [
    "auto parts",
    "car parts",
    "automotive parts",
    "auto components",
    "vehicle parts",
    "automotive components",
  ],
  trucks: ["trucks", "lorries", "heavy trucks"],
  "pickup trucks": ["pickup trucks"],
  buses: ["buses", "electric buses"],
  motorcycles: ["motorcycles", "motorbikes", "scooters"],
  tractors: ["tractors", "farm machinery", "agricultural machinery"],
  aircraft: [
    "aircraft",
    "aircrafts",
    "airplanes",
    "aeroplanes",
    "planes",
    "jetliners",
    "passenger jets",
    "commercial aircraft",
    "airliners",
    "jets",
  ],
  "aircraft parts": ["aircraft parts", "aircraft components", "aerospace parts"],
  "jet engines": ["jet engines", "jet engine"],
  "aircraft engines": ["aircraft engines", "aero engines"],
  helicopters: ["helicopters"],
  ships: ["container ships", "cargo ships", "oil tankers"],
  // Arms (HS 93).
  "fighter jets": ["fighter jets", "fighter jet", "fighter planes", "warplanes", "warplane", "combat aircraft"],
  drones: ["drones", "drone", "unmanned aerial vehicles", "uavs"],
  submarines: ["submarines"],
  "nuclear-powered submarines": ["nuclear-powered submarines", "nuclear submarines"],
  warships: ["warships"],
  frigates: ["frigates"],
  destroyers: ["destroyers"],
  missiles: ["missiles", "missile systems"],
  ammunition: ["ammunition"],
  munitions: ["munitions"],
  "artillery shells": ["artillery shells"],
  weapons: ["firearms", "small arms"],
  weaponry: ["weaponry"],
  "night-vision goggles": ["night-vision goggles", "night vision goggles"],
  // Export controls' class of goods with a military and a civilian use, whatever its head noun.
  "dual-use goods": [
    "dual-use goods",
    "dual-use items",
    "dual-use products",
    "dual-use materials",
    "dual use goods",
    "dual use items",
    "dual use products",
  ],
  "nuclear weapons": ["nuclear weapons"],
  "defense systems": [
    "defense systems",
    "advanced defense systems",
    "defence systems",
    "air defense systems",
    "air defence systems",
  ],
  "weapons systems": ["weapons systems", "advanced weapons systems", "weapon systems"],
  // Textiles, clothing and consumer goods (HS 50–67, 71, 91, 94–95).
  textiles: ["textiles", "textile products", "fabrics", "yarn"],
  apparel: ["apparel", "garments", "clothing", "clothes"],
  footwear: ["footwear", "shoes", "sneakers"],
  "leather goods": ["leather goods", "handbags", "leather"],
  "polished diamonds": ["cut diamonds", "polished diamonds"],
  furniture: ["furniture"],
  toys: ["toys"],
  jewelry: ["jewelry", "jewellery"],
  watches: ["watches", "wristwatches", "luxury watches"],
  "luxury goods": ["luxury goods"],
};

/**
 * Products whose words also have an everyday sense ("watch", "chips" as bargaining chips, "oil"
 * painting, "gas"): they count only in a sentence about trade or production (a word of
 * TRADE_CUES) or listed next to another product.
 */
export const CUED_PRODUCTS: Record<string, string[]> = {
  "crude oil": ["oil", "crude"],
  semiconductors: ["chips", "chip", "processors"],
  "natural gas": ["gas"],
  smartphones: ["phones"],
  cars: ["vehicles", "vehicle", "car"],
  automobiles: ["automobile"],
  ships: ["ships", "vessels", "tankers"],
  pharmaceuticals: ["drugs", "medicine"],
  seafood: ["fish"],
  fruit: ["fruit"],
  spirits: ["spirits", "liquor"],
  beverages: ["beverages"],
  tea: ["tea"],
  fuel: ["fuel", "fuels"],
  glass: ["glass"],
  cement: ["cement"],
  rubber: ["rubber"],
  wood: ["wood"],
  logs: ["logs"],
  pipes: ["pipes"],
  wires: ["wires"],
  "military equipment": ["military equipment", "military hardware", "defense equipment", "defence equipment"],
  electricity: ["electricity"],
  // A sector word that trade lists name as a good ("deals on steel, aluminum and energy"): only
  // listed next to another good (LISTED_ONLY_PRODUCTS), never by a trade word alone.
  energy: ["energy"],
};

/** Cued products kept only when listed next to another good, whatever the sentence's words. */
export const LISTED_ONLY_PRODUCTS: ReadonlySet<string> = new Set(["energy"]);

/**
 * Words that make a sentence about goods: trade, production, sales, prices and levies. A cued
 * product counts only in such a sentence.
 */
export const TRADE_CUES: ReadonlySet<string> = new Set([
  "export",
  "exports",
  "exported",
  "exporting",
  "exporter",
  "exporters",
  "import",
  "imports",
  "imported",
  "importing",
  "importer",
  "importers",
  "tariff",
  "tariffs",
  "duty",
  "duties",
  "levy",
  "levies",
  "shipment",
  "shipments",
  "shipped",
  "shipping",
  "trade",
  "traded",
  "sales",
  "sale",
  "sell",
  "sells",
  "sold",
  "selling",
  "buy",
  "buys",
  "bought",
  "buying",
  "purchase",
  "purchases",
  "purchased",
  "purchasing",
  "production",
  "produce",
  "produces",
  "produced",
  "producing",
  "producer",
  "producers",
  "output",
  "manufacture",
  "manufactures",
  "manufactured",
  "manufacturing",
  "manufacturer",
  "manufacturers",
  "maker",
  "makers",
  "supply",
  "supplies",
  "supplier",
  "suppliers",
  "quota",
  "quotas",
  "goods",
  "products",
  "prices",
  "demand",
  "shortage",
  "shortages",
  "consumption",
  "barrels",
  "tonnes",
  "tons",
  "cargoes",
  "deliveries",
  "inventories",
  "stockpiles",
  "embargo",
]);

/**
 * Words after a product word that make it part of something else ("chip fabs" is not a product).
 * Not a sector's or its growers' words: "the dairy industry", "soybean farmers" name the
 * good (the studied gold keeps it as an entity; per document +6 right, 1 wrong entities).
 */
export const PRODUCT_BLOCKING_NEXT: ReadonlySet<string> = new Set([
  "fabs",
  "stocks",
  "shares",
  "companies",
  "firms",
  "plant",
  "plants",
  "giant",
  "giants",
  "majors",
  "dealers",
  "workers",
  "unions",
  "union",
  "lobby",
  "belt",
  "belts",
  "emissions",
  "field",
  "fields",
  "well",
  "wells",
  "spill",
  "painting",
]);

/** Words before a cued product word that give it its everyday sense ("bargaining chips", "think tanks"). */
export const PRODUCT_BLOCKING_PREV: ReadonlySet<string> = new Set([
  "bargaining",
  "blue",
  "think",
  "poker",
  "potato",
  "tortilla",
  "wind",
  "state",
  "world",
  "soft",
  "hard",
  "political",
  "white",
  "green",
  "policy",
  "horse",
  "electoral",
  "greenhouse",
  "tear",
  "nerve",
  "shale",
]);

/**
 * Nouns after a mineral that make the whole a manufactured product: "rare earth equipment",
 * "graphite anode materials", "titanium alloys", "copper wire". "materials" needs a noun between
 * ("anode materials"), or it is the raw material itself.
 */
export const MINERAL_PRODUCT_HEADS: ReadonlySet<string> = new Set([
  "equipment",
  "components",
  "parts",
  "alloys",
  "alloy",
  "wire",
  "scrap",
  "wafers",
  "materials",
  "machinery",
  "tools",
]);

/** Modifiers before a mineral that belong to such a product ("artificial graphite anode materials"). */
export const MINERAL_PRODUCT_MODIFIERS: ReadonlySet<string> = new Set([
  "artificial",
  "synthetic",
  "refined",
  "processed",
  "high-purity",
  "finished",
]);

/**
 * Product heads after a model designation: "F-35 fighter jets", "H20 chips", "Model Y cars" name
 * the model as a product.
 */
export const MODEL_HEADS: ReadonlySet<string> = new Set([
  "jet",
  "jets",
  "fighter",
  "fighters",
  "fighter jets",
  "warplane",
  "warplanes",
  "aircraft",
  "jetliner",
  "jetliners",
  "planes",
  "plane",
  "bomber",
  "bombers",
  "helicopter",
  "helicopters",
  "drone",
  "drones",
  "missile",
  "missiles",
  "tank",
  "tanks",
  "chip",
  "chips",
  "processor",
  "processors",
  "ai chip",
  "ai chips",
  "artificial intelligence chip",
  "artificial intelligence chips",
  "gpu",
  "gpus",
  "accelerator",
  "accelerators",
  "phones",
  "smartphones",
]);

/**
 * Trade nouns followed by "of" and a good: "exports of frozen durian", "importers of catfish".
 * (Levies and bans "on" something take parties, travel and money as often as goods: only the
 * lexicon's goods count there.)
 */
export const GOODS_OF_TRIGGERS: ReadonlySet<string> = new Set([
  "exports",
  "imports",
  "shipments",
  "purchases",
  "exporter",
  "exporters",
  "importer",
  "importers",
  "producer",
  "producers",
]);
/** Trade nouns after a good: "durian exports", "canola imports". */
export const GOODS_BEFORE_TRIGGERS: ReadonlySet<string> = new Set([
  "exports",
  "imports",
  "shipments",
  "exporters",
  "importers",
]);

/** Nouns in those places that are no particular good: amounts, kinds, parties, money, time. */
export const NOT_A_GOOD: ReadonlySet<string> = new Set(
  (
    "goods product products item items commodity commodities material materials merchandise services service " +
    "things thing stuff value values volume volumes total totals share shares percent percentage billion million " +
    "trillion dollar dollars ton tons tonne tonnes barrel barrels unit units year years month months quarter quarters " +
    "week weeks day days company companies firm firms country countries nation nations partner partners import " +
    "imports export exports trade trades deal deals right rights data information record records rest part parts " +
    "most some all more less licence licences license licenses permit permits quota quotas control controls " +
    "restriction restrictions people workers origin kind kinds type types range variety amount amounts level levels " +
    "growth rise increase decline drop capacity output production sale sales stake stakes asset assets bond bonds " +
    "security securities debt stock stocks equity equities currency currencies land property properties home homes " +
    "house houses energy technology technologies item equipment supplies supply source sources market markets " +
    "category categories sector sectors industry industries business businesses entity entities origin country's " +
    "world region regions state states government governments household households consumer consumers manufacturing " +
    "food farm agricultural agriculture raw critical strategic key major other such certain various foreign domestic " +
    "reciprocal retaliatory new additional higher lower steep punitive blanket sectoral national global choice " +
    "resort note first last " +
    // How goods travel, not what they are: "bulk shipments", "container exports", "sea freight imports".
    "bulk container containers cargo cargoes freight vessel vessels sea air rail road maritime ocean " +
    // A chemist's class, not a good: "oxides, compounds and mixtures containing X".
    "compound compounds mixture mixtures input inputs " +
    // A class of raw goods, not a good: "raw mineral exports" ("ore" stays: "a ban on raw ore
    // exports" names its measure after it).
    "mineral minerals " +
    // Headline verbs read as nouns before "exports": "Congo halts exports", "Jakarta bans imports".
    "halts bans curbs suspends resumes boosts cuts slashes restricts limits caps doubles triples hikes raises " +
    "lifts eases freezes blocks stops pauses expands extends tightens loosens approves allows permits targets"
  ).split(" "),
);

/** Carriers named after what they carry: "LNG carriers", "oil pipelines" are not the good. */
export const PRODUCT_CARRIERS: ReadonlySet<string> = new Set([
  "carrier",
  "carriers",
  "tanker",
  "tankers",
  "pipeline",
  "pipelines",
  "terminal",
  "terminals",
  "bomb",
  "bombs",
  "refinery",
  "refineries",
]);

/**
 * Manufactured goods (names of PRODUCTS entries) that a name's possessive before them marks as a
 * firm's ("Zentrix's chips", "Hanro's electric vehicles"); commodities, food and arms are owned by
 * states and people as often ("Trump's steel", "Kim's missiles").
 */
export const BRANDED_PRODUCTS: ReadonlySet<string> = new Set([
  "semiconductors",
  "AI chips",
  "analog chips",
  "chipmaking equipment",
  "smartphones",
  "computers",
  "consumer electronics",
  "appliances",
  "electronics",
  "integrated circuits",
  "central processing units",
  "telecom equipment",
  "electric vehicles",
  "hybrid vehicles",
  "electric vehicle batteries",
  "batteries",
  "sodium-ion batteries",
  "lithium batteries",
  "solar panels",
  "wind turbines",
  "turbines",
  "robots",
  "medical equipment",
  "cars",
  "automobiles",
  "SUVs",
  "trucks",
  "buses",
  "motorcycles",
  "tractors",
  "aircraft",
  "jet engines",
  "helicopters",
  "vaccines",
  "watches",
  "toys",
  "footwear",
  "cosmetics",
]);
