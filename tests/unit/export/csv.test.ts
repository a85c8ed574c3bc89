// CSV export: parsed back with csv-parse and compared with the source graph; RFC 4180 quoting,
// formula-injection guard, hostile text, determinism.

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv, guardCsvFormula, quoteCsvField } from "../../../src/export/csv.ts";
import { createGraph } from "../../../src/graph/model.ts";
import { distinctSentences, HOSTILE, hostileGraph, reversedCopy, seedGraph, splitList } from "./_graph.ts";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Parses the export strictly: every record must have exactly the header's columns. */
function readRows(text: string): Row[] {
  return parse(text, { columns: true, relax_column_count: false, bom: false }) as Row[];
}

/** Undoes the formula guard, as a reader of the file would. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r\0]/.test(value) ? value.slice(1) : value;
}

const NUMERIC: ReadonlySet<string> = new Set([
  "mention_count",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "confidence",
  "evidence_count",
]);

describe("export/csv", () => {
  describe("guardCsvFormula", () => {
    it("prefixes an apostrophe to text starting with =, +, -, @, tab, CR or NUL", () => {
      for (const value of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\0x"]) {
        expect(guardCsvFormula(value)).toBe(`'${value}`);
      }
    });

    it("leaves empty text and other text alone", () => {
      for (const value of ["", "Scott Bessent", "'quoted", " =spaced", "1-2", "a=b"]) {
        expect(guardCsvFormula(value)).toBe(value);
      }
    });
  });

  describe("quoteCsvField", () => {
    it("quotes fields holding a comma, quote, CR or LF and doubles the quotes", () => {
      expect(quoteCsvField('a,"b"')).toBe('"a,""b"""');
      expect(quoteCsvField("a\r\nb")).toBe('"a\r\nb"');
      expect(quoteCsvField("plain text")).toBe("plain text");
      expect(quoteCsvField("")).toBe("");
    });
  });

  describe("exportCsv", () => {
    it("writes only the header for an empty graph", () => {
      const text = exportCsv(createGraph());
      expect(text).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
      expect(readRows(text)).toEqual([]);
    });

    describe("on the seed graph", () => {
      const graph = seedGraph();
      const text = exportCsv(graph);
      const rows = readRows(text);

      it("writes one node row per node, then one edge row per edge, in key order, CRLF-terminated", () => {
        expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
        expect(text.endsWith("\r\n")).toBe(true);
        const nodes = rows.filter((r) => r.kind === "node").map((r) => r.id);
        const edges = rows.filter((r) => r.kind === "edge").map((r) => r.id);
        expect(nodes).toEqual(graph.nodes().sort());
        expect(edges).toEqual(graph.edges().sort());
        expect(rows.map((r) => r.kind)).toEqual([...nodes.map(() => "node"), ...edges.map(() => "edge")]);
      });

      it("reads back every node's attributes", () => {
        for (const row of rows.filter((r) => r.kind === "node")) {
          const source = graph.getNodeAttributes(row.id);
          expect(unguard(row.label)).toBe(source.label);
          expect(row.type).toBe(source.type);
          expect(splitList(unguard(row.aliases))).toEqual(source.aliases);
          expect(splitList(row.documents)).toEqual(source.documents);
          expect(Number(row.mention_count)).toBe(source.mentionCount);
          expect(Number(row.degree)).toBe(source.degree);
          expect(Number(row.pagerank)).toBe(source.pagerank);
          expect(Number(row.community)).toBe(source.community);
          expect(Number(row.x)).toBe(source.x);
          expect(Number(row.y)).toBe(source.y);
          expect(JSON.parse(row.attributes)).toEqual(source.attributes);
          expect(row.source + row.target + row.predicate + row.evidence).toBe("");
        }
      });

      it("reads back every edge's endpoints, predicate, confidence and whole evidence", () => {
        for (const row of rows.filter((r) => r.kind === "edge")) {
          const source = graph.getEdgeAttributes(row.id);
          expect(row.source).toBe(graph.source(row.id));
          expect(row.target).toBe(graph.target(row.id));
          expect(row.predicate).toBe(source.predicate);
          expect(row.label).toBe(source.label);
          expect(Number(row.confidence)).toBe(source.confidence);
          expect(JSON.parse(row.attributes)).toEqual(source.attributes);
          expect(JSON.parse(row.evidence)).toEqual(source.evidence);
          expect(Number(row.evidence_count)).toBe(source.evidence.length);
          expect(unguard(row.evidence_sentences).split("\n")).toEqual(distinctSentences(graph, row.id));
          expect(splitList(row.evidence_documents)).toEqual(
            [...new Set(source.evidence.map((e) => e.document))].sort(),
          );
          expect(splitList(row.evidence_rules)).toEqual([...new Set(source.evidence.map((e) => e.rule))].sort());
          expect(row.type + row.aliases + row.x).toBe("");
        }
      });

      it("gives the same bytes for the same graph, whatever the insertion order", () => {
        expect(exportCsv(reversedCopy(graph))).toBe(text);
      });
    });

    describe("on hostile text", () => {
      const graph = hostileGraph();
      const text = exportCsv(graph);
      const rows = readRows(text);

      it("parses as a strict RFC 4180 table with one record per node and edge", () => {
        expect(rows).toHaveLength(graph.order + graph.size);
      });

      it("guards every text cell that a spreadsheet would run as a formula, and no number", () => {
        for (const row of rows) {
          for (const [column, value] of Object.entries(row)) {
            if (NUMERIC.has(column)) expect(value === "" || Number.isFinite(Number(value))).toBe(true);
            else expect(value).not.toMatch(/^[=+\-@\t\r\0]/);
          }
        }
        const acme = rows.find((r) => r.id === "company:acme")!;
        expect(acme.label).toBe(`'${HOSTILE.formula}`);
        expect(Number(acme.y)).toBe(-1e-7);
        const evil = rows.find((r) => r.id === "person:evil")!;
        expect(evil.x).toBe("-10.5");
      });

      it("keeps names with quotes, commas and newlines exactly, and the evidence JSON whole", () => {
        const evil = rows.find((r) => r.id === "person:evil")!;
        expect(evil.label).toBe(HOSTILE.name);
        expect(unguard(evil.aliases)).toBe(graph.getNodeAttribute("person:evil", "aliases").join("; "));
        const edge = rows.find((r) => r.kind === "edge")!;
        expect(JSON.parse(edge.evidence)).toEqual(graph.getEdgeAttribute(edge.id, "evidence"));
        expect(JSON.parse(edge.attributes)).toEqual(graph.getEdgeAttribute(edge.id, "attributes"));
      });

      it("writes lone surrogates as U+FFFD, so the text is valid UTF-8", () => {
        expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
        const edge = rows.find((r) => r.kind === "edge")!;
        expect(edge.evidence_sentences).toContain("lone \uFFFD high");
      });
    });
  });
});
