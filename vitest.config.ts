import { configDefaults, defineConfig } from "vitest/config";

// Four projects (and a fifth, below): the sources' tests; the tests of the package as a user installs it (packed and
// installed once a run, then its examples, exports, types and bins); the tooling around it; and
// the install from git. The second and third alone pay for a build of dist/, once (a run of one
// source test builds nothing), and only the package's tests pay for the packed install. They share
// one Prism mock of the spec, and are told once whether Twilio's reference page is beside the
// clone. The install from git costs a whole npm install of the devDependencies (about as much CPU
// as all the others together), so `npm test` leaves it out and `npm run test:git-install` (and CI)
// runs it.
const GIT_INSTALL = "tests/package/git-install.test.ts";
// The sources' tests share their workers' module cache (isolate: false): each file importing the
// generated tables and the core afresh cost more than the tests themselves. A file that replaces a
// module (vi.mock) would change it for the files after it, so those run isolated, in a project of
// their own (tests/tooling/isolation.test.ts finds every such file, and fails on one not listed).
const SOURCES = ["tests/{spec,core,facade,typed,contract,emulator,verifier,webhooks}/**/*.test.ts"];
export const MOCKS_MODULES = ["tests/verifier/no-links.test.ts"];
const SOURCES_SETUP = ["tests/support/seed-setup.ts", "tests/support/prism-setup.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Two at a time on a 2-core machine: most files wait on child processes, servers and sockets.
    maxWorkers: 2,
    // The JSON report is what .ci/run reads for its closing "tests: N passed, M failed" line.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "sources",
          isolate: false,
          include: SOURCES,
          exclude: [...configDefaults.exclude, ...MOCKS_MODULES],
          globalSetup: SOURCES_SETUP,
        },
      },
      { extends: true, test: { name: "sources-mocked", include: MOCKS_MODULES, globalSetup: SOURCES_SETUP } },
      {
        extends: true,
        test: {
          name: "package",
          include: ["tests/package/**/*.test.ts"],
          exclude: [...configDefaults.exclude, GIT_INSTALL],
          globalSetup: [
            "tests/support/seed-setup.ts",
            "tests/support/build-setup.ts",
            "tests/support/package-setup.ts",
            "tests/support/prism-setup.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "tooling",
          include: ["tests/tooling/**/*.test.ts"],
          globalSetup: ["tests/support/build-setup.ts", "tests/support/prism-setup.ts"],
        },
      },
      // It builds in its own clone, and needs neither dist/ nor the mock.
      { extends: true, test: { name: "git-install", include: [GIT_INSTALL] } },
    ],
  },
});
