// General phrasings of talks for unseen news: who met whom, who negotiated with whom (people and
// the states or blocs they speak for), who represents a side, and what a meeting covered.
// Sentences written for these tests (not copied from any article), positives and refusals, with
// other countries than the development corpus's: EU–India, Japan–US, UK–Gulf, Indonesia–EU,
// Australia–US, G20 and APEC meetings.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** The relations of `text` as "source PREDICATE target", those of the rules `only` when given. */
function lines(text: string, only?: string[]): string[] {
  const doc = testDocument(text, { date: "2025-06-12" });
  const a = analyseDocument(doc);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => !only || r.evidence.some((e) => only.includes(e.rule)))
    .map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

/** True when `found` holds "a PREDICATE b", in either direction for the symmetric predicates. */
function has(found: string[], a: string, predicate: string, b: string): boolean {
  const symmetric = predicate === "NEGOTIATED_WITH" || predicate === "MET_WITH";
  return found.includes(`${a} ${predicate} ${b}`) || (symmetric && found.includes(`${b} ${predicate} ${a}`));
}

type Row = [text: string, source: string, predicate: string, target: string];

describe("rules/delegations", () => {
  describe("talkPairsRule", () => {
    const positives: Row[] = [
      // Person and person, the other party as object or "with" phrase.
      [
        "Japanese Trade Minister Yoji Muto held talks with U.S. Commerce Secretary Gina Raimondo in Tokyo on Monday.",
        "Yoji Muto",
        "NEGOTIATED_WITH",
        "Gina Raimondo",
      ],
      [
        "Japanese Trade Minister Yoji Muto held talks with U.S. Commerce Secretary Gina Raimondo in Tokyo on Monday.",
        "Yoji Muto",
        "MET_WITH",
        "Gina Raimondo",
      ],
      [
        "Australian Prime Minister Anthony Albanese hosted Indonesian President Prabowo Subianto in Canberra on Friday.",
        "Anthony Albanese",
        "MET_WITH",
        "Prabowo Subianto",
      ],
      [
        "Australian Resources Minister Madeleine King spoke by phone with U.S. Energy Secretary Chris Wright about cobalt.",
        "Madeleine King",
        "MET_WITH",
        "Chris Wright",
      ],
      [
        "Indian Commerce Minister Piyush Sharma will meet British Trade Secretary Peter Kyle in London next week.",
        "Piyush Sharma",
        "MET_WITH",
        "Peter Kyle",
      ],
      [
        "Indonesian Trade Minister Budi Santoso bargained with EU Trade Commissioner Peter Novak over palm oil for months.",
        "Budi Santoso",
        "NEGOTIATED_WITH",
        "Peter Novak",
      ],
      // A coordinated subject and no object: they met or negotiated with each other.
      [
        "South Korean Trade Minister Ahn Duk-geun and Japanese Economy Minister Yoji Muto met in Seoul on Monday.",
        "Ahn Duk-geun",
        "MET_WITH",
        "Yoji Muto",
      ],
      // States, blocs and capitals standing for them.
      ["India and the European Union held talks in New Delhi on Friday.", "India", "NEGOTIATED_WITH", "European Union"],
      [
        "Japan and the United States disagree on steel. Washington and Tokyo held talks on steel tariffs on Monday.",
        "Japan",
        "NEGOTIATED_WITH",
        "United States",
      ],
      [
        "Britain negotiated with the Gulf Cooperation Council for two years before the deal.",
        "United Kingdom",
        "NEGOTIATED_WITH",
        "Gulf Cooperation Council",
      ],
      // The sides of two people who negotiate, and the officials who speak for them.
      [
        "Indonesian Trade Minister Budi Santoso negotiated with EU Trade Commissioner Peter Novak in Jakarta.",
        "Indonesia",
        "NEGOTIATED_WITH",
        "European Union",
      ],
      [
        "Indonesian Trade Minister Budi Santoso negotiated with EU Trade Commissioner Peter Novak in Jakarta.",
        "Peter Novak",
        "REPRESENTS",
        "European Union",
      ],
      // Settling a deal: two people of different sides, or two states.
      [
        "Japanese Prime Minister Shigeru Ishiba and U.S. President Joe Biden agreed to cut tariffs on cars.",
        "Shigeru Ishiba",
        "NEGOTIATED_WITH",
        "Joe Biden",
      ],
      [
        "Indonesian President Prabowo Subianto struck a deal with Australian Prime Minister Anthony Albanese on nickel.",
        "Prabowo Subianto",
        "NEGOTIATED_WITH",
        "Anthony Albanese",
      ],
      ["Canada and Ecuador reached an agreement on fisheries last week.", "Canada", "NEGOTIATED_WITH", "Ecuador"],
      [
        "Australia and the United States signed a critical minerals framework worth $8.5 billion on Monday.",
        "Australia",
        "NEGOTIATED_WITH",
        "United States",
      ],
      // "Brussels" for the Union when the text names it.
      [
        "The European Union wants a deal with Indonesia. Brussels and Jakarta began negotiating in 2016.",
        "European Union",
        "NEGOTIATED_WITH",
        "Indonesia",
      ],
      [
        "The pact struck between Kenyan President William Ruto and Japanese Prime Minister Shigeru Ishiba lowers duties.",
        "William Ruto",
        "NEGOTIATED_WITH",
        "Shigeru Ishiba",
      ],
      [
        "A call between Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum settled the tariff dispute.",
        "Mark Carney",
        "NEGOTIATED_WITH",
        "Claudia Sheinbaum",
      ],
      // A possessor and a "with" phrase on the event noun.
      [
        "Japan wants a deal. Japanese Prime Minister Shigeru Ishiba's meeting with Kenyan President William Ruto focused on cobalt.",
        "Shigeru Ishiba",
        "MET_WITH",
        "William Ruto",
      ],
      // "his Japanese counterpart": the one Japanese official the document names.
      [
        "Chile and Japan want a copper deal. Japanese Trade Minister Yoji Muto arrived in Santiago on Sunday. Chilean Foreign Minister Alberto van Klaveren met his Japanese counterpart on Monday to discuss tariffs.",
        "Alberto van Klaveren",
        "MET_WITH",
        "Yoji Muto",
      ],
      // A passive with the parties after "by".
      ["Talks were held by Kenya and Japan in Nairobi on Monday.", "Kenya", "NEGOTIATED_WITH", "Japan"],
    ];
    it.each(positives)("reads %j", (text, a, predicate, b) => {
      expect(has(lines(text), a, predicate, b)).toBe(true);
    });

    const refusals: Row[] = [
      // Refused, declined, did not: nothing happened.
      [
        "Australian Prime Minister Anthony Albanese refused to meet Indonesian President Prabowo Subianto in Bali.",
        "Anthony Albanese",
        "MET_WITH",
        "Prabowo Subianto",
      ],
      [
        "Japanese Trade Minister Yoji Muto declined to hold talks with U.S. Commerce Secretary Gina Raimondo.",
        "Yoji Muto",
        "NEGOTIATED_WITH",
        "Gina Raimondo",
      ],
      [
        "Japanese Trade Minister Yoji Muto did not meet U.S. Commerce Secretary Gina Raimondo in Tokyo.",
        "Yoji Muto",
        "MET_WITH",
        "Gina Raimondo",
      ],
      // Two analysts who agree negotiate nothing; nor do two officials of one state.
      [
        "Analyst Maria Lopez and economist John Harper agreed that copper prices would rise.",
        "Maria Lopez",
        "NEGOTIATED_WITH",
        "John Harper",
      ],
      [
        "Japanese Trade Minister Yoji Muto and Japanese Finance Minister Katsunobu Kato agreed to raise steel tariffs.",
        "Yoji Muto",
        "NEGOTIATED_WITH",
        "Katsunobu Kato",
      ],
      // Two Japanese officials named: "his Japanese counterpart" is neither for certain.
      [
        "Japanese Trade Minister Yoji Muto and Japanese Finance Minister Katsunobu Kato arrived in Santiago. Chilean Foreign Minister Alberto van Klaveren met his Japanese counterpart on Monday.",
        "Alberto van Klaveren",
        "MET_WITH",
        "Yoji Muto",
      ],
      // A bare "agree that" settles nothing.
      ["Both Japan and Kenya agree that cobalt prices are too high.", "Japan", "NEGOTIATED_WITH", "Kenya"],
      // Spoke to reporters, not with a counterpart.
      [
        "Australian Resources Minister Madeleine King spoke to reporters after U.S. Energy Secretary Chris Wright left.",
        "Madeleine King",
        "MET_WITH",
        "Chris Wright",
      ],
      // Two ministers of one side named together did not negotiate with each other.
      [
        "Japanese Trade Minister Yoji Muto and Japanese Finance Minister Katsunobu Kato held talks with U.S. officials.",
        "Yoji Muto",
        "NEGOTIATED_WITH",
        "Katsunobu Kato",
      ],
      // A meeting with no negotiation word makes no negotiation.
      [
        "Japanese Trade Minister Yoji Muto met U.S. Commerce Secretary Gina Raimondo at a concert in Osaka.",
        "Japan",
        "NEGOTIATED_WITH",
        "United States",
      ],
    ];
    // The rules of this area (stage 5 names the meeting a refusal mentions: its own concern).
    const ours = ["talks-pairs", "met-with", "delegation-sides", "delegation-heads", "talks-participants"];
    it.each(refusals)("finds nothing in %j", (text, a, predicate, b) => {
      expect(has(lines(text, ours), a, predicate, b)).toBe(false);
    });
  });

  describe("officialRepresentsRule", () => {
    it("reads 'on behalf of' a state or bloc", () => {
      const found = lines(
        "Chilean Foreign Minister Alberto van Klaveren signed the accord on behalf of Chile in Lima.",
      );
      expect(has(found, "Alberto van Klaveren", "REPRESENTS", "Chile")).toBe(true);
      const bloc = lines("On behalf of the European Union, the accord was signed by Trade Commissioner Peter Novak.");
      expect(has(bloc, "Peter Novak", "REPRESENTS", "European Union")).toBe(true);
    });

    it("has an officer of a European institution represent the Union", () => {
      const found = lines(
        "The European Union wants a deal with India. European Council President Antonio Costa said talks would resume.",
      );
      expect(has(found, "Antonio Costa", "REPRESENTS", "European Union")).toBe(true);
    });
  });

  describe("delegationHeadsRule", () => {
    it("pairs the heads of two delegations named in adjacent sentences", () => {
      const found = lines(
        "Chile and Peru opened a new round of copper talks in Lima on Tuesday. Chile's delegation was headed by Finance Minister Mario Lagos. Peru was represented by Foreign Trade Minister Elena Ruiz.",
      );
      expect(has(found, "Mario Lagos", "NEGOTIATED_WITH", "Elena Ruiz")).toBe(true);
      expect(has(found, "Elena Ruiz", "REPRESENTS", "Peru")).toBe(true);
    });

    it("pairs no one at a meeting of more than two sides", () => {
      const found = lines(
        "G20 trade ministers met in Johannesburg on Friday. German Economy Minister Katherina Reiche, Brazilian Finance Minister Fernando Haddad and Japanese Trade Minister Yoji Muto attended the meeting.",
      );
      expect(found.filter((l) => l.includes("NEGOTIATED_WITH") && /Reiche|Haddad|Muto/.test(l))).toEqual([]);
    });
  });
});

