// The predicate registry's table test: for each row of src/extraction/rules/predicates.ts, sentences
// written for the test (not taken from any corpus) and the relation they must give, with its rule
// id and attributes; then sentences where a predicate must not be found.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { PREDICATE_ENTRIES } from "../../../src/extraction/rules/predicates.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-03-02", source: null, authors: [], text };
}

type Row = [
  phrasing: string,
  text: string,
  source: string,
  predicate: string,
  target: string,
  attrs?: Record<string, string>,
];

const ROWS: Row[] = [
  [
    "tariff / duty / levy on a country's goods",
    "Canada imposed a 25% tariff on Mexican steel.",
    "Canada",
    "IMPOSED_TARIFF",
    "Mexico",
    { rate: "25%" },
  ],
  [
    "tariff / duty / levy on a country's goods",
    "The duties were imposed by Canada on steel from Norway.",
    "Canada",
    "IMPOSED_TARIFF",
    "Norway",
  ],
  [
    "tariff / duty / levy on a country's goods",
    "Canada's new levies on Peru took effect.",
    "Canada",
    "IMPOSED_TARIFF",
    "Peru",
  ],
  [
    "tariff / duty / levy on a country's goods",
    "Mexico threatened to impose 30% duties on Canadian goods.",
    "Mexico",
    "THREATENED_TARIFF",
    "Canada",
    { rate: "30%" },
  ],
  [
    "tariff / duty / levy on a country's goods",
    "President Jane Roe threatened new tariffs on Chile.",
    "Jane Roe",
    "THREATENED_TARIFF",
    "Chile",
  ],
  [
    "tariff / duty / levy on a country's goods",
    "The European Union imposed tariffs on Turkish steel.",
    "European Union",
    "IMPOSED_TARIFF",
    "Türkiye",
  ],
  [
    "export controls / restrictions / ban / curbs / quota on X",
    "Peru imposed export controls on copper, zinc and nickel.",
    "Peru",
    "RESTRICTED_EXPORT",
    "nickel",
  ],
  [
    "export controls / restrictions / ban / curbs / quota on X",
    "Peru imposed export controls on copper, zinc and nickel.",
    "Peru",
    "RESTRICTED_EXPORT",
    "zinc",
  ],
  [
    "export controls / restrictions / ban / curbs / quota on X",
    "Vietnam's curbs on tungsten hit buyers.",
    "Vietnam",
    "RESTRICTED_EXPORT",
    "tungsten",
  ],
  [
    "export controls / restrictions / ban / curbs / quota on X",
    "Indonesia announced a quota on nickel as well as cobalt.",
    "Indonesia",
    "RESTRICTED_EXPORT",
    "cobalt",
  ],
  [
    "restricted / suspended / banned / halted exports of X",
    "Zimbabwe banned exports of raw lithium in 2022.",
    "Zimbabwe",
    "RESTRICTED_EXPORT",
    "lithium",
  ],
  [
    "restricted / suspended / banned / halted exports of X",
    "Exports of graphite were restricted by Vietnam.",
    "Vietnam",
    "RESTRICTED_EXPORT",
    "graphite",
  ],
  [
    "X restricted Y (the goods themselves)",
    "Myanmar restricted tin and tungsten last year.",
    "Myanmar",
    "RESTRICTED_EXPORT",
    "tungsten",
  ],
  [
    "delay / postpone / suspend / defer a policy",
    "Chile will delay its lithium export licensing regime by six months.",
    "Chile",
    "POSTPONED",
    "lithium export licensing regime",
    { duration: "six months" },
  ],
  [
    "X pushed back / put on hold a policy",
    "Chile pushed back the Mining Code by six months.",
    "Chile",
    "POSTPONED",
    "Mining Code",
  ],
  ["control / dominate N% of Y", "Peru dominates the market for tellurium.", "Peru", "DOMINATES", "tellurium"],
  [
    "control / command N% (the market, the supply) of Y",
    "Indonesia controls about 60% of global nickel supply.",
    "Indonesia",
    "DOMINATES",
    "nickel",
  ],
  [
    "account for N% of Y",
    "Congo accounts for 70% of world cobalt output.",
    "DR Congo",
    "DOMINATES",
    "cobalt",
    { share: "70%" },
  ],
  [
    "X's dominance of / grip on / monopoly on / share of Y",
    "Analysts fear Indonesia's dominance of nickel.",
    "Indonesia",
    "DOMINATES",
    "nickel",
  ],
  [
    "X produces / mines / refines / makes / processes Y",
    "Andes Copper Corp, which mines copper in Peru, raised funds.",
    "Andes Copper Corp",
    "PRODUCES",
    "copper",
  ],
  [
    "X produces / mines / refines / makes / processes Y",
    "Kenya refines cobalt and nickel.",
    "Kenya",
    "PRODUCES",
    "nickel",
  ],
  [
    "X exports Y (a mineral: what a state or a miner ships is dug at home)",
    "Bolivia exports tin and zinc to Asia.",
    "Bolivia",
    "PRODUCES",
    "zinc",
  ],
  [
    "Y producer X, X's Y output, producer of Y (in apposition or after 'is')",
    "Shares of lithium producer Salar Mining Corp fell.",
    "Salar Mining Corp",
    "PRODUCES",
    "lithium",
  ],
  [
    "Y output / production in country X (where the good is made)",
    "The new lender wants to double zinc output in Bolivia.",
    "Bolivia",
    "PRODUCES",
    "zinc",
  ],
  [
    "Y is made / mined / refined in country X (where the good is made)",
    "Roughly two-thirds of the world's cobalt is refined in China.",
    "China",
    "PRODUCES",
    "cobalt",
  ],
  [
    "the Y operations / mines / plants of firm X; Y plants at firm X (a firm's sites, named after it)",
    "Analysts praised the nickel and cobalt operations of Canadian miner Larkspur Resources.",
    "Larkspur Resources",
    "PRODUCES",
    "cobalt",
  ],
  [
    "Y plants / mines being developed / built by firm X (a firm's sites, named after it)",
    "Two lithium mines are being built by Corvane Metals near the coast.",
    "Corvane Metals",
    "PRODUCES",
    "lithium",
  ],
  [
    "X, a Y company / firm / group (a firm named by what it makes)",
    "Nordvik Corp, a Toronto-based graphite firm, hired a new chief.",
    "Nordvik Corp",
    "PRODUCES",
    "graphite",
  ],
  [
    "X's Y output / production / processing capacity",
    "Peru's copper output fell in May.",
    "Peru",
    "PRODUCES",
    "copper",
  ],
  [
    "Y producer X, X's Y output, producer of Y (in apposition or after 'is')",
    "Nordic Graphite Corp, the only producer of graphite outside Asia, expanded.",
    "Nordic Graphite Corp",
    "PRODUCES",
    "graphite",
  ],
  [
    "Y producer X, X's Y output, producer of Y (in apposition or after 'is')",
    "Chile is the largest producer of copper.",
    "Chile",
    "PRODUCES",
    "copper",
  ],
  [
    "X is (made) the world leader in Y production / output / mining",
    "Kenya became a regional leader in cobalt refining.",
    "Kenya",
    "PRODUCES",
    "cobalt",
  ],
  [
    "X builds / opens / commissions a Y plant / factory / processing facility (a firm)",
    "Andes Copper Corp opened a lithium hydroxide plant near Lima.",
    "Andes Copper Corp",
    "PRODUCES",
    "lithium hydroxide",
  ],
  [
    "an offtake agreement with firm Y for Z: the seller of an offtake sells its own output",
    "South Korea signed an offtake agreement for nickel with Sulawesi Nickel Corp on Monday.",
    "Sulawesi Nickel Corp",
    "PRODUCES",
    "nickel",
  ],
  [
    "X operates / owns / runs a Y mine / refinery / plant",
    "Andes Copper Corp operates the largest copper mine in Peru.",
    "Andes Copper Corp",
    "PRODUCES",
    "copper",
  ],
  [
    "X, in partnership / a joint venture / an alliance with Y, …",
    "Pampa Lithium Corp, in partnership with Andes Copper Corp, will build a plant.",
    "Pampa Lithium Corp",
    "PARTNERED_WITH",
    "Andes Copper Corp",
  ],
  [
    "X, in partnership / a joint venture / an alliance with Y, …",
    "Kenya has struck an alliance with Japan that covers cobalt.",
    "Kenya",
    "PARTNERED_WITH",
    "Japan",
  ],
  [
    "tariff / duty / levy on a country's goods",
    "Canada will impose a 40% tariff on Peru starting March 3.",
    "Canada",
    "THREATENED_TARIFF",
    "Peru",
    { rate: "40%", date: "March 3" },
  ],
  [
    "tariff / duty / levy on a country's goods",
    "Canada will pause its threatened 50% tariffs on Peruvian goods.",
    "Canada",
    "THREATENED_TARIFF",
    "Peru",
    { rate: "50%" },
  ],
  [
    "tariff / duty / levy on a country's goods",
    "Ghana and Togo argued for weeks. The deal with Ghana lowers the 20% duties imposed on Togolese cocoa.",
    "Ghana",
    "IMPOSED_TARIFF",
    "Togo",
  ],
  [
    "X produces / mines / refines / makes / processes Y",
    "Pampa Lithium Corp will expand its plant to produce lithium.",
    "Pampa Lithium Corp",
    "PRODUCES",
    "lithium",
  ],
  [
    "X provided / extended / approved a loan / grant to Y; Y was awarded a grant by X",
    "The Kenyan government on Monday announced an additional AUD 300 million ($190m) loan to Pampa Lithium Corp to build a plant.",
    "Kenya",
    "INVESTED_IN",
    "Pampa Lithium Corp",
    { kind: "loan", amount: "AUD 300 million" },
  ],
  [
    "X signed an agreement / framework / memorandum with Y; X and Y signed a deal",
    "Pampa Lithium Corp and Andes Copper Corp have forged a partnership set to begin in 2027.",
    "Pampa Lithium Corp",
    "PARTNERED_WITH",
    "Andes Copper Corp",
  ],
  [
    "X holds / owns / acquires N% (a stake, shares) of Y",
    "The Canadian government will hold about 12% of Andes Copper Corp after the deal.",
    "Canada",
    "INVESTED_IN",
    "Andes Copper Corp",
    { kind: "equity" },
  ],
  [
    "X owns / holds N% of Y (a mine, deposit or project named as a place)",
    "Andes Copper Corp owns 40% of Lake Carra, a nickel mine in Ontario.",
    "Andes Copper Corp",
    "INVESTED_IN",
    "Lake Carra",
    { kind: "equity" },
  ],
  [
    "X's Y output / production / processing capacity",
    "The loan will expand Andes Copper Corp's copper processing capacity and cobalt production.",
    "Andes Copper Corp",
    "PRODUCES",
    "cobalt",
  ],
  [
    "tariff / duty / levy on a country's goods",
    "Mexico threatened a 30 per cent tax on Canadian steel, effective 1 August.",
    "Mexico",
    "THREATENED_TARIFF",
    "Canada",
    { rate: "30%" },
  ],
  [
    "Y's goods face / are subject to a tariff (from the story's other side)",
    "Ghana and Togo met on Monday. Ghana had threatened that all Togolese exports would be subject to a 20 per cent tax.",
    "Ghana",
    "THREATENED_TARIFF",
    "Togo",
    { rate: "20%" },
  ],
  [
    "Y's goods face / are subject to a tariff (from the story's other side)",
    "Ghana and Togo met on Monday. Togolese cocoa faces a 15% tariff, Ghana said.",
    "Ghana",
    "IMPOSED_TARIFF",
    "Togo",
    { rate: "15%" },
  ],
  [
    "X invested (amount) in Y",
    "Japan invested $50 million in Pampa Lithium Corp on Monday.",
    "Japan",
    "INVESTED_IN",
    "Pampa Lithium Corp",
    { amount: "$50 million" },
  ],
  [
    "X funded / financed / backed Y",
    "The Department of Energy financed Pampa Lithium Corp in 2024.",
    "Department of Energy",
    "INVESTED_IN",
    "Pampa Lithium Corp",
  ],
  [
    "X takes / buys a stake / an investment in Y",
    "The Department of Energy will take a 10% equity stake in Pampa Lithium Corp on Monday.",
    "Department of Energy",
    "INVESTED_IN",
    "Pampa Lithium Corp",
    { kind: "equity" },
  ],
  [
    "Y received / secured a loan / grant / offtake / funding from X",
    "Pampa Lithium Corp received a $90 million loan from the Export-Import Bank of Korea.",
    "Export-Import Bank of Korea",
    "INVESTED_IN",
    "Pampa Lithium Corp",
    { kind: "loan", amount: "$90 million" },
  ],
  [
    "X provided / extended / approved a loan / grant to Y; Y was awarded a grant by X",
    "The Department of Energy provided a $20 million grant to Pampa Lithium Corp in May.",
    "Department of Energy",
    "INVESTED_IN",
    "Pampa Lithium Corp",
    { kind: "grant" },
  ],
  [
    "X signed an agreement / framework / memorandum with Y; X and Y signed a deal",
    "Kenya signed a memorandum with Japan on cobalt.",
    "Kenya",
    "PARTNERED_WITH",
    "Japan",
  ],
  [
    "X signed an agreement / framework / memorandum with Y; X and Y signed a deal",
    "Kenya and Japan signed a supply agreement.",
    "Kenya",
    "PARTNERED_WITH",
    "Japan",
  ],
  [
    "a partnership / joint venture / agreement between X and Y",
    "The deal creates a joint venture between Pampa Lithium Corp and Andes Copper Corp in Chile.",
    "Pampa Lithium Corp",
    "PARTNERED_WITH",
    "Andes Copper Corp",
  ],
  [
    "X partnered / teamed up / collaborates with Y",
    "Pampa Lithium Corp partnered with Andes Copper Corp last year.",
    "Pampa Lithium Corp",
    "PARTNERED_WITH",
    "Andes Copper Corp",
  ],
  [
    "X lends / lent (amount) to Y",
    "The Export Finance Agency will lend $80 million to Andes Copper Corp for its smelter.",
    "Export Finance Agency",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "Y received / raised / secured (amount) from X",
    "Andes Copper Corp will receive $90 million from the Export Finance Agency to expand its smelter.",
    "Export Finance Agency",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "X committed / pledged / awarded / provided (amount) to Y (a firm)",
    "The Export Finance Agency committed $90 million to Andes Copper Corp on Monday.",
    "Export Finance Agency",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "X committed / pledged / awarded / provided (amount) to Y (a firm)",
    "The Export Finance Agency will provide $500 million to Andes Copper Corp for a smelter.",
    "Export Finance Agency",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "a $N investment (package, pledge) in Y, a country (the story's other side invests)",
    "Peru and Chile signed a tariff truce in May. Officials began documenting the $90 billion investment in Chile on Tuesday.",
    "Peru",
    "INVESTED_IN",
    "Chile",
  ],
  [
    "a $N investment (package, pledge) in Y, a country (the story's other side invests)",
    "Canada's $40 billion investment pledge in Mexico was confirmed on Friday.",
    "Canada",
    "INVESTED_IN",
    "Mexico",
  ],
  [
    "Y completed / raised a (amount) share placement to X",
    "Andes Copper Corp completed a $40 million share placement to Pampa Lithium Corp last week.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
    { kind: "equity" },
  ],
  [
    "Y sells a stake (in itself) to X",
    "Andes Copper Corp sold a 30% stake to Pampa Lithium Corp for $200 million.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
    { kind: "equity" },
  ],
  [
    "X works closely / together with Y",
    "Chile said it would work closely with Peru on lithium refining.",
    "Chile",
    "PARTNERED_WITH",
    "Peru",
  ],
  [
    "X works closely / together with Y",
    "Pampa Lithium Corp has worked together with Andes Copper Corp since 2019.",
    "Pampa Lithium Corp",
    "PARTNERED_WITH",
    "Andes Copper Corp",
  ],
  [
    "X lends / lent Y (amount) (two objects)",
    "The Export Finance Agency will lend Andes Copper Corp $150 million for its smelter.",
    "Export Finance Agency",
    "INVESTED_IN",
    "Andes Copper Corp",
    { kind: "loan" },
  ],
  [
    "X paid / agreed to pay (amount) for Y (a firm)",
    "Pampa Lithium Corp agreed to pay $1.2 billion for Andes Copper Corp in cash.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
    { kind: "acquisition" },
  ],
  [
    "X paid / agreed to pay (amount) for Y (a firm)",
    "Pampa Lithium Corp paid €300 million for Andes Copper Corp last year.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "X builds / opens a (amount) smelter / refinery / plant in Y (a place)",
    "Pampa Lithium Corp will build a $7 billion smelter in Tennessee.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Tennessee",
    { kind: "project" },
  ],
  [
    "X builds / opens a (amount) smelter / refinery / plant in Y (a place)",
    "Andes Copper Corp opened a $400 million refinery in Antofagasta in May.",
    "Andes Copper Corp",
    "INVESTED_IN",
    "Antofagasta",
  ],
  [
    "X is putting / will put (amount) into Y",
    "Pampa Lithium Corp is putting $200 million into Andes Copper Corp this year.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "Y received / secured a cash injection / capital infusion / lifeline from X",
    "Andes Copper Corp received a $40 million cash injection from Pampa Lithium Corp in May.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "X committed / pledged / invested (amount) to develop / build / support (the development of) Y",
    "The Export Finance Agency pledged $90 million to support Andes Copper Corp on Monday.",
    "Export Finance Agency",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "X led / joined a (amount) funding round in / for Y",
    "Pampa Lithium Corp led a $45 million funding round in Andes Copper Corp last week.",
    "Pampa Lithium Corp",
    "INVESTED_IN",
    "Andes Copper Corp",
  ],
  [
    "X joined forces / hands with Y",
    "Pampa Lithium Corp joined forces with Andes Copper Corp in Chile.",
    "Pampa Lithium Corp",
    "PARTNERED_WITH",
    "Andes Copper Corp",
  ],
  [
    "X specialises in producing Y; X is focused on making Y (a firm's line of business)",
    "Andes Copper Corp specialises in making copper cathodes.",
    "Andes Copper Corp",
    "PRODUCES",
    "copper cathode",
  ],
  [
    "a partnership / joint venture / agreement between X and Y",
    "The plan deepens cooperation among India, Japan and Australia.",
    "India",
    "PARTNERED_WITH",
    "Australia",
  ],
  [
    "X buys / purchases / imports Y",
    "Japan will buy more U.S. corn.",
    "Japan",
    "PURCHASES",
    "corn",
    { from: "United States" },
  ],
  ["Y sales / sales of Y to X (X buys them)", "Argentine beef sales to Egypt doubled.", "Egypt", "PURCHASES", "beef"],
  [
    "X books / receives / takes cargoes / shipments / tonnes of Y",
    "Egypt received three shipments of Russian wheat.",
    "Egypt",
    "PURCHASES",
    "wheat",
  ],
  [
    "a state signs an offtake agreement / deal for Y (the offtaker buys the output)",
    "Norway signed an offtake agreement for cobalt with a Finnish refiner.",
    "Norway",
    "PURCHASES",
    "cobalt",
  ],
  [
    "X secures / buys / takes (half of) Z's output of Y (an offtake: X buys Y)",
    "Norvale Motors signed a long-term offtake contract with Keystone Lithium to secure half its output of lithium.",
    "Norvale Motors",
    "PURCHASES",
    "lithium",
  ],
  [
    "Z sells / supplies / delivers Y to X (a firm or a state that receives them)",
    "Argentina will supply beef to Egypt.",
    "Egypt",
    "PURCHASES",
    "beef",
  ],
  [
    "X gets / obtains / sources / secures Y from Z (X buys it)",
    "Egypt gets most of its wheat from Argentina.",
    "Egypt",
    "PURCHASES",
    "wheat",
    { from: "Argentina" },
  ],
  [
    "X resumes purchases / imports of Y",
    "Egypt agreed to resume purchases of Brazilian soybeans.",
    "Egypt",
    "PURCHASES",
    "soybeans",
    { from: "Brazil" },
  ],
  [
    "X discussed / raised / addressed Y",
    "President Jane Roe discussed lithium and cobalt with Kenya.",
    "Jane Roe",
    "DISCUSSED",
    "cobalt",
  ],
  [
    "X raised / voiced / expressed concerns over / about Y",
    "Trade Minister Lena Berg voiced concerns about graphite on Monday.",
    "Lena Berg",
    "DISCUSSED",
    "graphite",
  ],
  [
    "X resolved / settled / ironed out issues (differences, disputes) over Y",
    "Ghana and Togo resolved issues around cocoa shipments last week.",
    "Ghana",
    "DISCUSSED",
    "cocoa",
  ],
  [
    "X pushed / called / pressed / negotiated / lobbied for Y",
    "Ghana is pressing for cocoa to enter British markets without quotas.",
    "Ghana",
    "DISCUSSED",
    "cocoa",
  ],
  [
    "X spoke / talked about Y",
    "Prime Minister Ravi Shah spoke about semiconductors on Monday.",
    "Ravi Shah",
    "DISCUSSED",
    "semiconductors",
  ],
  [
    "X announced / confirmed / unveiled / hailed / defended Y (a policy)",
    "Premier Lena Marsh unveiled the Mining Royalty Act on Tuesday.",
    "Lena Marsh",
    "DISCUSSED",
    "Mining Royalty Act",
  ],
  [
    "X backed Y; Y, backed by X (a firm's investors)",
    "Kestrel Resources, backed by Harbour Capital and Larch Partners, operates a copper mine in Chile.",
    "Larch Partners",
    "INVESTED_IN",
    "Kestrel Resources",
  ],
  [
    "X backed Y; Y, backed by X (a firm's investors)",
    "Last year the Treasury Department backed Kestrel Resources with a guarantee.",
    "Treasury Department",
    "INVESTED_IN",
    "Kestrel Resources",
  ],
  [
    "Z sells / offloads a stake in Y to X",
    "Harbour Resources agreed to sell a 30% stake in Kestrel Resources to Mitsui Metals Corp.",
    "Mitsui Metals Corp.",
    "INVESTED_IN",
    "Kestrel Resources",
    { kind: "equity" },
  ],
  [
    "X is / becomes the largest shareholder in Y; Y's investor X",
    "The Defense Department will become the largest shareholder in lithium miner Kestrel Resources.",
    "Defense Department",
    "INVESTED_IN",
    "Kestrel Resources",
  ],
  [
    "X's Y output / production / processing capacity",
    "Zambia's cobalt production rose to 40,000 tonnes a year.",
    "Zambia",
    "PRODUCES",
    "cobalt",
    { quantity: "40,000 tonnes a year" },
  ],
  [
    "a consortium of / including X, Y and Z",
    "A consortium of Tamarack Mining, Yellowknife Minerals and Osprey Energy won the tender.",
    "Yellowknife Minerals",
    "PARTNERED_WITH",
    "Osprey Energy",
  ],
  [
    "X and its (joint-venture) partner Y; Y's partner X",
    "Tamarack Mining and its joint-venture partner Yellowknife Minerals said output rose.",
    "Tamarack Mining",
    "PARTNERED_WITH",
    "Yellowknife Minerals",
  ],
  [
    "X and Y will jointly develop / build / operate …",
    "Tamarack Mining and Yellowknife Minerals will jointly develop the nickel project.",
    "Tamarack Mining",
    "PARTNERED_WITH",
    "Yellowknife Minerals",
  ],
  [
    "X produces / refines / supplies N% (half) of the world's Y",
    "Peru refines about two-thirds of the world's tellurium.",
    "Peru",
    "DOMINATES",
    "tellurium",
    { share: "about two-thirds of the world's tellurium" },
  ],
  [
    "X bought / acquired a deposit / mine / project Y",
    "Harbour Metals acquired the Kalbarri deposit in March.",
    "Harbour Metals",
    "INVESTED_IN",
    "Kalbarri",
  ],
  [
    "Y will pay a tariff on goods sent to X (the story's other side imposes it)",
    "Peru and the United States reached a trade deal on Monday. Peru will pay a 15% tariff on its exports to the United States.",
    "United States",
    "IMPOSED_TARIFF",
    "Peru",
    { rate: "15%" },
  ],
  [
    "X's (investment) deal / agreement / partnership with Y",
    "Inca Zinc's investment deal with the United States was approved.",
    "Inca Zinc",
    "PARTNERED_WITH",
    "United States",
  ],
  [
    "Y (was) hit / buffeted / hurt by X's tariffs; X's tariffs hit Y",
    "Chile was hit hard by US tariffs on copper.",
    "United States",
    "IMPOSED_TARIFF",
    "Chile",
  ],
  [
    "X hit / slapped / saddled Y's goods with a tariff (the tariff in the verb's \"with\")",
    "Chile struck Peruvian fishmeal with a 30% levy.",
    "Chile",
    "IMPOSED_TARIFF",
    "Peru",
  ],
  [
    "Y producer X, X's Y output, producer of Y (in apposition or after 'is')",
    "Peru is among the biggest exporters of raw copper.",
    "Peru",
    "PRODUCES",
    "copper",
  ],
  [
    "X began / halted / cut output / production of Y",
    "Harbour Metals halted production of cobalt in May.",
    "Harbour Metals",
    "PRODUCES",
    "cobalt",
  ],
  [
    "firm X supplies Y (to Z); X supplies Z with Y (a firm sells its own output)",
    "Harbour Metals supplies cobalt to carmakers in Japan.",
    "Harbour Metals",
    "PRODUCES",
    "cobalt",
  ],
  [
    "Y is made / processed at firm X's plant (a firm's site, named by its owner)",
    "The cobalt will be refined at Harbour Metals's plant in Ohio.",
    "Harbour Metals",
    "PRODUCES",
    "cobalt",
  ],
  [
    "Y production / output at firm X's plant; X ramps up Y production at its plant",
    "Nickel output at Harbour Metals's Tarn mine rose 8% last year.",
    "Harbour Metals",
    "PRODUCES",
    "nickel",
  ],
  [
    "firm X ships / exports / sells Y (a firm sells its own output)",
    "Harbour Metals ships zinc to smelters in Japan.",
    "Harbour Metals",
    "PRODUCES",
    "zinc",
  ],
  [
    "firm X's shipments / exports / sales of Y; X halted shipments of Y",
    "Harbour Metals suspended shipments of cobalt to Japan in May.",
    "Harbour Metals",
    "PRODUCES",
    "cobalt",
  ],
  ["Z supplies X with Y (X receives them)", "Peru supplies Japan with zinc every year.", "Japan", "PURCHASES", "zinc"],
  [
    "X is the world's dominant producer / supplier / player of Y",
    "Norway is the world's dominant tellurium processor.",
    "Norway",
    "DOMINATES",
    "tellurium",
  ],
  [
    "X is the world's dominant producer / supplier / player of Y",
    "Chile is the dominant player in the global supply of copper.",
    "Chile",
    "DOMINATES",
    "copper",
  ],
  [
    "X is a (strategic) partner / ally of Y; calling X a partner of Y",
    "The minister called Norway a strategic partner of Japan.",
    "Norway",
    "PARTNERED_WITH",
    "Japan",
  ],
  [
    "Z exported / shipped Y to X; Y imported into X",
    "In 2024, Peru exported 4,000 tonnes of copper to Japan.",
    "Japan",
    "PURCHASES",
    "copper",
  ],
  ["Z's exports / shipments of Y go to X", "Most Chilean copper exports go to India.", "India", "PURCHASES", "copper"],
  [
    "imports / exports / shipments of Y into / to X; Y imports into X (X receives them)",
    "Tellurium imports into Norway rose sharply in March.",
    "Norway",
    "PURCHASES",
    "tellurium",
  ],
  [
    "imports / exports / shipments of Y into / to X; Y imports into X (X receives them)",
    "Officials praised the first shipments of Peruvian copper to Japan.",
    "Japan",
    "PURCHASES",
    "copper",
  ],
  [
    "imports / exports / shipments of Y into / to X; Y imports into X (X receives them)",
    "Chile's lithium exports to South Korea doubled.",
    "South Korea",
    "PURCHASES",
    "lithium",
  ],
  [
    "X is the largest buyer / importer / customer of Y; Y buyer X; Z, the largest supplier of Y to X",
    "India is the largest buyer of Peruvian copper.",
    "India",
    "PURCHASES",
    "copper",
  ],
  [
    "X is the largest buyer / importer / customer of Y; Y buyer X; Z, the largest supplier of Y to X",
    "Norway, a top importer of tellurium, signed the accord.",
    "Norway",
    "PURCHASES",
    "tellurium",
  ],
  [
    "X is the largest buyer / importer / customer of Y; Y buyer X; Z, the largest supplier of Y to X",
    "The European Union remains Peru's biggest customer for copper.",
    "European Union",
    "PURCHASES",
    "copper",
  ],
  [
    "Z is the largest supplier / exporter / seller of Y to X (X buys it)",
    "Peru is the largest supplier of tellurium to Japan.",
    "Japan",
    "PURCHASES",
    "tellurium",
  ],
  [
    "Z is the largest supplier / exporter / seller of Y to X (X buys it)",
    "Norway, a leading exporter of cobalt to India, cut prices.",
    "India",
    "PURCHASES",
    "cobalt",
  ],
  [
    "X's Y assets / mines / operations / business / industry (what a firm works)",
    "Andes Copper Corp's tellurium business is small.",
    "Andes Copper Corp",
    "PRODUCES",
    "tellurium",
  ],
  [
    "X funded / backed / financed Y's mine / project / refinery (the firm that owns it)",
    "Peru financed Osprey Mining's copper smelter.",
    "Peru",
    "INVESTED_IN",
    "Osprey Mining",
  ],
  [
    "X injected / poured / ploughed (amount) into Y",
    "Peru injected $40 million into Osprey Mining.",
    "Peru",
    "INVESTED_IN",
    "Osprey Mining",
    { amount: "$40 million" },
  ],
  [
    "X bought / acquired / took over Y (a firm)",
    "Osprey Mining acquired Larch Metals Inc. in 2023.",
    "Osprey Mining",
    "INVESTED_IN",
    "Larch Metals Inc.",
    { kind: "acquisition" },
  ],
  [
    "X will develop / build / operate a mine / plant with Y (two firms)",
    "Osprey Mining will build a copper smelter with Larch Metals Inc.",
    "Osprey Mining",
    "PARTNERED_WITH",
    "Larch Metals Inc.",
  ],
  [
    "X holds / owns / acquires a 30% (controlling, equity) interest in Y",
    "Osprey Mining acquired a controlling interest in Larch Metals Inc.",
    "Osprey Mining",
    "INVESTED_IN",
    "Larch Metals Inc.",
    { kind: "equity" },
  ],
  [
    "X's acquisition / takeover / buyout of Y; the takeover of Y by X",
    "Osprey Mining's takeover of Larch Metals Inc. was approved.",
    "Osprey Mining",
    "INVESTED_IN",
    "Larch Metals Inc.",
    { kind: "acquisition" },
  ],
  [
    "the deal gives / grants X a stake in Y",
    "The accord gives Chile a 20% stake in Larch Metals Inc.",
    "Chile",
    "INVESTED_IN",
    "Larch Metals Inc.",
  ],
  [
    "X receives warrants / shares in (from) Y",
    "Peru will receive warrants in Larch Metals Inc.",
    "Peru",
    "INVESTED_IN",
    "Larch Metals Inc.",
  ],
  [
    "Y is (majority-, wholly) owned by X; X owns or controls Y (a firm); Y is controlled by X",
    "Larch Metals Inc. is owned by Osprey Mining.",
    "Osprey Mining",
    "INVESTED_IN",
    "Larch Metals Inc.",
  ],
  [
    "Y is (majority-, wholly) owned by X; X owns or controls Y (a firm); Y is controlled by X",
    "Larch Metals Inc. is controlled by Osprey Mining.",
    "Osprey Mining",
    "INVESTED_IN",
    "Larch Metals Inc.",
  ],
  [
    "X's subsidiary / unit / arm Y; Y, a subsidiary of X",
    "Larch Metals Inc., a subsidiary of Osprey Mining, mines copper.",
    "Osprey Mining",
    "INVESTED_IN",
    "Larch Metals Inc.",
  ],
];

