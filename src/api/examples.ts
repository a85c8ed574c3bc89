// The example queries GraphiQL opens with, one tab each: who negotiated what, a person's posts, a
// path, a subgraph export, search, and an ingest mutation. Names in the variables are picked from
// the current graph (the most central entities), so the examples work on any corpus. Never puts the
// API token in the page.

import type { EntityType } from "../extraction/types.ts";
import type { KnowledgeGraph } from "../graph/model.ts";

/** One GraphiQL tab. */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

// Names go into a page through JSON.stringify and String.replace: keep only plain ones.
const SAFE_NAME = /^[\p{L}\p{N} .,'’-]{1,80}$/u;

function topNames(graph: KnowledgeGraph, types: readonly EntityType[], count: number): string[] {
  return graph
    .filterNodes((_key, attributes) => types.includes(attributes.type) && SAFE_NAME.test(attributes.name))
    .map((key) => graph.getNodeAttributes(key))
    .sort((a, b) => b.pagerank - a.pagerank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, count)
    .map((attributes) => attributes.name);
}

function variables(values: Record<string, unknown>): string {
  return JSON.stringify(values, null, 2);
}

/** The example tabs for `graph`. */
export function exampleTabs(graph: KnowledgeGraph): ExampleTab[] {
  const people = topNames(graph, ["Person"], 2);
  const actors = topNames(graph, ["Person", "Country", "Agency", "Company", "Organization"], 2);
  const person = people[0] ?? actors[0] ?? "";
  const [from = "", to = ""] = people.length >= 2 ? people : actors;
  return [
    {
      query: `# Who negotiated what: each meeting, its parties (with the side they act for and their post),
# who faced whom, and the topics. Press the ▶ button (or Ctrl-Enter) to run.
query WhoNegotiatedWhat {
  negotiations {
    meeting { name }
    parties { entity { name } side { name } role }
    counterparts { first { name } second { name } }
    topics { name type }
  }
}
`,
    },
    {
      query: `# A person's posts (HOLDS_POSITION with its title) and what they represent; names resolve any alias.
query Posts($name: String!) {
  entity(name: $name) {
    id
    name
    aliases
    posts: relations(predicate: HOLDS_POSITION, direction: OUT) { title target { name type } }
    represents: relations(predicate: REPRESENTS, direction: OUT) { target { name } }
    statements { quote via { name } }
  }
}
`,
      variables: variables({ name: person }),
    },
    {
      query: `# The shortest path between two entities, with the relation behind each hop and its evidence.
query Path($from: String!, $to: String!) {
  path(from: $from, to: $to, maxLength: 4) {
    length
    nodes { name type }
    relations { predicate source { name } target { name } evidence { document sentence rule } }
  }
}
`,
      variables: variables({ from, to }),
    },
    {
      query: `# A subgraph around seeds, exported as GEXF (also GRAPHML, JSON, CSV, CYPHER).
# The same file downloads from GET /export?seeds=...&depth=1&format=gexf
query SubgraphExport($seeds: [String!]!) {
  subgraph(seeds: $seeds, depth: 1) {
    nodes { name type }
    relations { predicate source { name } target { name } }
    export(format: GEXF)
  }
}
`,
      variables: variables({ seeds: [person].filter(Boolean) }),
    },
    {
      query: `# Ranked search over names and aliases, then the first page of the entities connection.
query Search($text: String!) {
  search(text: $text, first: 5) { score entity { name type } }
  entities(type: PERSON, orderBy: PAGERANK, first: 10) {
    totalCount
    edges { cursor node { name degree pagerank } }
    pageInfo { hasNextPage endCursor }
  }
  stats { nodes edges documents byType { type count } }
}
`,
      variables: variables({ text: person.split(" ").pop() ?? "" }),
    },
    {
      query: `# Mutations need the token the server printed at start: put it in the Headers tab below.
mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    document { id title }
    addedNodes { name type }
    addedEdges { predicate source { name } target { name } }
  }
}
`,
      variables: variables({
        input: { title: "A short note", text: "Paste an article here.", source: null, date: null },
      }),
      headers: variables({ Authorization: "Bearer <the token printed by kg serve>" }),
    },
  ];
}
