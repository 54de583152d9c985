import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Runs the test files most likely to kill a mutant soonest: the one that failed last (a killed
 * neighbour), then the quickest. Stryker stops at the first failure, so a mutant the quick tests
 * kill never waits for the slow ones (the verifier's and Prism's), which vitest runs first by default.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const key = (file: TestSpecification) => `${file.project.name}:${relative(config.root, file.moduleId)}`;
    const rank = (file: TestSpecification) => {
      const results = cache.getFileTestResults(key(file));
      if (results?.failed) return -1;
      return results?.duration ?? cache.getFileStats(key(file))?.size ?? Number.POSITIVE_INFINITY;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// The tests Stryker runs against each mutant of src/ (npm run test:mutation): those that import the
// sources. The tests of the built package and the tooling (tests/package/, tests/tooling/) run dist/
// or other processes, which a mutant of src/ never reaches.
export default defineConfig({
  test: {
    include: ["tests/{spec,core,facade,typed,contract,emulator,verifier,webhooks}/**/*.test.ts"],
    globalSetup: ["tests/support/seed-setup.ts", "tests/support/prism-setup.ts"],
    testTimeout: 20_000,
    sequence: { sequencer: QuickestFirst },
  },
});
