import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    // Two at a time on a 2-core machine: most files wait on child processes, servers and sockets.
    maxWorkers: 2,
    globalSetup: ["tests/support/global-setup.ts"],
    // The JSON report is what .ci/run reads for its closing "vitest: N passed, M failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
  },
});
