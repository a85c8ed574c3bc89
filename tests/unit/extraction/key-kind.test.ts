// keyKindIs reads the kind a stage gave a minted meeting or policy: the word before its merge
// key's first "@".

import { describe, expect, it } from "vitest";
import { keyKindIs } from "../../../src/extraction/rules/emit.ts";
import type { LocalEntity } from "../../../src/extraction/rules/types.ts";

const keyed = (mergeKey?: string) => ({ attributes: mergeKey === undefined ? {} : { mergeKey } }) as LocalEntity;

describe("keyKindIs", () => {
  it("is true when the key's first word before '@' is one of the kinds", () => {
    expect(keyKindIs(keyed("talks@geneva"), "talks")).toBe(true);
    expect(keyKindIs(keyed("call@Lee+Rowe"), "leaders", "call")).toBe(true);
    expect(keyKindIs(keyed("visit@delegation:Norland@Ruritania"), "visit")).toBe(true);
  });

  it("is false for another kind, a kind that only starts the word, no key or no entity", () => {
    expect(keyKindIs(keyed("talks@geneva"), "call", "visit")).toBe(false);
    expect(keyKindIs(keyed("talkshow@x"), "talks")).toBe(false);
    expect(keyKindIs(keyed("@talks"), "talks")).toBe(false);
    expect(keyKindIs(keyed("talks"), "talks")).toBe(false);
    expect(keyKindIs(keyed(), "talks")).toBe(false);
    expect(keyKindIs(undefined, "talks")).toBe(false);
  });
});
