// The evaluation's public entry: scoring an extraction against gold annotations.
// Re-exports only; the scorer itself is score.ts.

export * from "./score.ts";