/** Sentences where a predicate must not be found. */
const NEGATIVE: [text: string, predicate: string][] = [
  // A tariff, even on fentanyl, is not an export restriction.
  ["Peru imposed a fentanyl tariff on Chile.", "RESTRICTED_EXPORT"],
  ["Chile lifted import restrictions on copper.", "RESTRICTED_EXPORT"],
  ["Peru did not restrict exports of copper.", "RESTRICTED_EXPORT"],
  ["Price controls on copper hurt Zambia.", "DOMINATES"],
  // A meeting's topics are not a person's (that is talks-discussed's job).
  ["The talks in Lima covered copper.", "PRODUCES"],
  // "refine" on a proposal produces nothing.
  ["Chile will refine its proposal next week.", "PRODUCES"],
  ["The firm said copper prices rose.", "INVESTED_IN"],
  // A production cap is not an export restriction.
  ["Indonesia set a nickel mining quota for 2026.", "RESTRICTED_EXPORT"],
  // A tariff that stays where it is, is not a new threat.
  ["Peru's 10% tariff on Chilean wine would remain in place.", "THREATENED_TARIFF"],
  // A tax that is not on a country's goods is no tariff.
  ["Peru raised its corporate tax on Chilean firms.", "IMPOSED_TARIFF"],
  // Holding a share of a market is not an investment in a company.
  ["China holds 60% of global graphite reserves.", "INVESTED_IN"],
  // Hit by its own tariffs: no second state.
  ["Chile was hit by its own tariffs.", "IMPOSED_TARIFF"],
  // A trade deal settles a dispute: no partnership.
  ["Japan's trade deal with the United States was approved.", "PARTNERED_WITH"],
  // A measure's noun ("its copper controls") is no market share.
  ["Chile broadened its copper controls by adding elements.", "DOMINATES"],
  // A share of demand makes a buyer, not a dominant supplier.
  ["Peru accounts for 40% of global tellurium demand.", "DOMINATES"],
  // A second-rank producer does not dominate.
  ["Peru is the world's second-largest tellurium producer.", "DOMINATES"],
  // A takeover that was rejected did not happen.
  ["Peru rejected Osprey Mining's takeover of Larch Metals Inc.", "INVESTED_IN"],
  // An interest that is curiosity, and an investment climate, invest nothing.
  ["Peru has a keen interest in Osprey Mining's copper.", "INVESTED_IN"],
  ["Peruvian firms have a fair investment environment in Chile.", "INVESTED_IN"],
  // Building with a firm's approval is no partnership.
  ["Osprey Mining built the smelter with Larch Metals Inc.'s approval.", "PARTNERED_WITH"],
  // A seller of another firm's stake is no investor in itself; a stake sold with no share named.
  ["Osprey Mining sold its 30% stake in the smelter to Peru.", "INVESTED_IN"],
  // Working with a partner to settle a trade dispute, or working for a firm, is no partnership.
  ["Chile will work closely with Peru to settle the tariff dispute.", "PARTNERED_WITH"],
  ["Maria Keller worked with Andes Copper Corp for ten years.", "PARTNERED_WITH"],
  // An investment in a country with no investor written and no second state in the story.
  ["Officials began documenting the $90 billion investment in Chile on Tuesday.", "INVESTED_IN"],
  // A climate for investment invests nothing.
  ["Peru and Chile met in May. The $5 billion investment climate in Chile improved.", "INVESTED_IN"],
  // Paying for goods, or building with no money named, invests in no firm or place.
  ["Osprey Mining paid $40 million for copper concentrate from Peru.", "INVESTED_IN"],
  ["Osprey Mining will build a smelter in Tennessee.", "INVESTED_IN"],
  ["Osprey Mining paid a $5 million fine for Larch Metals Inc.", "INVESTED_IN"],
  // Buying goods from a firm is a purchase, not a takeover of the firm.
  ["Osprey Mining bought copper from Larch Metals Inc.", "INVESTED_IN"],
  // A ban, a halt or a licence on shipments to a state delivers nothing to it.
  ["Peru banned copper exports to Japan.", "PURCHASES"],
  ["Norway halted tellurium shipments to India last week.", "PURCHASES"],
  ["Chile tightened export licences for lithium to South Korea.", "PURCHASES"],
  // Revenue from sales to a government is no purchase of the good by its state.
  ["Osprey Mining will pay 15% of its copper sales in Peru to Japan.", "PURCHASES"],
];

