// Vitest global setup: is Twilio's reference page here? Its snippets and example responses
// (../shared/seed/, beside the clone, as CI has it) are Twilio's documents, not this repository's:
// the tests that hold the spec and the package to them run when it is there, and are skipped when
// it is not, with one line saying so. Every project lists this setup; the line is printed once a
// run (the flag is kept on globalThis, in vitest's main process). Tests read it with seedDir() from the fixtures.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The seed's folder (with a trailing slash), or "" when it is absent. */
    seedDir: string;
  }
}

const SEED_DIR = fileURLToPath(new URL("../../../shared/seed/", import.meta.url));
const shared = globalThis as { __conversationsSeedTold?: boolean };

export default function setup(project: TestProject) {
  const present = existsSync(SEED_DIR);
  if (!present && !shared.__conversationsSeedTold) {
    shared.__conversationsSeedTold = true;
    console.log(
      "seed: ../shared/seed not found; the reference page's own snippets and examples are not checked",
    );
  }
  project.provide("seedDir", present ? SEED_DIR : "");
}
