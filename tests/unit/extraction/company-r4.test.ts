// Company facts and names of round 4 on sentences written for this test (none taken from any
// corpus): production read from a plant a firm builds or opens, from a "leader in Y production" and
// from "the world's top producer" written without its name (the state named before it);
// then sentences where the fact must be refused (a recycling plant, a leader in demand); firms
// named by an industry's head word ("Chem", "Motor", "Shipbuilding") or by initials before a word;
// "the company" / "the miner" read as the one firm named just before.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";
import { itTypesRows } from "../../_helpers/rows.ts";

const doc = (text: string) => testDocument(text, { date: "2025-09-12" });

type Fact = [text: string, source: string, predicate: string, target: string, attrs?: Record<string, string>];

const facts = (text: string) => readText(text, { date: "2025-09-12" }).facts;

const FOUND: Fact[] = [
  // A plant a firm builds or opens makes what it is named after.
  ["Kestrel Metals will build a magnet manufacturing facility in Texas.", "Kestrel Metals", "PRODUCES", "magnets"],
  [
    "Lynwood Resources opened Malaysia's first rare earths processing plant on Monday.",
    "Lynwood Resources",
    "PRODUCES",
    "rare earths",
  ],
  ["Osprey Mining Ltd commissioned a new copper smelter in Zambia.", "Osprey Mining Ltd", "PRODUCES", "copper"],
  // A leader in a good's production.
  ["Chile is the world leader in copper production.", "Chile", "PRODUCES", "copper"],
  ["The mine helped make Peru a global leader in zinc output.", "Peru", "PRODUCES", "zinc"],
  ["Kestrel Metals became a leader in lithium refining in Europe.", "Kestrel Metals", "PRODUCES", "lithium"],
  // A producer ranked in the world, written without its name: the one state named before it.
  [
    "Zambia warned that copper smugglers would lose their licences, as the world's top producer tightens checks.",
    "Zambia",
    "PRODUCES",
    "copper",
  ],
  [
    "The Philippines set a nickel ore quota, a big step for a country that ranks among the world's largest producers of nickel.",
    "Philippines",
    "PRODUCES",
    "nickel",
  ],
  [
    "Mali revoked the permit of Kestrel Metals on Monday. The decision deepens a row over a refinery in the world's third largest producer of bauxite.",
    "Mali",
    "PRODUCES",
    "bauxite",
  ],
  ["Peru buys tungsten from abroad. China is by far the world's biggest producer.", "China", "PRODUCES", "tungsten"],
  ["Japan imports copper from Chile, the world's largest producer.", "Chile", "PRODUCES", "copper"],
  // "The company", "the miner": the one firm named in the sentences just before.
  [
    "Kestrel Metals posted record results. The company will invest $1 billion in Chile.",
    "Kestrel Metals",
    "INVESTED_IN",
    "Chile",
  ],
  [
    "Osprey Mining Ltd raised funds in May. The miner produces cobalt in Zambia.",
    "Osprey Mining Ltd",
    "PRODUCES",
    "cobalt",
  ],
  [
    "Zentrix Corp reported strong sales on Monday. Analysts expect growth. The chipmaker signed an agreement with Hanro Motors.",
    "Zentrix Corp",
    "PARTNERED_WITH",
    "Hanro Motors",
  ],
  // Another state's goods are bought.
  [
    "Japan seeks to secure purchase agreements of Canadian agricultural and energy products.",
    "Japan",
    "PURCHASES",
    "energy products",
  ],
  // An epithet after modifiers: "the Australian miner", "the Perth-based company", "the iPhone maker".
  [
    "Kestrel Metals Corp. raised funds. The Australian lithium miner will invest $1 billion in Chile.",
    "Kestrel Metals Corp.",
    "PRODUCES",
    "lithium",
  ],
  [
    "Kestrel Metals Corp. raised funds. The Perth-based company will invest $1 billion in Chile.",
    "Kestrel Metals Corp.",
    "INVESTED_IN",
    "Chile",
  ],
  [
    "Zentrix Corp posted results. The Seoul-based smartphone maker will invest $5 billion in Peru.",
    "Zentrix Corp",
    "INVESTED_IN",
    "Peru",
  ],
  [
    "Osprey Mining Ltd raised funds. The mining giant signed an agreement with Hanro Motors.",
    "Osprey Mining Ltd",
    "PARTNERED_WITH",
    "Hanro Motors",
  ],
  // Each state of a list called partners of another (the word in quotation marks).
  [
    "Calling Peru, Chile and Kenya “key strategic partners” of Japan, the minister spoke.",
    "Chile",
    "PARTNERED_WITH",
    "Japan",
  ],
  [
    "Calling Peru, Chile and Kenya “key strategic partners” of Japan, the minister spoke.",
    "Kenya",
    "PARTNERED_WITH",
    "Japan",
  ],
  // A firm called a producer right before its name, the name holding a good the text names.
  [
    "Australian producer Kestrel Rare Earths said demand for rare earths rose.",
    "Kestrel Rare Earths",
    "PRODUCES",
    "rare earths",
  ],
  ["Zinc smelter Busan Zinc Corp raised zinc prices.", "Busan Zinc Corp", "PRODUCES", "zinc"],
  // A reported "will": "said it would invest".
  ["Kestrel Metals said it would invest $1 billion in Chile.", "Kestrel Metals", "INVESTED_IN", "Chile"],
  [
    "Hanro Motors announced that it would acquire Osprey Mining Ltd.",
    "Hanro Motors",
    "INVESTED_IN",
    "Osprey Mining Ltd.",
  ],
  [
    "Zentrix Corp said on Tuesday that it would sign a supply agreement with Hanro Motors.",
    "Zentrix Corp",
    "PARTNERED_WITH",
    "Hanro Motors",
  ],
  // A firm's possessive before a branded good or a model it makes.
  ["Regulators cleared exports of Zentrix's H30 model to Vietnam.", "Zentrix", "PRODUCES", "H30"],
  ["Hanro's electric vehicles sold well in Norway last year.", "Hanro", "PRODUCES", "electric vehicles"],
  ["Kestrel Motors’ trucks are built in Ohio.", "Kestrel Motors", "PRODUCES", "trucks"],
];

