// The evaluation's public entry: scoring an extraction against gold annotations, checking gold
// files, and scoring the development corpus. Re-exports only.

export * from "./check-gold.ts";
export * from "./dev-corpus.ts";
export * from "./score.ts";
