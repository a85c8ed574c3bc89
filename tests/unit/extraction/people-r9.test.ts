// People read in round 9, in sentences written for the test: a title whose portfolio follows
// "of the" ("Secretary of the Treasury X"); a preposition opening the sentence before a title
// ("During President X's term").

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { parseByline } from "../../../src/extraction/read/metadata.ts";
import { formalMinistryName } from "../../../src/extraction/stages/04-resolve.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

const ofPeople = (text: string) => readText(text).lines.filter((l) => / (?:HOLDS_POSITION|AFFILIATED_WITH) /.test(l));
const people = (text: string) =>
  analyseDocument(testDocument(text))
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

describe("extraction people", () => {
  describe("findMentions (a title whose portfolio follows 'of the')", () => {
    it.each([
      [
        "a US secretary of the Treasury",
        "The copper deal was praised by Secretary of the Treasury Janet Morrow on Tuesday.",
        ["Janet Morrow"],
      ],
      [
        "a minister of the economy, after the state's possessive",
        "Peru's Minister of the Economy Raúl Castillo said exports would grow.",
        ["Raúl Castillo"],
      ],
      [
        "a secretary of the interior in a list",
        "Lithium leases were signed by Secretary of the Interior Paul Danvers and two governors.",
        ["Paul Danvers"],
      ],
      ["no person in a department's name", "The Secretary of the Treasury Department said nothing.", []],
    ])("reads the name after %s", (_what, text, expected) => {
      expect(people(text)).toEqual(expected);
    });

    it.each([
      ["'During' opening the sentence", "During President Alvarez's first term, Chile sold more copper.", ["Alvarez"]],
      ["'Amid' opening the sentence", "Amid Prime Minister Okafor's visit, Nigeria bought rice.", ["Okafor"]],
      ["'Under' opening the sentence", "Under Chancellor Weber, Germany cut its gas imports.", ["Weber"]],
      ["'Under Secretary' as a title", "Under Secretary Dana Kline said the pact was signed.", ["Dana Kline"]],
    ])("reads a titled name after %s", (_what, text, expected) => {
      expect(people(text)).toEqual(expected);
    });

    it("places a US-only title written with 'of the' in the United States", () => {
      expect(
        ofPeople(
          "Chile and Japan signed a copper pact, US Secretary of the Treasury Janet Morrow said in Santiago on Monday.",
        ),
      ).toEqual(["Janet Morrow HOLDS_POSITION United States"]);
    });
  });

  describe("positionRule (a cabinet post is a title, not the body 'Cabinet')", () => {
    it.each([
      [
        "a chief cabinet secretary after a demonym",
        "The tariff cut was welcomed by Japanese Chief Cabinet Secretary Kenji Mori on Friday.",
        ["Kenji Mori HOLDS_POSITION Japan"],
      ],
      [
        "an economics minister after a demonym",
        "Talks between Danish Economics Minister Karl Holm and the envoy were productive.",
        ["Karl Holm HOLDS_POSITION Denmark"],
      ],
      [
        "a cabinet secretary after a possessive",
        "Kenya's Cabinet Secretary Amina Wanjiru said the tea exports would rise.",
        ["Amina Wanjiru HOLDS_POSITION Kenya"],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });

    it("keeps a cabinet's own office an agency", () => {
      const types = analyseDocument(testDocument("The Cabinet Office in Tokyo said the rules would change."))
        .entities.filter((e) => e.name.includes("Cabinet"))
        .map((e) => e.type);
      expect(types).toEqual(["Agency"]);
    });
  });

  describe("findMentions (Arabic names: family particles, patronymics, Gulf honorifics)", () => {
    it.each([
      [
        "a family name that is also a place's, after 'Al'",
        "Bahrain's Crown Prince Sheikh Salman Hamad Al Khalifa said the two blocs would meet again.",
        ["Salman Hamad Al Khalifa"],
      ],
      [
        "a family particle joined by a hyphen, after 'Sayyid'",
        "Oman's Foreign Minister Sayyid Fahd bin Mahmoud al-Said met the delegation on Sunday.",
        ["Fahd bin Mahmoud al-Said"],
      ],
      [
        "an emir's name",
        "Qatar's Emir Sheikh Hamad bin Khalifa Al Thani spoke at the forum in Doha.",
        ["Hamad bin Khalifa Al Thani"],
      ],
      [
        "a patronymic name after a lower-case role",
        "The UAE trade minister Rashid bin Omar Al Mansoori signed the pact in Abu Dhabi.",
        ["Rashid bin Omar Al Mansoori"],
      ],
      [
        "a title whose portfolio follows 'for', then an honorific",
        "Modi was welcomed by Oman's Deputy Prime Minister for Defence Affairs Sayyid Fahd bin Tariq Al Said.",
        ["Fahd bin Tariq Al Said"],
      ],
      [
        "a minister for a portfolio, then a plain name",
        "The pact was signed by Minister for Trade Promotion Dana Kovac in Zagreb.",
        ["Dana Kovac"],
      ],
      ["a chief of staff", "The deal was done, Chief of Staff Susan Wiley told reporters.", ["Susan Wiley"]],
      [
        "a deputy chief of mission",
        "Embassy Lima Deputy Chief of Mission Zach Horner attended the signing.",
        ["Zach Horner"],
      ],
      ["a high representative", "The plan was presented by High Representative Ilse Berg on Monday.", ["Ilse Berg"]],
      ["no person in a bank's name", "Al Rajhi Bank and a Saudi miner signed a loan deal.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(people(text)).toEqual(expected);
    });

    it("places the emir and the crown prince in their states", () => {
      expect(
        ofPeople(
          "Qatar's Emir Sheikh Hamad bin Khalifa Al Thani met Kuwait's Crown Prince Sheikh Nasser Khalid Al Sabah in Doha.",
        ),
      ).toEqual(["Hamad bin Khalifa Al Thani HOLDS_POSITION Qatar", "Nasser Khalid Al Sabah HOLDS_POSITION Kuwait"]);
    });
  });

  describe("parseByline (a date before the byline, an outlet in brackets)", () => {
    it.each([
      [
        "a date and a time before 'By'",
        "06 August 2025 - 15:45 By Mamadou Diallo and Layla Al Hashimi",
        { authors: ["Mamadou Diallo", "Layla Al Hashimi"], source: null, date: "2025-08-06" },
      ],
      [
        "a weekday, a date and a zone before 'by'",
        "Tue, March 4, 2025 9:30 AM ET by Ana Ruiz",
        { authors: ["Ana Ruiz"], source: null, date: "2025-03-04" },
      ],
      [
        "an author and the outlet in brackets",
        "Pierre Kaba (Ecofin Agency)",
        { authors: ["Pierre Kaba"], source: "Ecofin Agency", date: null },
      ],
    ])("reads %s", (_what, line, expected) => {
      expect(parseByline(line)).toEqual(expected);
    });

    it.each([
      ["a sentence with a date and 'by'", "On 5 May 2025 the pact was signed by Ana Ruiz and Tom Hale"],
      ["a person and a person in brackets", "Ana Ruiz (Tom Hale)"],
      ["a place and a wire", "Guinea (Reuters)"],
    ])("reads no byline in %s", (_what, line) => {
      expect(parseByline(line)).toBeNull();
    });
  });

  describe("findMentions (outlets by their cue)", () => {
    const outlets = (text: string, source?: string) =>
      analyseDocument(testDocument(text, source ? { source } : {}))
        .entities.filter((e) => e.type === "Media")
        .map((e) => e.name);
    it.each([
      ["reported by an outlet", "The rates will rise in May, as reported by Kompasia on Wednesday.", ["Kompasia"]],
      ["a post on a platform", "The minister said in a post on Bluesky that talks had ended.", ["Bluesky"]],
      ["a platform at the sentence's end", "The minister announced it in a short post on X.", ["X"]],
      [
        "a publication's title after 'according to'",
        "The pact is final, said Peru's deputy minister, according to The Lima Courier.",
        ["The Lima Courier"],
      ],
      [
        "a publication's title after 'told'",
        "The miner told The Perth Ledger that output would rise.",
        ["The Perth Ledger"],
      ],
      [
        "a known outlet's national edition",
        "The rates will rise, the minister told CNBC Indonesia on Monday.",
        ["CNBC Indonesia"],
      ],
      ["no outlet in a firm's name after 'by'", "The stake was bought by The Carlyle Group last year.", []],
      ["no outlet in a known body after 'according to'", "Talks ended, according to The White House.", []],
      ["no outlet in a person reported on", "The rates will rise, as reported by Ana Ruiz of the ministry.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(outlets(text)).toEqual(expected);
    });

    it("reads the document's source that opens with a country's name", () => {
      expect(
        outlets("Jakarta, Malaysia Ledger — Indonesia's ministry said nickel royalties would rise.", "Malaysia Ledger"),
      ).toEqual(["Malaysia Ledger"]);
    });
  });

  describe("formalMinistryName", () => {
    it.each([
      ["finance ministry (China)", "Ministry of Finance (China)"],
      ["trade and industry ministry (Japan)", "Ministry of Trade and Industry (Japan)"],
      ["mines ministry (Ghana)", "Ministry of Mines (Ghana)"],
      ["Ministry of Mines (Ghana)", undefined],
      ["finance ministry", undefined],
    ])("reads %s as %s", (name, expected) => {
      expect(formalMinistryName(name)).toBe(expected);
    });

    it("gives a lower-case ministry its formal name as an alias", () => {
      const ministry = analyseDocument(
        testDocument("Peru's energy ministry said on Monday that copper royalties would rise."),
      ).entities.find((e) => e.type === "Agency");
      expect(ministry?.aliases).toContain("Ministry of Energy (Peru)");
    });
  });

  describe("findMentions (a title, 'of', the state, then the name)", () => {
    it.each([
      [
        "a prime minister of a state",
        "Prime Minister of Malaysia Anwar Rahman met the delegation in Kuala Lumpur.",
        ["Anwar Rahman HOLDS_POSITION Malaysia"],
      ],
      [
        "a minister with a portfolio of a state",
        "The Minister of Foreign Affairs of Singapore Vivian Tan said the pact was good.",
        ["Vivian Tan HOLDS_POSITION Singapore"],
      ],
      [
        "a minister with an initial in the name",
        "Minister of National Defence of Canada David J. McGregor said the investments would help.",
        ["David J. McGregor HOLDS_POSITION Canada"],
      ],
      ["no post for an honorific", "Mr of Canada Tom Hale said nothing.", []],
      ["no post for a body of a state", "The Central Bank of Chile Ana Ruiz report was late.", []],
    ])("places %s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });
  });

  describe("positionByVerbRule (the body a person heads, after its state's possessive)", () => {
    it.each([
      [
        "a ministry after the state's possessive",
        "Ana Ruiz, who heads Peru's energy ministry, said output would rise.",
        ["Ana Ruiz HOLDS_POSITION energy ministry (Peru)"],
      ],
      [
        "a named agency after the state's possessive",
        "Tom Hale, who leads Ghana's Minerals Commission, said licences would be cut.",
        ["Tom Hale HOLDS_POSITION Minerals Commission"],
      ],
      ["no post when only the state follows", "Ana Ruiz, who heads Peru's delegation, said talks went well.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });
  });

  describe("findMentions (names that are no person's, place's or joint body's)", () => {
    const typed = (text: string) =>
      analyseDocument(testDocument(text))
        .entities.filter((e) => e.type !== "Country")
        .map((e) => `${e.type}: ${e.name}`);
    it.each([
      [
        "a known body, 'and', another body",
        "The White House and Treasury Department did not respond to requests for comment.",
        ["Agency: White House", "Agency: Treasury Department"],
      ],
      ["two nations joined before a project", "The Franco-Chilean project has been in development for years.", []],
      ["a sino- compound before a plant", "A Sino-Peruvian plant will process the ore.", []],
      [
        "a firm named after a metal in a list of firms",
        "The letters went to Kestrel Rare Earths, Ayers Magnesium and Boreal Minerals.",
        ["Company: Kestrel Rare Earths", "Company: Ayers Magnesium", "Company: Boreal Minerals"],
      ],
      [
        "a known place after a time read as a sentence's end",
        "The duties take effect at 12:01 a.m. New York time on Thursday.",
        ["Place: New York"],
      ],
      [
        "a shipyard's name (a firm, not a person)",
        "The yard owner bought Delta Shipyard in Houston last year.",
        ["Company: Delta Shipyard", "Place: Houston"],
      ],
      ["a person still", "Delia Hart said the talks would go on.", ["Person: Delia Hart"]],
    ])("reads %s", (_what, text, expected) => {
      expect(typed(text)).toEqual(expected);
    });
  });

  describe("positionRule (a diplomat's post is not the host's)", () => {
    it("leaves a chief of mission unplaced rather than in the host state named before", () => {
      expect(
        ofPeople("Embassy Lima Deputy Chief of Mission Zach Horner attended the signing with Peru's miners."),
      ).toEqual([]);
    });
  });

  describe("findStatements (verbs that carry a quotation on)", () => {
    const said = (text: string) => {
      const analysis = analyseDocument(testDocument(text));
      const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
      return analysis.statements.map((st) => [name.get(st.speaker) ?? st.speaker, st.quote]);
    };
    it.each([
      [
        "a pronoun that continued",
        "Energy Minister Clara Jensen opened the plant. “It will run on wind power,” she continued.",
        [["Clara Jensen", "It will run on wind power"]],
      ],
      [
        "a surname that concluded",
        "Trade Minister Paolo Ferri spoke last. “The door remains open for talks,” Ferri concluded.",
        [["Paolo Ferri", "The door remains open for talks"]],
      ],
      [
        "a hyphenated surname alone",
        "French trade minister Louis Saint-Amand signed the deal. “It is one of the largest deposits,” Saint-Amand said.",
        [["Louis Saint-Amand", "It is one of the largest deposits"]],
      ],
      [
        "no speaker when the verb is about the talks",
        "Trade Minister Paolo Ferri spoke last. The “final round” of talks continued on Monday.",
        [],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(said(text)).toEqual(expected);
    });
  });

  describe("findMentions (an organisation by the noun before its name)", () => {
    const orgs = (text: string) =>
      analyseDocument(testDocument(text))
        .entities.filter((e) => e.type === "Organization" || e.type === "Company")
        .map((e) => `${e.type}: ${e.name}`);
    it.each([
      [
        "an industry association",
        "Prices fell, said the head of steel association Stahlbund.",
        ["Organization: Stahlbund"],
      ],
      ["a rebel group", "The rebel group M45 seized the mining town on Sunday.", ["Organization: M45"]],
      ["a think tank", "Analysts at think tank Brightwater said tariffs would hurt.", ["Organization: Brightwater"]],
      ["a lobby group", "The lobby group Mining Voice welcomed the ruling.", ["Organization: Mining Voice"]],
      ["a miner stays a firm", "Miner Korvalis said output would rise.", ["Company: Korvalis"]],
      ["no organisation in a person after 'association'", "The association Ana Ruiz founded grew fast.", []],
    ])("reads %s", (_what, text, expected) => {
      expect(orgs(text)).toEqual(expected);
    });
  });

  describe("positionAfterNameRule (a hyphenated post in apposition)", () => {
    it.each([
      [
        "a director-general of an organisation",
        "“We need rules,” said Amara Okafor-Nwosu, director-general of the WTO.",
        ["Amara Okafor-Nwosu HOLDS_POSITION World Trade Organization"],
      ],
      [
        "a secretary-general of an organisation",
        "Kim Jae-won, secretary-general of ASEAN, said the talks would resume.",
        ["Kim Jae-won HOLDS_POSITION ASEAN"],
      ],
    ])("reads %s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });
  });
});
