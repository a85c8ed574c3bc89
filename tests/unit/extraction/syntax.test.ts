// The clause layer read directly: sentences written for the test, tokenised and tagged by stage 2,
// with stage 3's mentions; each row checks one piece of the reading (subject, verb group, objects,
// attachments, coordination, apposition, relative clauses, passives).

import { describe, expect, it } from "vitest";
import type { Arg, Clause } from "../../../src/extraction/syntax/clauses.ts";
import { isParticiple, nounSingular, verbLemma } from "../../../src/extraction/syntax/lemma.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

interface Read {
  clauses: Clause<{ ts: number; te: number; text: string }>[];
  words: (a: number, b: number) => string;
}

function read(text: string): Read {
  const { reading, words } = readFirstSentence(text);
  return { clauses: reading.clauses, words };
}

/** The items of an argument as text ("A | B | C"). */
function items(r: Read, arg: Arg<{ ts: number; te: number }> | undefined): string {
  return arg ? arg.items.map((c) => r.words(c.ts, c.te)).join(" | ") : "";
}

function clause(r: Read, lemma: string): Clause<{ ts: number; te: number; text: string }> {
  const c = r.clauses.find((x) => x.verb.lemma === lemma);
  expect(c, `clause of "${lemma}" in ${r.clauses.map((x) => x.verb.lemma).join(", ")}`).toBeDefined();
  return c!;
}

describe("syntax", () => {
  describe("verbLemma", () => {
    const rows: [string, string][] = [
      ["imposed", "impose"],
      ["threatened", "threaten"],
      ["bought", "buy"],
      ["mines", "mine"],
      ["refines", "refine"],
      ["suspended", "suspend"],
      ["controls", "control"],
      ["taken", "take"],
      ["signing", "sign"],
    ];
    for (const [form, lemma] of rows) it(`reads "${form}" as "${lemma}"`, () => expect(verbLemma(form)).toBe(lemma));
  });

  describe("nounSingular and isParticiple", () => {
    it("singularises trigger nouns", () => {
      expect(["duties", "controls", "levies", "curbs", "stakes", "purchases"].map(nounSingular)).toEqual([
        "duty",
        "control",
        "levy",
        "curb",
        "stake",
        "purchase",
      ]);
    });
    it("knows participles from other forms", () => {
      expect(["imposed", "taken", "bought"].every(isParticiple)).toBe(true);
      expect(["imposes", "is", "taking"].some(isParticiple)).toBe(false);
    });
  });

  describe("readSentence", () => {
    it("reads subject, head verb, object and a prepositional attachment", () => {
      const r = read("Peru imposed export controls on copper last week.");
      const c = clause(r, "impose");
      expect(items(r, c.subject)).toBe("Peru");
      expect(items(r, c.objects[0])).toBe("export controls");
      expect(c.pps.map((p) => [p.prep, items(r, p.arg)])).toContainEqual(["on", "copper"]);
    });

    it("expands a coordinated list of objects of a preposition", () => {
      const r = read("Chile restricted sales of lithium, copper and cobalt in May.");
      const on = clause(r, "restrict").objects[0]!.items[0]!.pps.find((p) => p.prep === "of");
      expect(items(r, on?.arg)).toBe("lithium | copper | cobalt");
    });

    it("expands 'as well as' and 'both … and' coordination", () => {
      const r = read("Both Kenya and Ghana buy nickel as well as copper.");
      const c = clause(r, "buy");
      expect(c.subject?.items).toHaveLength(2);
      expect(items(r, c.objects[0])).toBe("nickel | copper");
    });

    it("resolves a possessive subject", () => {
      const r = read("Brazil's mines ministry suspended exports of niobium.");
      const c = clause(r, "suspend");
      expect(c.subject?.items[0]?.possessor?.text).toBe("Brazil");
    });

    it("keeps modality and control verbs apart from the head verb", () => {
      const r = read("Canada threatened to impose a 35% tariff on Mexico.");
      const c = clause(r, "impose");
      expect(c.verb.control).toEqual(["threaten"]);
      expect(items(r, c.subject)).toBe("Canada");
      const may = clause(read("Norway may buy more cobalt."), "buy");
      expect(may.verb.modal).toBe("may");
      const expected = clause(read("Ghana is expected to sign an accord with Togo."), "sign");
      expect(expected.verb.control).toEqual(["expect"]);
      expect(expected.verb.passive).toBe(false);
    });

    it("marks negation", () => {
      expect(clause(read("Peru did not restrict copper exports."), "restrict").verb.negated).toBe(true);
      expect(clause(read("Peru restricted copper exports."), "restrict").verb.negated).toBe(false);
    });

    it("reads a passive with its 'by' agent", () => {
      const r = read("The duties were imposed by Canada on steel from Mexico.");
      const c = clause(r, "impose");
      expect(c.verb.passive).toBe(true);
      expect(items(r, c.agent)).toBe("Canada");
      expect(items(r, c.patient)).toBe("The duties");
    });

    it("reads a reduced passive after its noun", () => {
      const r = read("Tariffs imposed by Canada on Norway rose.");
      const c = clause(r, "impose");
      expect(c.verb.passive).toBe(true);
      expect(items(r, c.agent)).toBe("Canada");
    });

    it("gives a relative clause the phrase it hangs on as subject, and the main clause too", () => {
      const r = read("Andes Copper Corp, which mines copper in Peru, received a loan from Japan.");
      const rel = clause(r, "mine");
      expect(rel.relative).toBe(true);
      expect(items(r, rel.subject)).toBe("Andes Copper Corp");
      expect(items(r, rel.objects[0])).toBe("copper");
      expect(items(r, clause(r, "receive").subject)).toBe("Andes Copper Corp");
    });

    it("sets an apposition aside and keeps the subject", () => {
      const r = read("Maria Lopez, the country's top negotiator, signed the accord with Chile.");
      const c = clause(r, "sign");
      expect(items(r, c.subject)).toBe("Maria Lopez");
      expect(
        c.subject?.items[0]?.appositive && r.words(c.subject.items[0].appositive.ts, c.subject.items[0].appositive.te),
      ).toBe("the country 's top negotiator");
    });

    it("does not take a date before a comma for a list with the subject", () => {
      const r = read("In March, Chile imposed a ban on lithium exports.");
      expect(items(r, clause(r, "impose").subject)).toBe("Chile");
    });

    it("reads a participle between a determiner and a noun as part of the phrase", () => {
      const r = read("Peru will pause its threatened 50% tariffs on Chilean wine.");
      const c = clause(r, "pause");
      expect(items(r, c.objects[0])).toBe("its threatened 50 % tariffs");
    });

    it("skips a bracketed aside and gives an infinitive the clause's subject", () => {
      const r = read("Andes Copper Corp (ticker: ACC) will expand its plant to produce copper.");
      expect(items(r, clause(r, "produce").subject)).toBe("Andes Copper Corp");
    });

    it("gives an infinitive after 'a loan to X' the subject X", () => {
      const r = read("Japan approved a loan to Andes Copper Corp to build a smelter.");
      expect(items(r, clause(r, "build").subject)).toBe("Andes Copper Corp");
    });

    it("shares the subject between coordinated verbs", () => {
      const r = read("Peru banned copper exports and threatened tariffs on Chile.");
      expect(items(r, clause(r, "threaten").subject)).toBe("Peru");
    });
  });
});