const REFUSED: [text: string, line: string][] = [
  // The ranked producer is the other party, or one of two states.
  ["Japan buys nickel from the world's top producer.", "Japan PRODUCES nickel"],
  ["Kenya sells cobalt to the world's largest producer of batteries.", "Kenya PRODUCES batteries"],
  ["Japan and Korea rely on the world's top producer for cobalt.", "Japan PRODUCES cobalt"],
  // Goods a firm buys: the good is followed by the noun it qualifies.
  ["Hanro Motors' battery imports from Korea rose.", "Hanro Motors PRODUCES batteries"],
  ["Vortec Inc's smartphone purchases doubled.", "Vortec Inc PRODUCES smartphones"],
  // "The company" after two firms, or too far from the firm, is nobody's.
  [
    "Kestrel Metals agreed to buy Osprey Mining Ltd. The company will invest $1 billion in Chile.",
    "Kestrel Metals INVESTED_IN Chile",
  ],
  [
    "Kestrel Metals agreed to buy Osprey Mining Ltd. The company will invest $1 billion in Chile.",
    "Osprey Mining Ltd INVESTED_IN Chile",
  ],
  [
    "Kestrel Metals posted results. Prices rose. Demand fell. Rains came. The company will invest $1 billion in Chile.",
    "Kestrel Metals INVESTED_IN Chile",
  ],
  // A firm introduced by "the company that …" is another one.
  [
    "Kestrel Metals lost the tender. The company that won it will invest $1 billion in Chile.",
    "Kestrel Metals INVESTED_IN Chile",
  ],
  // "the world's largest miner" is a rank, not a firm referred back to; "the maker" needs a modifier.
  [
    "Kestrel Metals Corp. raised funds. The world's largest miner will invest $1 billion in Chile.",
    "Kestrel Metals Corp. INVESTED_IN Chile",
  ],
  [
    "Kestrel Metals Corp. raised funds. The maker will invest $1 billion in Chile.",
    "Kestrel Metals Corp. INVESTED_IN Chile",
  ],
  // Two items of a longer list are no pair; a trading partner or a comparison is no partnership.
  [
    "Calling Peru, Chile and Kenya “key strategic partners” of Japan, the minister spoke.",
    "Chile PARTNERED_WITH Kenya",
  ],
  ["Vietnam is a major trading partner for Peru.", "Vietnam PARTNERED_WITH Peru"],
  ["China positions itself as a more reliable partner than the United States.", "China PARTNERED_WITH United States"],
  // The demonym before "producer X" is the firm's home, not a producer; a name with no producer noun.
  ["Australian producer Kestrel Rare Earths said demand for rare earths rose.", "Australia PRODUCES rare earths"],
  ["Kestrel Rare Earths said demand for rare earths rose.", "Kestrel Rare Earths PRODUCES rare earths"],
  // A conditional or a wish stays one.
  ["Kestrel Metals said it would invest $1 billion in Chile if prices rose.", "Kestrel Metals INVESTED_IN Chile"],
  ["Kestrel Metals said it would like to invest in Chile.", "Kestrel Metals INVESTED_IN Chile"],
  ["Kestrel Metals would invest in Chile, analysts said.", "Kestrel Metals INVESTED_IN Chile"],
  // A state buys no goods qualified by its own name: it sells them.
  [
    "Canada seeks to secure purchase agreements of Canadian agricultural and energy products.",
    "Canada PURCHASES energy products",
  ],
  ["Brazil wants more purchases of Brazilian beef and coffee.", "Brazil PURCHASES coffee"],
  // No rank in the world: no producer is named.
  ["Ghana said cocoa prices rose, and a local producer expanded.", "Ghana PRODUCES cocoa"],
  // What a recycling plant or an import terminal takes in is not its output.
  ["Kestrel Metals opened a battery recycling plant in Ohio.", "Kestrel Metals PRODUCES batteries"],
  ["Osprey Mining Ltd built a lithium storage facility in Chile.", "Osprey Mining Ltd PRODUCES lithium"],
  // A state building a plant is read elsewhere; a leader in demand or use produces nothing.
  ["Chile is the world leader in copper demand.", "Chile PRODUCES copper"],
  ["Norway is a leader in electric vehicles.", "Norway PRODUCES electric vehicles"],
];

