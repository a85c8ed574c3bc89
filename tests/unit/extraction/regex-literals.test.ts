// Issue 13 (speed): tsx compiles the sources with esbuild for the running Node, and esbuild turns a
// regular expression literal holding a Unicode property escape outside a character class
// (`/^\p{Lu}/u`) into `new RegExp("^\\p{Lu}", "u")`, built again each time the expression runs
// (about 400,000 times per megabyte of news before this test). Inside a class (`/^[\p{Lu}]/u`, the
// same set of characters) the literal stays a literal, made once. Literals at a module's top level
// run once and may keep either form; this test reads the ones inside functions.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../../src");

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (/\.tsx?$/.test(entry.name)) yield file;
  }
}

/** Whether a regular expression's source has `\p{…}` or `\P{…}` outside a character class. */
function hasBarePropertyEscape(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (!inClass && (source[i + 1] === "p" || source[i + 1] === "P") && source[i + 2] === "{") return true;
      i++;
    } else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
  }
  return false;
}

/** The regular expression literals inside functions that esbuild would rebuild at each run: file:line and text. */
function rebuiltLiterals(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && inFunction) {
      const literal = node.getText(source);
      if (hasBarePropertyEscape(literal.slice(1, literal.lastIndexOf("/")))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push(`${path.relative(SRC, file)}:${line} ${literal}`);
      }
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(source, false);
  return found;
}

describe("regular expression literals", () => {
  it("finds a property escape outside a class only", () => {
    expect(hasBarePropertyEscape(String.raw`^\p{Lu}`)).toBe(true);
    expect(hasBarePropertyEscape(String.raw`^[\p{Lu}][\p{Ll}-]*$`)).toBe(false);
    expect(hasBarePropertyEscape(String.raw`[\]]\P{L}`)).toBe(true);
    expect(hasBarePropertyEscape(String.raw`\\p{L}`)).toBe(false);
  });

  it("write a property escape inside a function as a class ([\\p{Lu}], not \\p{Lu}): esbuild rebuilds the other at each run", () => {
    const found = [...sourceFiles(SRC)].flatMap(rebuiltLiterals);
    expect(found).toEqual([]);
  });
});
