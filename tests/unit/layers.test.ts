// The layers of src/ import only downwards: errors.ts at the bottom, then extraction, graph, export,
// api and cli. Read from the import statements of the source files, so an arrow up the layers (as
// when extraction took its error classes from graph/) fails here. Also: one code-unit comparison.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** What each top-level folder of src/ may import from src/ besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  "errors.ts": [],
  extraction: ["errors.ts"],
  eval: ["errors.ts", "extraction"],
  graph: ["errors.ts", "extraction"],
  export: ["errors.ts", "extraction", "graph"],
  api: ["errors.ts", "extraction", "graph", "export"],
  cli: ["errors.ts", "extraction", "eval", "graph", "export", "api"],
};

function sources(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".ts"))
    .sort();
}

function layerOf(file: string): string {
  return file.split("/")[0]!;
}

/** The src/-relative files a source imports (static, dynamic and re-exports), relative specifiers only. */
function importsOf(file: string): string[] {
  const code = readFileSync(path.join(SRC, file), "utf8");
  const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.map((specifier) =>
    path
      .relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), specifier))
      .split(path.sep)
      .join("/"),
  );
}

describe("src layers", () => {
  it("every top-level folder is listed", () => {
    const layers = [...new Set(sources().map(layerOf))].filter((layer) => layer !== "index.ts");
    expect(layers.filter((layer) => !(layer in ALLOWED))).toEqual([]);
  });

  it("import only from themselves and the layers below", () => {
    const offenders = sources().flatMap((file) => {
      const layer = layerOf(file);
      const allowed = ALLOWED[layer] ?? [];
      return importsOf(file)
        .filter((target) => layerOf(target) !== layer && !allowed.includes(layerOf(target)))
        .map((target) => `${file} -> ${target}`);
    });
    expect(offenders).toEqual([]);
  });

  it("define the code-unit string comparison once", () => {
    const definitions = sources().filter((file) =>
      /a < b \? -1 : a > b \? 1 : 0/.test(readFileSync(path.join(SRC, file), "utf8")),
    );
    expect(definitions).toEqual(["graph/keys.ts"]);
  });
});
