// Round 22 of issue 13 (companies): registered names with a legal form of many languages and a
// country inside, French and Spanish firms' names with their particles, a short name that opens
// one firm's longer name, a state's law named by its words, a dateline's wires joined by slashes,
// and firms named by a trade ("X Plastics", "X Asset Management"). Every sentence is written for
// this test; the firms are invented, the states are generic knowledge.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";
import { itTypesRows } from "../../_helpers/rows.ts";

/** The entities of `text`, as "Type:name" with their aliases after a bar. */
const entities = (text: string) =>
  analyseDocument(testDocument(text, { date: "2025-09-12" })).entities.map(
    (e) => `${e.type}:${e.name}${e.aliases.length ? ` | ${e.aliases.join(" | ")}` : ""}`,
  );

describe("entities r22: legal forms of many languages close a firm's registered name", () => {
  itTypesRows(
    "Company",
    [
      ["The licence went to Kestrel Minerals Burkina Faso SARL last week.", "Kestrel Minerals Burkina Faso SARL"],
      ["Halden Mining Services Burkina Faso SARL will run the new pit.", "Halden Mining Services Burkina Faso SARL"],
      ["Voss Metall GmbH signed the supply contract on Monday.", "Voss Metall GmbH"],
      [
        "Tamu Nickel Indonesia Tbk and Sarawak Metals Malaysia Berhad agreed on prices.",
        "Sarawak Metals Malaysia Berhad",
      ],
      ["The cargo was sold to Hoshimi Trading K.K. on Monday.", "Hoshimi Trading K.K."],
    ],
    [
      // The country is no firm of its own, nor the legal form alone.
      ["The licence went to Kestrel Minerals Burkina Faso SARL last week.", "SARL"],
      ["The licence went to Kestrel Minerals Burkina Faso SARL last week.", "Kestrel Minerals"],
    ],
  );
});

describe("entities r22: a Romance firm's head opens its name, particles and all", () => {
  itTypesRows(
    "Company",
    [
      [
        "The assets went to the state miner, Société de Participation Minière du Kouri (SOPAKO).",
        "Société de Participation Minière du Kouri",
      ],
      ["Sociedad Minera y Metalúrgica del Norte SA cut its output.", "Sociedad Minera y Metalúrgica del Norte SA"],
      ["Shares of Compagnie des Mines de l'Ouest fell 4%.", "Compagnie des Mines de l'Ouest"],
    ],
    [["Sociedad Minera y Metalúrgica del Norte SA cut its output.", "Sociedad Minera"]],
  );
  it("gives the firm the short name in brackets after it", () => {
    const found = entities("Zorvan signed a deal with Corporación Nacional del Estaño (Cornesta) on Monday.");
    expect(
      found.some((e) => e.startsWith("Company:Corporación Nacional del Estaño | Cornesta")),
      found.join("; "),
    ).toBe(true);
  });
});

describe("entities r22: one word that opens one firm's longer name is that firm", () => {
  it("joins a headline's short name to the full name written later", () => {
    const found = entities(
      "Zorvan to sell Kelto American's copper unit\nZorvan Ltd will buy the copper unit of Kelto American Plc for $500 million. Kelto said the sale would close in May.",
    );
    expect(
      found.filter((e) => /^Company:Kelto/.test(e)),
      found.join("; "),
    ).toHaveLength(1);
  });
  it("keeps apart a short name followed by another word than the long name's second", () => {
    const found = entities(
      "Kelto American will merge with Brisk Ore to form Kelto Brisk. Kelto American said the deal would close in May.",
    );
    expect(
      found.some((e) => e.startsWith("Company:Kelto Brisk | Kelto")),
      found.join("; "),
    ).toBe(false);
  });
});

describe("entities r22: a law with words and no state of its own is the document's state's", () => {
  itTypesRows(
    "Policy",
    [
      [
        "Mali took control of two gold mines on Thursday. Mali said the mines would stay open. The move follows the enactment of a new mining law on Wednesday, officials in Mali said.",
        "Mali mining law",
      ],
    ],
    [
      // A law no one state makes.
      [
        "Japan said the plan respects international law. Japan will share its data. Japan and its partners will meet again.",
        "Japan international law",
      ],
      // No state the document is about.
      ["Officials said the new mining law would raise royalties.", "mining law"],
    ],
  );
});

describe("entities r22: a dateline's wires joined by slashes are outlets", () => {
  itTypesRows(
    "Media",
    [
      ["Lima, 30 March 2025 (dpa/ANX) - The trade ministers agreed to meet again.", "dpa"],
      ["Lima, 30 March 2025 (dpa/ANX) - The trade ministers agreed to meet again.", "ANX"],
      ["QUITO, May 9, 2025 (BSX/AFP) - Ecuador said it would curb exports.", "BSX"],
    ],
    [["Officials (Lima/Quito) said the talks went well.", "Quito"]],
  );
});

describe("entities r22: trades that name a firm", () => {
  itTypesRows(
    "Company",
    [
      ["Duties were lower for Zorvan Plastics and Kelto Taiwan, which received rates of 4%.", "Zorvan Plastics"],
      ["A fund managed by Brisk Asset Management put in $150 million.", "Brisk Asset Management"],
      ["Duties were lower for Zorvan Plastics and Kelto Taiwan receiving rates of 4%.", "Kelto Taiwan"],
    ],
    [
      // A body's "of" types it, not its last word.
      ["The Ministry of Emergency Management said the dam was safe.", "Ministry of Emergency Management"],
    ],
  );
});
