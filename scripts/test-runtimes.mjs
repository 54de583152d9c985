#!/usr/bin/env node
// `npm run test:runtimes`: the built package's smoke run (runtimes/smoke-core.mjs) against the
// Prism mock in Node (this one), Node 22 and 24 (npx), Bun, Deno and Cloudflare's workerd. One
// line per runtime, then a summary; exits non-zero if any fails.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { freePort, startPrism } from "./lib/prism.mjs";
import { loadDereferencedSpec, SPEC_PATH } from "./lib/spec.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SMOKE = join(ROOT, "runtimes/smoke.mjs");
const require = createRequire(import.meta.url);
const bin = (name) => join(ROOT, "node_modules/.bin", name);
// workerd's own date; from 2026-08-04 it exposes `process` unless nodejs_compat v2 is turned off.
const COMPATIBILITY_DATE = "2026-11-17";

/** Bun's npm package puts a stub at bin/bun.exe until its postinstall runs; the real binary is in the platform package. */
function bunBinary() {
  try {
    const real = join(
      dirname(require.resolve(`@oven/bun-${process.platform}-${process.arch}/package.json`)),
      "bin/bun",
    );
    if (existsSync(real)) return real;
  } catch {}
  return bin("bun");
}

function runJson(command, args, { env = {}, timeout = 180_000 } = {}) {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: ROOT, env: { ...process.env, ...env }, timeout, maxBuffer: 1 << 22 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split("\n").at(-1) ?? "";
        try {
          resolve(JSON.parse(line));
        } catch {
          resolve({
            error: (error?.message ?? stderr ?? "no output").trim().split("\n").slice(0, 3).join(" "),
          });
        }
      },
    );
  });
}

async function workerd(target) {
  const dir = await mkdtemp(join(tmpdir(), "workerd-"));
  const child = { process: undefined };
  try {
    await build({
      entryPoints: [join(ROOT, "runtimes/worker.mjs")],
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      // The emulator imports node:http only inside listen(), which a Worker never calls.
      external: ["node:*"],
      outfile: join(dir, "worker.js"),
      logLevel: "error",
    });
    await writeFile(
      join(dir, "config.capnp"),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smoke),
    # The worker may reach the loopback mock; workerd refuses local addresses by default.
    (name = "net", network = (allow = ["local"])),
  ],
  sockets = [ (name = "http", http = (), service = "main") ],
);
const smoke :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  compatibilityFlags = ["no_nodejs_compat_v2"],
  bindings = [ (name = "TARGET", text = ${JSON.stringify(target)}) ],
  globalOutbound = "net",
);
`,
    );
    const port = await freePort();
    child.process = spawn(
      bin("workerd"),
      ["serve", join(dir, "config.capnp"), "--socket-addr", `http=127.0.0.1:${port}`],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let log = "";
    child.process.stderr.on("data", (d) => {
      log += d;
    });
    for (let i = 0; i < 100; i++) {
      try {
        return await (
          await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(60_000) })
        ).json();
      } catch {
        if (child.process.exitCode !== null) return { error: `workerd exited: ${log.trim().slice(0, 300)}` };
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { error: `workerd did not answer: ${log.trim().slice(0, 300)}` };
  } finally {
    child.process?.kill();
    await rm(dir, { recursive: true, force: true });
  }
}

if (!existsSync(join(ROOT, "dist/index.js"))) {
  console.error("test:runtimes: dist/ is missing: run `npm run build` first");
  process.exit(2);
}
const mock = await startPrism(["mock", SPEC_PATH, "--errors", "--verboseLevel", "warn"]);
// What the smoke run sends: to the mock, as the account and in the conversation of the spec's examples.
const spec = await loadDereferencedSpec();
const target = JSON.stringify({
  baseUrl: mock.url,
  account: spec.components.examples.CreatedMessage.value.account_sid,
  conversation: spec.components.parameters.ConversationSid.example,
});
const npx = ["--yes", "--quiet"];
const runtimes = [
  ["Node (this one)", () => runJson(process.execPath, [SMOKE, target])],
  ["Node 22", () => runJson("npx", [...npx, "-p", "node@22", "node", SMOKE, target])],
  ["Node 24", () => runJson("npx", [...npx, "-p", "node@24", "node", SMOKE, target])],
  ["Bun", () => runJson(bunBinary(), [SMOKE, target])],
  [
    "Deno",
    () =>
      runJson(bin("deno"), ["run", "--allow-net=127.0.0.1", "--allow-env", "--allow-read", SMOKE, target], {
        env: { NO_COLOR: "1" },
      }),
  ],
  ["workerd", () => workerd(target)],
];
let passed = 0;
try {
  for (const [name, run] of runtimes) {
    const result = await run();
    if (result.passed) {
      passed++;
      console.log(`PASS ${name}: ${result.runtime}: ${result.passed.join(", ")}`);
    } else {
      console.log(`FAIL ${name}: ${result.runtime ?? ""} ${result.error}`);
    }
  }
} finally {
  await mock.stop();
}
console.log(`runtimes: ${passed} passed, ${runtimes.length - passed} failed`);
process.exit(passed === runtimes.length ? 0 : 1);
