// Mutation testing of src/ (`npm run test:mutation`, minutes, not part of `npm test`): Stryker
// changes the sources one small way at a time and runs the tests that cover the change; a test
// should fail each time. Reports go to reports/mutation/.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "src/**/*.ts",
    // Written by `npm run generate` from the spec: mutating them tests the generator, not the code.
    "!src/generated/**",
    // The command lines run as bins from dist/ in child processes (tests/package/): a mutant of
    // src/ never reaches them. Everything they call is in the modules mutated here.
    "!src/emulator/cli.ts",
    "!src/verifier/cli.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  thresholds: { high: 90, low: 85, break: 90 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
