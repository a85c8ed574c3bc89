// Round 18 of issue 13 (deals): mechanisms, not phrasings. A description set off before a name
// ("with the Peruvian state fund, Quillon Minerals") is the name's apposition: the partner is the
// name, never the state its demonym names. Every sentence is written for this test; the firms and
// funds are invented.

import { describe, expect, it } from "vitest";
import { parseByline } from "../../../src/extraction/read/metadata.ts";
import { entityNames, factTable, readText } from "../../_helpers/documents.ts";

const Q = "Quillon Minerals";
const T = "Talmore Holdings";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

describe("deals r18: a description before a name in apposition stands for the name", () => {
  factTable(
    read,
    [
      [
        `${T} signed a cooperation agreement with the Peruvian state mining fund, ${Q}, on joint exploration.`,
        `${T} PARTNERED_WITH ${Q}`,
      ],
      [`${T} formed a joint venture with a Chilean copper producer, ${Q}.`, `${T} PARTNERED_WITH ${Q}`],
      [`${T} partnered with the Bolivian lithium developer, ${Q}, in 2023.`, `${T} PARTNERED_WITH ${Q}`],
      // A government the demonym qualifies is the state.
      [`${T} signed a supply agreement with the Chilean government.`, `${T} PARTNERED_WITH Chile`],
    ],
    [
      [
        `${T} signed a cooperation agreement with the Peruvian state mining fund, ${Q}, on joint exploration.`,
        `${T} PARTNERED_WITH Peru`,
      ],
      [`${T} formed a joint venture with a Chilean copper producer, ${Q}.`, `${T} PARTNERED_WITH Chile`],
      // A phrase after the comma that its verb follows is the clause's subject, no apposition.
      [`Under the deal with the Chilean miner, ${Q} will sell copper.`, `${Q} PARTNERED_WITH Chile`],
    ],
  );
});

describe("deals r18: firms a third party deals with are not each other's partners", () => {
  factTable(
    read,
    [[`${T} and ${Q} met in May. The agreement between the two companies covers nickel.`, `${Q} PARTNERED_WITH ${T}`]],
    [
      [`${T} and ${Q} met in May. Canada signed agreements with both companies.`, `${Q} PARTNERED_WITH ${T}`],
      [
        `${T} and ${Q} were chosen in May. Under the agreements, the agency will work with the firms to find buyers.`,
        `${Q} PARTNERED_WITH ${T}`,
      ],
    ],
  );
});

describe("deals r18: a name with one state's sovereign fund in apposition is an Agency", () => {
  it("types the fund named before its apposition as an Agency", () => {
    expect(entityNames("Vastra, Qatar's sovereign wealth fund, invested in Talmore Holdings.", "Agency")).toContain(
      "Vastra",
    );
    expect(
      entityNames("In May, Talmore Holdings and Orlix, the Omani sovereign fund, formed a joint venture.", "Agency"),
    ).toContain("Orlix");
  });
  it("leaves a private fund alone", () => {
    expect(entityNames("Vastra, a private equity fund, invested in Talmore Holdings.", "Agency")).not.toContain(
      "Vastra",
    );
  });
  factTable(read, [
    [`${T} and Orlix, the Omani sovereign wealth fund, launched a joint venture.`, `${T} PARTNERED_WITH Orlix`],
  ]);
});

describe("deals r18: a byline with its verb, and the outlet a republisher credits", () => {
  it("reads 'Written by' as 'By'", () => {
    expect(parseByline("Written by Corin Vale")?.authors).toEqual(["Corin Vale"]);
  });
  it("reads the outlet after 'via', its aside left out", () => {
    const byline = parseByline("Authored by Corin Vale via The Lumen Post (emphasis ours),");
    expect(byline?.authors).toEqual(["Corin Vale"]);
    expect(byline?.source).toBe("The Lumen Post");
  });
  it("reads no byline in a sentence about writing", () => {
    expect(parseByline("The report was written by analysts at the bank last year.")).toBeNull();
  });
});

describe("deals r18: a verb coordinated after an object is no noun of the object's list", () => {
  factTable(
    read,
    [
      [
        `${T} and ${Q} will finalize a definitive agreement and work closely with suppliers.`,
        `${T} PARTNERED_WITH ${Q}`,
      ],
    ],
    [[`Exports of copper and cobalt rose sharply in May, ${T} said.`, `${T} PARTNERED_WITH ${Q}`]],
  );
});