describe("rules/talks", () => {
  describe("topicsRule and discussedRule", () => {
    const text = [
      "EU and India push to close trade deal",
      "European Commission President Ursula von der Leyen held talks with Indian Prime Minister Narendra Modi in New Delhi on Friday.",
      "The talks focused on tariffs on cars and exports of pharmaceuticals.",
      "Semiconductors were also on the agenda, officials said.",
      "The two sides discussed lithium and graphite.",
      "Rare earths, used in smartphones and wind turbines, were not mentioned.",
    ].join("\n");
    const found = lines(text);
    const meeting = found.find((l) => / DISCUSSED cars$/.test(l))?.split(" DISCUSSED ")[0];

    it.each(["cars", "pharmaceuticals", "semiconductors", "lithium", "graphite"])(
      "files %s under the talks",
      (topic) => {
        expect(meeting).toBeDefined();
        expect(found).toContain(`${meeting} DISCUSSED ${topic}`);
      },
    );

    it("files no use of a mineral as a topic", () => {
      expect(found.filter((l) => / DISCUSSED (smartphones|wind turbines)$/.test(l))).toEqual([]);
    });

    it("files a topic under the meeting whose stretch of the sentence names it", () => {
      const two = lines(
        "Kenyan and Japanese negotiators held trade talks in Nairobi on Monday. After earlier talks in Tokyo ended, Japan announced export controls on gallium.",
      );
      expect(two.filter((l) => / DISCUSSED gallium$/.test(l))).toEqual([]);
    });

    it("files what the talks' agreement does under the talks", () => {
      const deal = lines(
        "Chilean and Korean negotiators held trade talks in Santiago on Monday. The agreement cut tariffs on copper cathodes and also covered lithium.",
      );
      const talks = deal.find((l) => / DISCUSSED lithium$/.test(l))?.split(" DISCUSSED ")[0];
      expect(talks).toBe("Santiago trade talks");
      // "copper cathodes" is the lexicon's Product "copper products".
      expect(deal.filter((l) => /^Santiago trade talks DISCUSSED copper/.test(l))).toHaveLength(1);
    });

    it("lets a person discuss a topic when the sentence names no meeting", () => {
      const alone = lines("Mexican Economy Minister Marcelo Ruiz discussed steel quotas with reporters.");
      expect(alone).toContain("Marcelo Ruiz DISCUSSED steel");
    });
  });
});
