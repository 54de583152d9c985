// Vitest global setup: one Prism mock of openapi/messages.yaml for the whole run, on a free port,
// with request violations answered as errors. Its URL reaches the tests via inject("prismUrl").
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/lib/prism.mjs";
import { SPEC_PATH } from "../../scripts/lib/spec.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // dist/ is built once, before any test: the snippet and start tests use it, and nothing
  // rebuilds it while they run. Nested runs (the contract script, the lifecycle check) skip it.
  if (!process.env.CONVERSATIONS_SKIP_BUILD) {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  }
  const prism = await startPrism(["mock", SPEC_PATH, "--errors", "--verboseLevel", "warn"]);
  project.provide("prismUrl", prism.url);
  return prism.stop;
}