describe("predicates", () => {
  describe("PREDICATE_ENTRIES", () => {
    it("every row has at least one sentence in this table", () => {
      const tested = new Set(ROWS.map((r) => r[0]));
      for (const e of PREDICATE_ENTRIES) expect(tested.has(e.phrasing), e.phrasing).toBe(true);
    });

    for (const [phrasing, text, source, predicate, target, attrs] of ROWS) {
      it(`${phrasing}: "${text}" gives ${source} ${predicate} ${target}`, () => {
        const a = analyseDocument(doc(text));
        const name = new Map(a.entities.map((e) => [e.id, e.name]));
        const ids = new Set(PREDICATE_ENTRIES.filter((e) => e.phrasing === phrasing).map((e) => e.id));
        const found = a.relations.filter(
          (r) =>
            r.predicate === predicate &&
            r.evidence.some((e) => ids.has(e.rule)) &&
            ((name.get(r.source) === source && name.get(r.target) === target) ||
              (name.get(r.source) === target && name.get(r.target) === source)),
        );
        const all = a.relations.map(
          (r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)} [${r.evidence[0]?.rule}]`,
        );
        expect(found.length, all.join("; ")).toBeGreaterThan(0);
        for (const [k, v] of Object.entries(attrs ?? {})) expect(found[0]!.attributes[k]).toBe(v);
      });
    }

    it("gives the dominance to the country whose dominance it is, not to the one speaking of it", () => {
      const a = analyseDocument(doc("Chile wants to reduce Indonesia's dominance of nickel."));
      const name = new Map(a.entities.map((e) => [e.id, e.name]));
      const dominates = a.relations.filter((r) => r.predicate === "DOMINATES").map((r) => name.get(r.source));
      expect(dominates).toContain("Indonesia");
      expect(dominates).not.toContain("Chile");
    });

    for (const [text, predicate] of NEGATIVE) {
      it(`finds no ${predicate} in "${text}"`, () => {
        const a = analyseDocument(doc(text));
        expect(a.relations.filter((r) => r.predicate === predicate)).toEqual([]);
      });
    }
  });
});
