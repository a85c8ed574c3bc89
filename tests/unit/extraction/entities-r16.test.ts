// Entities, round 16 (issue 13): names typed wrong or not at all on fresh text, read by mechanisms of
// the mention stage (a name's head word, the frame around it, a form of address), not by any article's
// phrasing. Every sentence is written for this test; the people, firms and places are invented.
// Rows: [text, "Name<Type>" that must be found]; negatives: [text, "Name<Type>" that must not be found].

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.name}<${e.type}>`);
}

describe("entities, round 16", () => {
  it.each([
    // A person's name before "-backed"/"-owned" is a person's, a firm's name a firm's.
    ["The fund bought shares in the Tom Walsh-backed miner Norvik Metals.", "Tom Walsh<Person>"],
    ["Regulators cleared the Acme Holdings-owned smelter last week.", "Acme Holdings<Company>"],
    // Geographic heads close a place's name whatever given name opens it.
    ["The plant lies 40km south of Rose Springs.", "Rose Springs<Place>"],
    ["Floods cut the road to Ivy Creek on Tuesday.", "Ivy Creek<Place>"],
    // Trades of explorers' names.
    ["Dunmore Prospecting is the largest shareholder in Norvik Metals.", "Dunmore Prospecting<Company>"],
    [
      "The firm's local subsidiary, Kelso Exploration and Mining, resumed work.",
      "Kelso Exploration and Mining<Company>",
    ],
    // Portuguese "do" inside a site's name; a miner's works named "operation".
    ["Karrak Lithium reported record output at its Serra do Lobo mine in Brazil.", "Serra do Lobo<Place>"],
    ["Karrak Lithium boosted production at its Bindaroo operation in Western Australia.", "Bindaroo<Place>"],
    // What a firm named before produces at is its site.
    ["Karrak Lithium raised output at Bindaroo in the quarter.", "Bindaroo<Place>"],
    // A post's words running on in lower case before "at" and the firm.
    ["Anna Kowal, partner and head of energy at Harlow Finch, said the rules were unclear.", "Harlow Finch<Company>"],
    // Forms of address before a name.
    ["Tan Sri Musa Hamzah said the plan would go ahead.", "Musa Hamzah<Person>"],
    ["Defence Minister Dato' Sri Hamid Razak visited the base.", "Hamid Razak<Person>"],
    [
      "The deal followed talks between Prime Minister Datuk Seri Hamid Razak and the visiting envoy.",
      "Hamid Razak<Person>",
    ],
    // A firm's noun before a name that a country's name closes: one firm.
    [
      '"Prices will hold," said Lin Wei, director at Shanghai-based advisory firm Lantern China.',
      "Lantern China<Company>",
    ],
    // A lower-case post, its portfolio, then the name.
    ["Peru's minister met the European commissioner for trade Pavol Hruska in Lima.", "Pavol Hruska<Person>"],
    // State finance bodies: a facility that lends, a national fund.
    ["The loans came from the Strategic Metals Facility, officials said.", "Strategic Metals Facility<Agency>"],
    ["The government's National Recovery Fund took a stake in the miner.", "National Recovery Fund<Agency>"],
    ["India's Directorate General of Foreign Trade issued a notice.", "Directorate General of Foreign Trade<Agency>"],
    // A platform one holds an account on; a known outlet's channel.
    ["The president wrote on his Truth Social account that tariffs would rise.", "Truth Social<Media>"],
  ])("%s → %s", (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it.each([
    // A firm's own name before "-backed" stays a firm.
    ["Regulators cleared the Acme Holdings-owned smelter last week.", "Acme Holdings<Person>"],
    // A given name before a place's head is no person.
    ["The plant lies 40km south of Rose Springs.", "Rose Springs<Person>"],
    // "Tan" alone is a surname, not a form of address.
    ["Lim Tan Seng said costs rose.", "Seng<Person>"],
    // People gathering at a venue: a verb after the post, no firm.
    ["The ministers gathered at Dunmore Lodge on Friday.", "Dunmore Lodge<Company>"],
    ["The ministers gathered at Dunmore Lodge on Friday.", "Dunmore Lodge<Organization>"],
    // "do" in a headline's title case is the English verb.
    ["Karrak Lithium hits record output at Serra do Lobo", "Serra<Company>"],
    // A region's adjective before a post is no person.
    ["Peru's minister met the European commissioner for trade Pavol Hruska in Lima.", "European<Person>"],
    // A facility with no lending in its sentence is a site; a fund several states share is no agency.
    ["The Kelso Processing Facility will open in May.", "Kelso Processing Facility<Agency>"],
    ["The International Recovery Fund took a stake in the miner.", "International Recovery Fund<Agency>"],
    // A given name before a lower-case noun after "on his" is no outlet.
    ["He spoke on his Tuesday call with the account manager.", "Tuesday<Media>"],
  ])("%s ↛ %s", (text, entity) => {
    expect(entities(text)).not.toContain(entity);
  });
});
