// Cypher export: read back with a small reader of the script's statements and literals (below),
// compared with the source graph; escaping of hostile names; determinism.

import { describe, expect, it } from "vitest";
import { CYPHER_CONSTRAINT, cypherName, cypherString, exportCypher } from "../../../src/export/cypher.ts";
import { createGraph } from "../../../src/graph/model.ts";
import { distinctSentences, HOSTILE, hostileGraph, reversedCopy, seedGraph } from "./_graph.ts";

type Literal = string | number | boolean | null | Literal[];

/** Reads one Cypher literal (string, number, boolean, null, list) at `pos`; returns it and the next position. */
function readLiteral(text: string, pos: number): [Literal, number] {
  const c = text[pos];
  if (c === '"') {
    let out = "";
    let i = pos + 1;
    while (text[i] !== '"') {
      if (i >= text.length) throw new Error(`unterminated string at ${pos}`);
      if (text[i] === "\\") {
        const e = text[i + 1]!;
        const simple: Record<string, string> = {
          n: "\n",
          r: "\r",
          t: "\t",
          b: "\b",
          f: "\f",
          '"': '"',
          "'": "'",
          "\\": "\\",
        };
        if (e === "u") {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (e in simple) {
          out += simple[e];
          i += 2;
        } else throw new Error(`bad escape \\${e}`);
      } else {
        out += text[i];
        i += 1;
      }
    }
    return [out, i + 1];
  }
  if (c === "[") {
    const items: Literal[] = [];
    let i = pos + 1;
    if (text[i] === "]") return [items, i + 1];
    for (;;) {
      const [item, next] = readLiteral(text, i);
      items.push(item);
      if (text.startsWith(", ", next)) i = next + 2;
      else if (text[next] === "]") return [items, next + 1];
      else throw new Error(`bad list at ${next}`);
    }
  }
  const word = /^(true|false|null|-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(text.slice(pos));
  if (!word) throw new Error(`bad literal at ${pos}: ${text.slice(pos, pos + 20)}`);
  const value = word[1] === "true" ? true : word[1] === "false" ? false : word[1] === "null" ? null : Number(word[1]);
  return [value, pos + word[1]!.length];
}

/** Reads `v.name = literal, v.name = literal…` up to the final `;`. */
function readSet(text: string, variable: string): Record<string, Literal> {
  const properties: Record<string, Literal> = {};
  let i = 0;
  for (;;) {
    const name = new RegExp(`^${variable}\\.([A-Za-z_][A-Za-z0-9_]*|\`(?:[^\`]|\`\`)*\`) = `).exec(text.slice(i));
    if (!name) throw new Error(`bad assignment at ${i}: ${text.slice(i, i + 30)}`);
    const key = name[1]!.startsWith("`") ? name[1]!.slice(1, -1).replaceAll("``", "`") : name[1]!;
    const [value, next] = readLiteral(text, i + name[0].length);
    properties[key] = value;
    if (text.startsWith(", ", next)) i = next + 2;
    else if (text.slice(next) === ";") return properties;
    else throw new Error(`bad separator at ${next}: ${text.slice(next, next + 20)}`);
  }
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const NAME = "([A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`)";
const NODE = new RegExp(`^MERGE \\(n:Entity:${NAME} \\{id: (${STRING})\\}\\) SET (.*)$`);
const EDGE = new RegExp(
  `^MATCH \\(a:Entity \\{id: (${STRING})\\}\\), \\(b:Entity \\{id: (${STRING})\\}\\) MERGE \\(a\\)-\\[r:${NAME} \\{id: (${STRING})\\}\\]->\\(b\\) SET (.*)$`,
);

interface Script {
  constraint: boolean;
  nodes: Map<string, { label: string; properties: Record<string, Literal> }>;
  edges: Map<string, { source: string; target: string; type: string; properties: Record<string, Literal> }>;
  /** Statement lines that are neither the constraint, a node nor an edge. */
  other: string[];
}

/** Reads a script written by exportCypher, one statement per line. */
function readScript(script: string): Script {
  const result: Script = { constraint: false, nodes: new Map(), edges: new Map(), other: [] };
  for (const line of script.split("\n")) {
    if (line === "" || line.startsWith("//")) continue;
    if (line === CYPHER_CONSTRAINT) {
      result.constraint = true;
      continue;
    }
    const node = NODE.exec(line);
    const edge = EDGE.exec(line);
    if (node) {
      const id = readLiteral(node[2]!, 0)[0] as string;
      result.nodes.set(id, { label: node[1]!, properties: readSet(node[3]!, "n") });
    } else if (edge) {
      const id = readLiteral(edge[4]!, 0)[0] as string;
      result.edges.set(id, {
        source: readLiteral(edge[1]!, 0)[0] as string,
        target: readLiteral(edge[2]!, 0)[0] as string,
        type: edge[3]!,
        properties: readSet(edge[5]!, "r"),
      });
    } else result.other.push(line);
  }
  return result;
}

/** A statement line with its string literals blanked out: what Neo4j would run as code. */
function codeOnly(line: string): string {
  return line.replace(new RegExp(STRING, "g"), '""');
}

describe("export/cypher", () => {
  describe("cypherString", () => {
    it("escapes backslashes, quotes, line breaks, controls, line separators and lone surrogates", () => {
      expect(cypherString('a"b\\c')).toBe('"a\\"b\\\\c"');
      expect(cypherString("l1\nl2\r\tx")).toBe('"l1\\nl2\\r\\tx"');
      expect(cypherString("\u0000\u0007\u001b\u007f\u2028")).toBe('"\\u0000\\u0007\\u001b\\u007f\\u2028"');
      expect(cypherString("lone \ud800 \udc00")).toBe('"lone \\ud800 \\udc00"');
      expect(cypherString("Zhōu 周 🚀 'x'")).toBe("\"Zhōu 周 🚀 'x'\"");
    });

    it("round-trips through the reader whatever the text", () => {
      for (const value of Object.values(HOSTILE)) expect(readLiteral(cypherString(value), 0)[0]).toBe(value);
    });
  });

  describe("cypherName", () => {
    it("leaves identifiers alone and backticks anything else", () => {
      expect(cypherName("NEGOTIATED_WITH")).toBe("NEGOTIATED_WITH");
      expect(cypherName("odd key")).toBe("`odd key`");
      expect(cypherName("a`b")).toBe("`a``b`");
      expect(cypherName("1st")).toBe("`1st`");
    });
  });

  describe("exportCypher", () => {
    it("writes only the comment and the constraint for an empty graph", () => {
      const script = readScript(exportCypher(createGraph()));
      expect(script.constraint).toBe(true);
      expect(script.nodes.size + script.edges.size + script.other.length).toBe(0);
    });

    describe("on the seed graph", () => {
      const graph = seedGraph();
      const text = exportCypher(graph);
      const script = readScript(text);

      it("creates the constraint first, then one MERGE per node, then one per edge", () => {
        const lines = text.trimEnd().split("\n");
        expect(lines[1]).toBe(CYPHER_CONSTRAINT);
        expect(script.other).toEqual([]);
        expect(lines).toHaveLength(2 + graph.order + graph.size);
        expect(lines.slice(2, 2 + graph.order).every((l) => l.startsWith("MERGE (n:Entity:"))).toBe(true);
        expect(lines.slice(2 + graph.order).every((l) => l.startsWith("MATCH (a:Entity"))).toBe(true);
      });

      it("merges every node with its type as label and its attributes as properties", () => {
        expect([...script.nodes.keys()]).toEqual(graph.nodes().sort());
        graph.forEachNode((key, source) => {
          const { label, properties: p } = script.nodes.get(key)!;
          expect(label).toBe(source.type);
          expect(p.name).toBe(source.name);
          expect(p.type).toBe(source.type);
          expect(p.aliases).toEqual(source.aliases);
          expect(p.documents).toEqual(source.documents);
          expect(p.mention_count).toBe(source.mentionCount);
          expect(p.degree).toBe(source.degree);
          expect(p.pagerank).toBe(source.pagerank);
          expect(p.community).toBe(source.community);
          expect(p.x).toBe(source.x);
          expect(p.y).toBe(source.y);
          expect(JSON.parse(p.attributes as string)).toEqual(source.attributes);
        });
      });

      it("merges every edge between its endpoints, typed by predicate, with its whole evidence", () => {
        expect([...script.edges.keys()]).toEqual(graph.edges().sort());
        graph.forEachEdge((key, source, from, to) => {
          const edge = script.edges.get(key)!;
          expect(edge.source).toBe(from);
          expect(edge.target).toBe(to);
          expect(edge.type).toBe(source.predicate);
          expect(edge.properties.confidence).toBe(source.confidence);
          expect(edge.properties.symmetric).toBe(source.symmetric);
          expect(JSON.parse(edge.properties.attributes as string)).toEqual(source.attributes);
          for (const [name, value] of Object.entries(source.attributes)) expect(edge.properties[name]).toBe(value);
          expect(JSON.parse(edge.properties.evidence as string)).toEqual(source.evidence);
          expect(edge.properties.evidence_count).toBe(source.evidence.length);
          expect(edge.properties.evidence_sentences).toEqual(distinctSentences(graph, key));
        });
      });

      it("gives the same bytes for the same graph, whatever the insertion order", () => {
        expect(exportCypher(reversedCopy(graph))).toBe(text);
      });
    });

    describe("on hostile text", () => {
      const graph = hostileGraph();
      const text = exportCypher(graph);
      const script = readScript(text);

      it("keeps one statement per line, none of them broken out of its strings", () => {
        expect(script.other).toEqual([]);
        expect(script.nodes.size).toBe(2);
        expect(script.edges.size).toBe(1);
        for (const line of text.split("\n").filter((l) => l && !l.startsWith("//"))) {
          const code = codeOnly(line);
          expect(code).not.toMatch(/DELETE|<script>|\/\//);
          expect(code.endsWith(";")).toBe(true);
          expect(code.slice(0, -1)).not.toContain(";");
        }
      });

      it("reads back names, aliases and attributes exactly, the injection attempt included", () => {
        const evil = script.nodes.get("person:evil")!.properties;
        expect(evil.name).toBe(HOSTILE.name);
        expect(evil.aliases).toEqual(graph.getNodeAttribute("person:evil", "aliases"));
        expect(evil.note).toBe(HOSTILE.sentence);
        expect(script.nodes.get("company:acme")!.properties.y).toBe(-1e-7);
        const key = "person:evil|AFFILIATED_WITH|company:acme";
        const edge = script.edges.get(key)!.properties;
        expect(edge.title).toBe(HOSTILE.name);
        expect(edge.kind).toBe("=cmd|' /C calc'!A0");
        expect(edge["odd key<&>"]).toBe(HOSTILE.surrogate);
        expect(JSON.parse(edge.evidence as string)).toEqual(graph.getEdgeAttribute(key, "evidence"));
        expect(edge.evidence_sentences).toEqual(distinctSentences(graph, key));
      });

      it("writes valid UTF-8 (lone surrogates escaped)", () => {
        expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
      });
    });
  });
});
