// Vitest global setup of the tests that use the built package (tests/package/, tests/tooling/):
// dist/ is built once, before any of them, and nothing rebuilds it while they run. Both of their
// projects list this setup; the build is run by the first (the flag is kept on globalThis, in
// vitest's main process). A run of the other tests alone builds nothing. Nested runs (the
// lifecycle check) skip it.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const shared = globalThis as { __conversationsBuilt?: boolean };

export default function setup() {
  if (process.env.CONVERSATIONS_SKIP_BUILD || shared.__conversationsBuilt) return;
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  shared.__conversationsBuilt = true;
}
