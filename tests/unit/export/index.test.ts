// The export entry point: formats, media types, format parsing, and every format carrying every
// edge's evidence on a real subgraph (buildGraph + subgraph of the seed extraction).

import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import {
  CYPHER_CONSTRAINT,
  cypherString,
  EXPORT_FORMATS,
  EXPORT_MEDIA,
  type ExportFormat,
  exportGraph,
  isExportFormat,
  parseExportFormat,
} from "../../../src/export/index.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import type { KnowledgeGraph } from "../../../src/graph/model.ts";
import { GraphIndex, resolveEntity, subgraph } from "../../../src/graph/query.ts";
import { parseStrictly, readSeedExtraction } from "./_graph.ts";

/** The evidence JSON of every edge, as each format gives it back. */
function evidenceByEdge(format: ExportFormat, text: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (format === "JSON") {
    const graph = MultiDirectedGraph.from(JSON.parse(text)) as KnowledgeGraph;
    graph.forEachEdge((key, attributes) => out.set(key, attributes.evidence));
  } else if (format === "GEXF" || format === "GEXF12" || format === "GRAPHML") {
    const parse = format === "GRAPHML" ? parseGraphml : parseGexf;
    const graph = parseStrictly(() => parse(MultiDirectedGraph, text));
    graph.forEachEdge((key, attributes) => out.set(key, JSON.parse(attributes.evidence as string)));
  } else if (format === "CSV") {
    for (const row of parseCsv(text, { columns: true }) as Record<string, string>[]) {
      if (row.kind === "edge") out.set(row.id!, JSON.parse(row.evidence!));
    }
  } else if (format === "NEO4J_RELATIONSHIPS") {
    for (const row of parseCsv(text, { columns: true }) as Record<string, string>[]) {
      out.set(row.id!, JSON.parse(row.evidence!));
    }
  }
  return out;
}

describe("export", () => {
  describe("EXPORT_FORMATS and EXPORT_MEDIA", () => {
    it("list the formats (GEXF in versions 1.3 and 1.2draft) with their extensions and media types", () => {
      expect(EXPORT_FORMATS).toEqual([
        "GEXF",
        "GRAPHML",
        "JSON",
        "CSV",
        "CYPHER",
        "GEXF12",
        "NEO4J_NODES",
        "NEO4J_RELATIONSHIPS",
      ]);
      expect(EXPORT_MEDIA.NEO4J_NODES).toEqual({ extension: ".csv", contentType: "text/csv", suffix: "-nodes" });
      expect(EXPORT_MEDIA.GEXF).toEqual({ extension: ".gexf", contentType: "application/gexf+xml" });
      expect(EXPORT_MEDIA.GEXF12).toEqual({ extension: ".gexf", contentType: "application/gexf+xml" });
      expect(EXPORT_MEDIA.GRAPHML).toEqual({ extension: ".graphml", contentType: "application/graphml+xml" });
      expect(EXPORT_MEDIA.JSON).toEqual({ extension: ".json", contentType: "application/json" });
      expect(EXPORT_MEDIA.CSV).toEqual({ extension: ".csv", contentType: "text/csv" });
      expect(EXPORT_MEDIA.CYPHER).toEqual({ extension: ".cypher", contentType: "text/plain" });
    });
  });

  describe("parseExportFormat", () => {
    it("rejects unknown formats with InvalidInputError", () => {
      for (const value of ["", "xml", "gexf2", "PDF"]) {
        expect(() => parseExportFormat(value)).toThrow(expect.objectContaining({ name: "InvalidInputError" }));
      }
    });

    it("reads format names case-insensitively", () => {
      expect(parseExportFormat("gexf")).toBe("GEXF");
      expect(parseExportFormat("Gexf12")).toBe("GEXF12");
      expect(parseExportFormat(" GraphML ")).toBe("GRAPHML");
      expect(parseExportFormat("cypher")).toBe("CYPHER");
      expect(isExportFormat("csv")).toBe(false);
      expect(isExportFormat("CSV")).toBe(true);
    });
  });

  describe("exportGraph", () => {
    const full = buildGraph(readSeedExtraction(), [], { builtAt: "2025-01-01T00:00:00.000Z" });
    const index = new GraphIndex(full);
    const seeds = ["Scott Bessent", "China"].map((name) => resolveEntity(full, index, name));
    const graph = subgraph(full, seeds, { depth: 1 });

    it("rejects a format outside EXPORT_FORMATS", () => {
      expect(() => exportGraph(graph, "PDF" as ExportFormat)).toThrow(
        expect.objectContaining({ name: "InvalidInputError" }),
      );
    });

    it("exports a real subgraph of the seeds (Scott Bessent, China) in every format, deterministically", () => {
      expect(graph.order).toBeGreaterThan(5);
      expect(graph.size).toBeGreaterThan(5);
      for (const format of EXPORT_FORMATS) {
        const text = exportGraph(graph, format);
        expect(text.length).toBeGreaterThan(0);
        expect(exportGraph(graph, format)).toBe(text);
      }
      expect(exportGraph(graph, "GEXF")).toContain('<gexf version="1.3"');
      expect(exportGraph(graph, "GEXF12")).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
      expect(exportGraph(graph, "GRAPHML")).toContain("<graphml ");
      expect(exportGraph(graph, "CYPHER").split("\n")[1]).toBe(CYPHER_CONSTRAINT);
    });

    it("carries every edge's whole evidence in every format", () => {
      for (const format of EXPORT_FORMATS) {
        const text = exportGraph(graph, format);
        if (format === "NEO4J_NODES") continue; // nodes only: the relationships file carries the evidence
        if (format === "CYPHER") {
          graph.forEachEdge((_key, attributes) => {
            expect(text).toContain(`r.evidence = ${cypherString(JSON.stringify(attributes.evidence))}`);
          });
          continue;
        }
        const evidence = evidenceByEdge(format, text);
        expect([...evidence.keys()].sort()).toEqual(graph.edges().sort());
        graph.forEachEdge((key, attributes) => {
          expect(attributes.evidence.length).toBeGreaterThan(0);
          expect(evidence.get(key)).toEqual(attributes.evidence);
        });
      }
    });
  });
});
