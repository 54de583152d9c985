// Vitest global setup: one Prism mock of openapi/messages.yaml for the whole run, on a free port,
// with request violations answered as errors. Its URL reaches the tests via inject("prismUrl").
// `npm run contract --target URL` (or --live) sets CONTRACT_TARGET instead: then no mock is started
// and the tests talk to that URL.
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/lib/prism.mjs";
import { SPEC_PATH } from "../../scripts/lib/spec.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const target = process.env.CONTRACT_TARGET;
  if (target) {
    project.provide("prismUrl", target);
    return;
  }
  const prism = await startPrism(["mock", SPEC_PATH, "--errors", "--verboseLevel", "warn"]);
  project.provide("prismUrl", prism.url);
  return prism.stop;
}
