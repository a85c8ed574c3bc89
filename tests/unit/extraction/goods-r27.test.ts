// Round 27 of issue 13 (goods): a market operator's name ("<place> Metal Exchange") and a holding
// firm's name in the singular ("X Resources Holding") are firms' names; "Exchange" alone is no
// firm. Every sentence is written for this test.

import { describe, expect, it } from "vitest";
import { entityNames } from "../../_helpers/documents.ts";

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
