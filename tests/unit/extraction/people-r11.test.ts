// People read in round 11, in sentences written for the test: names with Latin letters past
// Latin-1 ("š", "ł", "ğ", Vietnamese marks) read whole; demonyms the news spells otherwise than the
// country data ("Ecuadorian"); a firm's post ("Chief Investment Officer") is never a state's.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

const people = (text: string) =>
  analyseDocument(testDocument(text))
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);
const posts = (text: string) => readText(text).lines.filter((l) => / HOLDS_POSITION /.test(l));

describe("extraction people, round 11", () => {
  describe("tokenizeText (letters past Latin-1)", () => {
    it.each([
      ["a Czech háček", "Deputy Minister Tomáš Dvořák arrived.", ["Tomáš", "Dvořák"]],
      ["a Polish ł", "Senator Zbigniew Wróbłewski spoke.", ["Zbigniew", "Wróbłewski"]],
      ["a Turkish ğ and ş", "Envoy Ayşe Doğan spoke.", ["Ayşe", "Doğan"]],
    ])("keeps a word with %s whole, with its own letters", (_what, text, words) => {
      const tokens = tokenizeText(text).tokens.map((t) => t.text);
      for (const w of words) expect(tokens).toContain(w);
    });

    it("keeps offsets true to the text", () => {
      const text = "Minister Łukasz Nowak met Điền Văn in Hanoi.";
      for (const t of tokenizeText(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
  });

  describe("people named with letters past Latin-1", () => {
    it.each([
      ["a Slovak commissioner", "Trade Commissioner Jozef Šťastný met the ministers in Brussels.", ["Jozef Šťastný"]],
      [
        "a Vietnamese and a Turkish leader",
        "Vietnamese Prime Minister Lê Văn Thành met Turkish President Kemal Özdağ in Hanoi.",
        ["Lê Văn Thành", "Kemal Özdağ"],
      ],
    ])("reads %s whole", (_what, text, expected) => {
      expect(people(text)).toEqual(expected);
    });

    it("places a titled name with such letters in its state", () => {
      expect(posts("Croatian Economy Minister Ivana Kovačić said exports would grow.")).toEqual([
        "Ivana Kovačić HOLDS_POSITION Croatia",
      ]);
    });
  });

  describe("demonyms spelled otherwise", () => {
    it.each([
      ["Ecuadorian", "Ecuadorian President Marta Quiroga opened the mine.", "Marta Quiroga HOLDS_POSITION Ecuador"],
      ["Slovenian", "Slovenian Prime Minister Anže Kranjc visited the port.", "Anže Kranjc HOLDS_POSITION Slovenia"],
      ["Nepali", "Nepali Finance Minister Ram Thapa signed the loan.", "Ram Thapa HOLDS_POSITION Nepal"],
    ])("reads the state of %s", (_what, text, expected) => {
      expect(posts(text)).toEqual([expected]);
    });
  });

  describe("positionRule (a firm's post)", () => {
    it("gives a chief officer's post to the firm, not to a state guessed from the name", () => {
      const lines = posts(
        "Sunrise Mining Group agreed to buy the mine. Its Chief Investment Officer Wang Lei met Peru's president in Lima.",
      );
      expect(lines.some((l) => / HOLDS_POSITION (?:China|Peru)$/.test(l))).toBe(false);
    });

    it.each([
      [
        "a chief financial officer after the firm's name",
        "Andes Copper Corp Chief Financial Officer Rosa Mella said sales rose.",
        ["Rosa Mella HOLDS_POSITION Andes Copper Corp"],
      ],
      [
        "a chief operating officer of the firm in context",
        "Andes Copper Corp agreed to sell the mine. Chief Operating Officer Li Wen said sales rose.",
        ["Li Wen HOLDS_POSITION Andes Copper Corp"],
      ],
      [
        "a chief executive officer after an unknown firm's name",
        "Torvald Vessen Chief Executive Officer Nils Brekke said output would rise.",
        ["Nils Brekke HOLDS_POSITION Torvald Vessen"],
      ],
      [
        "a state's chief cabinet secretary (no firm)",
        "Japan's Chief Cabinet Secretary Yoshi Hara said output would rise.",
        ["Yoshi Hara HOLDS_POSITION Japan"],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(posts(text)).toEqual(expected);
    });

    it("still places a state's post by context", () => {
      expect(posts("China raised tariffs on Monday. Vice Premier Zhou Ming said talks would go on.")).toEqual([
        "Zhou Ming HOLDS_POSITION China",
      ]);
    });
  });

  describe("positionRule (bloc after the name, monarchs, press secretaries)", () => {
    it.each([
      [
        "a bloc named after the name",
        "Indonesia hosted the talks. High Representative Ana Vidal of the EU attended.",
        ["Ana Vidal HOLDS_POSITION European Union"],
      ],
      [
        "a sultan in a story naming his state and another",
        "The visit to Muscat was hosted by Sultan Hamad bin Said, Oman said, and India welcomed it.",
        ["Hamad bin Said HOLDS_POSITION Oman"],
      ],
      [
        "a press secretary of the White House (no outlet)",
        "White House Deputy Press Secretary Kelly Moss said output rose.",
        ["Kelly Moss HOLDS_POSITION White House"],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(posts(text)).toEqual(expected);
    });

    it("places no sultan when the story names no sultanate", () => {
      expect(posts("India welcomed the visit of Sultan Hamad bin Said to Delhi.")).toEqual([]);
    });
  });

  describe("names and posts in apposition", () => {
    it.each([
      ["a capital after a first name (a surname)", "Brazilian President Ana Lima said output rose.", ["Ana Lima"]],
      ["a capital in a list of places (no surname)", "Talks moved from Peru to Lima, Quito and Bogota.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(people(text)).toEqual(expected);
    });

    it.each([
      [
        "a good's word inside a post set off by commas",
        "Nigeria's petroleum minister, Aisha Okafor, said output rose.",
        ["Aisha Okafor HOLDS_POSITION Nigeria"],
      ],
      [
        "a chief of a body named with its possessive",
        "The European Commission's trade chief Anna Berg said the talks went well.",
        ["Anna Berg HOLDS_POSITION European Commission"],
      ],
      [
        "a firm no list knows after 'chief executive of'",
        "Lena Fox, chief executive of Brennick, said output rose.",
        ["Lena Fox HOLDS_POSITION Brennick"],
      ],
      [
        "a firm no list knows after 'the founder of'",
        "Lena Fox, the founder of Orion Metals, said output rose.",
        ["Lena Fox HOLDS_POSITION Orion Metals"],
      ],
      ["no firm in a person's name after 'chief executive of'", "Lena Fox, chief executive of Tom Hardy, said it.", []],
      ["no 'chief' post without a state or body before it", "Mining chief Anna Berg said the talks went well.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(posts(text)).toEqual(expected);
    });
  });

  describe("affiliations and posts given by a verb", () => {
    const links = (text: string) => readText(text).lines.filter((l) => / (?:HOLDS_POSITION|AFFILIATED_WITH) /.test(l));
    it.each([
      [
        "a firm's possessive before the name",
        "Prices fell, Harbor Capital's Tom Ellis said.",
        ["Tom Ellis AFFILIATED_WITH Harbor Capital"],
      ],
      [
        "a kind of firm after 'of'",
        "Prices fell, said Tom Ellis of consultancy Harbor Capital.",
        ["Tom Ellis AFFILIATED_WITH Harbor Capital"],
      ],
      [
        "no affiliation with a summit the person attends",
        "Reporters waited for the talks between Lee and Kim at the APEC Summit.",
        [],
      ],
      ["no affiliation with a bloc's possessive", "The European Union's Anna Berg said talks went well.", []],
      [
        "a copula and a firm's post",
        "Gary Holt is the chief executive of Glencore.",
        ["Gary Holt HOLDS_POSITION Glencore"],
      ],
      [
        "'became' and a state's post",
        "Ana Berg became Chile's finance minister in May.",
        ["Ana Berg HOLDS_POSITION Chile"],
      ],
      ["no post from a copula with no body or state", "Ana Berg was the first president to visit.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(links(text)).toEqual(expected);
    });
  });

  describe("negotiationWithRule", () => {
    const negotiated = (text: string) => readText(text).lines.filter((l) => / NEGOTIATED_WITH /.test(l));
    it.each([
      [
        "a head of state's part in negotiations with a bloc",
        "Brazilian President Rui Matos played a central part in the negotiations with the European Union.",
        ["Brazil NEGOTIATED_WITH European Union"],
      ],
      [
        "a minister negotiating with another state's officials",
        "Chile's trade minister Ana Ruiz is negotiating with Peruvian officials on copper.",
        ["Chile NEGOTIATED_WITH Peru"],
      ],
      [
        "no side across a clause's break",
        "Chile's trade minister Ana Ruiz, who met the envoy, praised negotiations with Japan.",
        [],
      ],
      [
        "no side from a demonym that is not the other side's people",
        "Peruvian wine sales rose while negotiations with Japan stalled.",
        [],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(negotiated(text)).toEqual(expected);
    });
  });
});
