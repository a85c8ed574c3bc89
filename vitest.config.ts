import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds the seed fixture (tests/fixtures/corpus/) once into a temporary folder: tests never read graph-data/.
    globalSetup: ["./tests/_helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The summary reporter ends the output with "N passed, N failed", the line CI reads.
    reporters: ["default", "./tests/_helpers/summary-reporter.ts"],
  },
});
