#!/usr/bin/env node
// `npm run contract`: the contract matrix (tests/contract/) against
//   (default)          the embedded Prism mock of openapi/messages.yaml: matrix, examples,
//                      dynamic responses and constraint enforcement
//   --target URL       any server that claims to implement the spec: the matrix
//   --live             Twilio itself, through `prism proxy openapi/messages.yaml <upstream>` so that
//                      every live answer is checked against the spec; needs TWILIO_ACCOUNT_SID,
//                      TWILIO_AUTH_TOKEN and TWILIO_CONVERSATION_SID (TWILIO_CHAT_SERVICE_SID for
//                      the service family). Read-only unless --allow-writes is given, which creates,
//                      updates and deletes one message.
//   --upstream URL     with --live: what the proxy forwards to (default https://conversations.twilio.com)
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startPrism } from "./lib/prism.mjs";
import { SPEC_PATH } from "./lib/spec.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VITEST = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

function fail(message) {
  console.error(`contract: ${message}`);
  process.exit(2);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      target: { type: "string" },
      live: { type: "boolean", default: false },
      "allow-writes": { type: "boolean", default: false },
      upstream: { type: "string", default: "https://conversations.twilio.com" },
    },
  }));
} catch (error) {
  fail(`${error.message}. Usage: npm run contract [-- --target URL | --live [--allow-writes]]`);
}
if (options.target && options.live) fail("--target and --live exclude each other");
if (options["allow-writes"] && !options.live) fail("--allow-writes goes with --live");
for (const [flag, value] of [
  ["--target", options.target],
  ["--upstream", options.upstream],
]) {
  if (value !== undefined && !/^https?:\/\/[^/]/.test(value))
    fail(`${flag} must be an http(s) URL, got ${value}`);
}

// The contract tests use the sources, not dist/: no build (and none racing an outer test run).
const env = { ...process.env, CONVERSATIONS_SKIP_BUILD: "1" };
let files = ["tests/contract/matrix.test.ts"];
let proxy;
if (options.live) {
  const missing = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_CONVERSATION_SID"].filter(
    (n) => !env[n],
  );
  if (missing.length) fail(`--live needs ${missing.join(", ")} in the environment`);
  proxy = await startPrism(["proxy", SPEC_PATH, options.upstream, "--errors", "--verboseLevel", "warn"]);
  console.log(`contract: prism proxy ${options.upstream} on ${proxy.url}`);
  Object.assign(env, {
    CONTRACT_TARGET: proxy.url,
    CONTRACT_LIVE: "1",
    CONTRACT_ALLOW_WRITES: options["allow-writes"] ? "1" : "0",
  });
} else if (options.target) {
  env.CONTRACT_TARGET = options.target.replace(/\/+$/, "");
} else {
  files = [
    "tests/contract/matrix.test.ts",
    "tests/contract/examples.test.ts",
    "tests/contract/dynamic.test.ts",
    "tests/contract/enforcement.test.ts",
  ];
}

// The verbose reporter only (each operation by name): this run must not overwrite the JSON report of an outer `npm test`.
const child = spawn(process.execPath, [VITEST, "run", "--reporter=verbose", ...files], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
const code = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await proxy?.stop();
process.exit(code);
