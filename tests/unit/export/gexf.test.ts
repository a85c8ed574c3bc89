// GEXF export: read back with graphology-gexf's parser and compared with the source graph (keys,
// endpoints, attributes, viz, evidence), hostile text, determinism.

import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { exportGexf, rgbColor } from "../../../src/export/gexf.ts";
import { createGraph, type KnowledgeGraph } from "../../../src/graph/model.ts";
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
  return parseStrictly(() => parse(MultiDirectedGraph, text, { respectInputGraphType: true }));
}

describe("export/gexf", () => {
  describe("exportGexf", () => {
    it("rejects node keys that become equal once XML-forbidden characters are removed", () => {
      const graph = seedGraph();
      const [first] = graph.nodes();
      graph.addNode(`${first}\u0001`, structuredClone(graph.getNodeAttributes(first!)));
      expect(() => exportGexf(graph)).toThrow(expect.objectContaining({ name: "InvalidInputError" }));
    });

    it("writes an empty graph as a GEXF 1.3 file that parses to an empty graph", () => {
      const text = exportGexf(createGraph());
      expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
      const parsed = readBack(text);
      expect(parsed.order).toBe(0);
      expect(parsed.size).toBe(0);
    });

    describe("on the seed graph", () => {
      const graph: KnowledgeGraph = seedGraph();
      const text = exportGexf(graph);
      const parsed = readBack(text);

      it("declares GEXF 1.3 and its viz namespace", () => {
        expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
        expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
        expect(text).toContain('<graph defaultedgetype="directed">');
      });

      it("keeps every node key with its label, type and flattened attributes", () => {
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
          expect(JSON.parse(read.attributes as string)).toEqual(source.attributes);
          for (const [name, value] of Object.entries(source.attributes)) expect(read[name]).toBe(value);
        });
      });

      it("writes viz colour (r, g, b: GEXF 1.3 allows r/g/b or hex, and networkx reads only r/g/b), size and position", () => {
        graph.forEachNode((key, source) => {
          const read = parsed.getNodeAttributes(key);
          expect(read.color).toBe(rgbColor(source.color));
          expect(read.size).toBe(source.size);
          expect(read.x).toBe(source.x);
          expect(read.y).toBe(source.y);
        });
        expect(text).toMatch(/<viz:color r="\d{1,3}" g="\d{1,3}" b="\d{1,3}"\/>/);
        expect(text).not.toContain("hex=");
        expect(text).toMatch(/<viz:position x="-?[\d.e-]+" y="-?[\d.e-]+"\/>/);
      });

      it("keeps every edge key and its endpoints", () => {
        expect(parsed.edges().sort()).toEqual(graph.edges().sort());
        graph.forEachEdge((key, _attributes, source, target) => {
          expect(parsed.source(key)).toBe(source);
          expect(parsed.target(key)).toBe(target);
        });
      });

      it("carries each edge's predicate, confidence, attributes and whole evidence", () => {
        graph.forEachEdge((key, source) => {
          const read = parsed.getEdgeAttributes(key);
          expect(read.predicate).toBe(source.predicate);
          expect(read.label).toBe(source.label);
          expect(read.kind).toBe(source.predicate);
          expect(read.confidence).toBe(source.confidence);
          expect(read.weight).toBe(source.confidence);
          expect(read.symmetric).toBe(source.symmetric);
          expect(JSON.parse(read.attributes as string)).toEqual(source.attributes);
          for (const [name, value] of Object.entries(source.attributes)) expect(read[name]).toBe(value);
          expect(source.evidence.length).toBeGreaterThan(0);
          expect(JSON.parse(read.evidence as string)).toEqual(source.evidence);
          expect(read.evidence_count).toBe(source.evidence.length);
          expect((read.evidence_sentences as string).split("\n")).toEqual(distinctSentences(graph, key));
          expect(splitList(read.evidence_documents)).toEqual(
            [...new Set(source.evidence.map((e) => e.document))].sort(),
          );
          expect(splitList(read.evidence_rules)).toEqual([...new Set(source.evidence.map((e) => e.rule))].sort());
        });
      });

      it("gives the same bytes for the same graph, whatever the insertion order", () => {
        expect(exportGexf(seedGraph())).toBe(text);
        expect(exportGexf(reversedCopy(graph))).toBe(text);
      });
    });

    describe("in GEXF 1.2draft", () => {
      const graph: KnowledgeGraph = seedGraph();
      const text = exportGexf(graph, { version: "1.2" });
      const parsed = readBack(text);

      it("declares GEXF 1.2draft with the 1.2draft viz namespace and schema", () => {
        expect(text).toContain(
          '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"',
        );
        expect(text).toContain(
          'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"',
        );
        expect(text).not.toContain("1.1draft");
      });

      it("writes positions with z (required by 1.2draft) and no edge kind (1.3 only)", () => {
        expect(text).toMatch(/<viz:position x="-?[\d.e-]+" y="-?[\d.e-]+" z="0"\/>/);
        expect(text).not.toMatch(/<edge [^>]*kind=/);
      });

      it("keeps the nodes, edges and attributes of the 1.3 export", () => {
        const same = readBack(exportGexf(graph));
        expect(parsed.nodes()).toEqual(same.nodes());
        expect(parsed.edges()).toEqual(same.edges());
        parsed.forEachNode((key, attributes) => {
          expect({ ...attributes, z: undefined }).toEqual({ ...same.getNodeAttributes(key), z: undefined });
        });
        parsed.forEachEdge((key, attributes) => {
          expect(attributes).toEqual({ ...same.getEdgeAttributes(key), kind: undefined });
        });
      });
    });

    describe("on hostile text", () => {
      const graph = hostileGraph();
      const text = exportGexf(graph);

      it("writes well-formed XML without the characters XML 1.0 forbids", () => {
        expect(text).not.toMatch(XML_FORBIDDEN);
        expect(text).not.toContain("<script>");
        expect(text).not.toContain("<b>");
        readBack(text);
      });

      it("keeps markup, quotes, newlines and tabs exactly, drops control characters, reads U+2028 as a line feed", () => {
        const parsed = readBack(text);
        const evil = parsed.getNodeAttributes("person:evil");
        expect(evil.label).toBe(HOSTILE.name);
        expect(evil.name).toBe(HOSTILE.name);
        expect(splitList(evil.aliases)).toEqual([
          '=HYPERLINK("http://x","y")',
          "-2+3",
          "@SUM(A1)",
          "Bell null escape vertical end",
          HOSTILE.unicode.replace("\u2028", "\n"),
        ]);
        expect(evil.note).toBe(HOSTILE.sentence.replace("\u0001", ""));
        expect(parsed.getNodeAttribute("company:acme", "label")).toBe(HOSTILE.formula);
      });

      it("round-trips the evidence and attributes JSON exactly, control characters included", () => {
        const parsed = readBack(text);
        const [edge] = graph.edges();
        const read = parsed.getEdgeAttributes(edge!);
        expect(JSON.parse(read.evidence as string)).toEqual(graph.getEdgeAttribute(edge!, "evidence"));
        expect(JSON.parse(read.attributes as string)).toEqual(graph.getEdgeAttribute(edge!, "attributes"));
        expect(read.title).toBe(HOSTILE.name);
        // A relation attribute named like a GEXF field is renamed rather than overwriting it.
        expect(read.attr_kind).toBe("=cmd|' /C calc'!A0");
        expect(read.kind).toBe("AFFILIATED_WITH");
        expect(read["odd key<&>"]).toBe("lone  high");
      });
    });
  });

  describe("rgbColor", () => {
    it("reads #rrggbb and #rgb, and nothing else", () => {
      expect(rgbColor("#e6194b")).toBe("rgb(230,25,75)");
      expect(rgbColor("#FFF")).toBe("rgb(255,255,255)");
      expect(rgbColor("red")).toBeNull();
      expect(rgbColor("#12345")).toBeNull();
      expect(rgbColor("")).toBeNull();
    });
  });
});