/** Companies named with no legal suffix. */
const COMPANIES: [text: string, name: string][] = [
  ["Busan Chem and Hanro Motors bought shares in the smelter.", "Busan Chem"],
  ["Shares of Osaka Motor fell 3% on Monday.", "Osaka Motor"],
  ["Kestrel Electric signed a supply deal with Osprey Solar.", "Osprey Solar"],
  ["Ulsan Shipbuilding won an order for four tankers.", "Ulsan Shipbuilding"],
  ["Tau Minerals JSC will develop the deposit.", "Tau Minerals JSC"],
  // What only a firm owns: shares, a chief executive, earnings, a branded good.
  ["Vortec's chief executive said output would rise.", "Vortec"],
  ["Shares fell after Brightlane's quarterly earnings.", "Brightlane"],
  ["Zentrix's smartphones are assembled in Vietnam.", "Zentrix"],
  ["Half of Corvane Teck's senior executives must live in Canada.", "Corvane Teck"],
  // A name listed after a firm's.
  ["KBWestbank and Harlow Sachs have signed a $1 billion credit line.", "Harlow Sachs"],
  ["Glencore Nickel, Valora and Brightlane bid for the mine.", "Valora"],
  // Initials before a capitalised word, written as one word.
  ["Analysts at KBWestbank said copper prices would rise.", "KBWestbank"],
];
/** Names that must not become companies. */
const NOT_COMPANIES: [text: string, name: string][] = [
  // A head word alone, or a plural of initials, is no firm.
  ["Solar panels from Vietnam face new duties.", "Solar"],
  ["The CEOs of both firms met in Seoul.", "CEOs"],
  // A person's or a day's possessive before goods.
  ["Trump's steel tariffs hit Canada.", "Trump"],
  ["Today's smartphones use more cobalt than ever.", "Today"],
  ["Donald Trump spoke on Monday. Trump's cars were shown at the event.", "Trump"],
  // A person named in full, then by surname after a firm.
  ["Elena Markovic visited Peru. Hanro Motors and Markovic signed a deal.", "Markovic"],
];

