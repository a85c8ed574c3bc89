// GraphML export: read back with graphology-graphml's parser and compared with the source graph
// (keys, endpoints, typed attributes, colour, evidence), hostile text, determinism.

import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { exportGraphml } from "../../../src/export/graphml.ts";
import { createGraph } from "../../../src/graph/model.ts";
import {
  distinctSentences,
  HOSTILE,
  hostileGraph,
  parseStrictly,
  reversedCopy,
  seedGraph,
  splitList,
  XML_FORBIDDEN,
} from "./_graph.ts";

function readBack(text: string) {
  return parseStrictly(() => parse(MultiDirectedGraph, text));
}

describe("export/graphml", () => {
  describe("exportGraphml", () => {
    it("rejects edge keys that become equal once XML-forbidden characters are removed", () => {
      const graph = seedGraph();
      const [edge] = graph.edges();
      graph.addDirectedEdgeWithKey(
        `${edge}\u0002`,
        graph.source(edge!),
        graph.target(edge!),
        structuredClone(graph.getEdgeAttributes(edge!)),
      );
      expect(() => exportGraphml(graph)).toThrow(expect.objectContaining({ name: "InvalidInputError" }));
    });

    it("writes an empty graph as a GraphML file that parses to an empty directed graph", () => {
      const text = exportGraphml(createGraph());
      expect(text).toContain('<graph id="G" edgedefault="directed">');
      const parsed = readBack(text);
      expect(parsed.order).toBe(0);
      expect(parsed.size).toBe(0);
    });

    describe("on the seed graph", () => {
      const graph = seedGraph();
      const text = exportGraphml(graph);
      const parsed = readBack(text);

      it("declares every key with a name and a type", () => {
        const keys = [...text.matchAll(/<key id="(d\d+)" for="(node|edge)" attr.name="([^"]+)" attr.type="(\w+)"\/>/g)];
        expect(keys.length).toBeGreaterThan(20);
        expect(new Set(keys.map((k) => k[1])).size).toBe(keys.length);
        const types = new Map(keys.map((k) => [`${k[2]}:${k[3]}`, k[4]]));
        expect(types.get("node:pagerank")).toBe("double");
        expect(types.get("node:degree")).toBe("int");
        expect(types.get("edge:symmetric")).toBe("boolean");
        expect(types.get("edge:evidence")).toBe("string");
        // Every data element refers to a declared key.
        const declared = new Set(keys.map((k) => k[1]));
        for (const [, key] of text.matchAll(/<data key="([^"]+)">/g)) expect(declared.has(key!)).toBe(true);
      });

      it("keeps every node key with its typed, flattened attributes and colour", () => {
        expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
        graph.forEachNode((key, source) => {
          const read = parsed.getNodeAttributes(key);
          expect(read.label).toBe(source.label);
          expect(read.name).toBe(source.name);
          expect(read.type).toBe(source.type);
          expect(splitList(read.aliases)).toEqual(source.aliases);
          expect(splitList(read.documents)).toEqual(source.documents);
          expect(read.mentionCount).toBe(source.mentionCount);
          expect(read.degree).toBe(source.degree);
          expect(read.pagerank).toBe(source.pagerank);
          expect(read.community).toBe(source.community);
          expect(read.x).toBe(source.x);
          expect(read.y).toBe(source.y);
          expect(read.size).toBe(source.size);
          expect(read.color).toBe(source.color);
          expect(JSON.parse(read.attributes as string)).toEqual(source.attributes);
          for (const [name, value] of Object.entries(source.attributes)) expect(read[name]).toBe(value);
        });
      });

      it("keeps every edge key, its endpoints and its whole evidence", () => {
        expect(parsed.edges().sort()).toEqual(graph.edges().sort());
        graph.forEachEdge((key, source, from, to) => {
          const read = parsed.getEdgeAttributes(key);
          expect(parsed.source(key)).toBe(from);
          expect(parsed.target(key)).toBe(to);
          expect(read.predicate).toBe(source.predicate);
          expect(read.label).toBe(source.label);
          expect(read.confidence).toBe(source.confidence);
          expect(read.weight).toBe(source.confidence);
          expect(read.symmetric).toBe(source.symmetric);
          expect(JSON.parse(read.attributes as string)).toEqual(source.attributes);
          for (const [name, value] of Object.entries(source.attributes)) expect(read[name]).toBe(value);
          expect(JSON.parse(read.evidence as string)).toEqual(source.evidence);
          expect(read.evidence_count).toBe(source.evidence.length);
          expect((read.evidence_sentences as string).split("\n")).toEqual(distinctSentences(graph, key));
        });
      });

      it("gives the same bytes for the same graph, whatever the insertion order", () => {
        expect(exportGraphml(seedGraph())).toBe(text);
        expect(exportGraphml(reversedCopy(graph))).toBe(text);
      });
    });

    describe("on hostile text", () => {
      const graph = hostileGraph();
      const text = exportGraphml(graph);

      it("writes well-formed XML without the characters XML 1.0 forbids", () => {
        expect(text).not.toMatch(XML_FORBIDDEN);
        expect(text).not.toContain("<script>");
        expect(text).not.toContain("<b>");
        readBack(text);
      });

      it("keeps markup, quotes, carriage returns, newlines and tabs, and drops control characters", () => {
        const parsed = readBack(text);
        const evil = parsed.getNodeAttributes("person:evil");
        expect(evil.label).toBe(HOSTILE.name);
        expect(evil.note).toBe(HOSTILE.sentence.replace("\u0001", ""));
        expect(splitList(evil.aliases)).toContain("Bell null escape vertical end");
        expect(parsed.getNodeAttribute("company:acme", "label")).toBe(HOSTILE.formula);
        expect(parsed.getNodeAttribute("company:acme", "y")).toBe(-1e-7);
      });

      it("round-trips the evidence and attributes JSON exactly and declares odd attribute names", () => {
        const parsed = readBack(text);
        const [edge] = graph.edges();
        const read = parsed.getEdgeAttributes(edge!);
        expect(JSON.parse(read.evidence as string)).toEqual(graph.getEdgeAttribute(edge!, "evidence"));
        expect(JSON.parse(read.attributes as string)).toEqual(graph.getEdgeAttribute(edge!, "attributes"));
        expect(read.title).toBe(HOSTILE.name);
        expect(read.kind).toBe("=cmd|' /C calc'!A0");
        expect(read["odd key<&>"]).toBe("lone  high");
      });
    });
  });
});
