// Table tests of the extraction: one test per row of invented sentences, each checking that what a
// reader finds in the sentence holds the expected item and not the refused one.

import { expect, it } from "vitest";

/** A sentence, the item a reading must find in it (null: none asked), the item it must not find (null: none). */
export type ReadingRow = readonly [text: string, found: string | null, refused: string | null];

/** One test per row: `read(text)` contains the row's `found` and not its `refused`. */
export function itReadsRows(rows: readonly ReadingRow[], read: (text: string) => readonly string[]): void {
  for (const [text, found, refused] of rows) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
      const items = read(text);
      if (found) expect(items).toContain(found);
      if (refused) expect(items).not.toContain(refused);
    });
  }
}
