#!/usr/bin/env node
// `npm test`: the static checks (scripts/checks.mjs) and vitest's tests, at the same time. The
// tests begin with a build, a packed install and Prism's start, which leave a core idle: the
// checks fill it. Vitest's output streams as it comes; the checks' is printed after it, whole.
// Arguments go to vitest (`npm test -- tests/core` runs those tests, with every check).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function run(args, stdio) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", stdio, stdio] });
    let output = "";
    child.stdout?.on("data", (d) => {
      output += d;
    });
    child.stderr?.on("data", (d) => {
      output += d;
    });
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const checks = run(["scripts/checks.mjs"], "pipe");
const tests = run(
  ["node_modules/vitest/vitest.mjs", "run", "--project=!git-install", ...process.argv.slice(2)],
  "inherit",
);
const [checked, tested] = await Promise.all([checks, tests]);
process.stdout.write(checked.output);
console.log(
  `static checks: ${checked.code === 0 ? "passed" : "FAILED"}; tests: ${tested.code === 0 ? "passed" : "FAILED"}`,
);
process.exit(checked.code === 0 && tested.code === 0 ? 0 : 1);
