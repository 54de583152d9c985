#!/usr/bin/env node
// The static checks of `npm test`, side by side (they share nothing, and a 2-core machine runs two
// at a time): the generated files match the spec, the spec lints, the code lints, the types check.
// Each one's output is printed whole, in this order, once all have finished; any failure fails.
import { spawn } from "node:child_process";

const CHECKS = ["check:generated", "lint:spec", "lint", "typecheck"];

function run(script) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("close", (code) => resolve({ script, code, output }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { script, code, output } of results) {
  console.log(`== npm run ${script}: ${code === 0 ? "passed" : "FAILED"}`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
