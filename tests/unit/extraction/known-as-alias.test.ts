// "Acme Mining Company, known as Acmin": the name after "known as" or "called", right after a comma
// or a bracket that follows a body's name, is that body's short name (stages/04-resolve.ts
// joinKnownAs), even when a longer name that opens with it was named first. People and states are
// left alone. Texts written for the test; the firms are invented.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** The entity whose name or aliases hold `short`, by its name. */
function holderOf(text: string, short: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  return a.entities.filter((e) => e.name === short || (e.aliases ?? []).includes(short)).map((e) => e.name);
}

describe("extraction resolve: known as", () => {
  it.each([
    [
      "Zorvane Quellbrand Phosphate Co expanded its plant. Mosaic sold its stake to Northern Veltrin Mining Company, known as Zorvane, and the Treasury. Zorvane said the deal closed.",
      "Zorvane",
      "Northern Veltrin Mining Company",
    ],
    [
      "Zorvane Quellbrand Phosphate Co expanded its plant. Northern Veltrin Mining Company (also known as Zorvane) bought a smelter, and Zorvane raised its output.",
      "Zorvane",
      "Northern Veltrin Mining Company",
    ],
  ])("gives the short name to the body before it: %s", (text, short, body) => {
    expect(holderOf(text, short)).toEqual([body]);
  });

  it.each([
    // No comma or bracket between the name and the cue: not an apposition.
    "Zorvane Quellbrand Phosphate Co expanded its plant. A unit of Northern Veltrin Mining Company known as Zorvane Quellbrand Phosphate Co said the deal closed.",
  ])("leaves other names: %s", (text) => {
    expect(holderOf(text, "Northern Veltrin Mining Company")).toEqual(["Northern Veltrin Mining Company"]);
  });
});
