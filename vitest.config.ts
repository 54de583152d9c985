import { defineConfig } from "vitest/config";

// Two projects: the sources' tests, and the tests of the built package and the tooling around it,
// which alone pay for a build of dist/ (a run of one source test builds nothing). Both share one
// Prism mock of the spec.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Two at a time on a 2-core machine: most files wait on child processes, servers and sockets.
    maxWorkers: 2,
    // The JSON report is what .ci/run reads for its closing "tests: N passed, M failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    projects: [
      {
        extends: true,
        test: {
          name: "sources",
          include: ["tests/{spec,core,facade,typed,contract,emulator,verifier}/**/*.test.ts"],
          globalSetup: ["tests/support/prism-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "built",
          include: ["tests/{package,tooling}/**/*.test.ts"],
          globalSetup: ["tests/support/build-setup.ts", "tests/support/prism-setup.ts"],
        },
      },
    ],
  },
});
