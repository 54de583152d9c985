#!/usr/bin/env node
// `npm run contract`:
//   (no options)              the contract suite (tests/contract/): the client and the spec agree,
//                             against the Prism mock of openapi/messages.yaml: matrix, examples,
//                             dynamic answers and constraint enforcement
//   --target URL [options]    the verifier (the package's `conversations-message-verify`, built
//                             from src/ here) judges the server at URL by the spec
//   --live [--allow-writes]   the verifier against Twilio itself
// Every option after --target or --live is the verifier's: see `npm run contract -- --help`.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VITEST = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
const args = process.argv.slice(2);

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: ROOT, env, stdio: "inherit" });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

let code;
if (args.length === 0) {
  // The contract tests use the sources, not dist/: no build (and none racing an outer test run).
  // The verbose reporter only: this run must not overwrite the JSON report of an outer `npm test`.
  const files = ["matrix", "examples", "dynamic", "enforcement"].map((f) => `tests/contract/${f}.test.ts`);
  code = await run(process.execPath, [VITEST, "run", "--reporter=verbose", ...files], {
    ...process.env,
    CONVERSATIONS_SKIP_BUILD: "1",
  });
} else {
  // The verifier from the sources, bundled as the package's bin is.
  const dir = await mkdtemp(join(tmpdir(), "verify-"));
  try {
    const cli = join(dir, "verify.mjs");
    await build({
      entryPoints: [join(ROOT, "src/verifier/cli.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "es2022",
      outfile: cli,
      logLevel: "error",
    });
    code = await run(process.execPath, [cli, ...args]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
process.exit(code);
