// Starts Prism (the devDependency, no global install) on a free loopback port and stops it again.
// Used by the tests' global setup and by the scripts that need a mock or a validating proxy.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const PRISM_BIN = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist/index.js");

/** A port nothing listens on right now (the kernel's pick). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const running = new Set();
let guarding = false;
/**
 * However the run ends (a failed test, Ctrl-C, an uncaught error), no Prism is left behind. The
 * handlers are set on the first start, not on import: importing this module changes nothing.
 */
function guardExit() {
  if (guarding) return;
  guarding = true;
  process.once("exit", () => {
    for (const child of running) child.kill("SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      for (const child of running) child.kill("SIGKILL");
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}

/**
 * Runs `prism <args…>` on 127.0.0.1 and a free port, and resolves once it answers HTTP.
 * @param {string[]} args e.g. ["mock", "openapi/messages.yaml", "--errors"]
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void>, log: () => string }>}
 */
export async function startPrism(args, { timeoutMs = 30_000 } = {}) {
  guardExit();
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(args, await freePort(), timeoutMs);
    } catch (error) {
      lastError = error; // most likely the port was taken between freePort() and Prism's listen
    }
  }
  throw lastError;
}

async function startOnce(args, port, timeoutMs) {
  const child = spawn(process.execPath, [PRISM_BIN, ...args, "--host", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      running.delete(child);
      throw new Error(`prism ${args.join(" ")} exited with ${child.exitCode}:\n${output}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return { url, pid: child.pid, stop, log: () => output };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(
          `prism ${args.join(" ")} did not answer on ${url} within ${timeoutMs} ms:\n${output}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
