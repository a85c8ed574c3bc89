// The GraphQL API over real HTTP, on a server started on a free port over a copy of the seeds'
// graph: the gold files' questions answered by queries, lookups by alias, the connections, search,
// paths, subgraphs and their exports, GET /export, /healthz and stats.

import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../_helpers/server.ts";

interface GoldQuestion {
  q: string;
  answer: string[];
}

const GOLD_DIR = "tests/fixtures/gold";
const GOLD_QUESTIONS: GoldQuestion[] = readdirSync(GOLD_DIR)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .flatMap(
    (file) => (JSON.parse(readFileSync(`${GOLD_DIR}/${file}`, "utf8")) as { questions: GoldQuestion[] }).questions,
  );

/** The gold answers of a question, found by its text (the test fails if the gold file lost it). */
function goldAnswer(question: string): string[] {
  const found = GOLD_QUESTIONS.find((q) => q.q === question);
  if (!found) throw new Error(`gold question not found: ${question}`);
  return found.answer;
}

type Named = { name: string };
type SourceEdges = { edges: { node: { source: Named } }[] };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

/** Runs a query that must succeed and returns its data. */
async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await server.graphql<T>(text, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data as T;
}

const names = (list: Named[]) => list.map((item) => item.name);

describe("api", () => {
  describe("gold questions", () => {
    // Each row: a gold question, the answers the seeds' extraction holds (a subset of the gold
    // answer), and the query that answers it.
    const ROWS: [question: string, expected: string[], answer: () => Promise<string[]>][] = [
      [
        "Who negotiated with Scott Bessent at the Kuala Lumpur trade talks?",
        ["He Lifeng"],
        async () => {
          const data = await query<{
            negotiations: {
              meeting: Named | null;
              parties: { entity: Named; side: Named | null }[];
            }[];
          }>(
            `query($who: String!) { negotiations(participant: $who) {
              meeting { name } parties { entity { name } side { name } } } }`,
            { who: "Scott Bessent" },
          );
          const talks = data.negotiations.find((n) => n.meeting?.name.includes("Kuala Lumpur"));
          const bessent = talks?.parties.find((p) => p.entity.name === "Scott Bessent");
          expect(bessent?.side?.name).toBe("United States");
          // The other side's people: parties acting for another side than Bessent's.
          return (talks?.parties ?? [])
            .filter((p) => p.side !== null && p.side.name !== bessent?.side?.name && p.entity.name !== p.side.name)
            .map((p) => p.entity.name);
        },
      ],
      [
        "Which people took part in the Kuala Lumpur trade talks?",
        ["Scott Bessent", "He Lifeng", "Li Chenggang"],
        async () => {
          const data = await query<{ meetings: { entity: Named; participants: (Named & { type: string })[] }[] }>(
            `{ meetings(place: "Kuala Lumpur") { entity { name } participants { name type } } }`,
          );
          const talks = data.meetings.find((m) => m.entity.name.includes("trade talks"));
          return (talks?.participants ?? []).filter((p) => p.type === "PERSON").map((p) => p.name);
        },
      ],
      [
        "On the sidelines of which summit were the US-China talks in Kuala Lumpur held?",
        ["ASEAN Summit"],
        async () => {
          const data = await query<{ meetings: { summit: Named | null }[] }>(
            `{ meetings(place: "kuala lumpur") { summit { name } } }`,
          );
          return data.meetings.flatMap((m) => (m.summit ? [m.summit.name] : []));
        },
      ],
      [
        "Where is the meeting between Donald Trump and Xi Jinping held?",
        ["Gyeongju", "South Korea"],
        async () => {
          const data = await query<{
            meetings: { participants: Named[]; place: (Named & { relations: { target: Named }[] }) | null }[];
          }>(
            `{ meetings(participant: "Xi Jinping") { participants { name }
                place { name relations(predicate: PART_OF, direction: OUT) { target { name } } } } }`,
          );
          // The meeting between the two of them: no other participant, and held somewhere.
          const meeting = data.meetings.find(
            (m) => m.place !== null && [...names(m.participants)].sort().join() === "Donald Trump,Xi Jinping",
          );
          return meeting?.place ? [meeting.place.name, ...meeting.place.relations.map((r) => r.target.name)] : [];
        },
      ],
      [
        "Who holds a position in, or represents, China?",
        ["He Lifeng", "Xi Jinping", "Li Chenggang"],
        async () => {
          const data = await query<{ posts: SourceEdges; reps: SourceEdges }>(
            `{ posts: relations(target: "China", predicate: HOLDS_POSITION) { edges { node { source { name } } } }
               reps: relations(target: "Beijing", predicate: REPRESENTS) { edges { node { source { name } } } } }`,
          );
          return [...data.posts.edges, ...data.reps.edges].map((e) => e.node.source.name);
        },
      ],
      [
        "What does China restrict the export of?",
        ["rare earths", "magnets"],
        async () => {
          const data = await query<{ entity: { relations: { target: Named }[] } }>(
            `{ entity(name: "China") { relations(predicate: RESTRICTED_EXPORT, direction: OUT) { target { name } } } }`,
          );
          return data.entity.relations.map((r) => r.target.name);
        },
      ],
      [
        "Which media outlets carried statements by Scott Bessent?",
        ["Reuters", "CNBC", "BBC", "NBC News"],
        async () => {
          const data = await query<{ statements: { via: Named | null }[] }>(
            `{ statements(speaker: "Bessent") { via { name } } }`,
          );
          return data.statements.flatMap((s) => (s.via ? [s.via.name] : []));
        },
      ],
      [
        "Which organizations or companies are the quoted experts affiliated with?",
        ["Wolfe Research", "New York University"],
        async () => {
          const data = await query<{ relations: { edges: { node: { target: Named } }[] } }>(
            `{ relations(predicate: AFFILIATED_WITH, first: 100) { edges { node { target { name } } } } }`,
          );
          return data.relations.edges.map((e) => e.node.target.name);
        },
      ],
      [
        "Which countries negotiated on the sidelines of the ASEAN Summit in Kuala Lumpur?",
        ["United States", "China"],
        async () => {
          const data = await query<{
            negotiations: {
              meeting: { relations: { target: Named }[] } | null;
              counterparts: { first: Named; second: Named }[];
            }[];
          }>(
            `{ negotiations { meeting { relations(predicate: PART_OF, direction: OUT) { target { name } } }
               counterparts { first { name } second { name } } } }`,
          );
          return data.negotiations
            .filter((n) => n.meeting?.relations.some((r) => r.target.name === "ASEAN Summit"))
            .flatMap((n) => n.counterparts.flatMap((pair) => [pair.first.name, pair.second.name]));
        },
      ],
      [
        "Which policy is China expected to postpone for a year?",
        ["rare earth export licensing regime"],
        async () => {
          const data = await query<{
            relations: { edges: { node: { target: Named; attributes: { key: string; value: string }[] } }[] };
          }>(
            `{ relations(source: "China", predicate: POSTPONED) { edges { node { target { name } attributes { key value } } } } }`,
          );
          return data.relations.edges
            .filter((e) => e.node.attributes.some((a) => a.key === "duration" && a.value.includes("year")))
            .map((e) => e.node.target.name);
        },
      ],
      [
        "Who threatened 100% tariffs on Chinese imports?",
        ["Donald Trump"],
        async () => {
          const data = await query<{
            relations: { edges: { node: { source: Named & { type: string }; rate: string | null } }[] };
          }>(
            `{ relations(predicate: THREATENED_TARIFF, target: "China") { edges { node { source { name type } rate } } } }`,
          );
          return data.relations.edges
            .filter((e) => e.node.rate === "100%" && e.node.source.type === "PERSON")
            .map((e) => e.node.source.name);
        },
      ],
      [
        "What did the Kuala Lumpur trade talks discuss?",
        ["rare earths", "soybeans", "TikTok", "fentanyl"],
        async () => {
          const data = await query<{ meetings: { entity: Named; topicNames: string[] }[] }>(
            `{ meetings(place: "Kuala Lumpur") { entity { name } topicNames } }`,
          );
          return data.meetings.find((m) => m.entity.name.includes("trade talks"))?.topicNames ?? [];
        },
      ],
      [
        "Who led the US team at the London trade talks?",
        ["Scott Bessent", "Howard Lutnick", "Jamieson Greer"],
        async () => {
          const data = await query<{
            negotiations: { meeting: Named | null; parties: { entity: Named; side: Named | null }[] }[];
          }>(
            `{ negotiations(participant: "United States") { meeting { name } parties { entity { name } side { name } } } }`,
          );
          const london = data.negotiations.find((n) => n.meeting?.name.includes("London"));
          const leads = await query<{ relations: { edges: { node: { source: Named; role: string | null } }[] } }>(
            `{ relations(target: "London trade talks", predicate: PARTICIPATED_IN, first: 50) { edges { node { source { name } role } } } }`,
          );
          const led = new Set(
            leads.relations.edges.filter((e) => e.node.role === "lead").map((e) => e.node.source.name),
          );
          return (london?.parties ?? [])
            .filter((p) => p.side?.name === "United States" && led.has(p.entity.name))
            .map((p) => p.entity.name);
        },
      ],
      [
        "Who was in China's delegation at the London trade talks?",
        ["He Lifeng", "Li Chenggang", "Wang Wentao"],
        async () => {
          const data = await query<{
            negotiations: { meeting: Named | null; parties: { entity: Named; side: Named | null }[] }[];
          }>(`{ negotiations(participant: "China") { meeting { name } parties { entity { name } side { name } } } }`);
          const london = data.negotiations.find((n) => n.meeting?.name.includes("London"));
          return (london?.parties ?? [])
            .filter((p) => p.side?.name === "China" && p.entity.name !== "China")
            .map((p) => p.entity.name);
        },
      ],
      [
        "Where were the London trade talks held?",
        ["London", "Lancaster House"],
        async () => {
          const data = await query<{ meetings: { entity: Named; places: Named[] }[] }>(
            `{ meetings(place: "London") { entity { name } places { name } } }`,
          );
          return data.meetings.find((m) => m.entity.name.includes("London"))?.places.map((p) => p.name) ?? [];
        },
      ],
      [
        "Who holds a position in the US government?",
        ["Howard Lutnick", "Donald Trump", "Jamieson Greer"],
        async () => {
          const data = await query<{ entity: { relations: { source: Named }[] } }>(
            `{ entity(name: "u.s.") { relations(predicate: HOLDS_POSITION, direction: IN) { source { name } } } }`,
          );
          return data.entity.relations.map((r) => r.source.name);
        },
      ],
      [
        "Who took part in the June 5 phone call?",
        ["Donald Trump", "Xi Jinping"],
        async () => {
          const data = await query<{ meetings: { dateText: string | null; participants: Named[] }[] }>(
            `{ meetings(participant: "Trump") { dateText participants { name } } }`,
          );
          return data.meetings.find((m) => m.dateText?.startsWith("June 5"))?.participants.map((p) => p.name) ?? [];
        },
      ],
      [
        "Which country controls over 80% of the global rare earth supply?",
        ["China"],
        async () => {
          const data = await query<{ relations: { edges: { node: { source: Named; share: string | null } }[] } }>(
            `{ relations(predicate: DOMINATES, target: "rare earths") { edges { node { source { name } share } } } }`,
          );
          return data.relations.edges.filter((e) => e.node.share !== null).map((e) => e.node.source.name);
        },
      ],
      [
        "What will China resume buying from the United States?",
        ["soybeans"],
        async () => {
          const data = await query<{
            relations: { edges: { node: { target: Named; attributes: { key: string; value: string }[] } }[] };
          }>(
            `{ relations(source: "China", predicate: PURCHASES) { edges { node { target { name } attributes { key value } } } } }`,
          );
          return data.relations.edges
            .filter((e) => e.node.attributes.some((a) => a.key === "from" && a.value === "United States"))
            .map((e) => e.node.target.name);
        },
      ],
      [
        "Which countries is China working with to respond to US tariffs?",
        ["Japan", "South Korea"],
        async () => {
          // PARTNERED_WITH is symmetric: asked from China's side it answers either way round.
          const data = await query<{ relations: { edges: { node: { source: Named; target: Named } }[] } }>(
            `{ relations(target: "China", predicate: PARTNERED_WITH) { edges { node { source { name } target { name } } } } }`,
          );
          return data.relations.edges.flatMap((e) => [e.node.source.name, e.node.target.name]);
        },
      ],
      [
        "Which outlet does Hadisur Rahman report for?",
        ["JadeTimes"],
        async () => {
          const data = await query<{ entity: { relations: { target: Named }[] } }>(
            `{ entity(name: "H. Rahman") { relations(predicate: AFFILIATED_WITH) { target { name } } } }`,
          );
          return data.entity.relations.map((r) => r.target.name);
        },
      ],
    ];

    it.each(ROWS)("answers %s", async (question, expected, answer) => {
      const gold = goldAnswer(question).map((name) => name.toLowerCase());
      for (const name of expected) expect(gold).toContain(name.toLowerCase());
      const answers = (await answer()).map((name) => name.toLowerCase());
      for (const name of expected) expect(answers).toContain(name.toLowerCase());
    });
  });

  describe("entity", () => {
    it("returns null for an unknown id or name", async () => {
      const data = await query<{ a: unknown; b: unknown }>(
        `{ a: entity(id: "person:nobody-at-all") { id } b: entity(name: "Nobody At All") { id } }`,
      );
      expect(data).toEqual({ a: null, b: null });
    });

    it("rejects a call with neither id nor name", async () => {
      const { body } = await server.graphql(`{ entity { id } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("resolves any alias, case-insensitively", async () => {
      const data = await query<Record<string, { id: string }>>(
        `{ a: entity(name: "u.s.") { id } b: entity(name: "WASHINGTON") { id } c: entity(name: "treasury secretary scott bessent") { id } d: entity(id: "country:china") { id } }`,
      );
      expect(data).toEqual({
        a: { id: "country:united-states" },
        b: { id: "country:united-states" },
        c: { id: "person:scott-bessent" },
        d: { id: "country:china" },
      });
    });

    it("gives the entity's metrics, documents, mentions with offsets, statements and neighbours", async () => {
      const data = await query<{
        entity: {
          type: string;
          degree: number;
          pagerank: number;
          community: number;
          mentionCount: number;
          documents: { id: string; text: string }[];
          mentions: { document: string; start: number; end: number; text: string; sentence: string }[];
          statements: { quote: string }[];
          neighbors: { id: string; type: string }[];
          relations: { predicate: string }[];
        };
      }>(
        `{ entity(name: "Scott Bessent") { type degree pagerank community mentionCount
            documents { id text } mentions(first: 3) { document start end text sentence }
            statements { quote } neighbors(depth: 1, types: [COUNTRY]) { id type } relations { predicate } } }`,
      );
      const { entity } = data;
      expect(entity.type).toBe("PERSON");
      expect(entity.degree).toBe(entity.relations.length);
      expect(entity.pagerank).toBeGreaterThan(0);
      expect(entity.mentionCount).toBeGreaterThanOrEqual(entity.documents.length);
      expect(entity.mentions).toHaveLength(3);
      const texts = new Map(entity.documents.map((d) => [d.id, d.text]));
      for (const mention of entity.mentions) {
        expect(texts.get(mention.document)?.slice(mention.start, mention.end)).toBe(mention.text);
      }
      expect(entity.statements.length).toBeGreaterThan(0);
      expect(entity.neighbors.map((n) => n.id)).toContain("country:united-states");
      expect(entity.neighbors.every((n) => n.type === "COUNTRY")).toBe(true);
    });
  });

  describe("neighbors", () => {
    type Neighbor = { id: string; pagerank: number; type: string };

    it("lists the neighbours most central first, at most `first`, and counts them all", async () => {
      const { entity } = await query<{
        entity: { neighborCount: number; all: Neighbor[]; top: Neighbor[]; none: Neighbor[] };
      }>(
        `{ entity(name: "China") { neighborCount all: neighbors(first: 1000) { id pagerank type }
            top: neighbors(first: 3) { id pagerank type } none: neighbors(first: 0) { id } } }`,
      );
      expect(entity.neighborCount).toBeGreaterThan(3);
      expect(entity.all).toHaveLength(entity.neighborCount);
      const ranks = entity.all.map((n) => n.pagerank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      expect(entity.top).toEqual(entity.all.slice(0, 3));
      expect(entity.none).toEqual([]);
    });

    it("filters and counts by type and depth alike, nearest first", async () => {
      const { entity } = await query<{
        entity: {
          first: { id: string }[];
          people: Neighbor[];
          peopleCount: number;
          second: { id: string }[];
          secondCount: number;
          firstCount: number;
        };
      }>(
        `{ entity(name: "China") { firstCount: neighborCount first: neighbors(first: 500) { id }
            people: neighbors(types: [PERSON], first: 500) { id pagerank type } peopleCount: neighborCount(types: [PERSON])
            second: neighbors(depth: 2, first: 500) { id } secondCount: neighborCount(depth: 2) } }`,
      );
      expect(entity.people.length).toBe(entity.peopleCount);
      expect(entity.peopleCount).toBeGreaterThan(0);
      expect(entity.people.every((n) => n.type === "PERSON")).toBe(true);
      expect(entity.second).toHaveLength(entity.secondCount);
      expect(entity.secondCount).toBeGreaterThan(entity.firstCount);
      expect(entity.second.slice(0, entity.firstCount)).toEqual(entity.first);
    });
  });

  describe("entities", () => {
    it("pages through a type with first/after and a stable totalCount", async () => {
      type Page = {
        entities: {
          totalCount: number;
          edges: { cursor: string; node: { id: string; type: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const text = `query($after: String) { entities(type: PERSON, first: 5, after: $after) {
        totalCount edges { cursor node { id type } } pageInfo { hasNextPage endCursor } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 20; page++) {
        const data: Page = await query<Page>(text, { after });
        if (total === -1) total = data.entities.totalCount;
        expect(data.entities.totalCount).toBe(total);
        for (const edge of data.entities.edges) {
          expect(edge.node.type).toBe("PERSON");
          seen.push(edge.node.id);
        }
        if (!data.entities.pageInfo.hasNextPage) break;
        after = data.entities.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(5);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it("orders by PageRank, largest first, and filters by a text", async () => {
      const data = await query<{
        ranked: { edges: { node: { pagerank: number } }[] };
        found: { totalCount: number; edges: { node: { name: string } }[] };
      }>(
        `{ ranked: entities(orderBy: PAGERANK, first: 10) { edges { node { pagerank } } }
           found: entities(search: "rare earth") { totalCount edges { node { name } } } }`,
      );
      const ranks = data.ranked.edges.map((e) => e.node.pagerank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      expect(data.found.edges.map((e) => e.node.name)).toContain("rare earths");
      expect(data.found.totalCount).toBe(data.found.edges.length);
    });
  });

  describe("search", () => {
    it("ranks an exact name or alias above partial matches, with scores", async () => {
      const data = await query<{ search: { score: number; entity: { name: string } }[] }>(
        `{ search(text: "rare earth", first: 6) { score entity { name } } }`,
      );
      expect(data.search).toHaveLength(6);
      expect(data.search[0]?.entity.name).toBe("rare earths");
      const scores = data.search.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores[0]).toBeGreaterThan(scores[scores.length - 1]!);
    });

    it("rejects an empty text", async () => {
      const { body } = await server.graphql(`{ search(text: "  ") { score } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("relations", () => {
    it("gives typed attributes, the raw map and evidence that points into the document", async () => {
      const data = await query<{
        relations: {
          totalCount: number;
          edges: {
            node: {
              predicate: string;
              source: { name: string };
              target: { name: string };
              title: string | null;
              attributes: { key: string; value: string }[];
              evidence: { document: string; sentence: string; start: number; end: number; rule: string }[];
            };
          }[];
        };
        documents: { id: string; text: string }[];
      }>(
        `{ relations(source: "Bessent", predicate: HOLDS_POSITION) { totalCount edges { node {
             predicate source { name } target { name } title attributes { key value }
             evidence { document sentence start end rule } } } }
           documents { id text } }`,
      );
      // The post points to his country, and to the Treasury where a text names that body apart
      // (the ontology's convention).
      expect(data.relations.edges.map((e) => e.node.target.name).sort()).toEqual(["U.S. Treasury", "United States"]);
      expect(data.relations.totalCount).toBe(2);
      const texts = new Map(data.documents.map((d) => [d.id, d.text]));
      for (const { node: relation } of data.relations.edges) {
        expect(relation.title).toBe("Treasury Secretary");
        expect(relation.attributes).toContainEqual({ key: "title", value: "Treasury Secretary" });
        expect(relation.evidence.length).toBeGreaterThan(0);
        for (const evidence of relation.evidence) {
          expect(texts.get(evidence.document)?.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
          expect(evidence.rule.length).toBeGreaterThan(0);
        }
      }
    });

    it("gives one relation by id, and null for an unknown id", async () => {
      const page = await query<{ relations: { edges: { node: { id: string; predicate: string } }[] } }>(
        `{ relations(first: 1, predicate: HOLDS_POSITION) { edges { node { id predicate } } } }`,
      );
      const id = page.relations.edges[0]!.node.id;
      const one = await query<{ relation: { id: string; predicate: string; evidence: unknown[] } }>(
        `query($id: ID!) { relation(id: $id) { id predicate evidence { sentence } } }`,
        { id },
      );
      expect(one.relation).toMatchObject({ id, predicate: "HOLDS_POSITION" });
      expect(one.relation.evidence.length).toBeGreaterThan(0);
      const none = await query<{ relation: null }>(`{ relation(id: "person:nobody|MET_WITH|person:no-one") { id } }`);
      expect(none.relation).toBeNull();
    });

    it("pages through every relation", async () => {
      const first = await query<{
        relations: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
      }>(`{ relations(first: 100) { totalCount edges { node { id } } pageInfo { endCursor } } }`);
      const stats = await query<{ stats: { edges: number } }>(`{ stats { edges } }`);
      expect(first.relations.totalCount).toBe(stats.stats.edges);
      const rest = await query<{ relations: { edges: { node: { id: string } }[] } }>(
        `query($after: String) { relations(first: 100, after: $after) { edges { node { id } } } }`,
        { after: first.relations.pageInfo.endCursor },
      );
      expect(first.relations.edges.length + rest.relations.edges.length).toBe(stats.stats.edges);
    });
  });

  describe("path", () => {
    it("finds a shortest path with its relations", async () => {
      const data = await query<{
        path: {
          length: number;
          nodes: { name: string }[];
          relations: { source: { name: string }; target: { name: string } }[];
        };
      }>(
        `{ path(from: "Scott Bessent", to: "He Lifeng") { length nodes { name } relations { source { name } target { name } } } }`,
      );
      const { path } = data;
      expect(path.nodes[0]?.name).toBe("Scott Bessent");
      expect(path.nodes[path.nodes.length - 1]?.name).toBe("He Lifeng");
      expect(path.relations).toHaveLength(path.length);
      expect(path.nodes).toHaveLength(path.length + 1);
      path.relations.forEach((relation, i) => {
        const ends = [relation.source.name, relation.target.name];
        expect(ends).toContain(path.nodes[i]!.name);
        expect(ends).toContain(path.nodes[i + 1]!.name);
      });
    });

    it("returns null when no path is short enough and NOT_FOUND for an unknown name", async () => {
      const none = await query<{ path: unknown }>(
        `{ path(from: "Jimmy Lai", to: "Capital Economics", maxLength: 1) { length } }`,
      );
      expect(none.path).toBeNull();
      const { body } = await server.graphql(`{ path(from: "Nobody At All", to: "China") { length } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("subgraph", () => {
    it("cuts the seeds' neighbourhood and exports it in every format", async () => {
      const data = await query<{
        subgraph: {
          nodes: { id: string }[];
          relations: { id: string }[];
          json: string;
          gexf: string;
          graphml: string;
          csv: string;
          cypher: string;
        };
      }>(
        `{ subgraph(seeds: ["Scott Bessent", "he lifeng"], depth: 1) { nodes { id } relations { id }
            json: export(format: JSON) gexf: export(format: GEXF) graphml: export(format: GRAPHML)
            csv: export(format: CSV) cypher: export(format: CYPHER) } }`,
      );
      const { subgraph } = data;
      const ids = subgraph.nodes.map((n) => n.id);
      expect(ids).toContain("person:scott-bessent");
      expect(ids).toContain("person:he-lifeng");
      const parsed = JSON.parse(subgraph.json) as { nodes: { key: string }[]; edges: unknown[] };
      expect(parsed.nodes.map((n) => n.key).sort()).toEqual([...ids].sort());
      expect(parsed.edges).toHaveLength(subgraph.relations.length);
      expect(subgraph.gexf).toContain("<gexf");
      expect(subgraph.gexf).toContain('id="person:scott-bessent"');
      expect(subgraph.graphml).toContain("<graphml");
      expect(subgraph.csv).toContain("person:he-lifeng");
      expect(subgraph.cypher).toContain("Scott Bessent");
    });

    it("is NOT_FOUND for an unknown seed and BAD_USER_INPUT for a depth out of bounds", async () => {
      const unknown = await server.graphql(`{ subgraph(seeds: ["Nobody At All"]) { nodes { id } } }`);
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const deep = await server.graphql(`{ subgraph(seeds: ["China"], depth: 50) { nodes { id } } }`);
      expect(deep.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("GET /export", () => {
    it("downloads a subgraph as an attachment with the format's content type", async () => {
      const cases = [
        ["gexf", "application/gexf+xml", ".gexf"],
        ["graphml", "application/graphml+xml", ".graphml"],
        ["json", "application/json", ".json"],
        ["csv", "text/csv", ".csv"],
        ["cypher", "text/plain", ".cypher"],
        ["neo4j_nodes", "text/csv", "-nodes.csv"],
      ] as const;
      for (const [format, type, extension] of cases) {
        const response = await fetch(`${server.url}/export?seeds=Scott%20Bessent,He%20Lifeng&depth=1&format=${format}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toContain(type);
        expect(response.headers.get("content-disposition")).toBe(`attachment; filename="subgraph${extension}"`);
        const body = await response.text();
        expect(body).toContain("He Lifeng");
      }
    });

    it("downloads the relationships file of Neo4j's bulk import, the same bytes as Subgraph.export", async () => {
      const response = await fetch(`${server.url}/export?seeds=China&depth=1&format=neo4j_relationships`);
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="subgraph-relationships.csv"');
      const text = await response.text();
      expect(text.split("\n")[0]).toMatch(/^:START_ID\(Entity\),:END_ID\(Entity\),:TYPE,id,/);
      const data = await query<{ subgraph: { export: string } }>(
        `{ subgraph(seeds: ["China"], depth: 1) { export(format: NEO4J_RELATIONSHIPS) } }`,
      );
      expect(text).toBe(data.subgraph.export);
    });

    it("gives the same bytes as Subgraph.export", async () => {
      const response = await fetch(`${server.url}/export?seeds=China&depth=1&format=graphml`);
      const data = await query<{ subgraph: { export: string } }>(
        `{ subgraph(seeds: ["China"], depth: 1) { export(format: GRAPHML) } }`,
      );
      expect(await response.text()).toBe(data.subgraph.export);
    });

    it("exports the whole graph without seeds", async () => {
      const response = await fetch(`${server.url}/export?format=json`);
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="knowledge-graph.json"');
      const graph = (await response.json()) as { nodes: unknown[]; edges: unknown[] };
      const stats = await query<{ stats: { nodes: number; edges: number } }>(`{ stats { nodes edges } }`);
      expect(graph.nodes).toHaveLength(stats.stats.nodes);
      expect(graph.edges).toHaveLength(stats.stats.edges);
    });
  });

  describe("stats, documents and /healthz", () => {
    it("counts by type and predicate, with documents and the build time", async () => {
      const data = await query<{
        stats: {
          nodes: number;
          edges: number;
          documents: number;
          byType: { type: string; count: number }[];
          byPredicate: { predicate: string; count: number }[];
          builtAt: string | null;
        };
      }>(`{ stats { nodes edges documents byType { type count } byPredicate { predicate count } builtAt } }`);
      const { stats } = data;
      expect(stats.documents).toBe(5);
      expect(stats.byType.reduce((sum, row) => sum + row.count, 0)).toBe(stats.nodes);
      expect(stats.byPredicate.reduce((sum, row) => sum + row.count, 0)).toBe(stats.edges);
      expect(stats.byType.map((row) => row.type)).toContain("PERSON");
      expect(Number.isNaN(Date.parse(stats.builtAt ?? ""))).toBe(false);
    });

    it("serves the documents with their cleaned text, entities and mentions in text order", async () => {
      const list = await query<{ documents: { id: string }[] }>(`{ documents { id } }`);
      expect(list.documents).toHaveLength(5);
      const id = list.documents[0]!.id;
      const data = await query<{
        document: {
          text: string;
          entities: { id: string }[];
          mentions: { start: number; end: number; text: string }[];
        };
        missing: unknown;
      }>(
        `query($id: ID!) { document(id: $id) { text entities { id } mentions { start end text } } missing: document(id: "no-such-document") { id } }`,
        { id },
      );
      expect(data.missing).toBeNull();
      expect(data.document.entities.length).toBeGreaterThan(0);
      const starts = data.document.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const mention of data.document.mentions) {
        expect(data.document.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    });

    it("answers /healthz with the counts", async () => {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      const stats = await query<{ stats: { nodes: number; edges: number } }>(`{ stats { nodes edges } }`);
      expect(await response.json()).toEqual({
        status: "ok",
        nodes: stats.stats.nodes,
        edges: stats.stats.edges,
        documents: 5,
      });
    });

    it("opens GraphiQL with the example queries and without the token", async () => {
      const response = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("negotiations");
      expect(html).not.toContain(server.token);
    });
  });
});
