// Round 17 of issue 13 (deals): mechanisms, not phrasings. A funding infinitive after a clause that
// receives money ("Y secured a loan from X to fund its mine") is done by the giver, not the
// receiver, and the receiver's own works stand for the receiver (INVESTED_IN); the place of the
// works funded is no second target. A state's policy lender ("Chile Development Bank") is an Agency,
// several states' ("the African Infrastructure Bank") an Organization, a bank with no word of policy
// lending a firm. Every sentence is written for this test; the firms and lenders are invented.

import { describe, expect, it } from "vitest";
import { readDocument } from "../../../src/extraction/stages/01-read.ts";
import { factTable, readText } from "../../_helpers/documents.ts";
import { itTypesRows } from "../../_helpers/rows.ts";

const Q = "Quillon Minerals";
const T = "Talmore Capital";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

describe("deals r17: the money's giver funds what a receiver's loan pays for", () => {
  factTable(
    read,
    [
      [`${Q} secured a $90 million loan from ${T} to fund its copper mine in Peru.`, `${T} INVESTED_IN ${Q}`],
      [
        `${Q} obtained financing of $30 million from ${T} to finance the construction of its smelter in Chile.`,
        `${T} INVESTED_IN ${Q}`,
      ],
    ],
    [
      // The receiver funds nothing of its own with another's loan.
      [`${Q} secured a $90 million loan from ${T} to fund its copper mine in Peru.`, `${Q} INVESTED_IN Peru`],
      [`${Q} secured a $90 million loan from ${T} to fund its copper mine in Peru.`, `${T} INVESTED_IN Peru`],
      [
        `${Q} obtained financing of $30 million from ${T} to finance the construction of its smelter in Chile.`,
        `${Q} INVESTED_IN Chile`,
      ],
    ],
  );
});

describe("deals r17: money put in a firm or site a demonym qualifies is not put in the country", () => {
  factTable(
    read,
    [[`${T} invested $60 million in Peru last year.`, `${T} INVESTED_IN Peru`]],
    [
      [`${T} will invest $60 million in a Peruvian copper refiner.`, `${T} INVESTED_IN Peru`],
      [`${T} and ${Q} plan to invest up to $80 million in a Chilean lithium project.`, `${Q} INVESTED_IN Chile`],
    ],
  );
});

describe("deals r17: the pronoun of an instrument's phrase is the one named right before it", () => {
  factTable(
    read,
    [
      [
        `${Q} accepted a takeover offer from ${T}, via its subsidiary Brindle Mining.`,
        `${T} INVESTED_IN Brindle Mining`,
      ],
    ],
    [
      [
        `${Q} accepted a takeover offer from ${T}, via its subsidiary Brindle Mining.`,
        `${Q} INVESTED_IN Brindle Mining`,
      ],
    ],
  );
});

const partners = (text: string) =>
  readText(text, { date: "2025-09-12" }).lines.filter((l) => l.includes("PARTNERED_WITH"));

describe("deals r17: a state body that builds a plant with a firm is its partner", () => {
  it("reads the firm and the body as partners", () => {
    const lines = partners(`${Q} will build a graphite plant in Ohio with the Energy Department.`);
    expect(lines.some((l) => l.includes(Q) && /Energy/.test(l))).toBe(true);
  });
  it("does not read a body whose approval the firm builds with", () => {
    const lines = partners(`${Q} will build a graphite plant in Ohio with the Energy Department's approval.`);
    expect(lines).toEqual([]);
  });
});

describe("deals r17: a list of investors may mix a state body and a firm", () => {
  factTable(
    read,
    [
      [
        `In a statement, the Chile Development Bank and ${Q} said they would provide $50 million in financing to Brindle Mining.`,
        "Chile Development Bank INVESTED_IN Brindle Mining",
      ],
    ],
    [
      [
        `In a statement, Ana Ruiz and ${Q} said they would provide $50 million in financing to Brindle Mining.`,
        "Ana Ruiz INVESTED_IN Brindle Mining",
      ],
    ],
  );
});

const lent = (lender: string) =>
  `${Q} said on Tuesday that it had won a $45 million loan from ${lender} for its zinc mine.`;

describe("deals r17: a state's policy lender is an Agency, several states' an Organization", () => {
  itTypesRows(
    "Agency",
    [
      [lent("the Chile Development Bank"), "Chile Development Bank"],
      [lent("the Norway Trade Insurance Corporation"), "Norway Trade Insurance Corporation"],
      [lent("the Reconstruction Bank of Poland"), "Reconstruction Bank of Poland"],
    ],
    [
      // No word of policy lending: a commercial bank.
      [lent("the Chile Construction Bank"), "Chile Construction Bank"],
      // Several states' lender.
      [lent("the African Infrastructure Bank"), "African Infrastructure Bank"],
    ],
  );
  itTypesRows(
    "Organization",
    [
      [lent("the African Infrastructure Bank"), "African Infrastructure Bank"],
      [lent("the Reconstruction Bank of Central Asia"), "Reconstruction Bank of Central Asia"],
    ],
    [[lent("the Chile Development Bank"), "Chile Development Bank"]],
  );
  itTypesRows("Company", [[lent("the Chile Construction Bank"), "Chile Construction Bank"]], []);
});

describe("deals r17: a camel-cased outlet in the source line", () => {
  const read = (source: string) =>
    readDocument(
      "t.txt",
      new TextEncoder().encode(
        `Miners Cut Output\nSource: ${source}\nPublished On: 2025-05-02\n\nBy Ana Ruiz\nQuillon Minerals cut its output of zinc.\n`,
      ),
    ).source;
  it("reads an outlet whose name opens with a lower-case letter before a capital", () => {
    expect(read("eHarbor (Daily Wire)")).toBe("eHarbor (Daily Wire)");
  });
  it("does not read a lower-case phrase as the outlet", () => {
    expect(read("our staff")).toBeNull();
  });
});
