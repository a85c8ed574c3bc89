// Round 21b of issue 13 (agreements): an agreement named after two states also goes by the short
// forms annotators and the news give them ("US", "EU", "UK", "DRC"), with its parties in either
// order (aliases only). Every name and sentence is written for this test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { agreementShortNames } from "../../../src/extraction/rules/agreement-names.ts";
import { testDocument } from "../../_helpers/documents.ts";

describe("agreements r21b: short names of a two-state agreement", () => {
  const rows: [string, string[]][] = [
    ["United States-Peru tariff agreement", ["US-Peru tariff agreement", "Peru-US tariff agreement"]],
    ["European Union-Chile free trade agreement", ["EU-Chile free trade agreement", "Chile-EU free trade agreement"]],
    ["South Korea-United Kingdom trade deal", ["South Korea-UK trade deal", "UK-South Korea trade deal"]],
    ["Mercosur-Canada trade pact", ["Canada-Mercosur trade pact"]],
    ["DR Congo-Burundi peace agreement", ["DRC-Burundi peace agreement", "Burundi-DRC peace agreement"]],
  ];
  for (const [name, aliases] of rows)
    it(`${name} → ${aliases.join(", ")}`, () => expect(agreementShortNames(name)).toEqual(aliases));

  const none = [
    "Liberation Day tariffs",
    "Smith-Jones meeting framework",
    "United States-Peru Trade Deal",
    "Geneva framework",
    "United States-United States trade deal",
    "Peru export licensing regime",
  ];
  for (const name of none) it(`${name} → none`, () => expect(agreementShortNames(name)).toEqual([]));

  it("an extracted two-state agreement carries its short names", () => {
    const a = analyseDocument(
      testDocument(
        "Peru and the United States signed a free trade agreement on Monday. The agreement cuts duties on copper.",
        {
          date: "2025-09-12",
        },
      ),
    );
    const policy = a.entities.find((e) => e.type === "Policy" && /free trade agreement$/.test(e.name));
    expect(policy).toBeDefined();
    const surfaces = [policy!.name, ...policy!.aliases];
    expect(surfaces).toContain("Peru-US free trade agreement");
    expect(surfaces).toContain("US-Peru free trade agreement");
  });
});