/** Models named without a hyphen before their product noun, and group names that are no model. */
const MODELS: [text: string, product: string | null, name: string][] = [
  ["The airline ordered 50 A320 jets from Europe.", "A320", "A320"],
  ["Zentrix unveiled its M5 chips in May.", "M5", "M5"],
  ["Nvidia sells H30 chips in China. The H-30 is banned in Peru.", "H30", "H30"],
  ["The G20 leaders met in Rome.", null, "G20"],
];

/** Classes of goods named by what qualifies a generic head, where goods are traded or restricted. */
const CLASSES: [text: string, names: string[]][] = [
  ["Chile banned exports of dual-use goods to Iran.", ["dual-use goods"]],
  ["Peru will boost imports of medical goods and refining technologies.", ["medical goods", "refining technologies"]],
  ["Seoul tightened controls on high-end items and mining equipment.", ["high-end items", "mining equipment"]],
  ["The pact cuts Thai taxes on wine, cosmetics, surgical goods and other goods from Chile.", ["surgical goods"]],
  ["Tariffs on industrial goods from Mexico fell.", ["industrial goods"]],
];
/** Generic heads with no class of their own: a state, or a word of no kind. */
const NOT_CLASSES: [text: string, name: string][] = [
  ["Tariffs on foreign goods rose in May.", "foreign goods"],
  ["Exports of other goods fell.", "other goods"],
  ["Canada imposed tariffs on Chinese goods.", "Chinese goods"],
  ["Exports of such items fell.", "such items"],
];

describe("extraction", () => {
  describe("classes of goods named by their qualifiers, round 4", () => {
    const products = (text: string) =>
      analyseDocument(doc(text))
        .entities.filter((e) => e.type === "Product")
        .map((e) => e.name);
    for (const [text, names] of CLASSES) {
      it(`finds ${names.join(", ")} in "${text}"`, () => {
        const found = products(text);
        for (const n of names) expect(found, found.join("; ")).toContain(n);
      });
    }
    for (const [text, name] of NOT_CLASSES) {
      it(`finds no Product ${name} in "${text}"`, () => {
        expect(products(text)).not.toContain(name);
      });
    }
  });

  describe("companies named by an industry's head word or by initials, round 4", () => {
    itTypesRows("Company", COMPANIES, NOT_COMPANIES);
  });

  describe("models named without a hyphen, round 4", () => {
    for (const [text, product, name] of MODELS) {
      it(`${product ? "finds" : "does not find"} the Product ${name} in "${text}"`, () => {
        const products = analyseDocument(doc(text))
          .entities.filter((e) => e.type === "Product")
          .map((e) => e.name);
        if (product) expect(products.filter((p) => p.replace("-", "") === product)).toEqual([product]);
        else expect(products).not.toContain(name);
      });
    }
  });

  describe("company facts, round 4", () => {
    for (const [text, source, predicate, target, attrs] of FOUND) {
      it(`finds ${source} ${predicate} ${target} in "${text}"`, () => {
        const all = facts(text);
        const hit = all.find((f) => f.line === `${source} ${predicate} ${target}`);
        expect(hit, all.map((f) => f.line).join("; ")).toBeDefined();
        for (const [k, v] of Object.entries(attrs ?? {})) expect(hit!.attributes[k]).toBe(v);
      });
    }
    for (const [text, line] of REFUSED) {
      it(`refuses ${line} in "${text}"`, () => {
        expect(facts(text).map((f) => f.line)).not.toContain(line);
      });
    }
  });
});
