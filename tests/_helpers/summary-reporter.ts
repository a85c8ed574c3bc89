// A vitest reporter that ends the run with one plain line, "N passed, N failed[, N skipped]",
// which CI reads as the verdict. It runs after the default reporter and prints nothing else.
// A test file that fails to load and an unhandled error each count as one failure.

import type { Reporter, SerializedError, TestModule } from "vitest/node";

/** Counts the run's tests and prints the closing summary line. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      // Errors outside any test (syntax error, failed import, throwing hook at file level).
      if (testModule.errors().length > 0) failed++;
      for (const test of testModule.children.allTests()) {
        const { state } = test.result();
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    }
    const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
  }
}
