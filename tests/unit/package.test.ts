// The locked dependencies install cleanly on the Node that runs the tests: every package in
// package-lock.json whose `engines.node` is set accepts this Node version, so `npm install` prints
// no EBADENGINE warning (npm compares the same field with the same version).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const parts = text
    .replace(/^v/, "")
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** True when `version` satisfies one comparator (`>=20.19`, `^14.16.0`, `10.*`, `>= 0.4`, `>=0.8.x`). */
function satisfiesComparator(version: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|\^|~|=)?\s*v?([\d.x*]+)$/.exec(comparator.trim());
  if (!match) throw new Error(`package.test: engines comparator should be simple, found ${comparator}.`);
  const op = match[1] ?? "=";
  const raw = match[2]!;
  const wanted = parseVersion(raw.replace(/[x*]/g, "0"));
  const cmp = compare(version, wanted);
  switch (op) {
    case ">=":
      return cmp >= 0;
    case ">":
      return cmp > 0;
    case "<=":
      return cmp <= 0;
    case "<":
      return cmp < 0;
    case "^":
      return cmp >= 0 && (wanted[0] > 0 ? version[0] === wanted[0] : version[1] === wanted[1]);
    case "~":
      return cmp >= 0 && version[0] === wanted[0] && version[1] === wanted[1];
    default: {
      // "10.*", "10.x" and "10" match the whole major (and minor) they name.
      const given = raw.split(".").filter((part) => /^\d+$/.test(part)).length;
      return version.slice(0, given).every((n, i) => n === wanted[i]);
    }
  }
}

/** True when `version` satisfies an npm range made of `||` alternatives of space-separated comparators. */
function satisfiesRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range.split("||").some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, "$1")
      .split(/\s+/)
      .every((comparator) => satisfiesComparator(v, comparator)),
  );
}

describe("package", () => {
  describe("satisfiesRange", () => {
    it("reads the forms package-lock.json uses", () => {
      expect(satisfiesRange("20.20.2", ">=22.15.0")).toBe(false);
      expect(satisfiesRange("20.20.2", "^20.19.0 || >=22.12.0")).toBe(true);
      expect(satisfiesRange("20.18.0", "^20.19.0 || >=22.12.0")).toBe(false);
      expect(satisfiesRange("20.20.2", "10.* || >= 12.*")).toBe(true);
      expect(satisfiesRange("11.2.0", "10.* || >= 12.*")).toBe(false);
      expect(satisfiesRange("20.20.2", ">=0.8.x")).toBe(true);
      expect(satisfiesRange("20.20.2", "^10 || ^12 || >=14")).toBe(true);
      expect(satisfiesRange("20.20.2", "~20.19.1")).toBe(false);
    });
  });

  describe("package-lock.json", () => {
    it("locks only packages whose engines accept the running Node (no EBADENGINE on npm install)", () => {
      const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
        packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
      };
      const refused: string[] = [];
      for (const [where, pkg] of Object.entries(lock.packages)) {
        const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
        if (range && !satisfiesRange(process.versions.node, range)) refused.push(`${where}@${pkg.version} (${range})`);
      }
      expect(refused, `these want another Node than ${process.versions.node}`).toEqual([]);
    });
  });
});
