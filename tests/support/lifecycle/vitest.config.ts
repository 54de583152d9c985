// A nested vitest run used by tests/tooling/contract.test.ts: the real global setup, and one check
// that fails on purpose, to prove the mock is stopped even when tests fail.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../../..", import.meta.url).pathname,
    include: ["tests/support/lifecycle/*.check.ts"],
    globalSetup: ["tests/support/prism-setup.ts"],
  },
});
