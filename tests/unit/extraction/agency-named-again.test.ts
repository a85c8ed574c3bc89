// A body named again as a common noun ("the ministry said", "the bureau stated", "the regulator
// said"): one resolver (stages/04-resolve.ts agencyNamedBy) serves the statements' speakers (stage
// 7) and the export curbs' makers (rules/trade.ts). Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { agencyNamedBy } from "../../../src/extraction/stages/04-resolve.ts";
import { testDocument } from "../../_helpers/documents.ts";

function read(text: string): { said: string[]; curbs: string[] } {
  const a = analyseDocument(testDocument(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    said: a.statements.map((s) => `${name.get(s.speaker)}: ${s.quote}`),
    curbs: a.relations
      .filter((r) => r.predicate === "RESTRICTED_EXPORT")
      .map((r) => `${name.get(r.source)} RESTRICTED_EXPORT ${name.get(r.target)}`),
  };
}

describe("extraction resolve", () => {
  describe("agencyNamedBy", () => {
    const bodies = ["Ministry of Trade and Industry", "Federal Statistics Bureau", "Port Authority"];
    it.each([
      ["the head noun of the most recent body that has it", "bureau", [], "Federal Statistics Bureau"],
      ["the head noun with the words before it", "ministry", ["trade"], "Ministry of Trade and Industry"],
      ["a regulator: any body, the most recent first", "regulator", [], "Ministry of Trade and Industry"],
      ["nothing when a word before the head is not in the name", "ministry", ["finance"], undefined],
      ["nothing for a head noun no body has", "department", [], undefined],
      ["nothing for a word that is no body's head noun", "company", [], undefined],
    ])("reads %s", (_what, head, modifiers, expected) => {
      expect(agencyNamedBy(head, modifiers, bodies, (b) => b)).toBe(expected);
    });
  });

  describe("agencyNamedBy in the statements and the export curbs", () => {
    it.each([
      [
        "a statement of an administration named again",
        "The Maritime Safety Administration closed the strait to tankers. “The closure is temporary,” the administration said.",
        ["Maritime Safety Administration: The closure is temporary"],
      ],
      [
        "a statement of a bureau named again",
        "The Federal Statistics Bureau released the figures on Friday. “Copper exports fell for a third month,” the bureau said.",
        ["Federal Statistics Bureau: Copper exports fell for a third month"],
      ],
      [
        "no statement when no body with that head noun was named",
        "The Federal Statistics Bureau released the figures on Friday. “Copper exports fell for a third month,” the department said.",
        [],
      ],
    ])("gives %s", (_what, text, expected) => {
      expect(read(text).said).toEqual(expected);
    });

    it.each([
      [
        "the curb of a bureau named again",
        "Peru's Mining Regulatory Bureau issued new rules on Monday. Shipments of copper concentrate to Korea will be prohibited from May, the bureau said.",
        "Mining Regulatory Bureau RESTRICTED_EXPORT copper concentrate",
      ],
      [
        "the curb of the body a regulator names again",
        "Indonesia's Energy Ministry issued new rules. Shipments of nickel ore to China will be banned from June, the regulator said.",
        "Energy Ministry RESTRICTED_EXPORT nickel ore",
      ],
    ])("gives %s", (_what, text, expected) => {
      expect(read(text).curbs).toContain(expected);
    });

    it("gives no body's curb when the head noun names none of the bodies before", () => {
      const { curbs } = read(
        "Indonesia's Energy Ministry issued new rules. Shipments of nickel ore to China will be banned from June, the bureau said.",
      );
      expect(curbs.filter((c) => c.startsWith("Energy Ministry"))).toEqual([]);
    });
  });
});
