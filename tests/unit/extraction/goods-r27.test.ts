// Round 27 of issue 13 (goods): a class of goods spelled out after a colon shares the class's
// relations; a market operator's name ("<place> Metal Exchange") and a holding
// firm's name in the singular ("X Resources Holding") are firms' names; "Exchange" alone is no
// firm. Every sentence is written for this test.

import { describe, expect, it } from "vitest";
import { entityNames, factTable, readText } from "../../_helpers/documents.ts";

const companies = (text: string) => entityNames(text, "Company", { date: "2025-09-12" });

describe("goods r27: exchanges and holding firms", () => {
  const finds: [string, string][] = [
    ["Copper prices rose on the Karvik Metal Exchange on Monday.", "Karvik Metal Exchange"],
    ["Shares of the miner fell on the Toronto Stock Exchange.", "Toronto Stock Exchange"],
    ["The Dalian Futures Exchange raised margins for iron ore.", "Dalian Futures Exchange"],
    ["The mine is owned by Brantor Mineral Holding, which bought it in May.", "Brantor Mineral Holding"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(companies(text)).toContain(name);
    });
  const none: [string, string][] = [
    ["The Exchange said trading resumed after an hour.", "Exchange"],
    ["Traders watched the foreign exchange market.", "exchange"],
  ];
  for (const [text, name] of none)
    it(`makes no firm "${name}" in "${text}"`, () => {
      expect(companies(text)).not.toContain(name);
    });
});

const products = (text: string) => entityNames(text, "Product", { date: "2025-09-12" });

describe("goods r27: a good before its sector's or its growers' word", () => {
  const finds: [string, string][] = [
    ["Varnia's dairy industry fears the new quota on imports.", "dairy products"],
    ["Soybean farmers in Ohio said exports to Asia fell.", "soybeans"],
    ["The beef sector asked for access to the market.", "beef"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(products(text)).toContain(name);
    });
  const none: [string, string][] = [
    ["Chip fabs in Arizona will open next year.", "semiconductors"],
    ["Steel stocks rose on Monday.", "steel"],
  ];
  for (const [text, name] of none)
    it(`makes no good "${name}" in "${text}"`, () => {
      expect(products(text)).not.toContain(name);
    });
});

const facts = (text: string) => readText(text, { date: "2025-09-12" }).lines;

describe("goods r27: a class of goods spelled out after a colon", () => {
  factTable(
    facts,
    [
      [
        "Vietnam imposed export controls on four rare earth elements: samarium, terbium, dysprosium and yttrium.",
        "Vietnam RESTRICTED_EXPORT terbium",
      ],
      [
        "Vietnam imposed export controls on four rare earth elements: samarium, terbium, dysprosium and yttrium.",
        "Vietnam RESTRICTED_EXPORT rare earths",
      ],
      ["Chile banned exports of two battery metals: lithium and cobalt.", "Chile RESTRICTED_EXPORT cobalt"],
    ],
    [
      // Something else follows the list: no plain list of the class's members.
      [
        "Vietnam restricted exports of rare earths: gallium and germanium had been curbed a year earlier.",
        "Vietnam RESTRICTED_EXPORT gallium",
      ],
      // One good after the colon is no list.
      ["Vietnam restricted exports of rare earths: terbium.", "Vietnam RESTRICTED_EXPORT terbium"],
    ],
  );
});

const minerals = (text: string) => entityNames(text, "Mineral", { date: "2025-09-12" });

describe("goods r27: a plain-English metal as a measure's good", () => {
  const finds: [string, string][] = [
    ["Peru tightened its export controls on silver last week.", "silver"],
    ["The government tightened silver export rules.", "silver"],
    ["Ghana lifted the ban on gold shipments by small miners.", "gold"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(minerals(text)).toContain(name);
    });
  const none: [string, string][] = [
    ["He placed a bet on gold medals for the team.", "gold"],
    ["The house had a roof of tin and a silver door.", "silver"],
  ];
  for (const [text, name] of none)
    it(`finds no "${name}" in "${text}"`, () => {
      expect(minerals(text)).not.toContain(name);
    });
  factTable(facts, [["Peru tightened its export controls on silver last week.", "Peru RESTRICTED_EXPORT silver"]]);
});

describe("goods r27: a meeting's name that joins its themes with 'and'", () => {
  const firms: [string, string][] = [
    ["Speaking at the Varnia Mining and Investment Conference in Lusaka, she said output would rise.", "Varnia Mining"],
    ["The Africa Energy and Mining Forum opened in Cape Town on Monday.", "Africa Energy"],
  ];
  for (const [text, name] of firms)
    it(`makes no firm "${name}" in "${text}"`, () => {
      expect(companies(text)).not.toContain(name);
    });
  it("keeps the meeting whole", () => {
    expect(entityNames("The Africa Energy and Mining Forum opened in Cape Town on Monday.", "Meeting")).toContain(
      "Africa Energy and Mining Forum",
    );
  });
  it("keeps a body's name joined by 'and'", () => {
    expect(entityNames("The Securities and Exchange Commission fined the firm.", "Agency")).toContain(
      "Securities and Exchange Commission",
    );
  });
});

describe("goods r27: 'International' after a firm's head word", () => {
  const finds: [string, string][] = [
    ["Korea Resources Gas International said it would buy more gas.", "Korea Resources Gas International"],
    ["Tarrow Gold International said output rose in May.", "Tarrow Gold International"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(companies(text)).toContain(name);
    });
  it("keeps a state's body named with 'International'", () => {
    expect(entityNames("The US International Trade Commission said it would review the case.", "Agency")).toContain(
      "US International Trade Commission",
    );
  });
});

describe("goods r27: kinds of fertiliser", () => {
  const finds: [string, string][] = [
    ["Varnia capped urea exports at two million tons.", "urea"],
    ["The ministry set a phosphate fertilizer export quota for May.", "phosphate fertilizer"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(products(text)).toContain(name);
    });
  it("leaves phosphate rock a mineral", () => {
    expect(minerals("Morocco mines phosphate in the south.")).toContain("phosphate");
  });
});
