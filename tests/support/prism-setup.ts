// Vitest global setup: one Prism mock of openapi/messages.yaml for the whole run, on a free port,
// with request violations answered as errors. Its URL reaches the tests via inject("prismUrl").
// Both test projects list this setup; they share the one mock (kept on globalThis, in vitest's
// main process), and the last project to finish stops it.
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/lib/prism.mjs";
import { SPEC_PATH } from "../../scripts/lib/spec.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

type Shared = { prism: ReturnType<typeof startPrism>; users: number };
const shared = globalThis as { __conversationsPrism?: Shared };

export default async function setup(project: TestProject) {
  shared.__conversationsPrism ??= {
    prism: startPrism(["mock", SPEC_PATH, "--errors", "--verboseLevel", "warn"]),
    users: 0,
  };
  const entry = shared.__conversationsPrism;
  entry.users++;
  const prism = await entry.prism;
  project.provide("prismUrl", prism.url);
  return async () => {
    if (--entry.users > 0) return;
    shared.__conversationsPrism = undefined;
    await prism.stop();
  };
}
