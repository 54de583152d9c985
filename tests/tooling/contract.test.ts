// The harness around the contract suite: the mock's lifecycle, and `npm run contract` pointed at
// another server (the verifier; its checks are tested in tests/verifier/).
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SPEC_PATH } from "../../scripts/lib/spec.mjs";
import { createEmulator } from "../../src/emulator/index.js";
import { CHECKS } from "../../src/verifier/index.js";
import { ACCOUNT_SID, AUTH_TOKEN } from "../support/fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VITEST = join(ROOT, "node_modules/vitest/vitest.mjs");

/** Runs a node script to its end; resolves its exit code and output. */
function runNode(args: string[], env: Record<string, string | undefined> = {}, timeout = 90_000) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, env: { ...process.env, ...env }, timeout },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          output: `${stdout}\n${stderr}`,
        }),
    );
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the mock's lifecycle", () => {
  it("is started on a free port and stopped after a run whose tests fail", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lifecycle-"));
    const out = join(dir, "url");
    const run = await runNode(
      [VITEST, "run", "--reporter=default", "--config", "tests/support/lifecycle/vitest.config.ts"],
      { LIFECYCLE_OUT: out, CONVERSATIONS_SKIP_BUILD: "1" },
    );
    expect(run.code, run.output).not.toBe(0);
    const url = await readFile(out, "utf8");
    await rm(dir, { recursive: true });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(url).port).not.toBe("4010");
    expect(await answers(url), "the mock still answers after the run").toBe(false);
  });

  it("is stopped when the run is interrupted", async () => {
    const script = `import { startPrism } from "./scripts/lib/prism.mjs";
      const p = await startPrism(["mock", ${JSON.stringify(SPEC_PATH)}]);
      console.log(JSON.stringify({ url: p.url, pid: p.pid }));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [line] = (await once(child.stdout, "data")) as [Buffer];
    const { url, pid } = JSON.parse(line.toString());
    expect(await answers(url)).toBe(true);
    child.kill("SIGINT");
    await once(child, "exit");
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid), "prism process left behind").toBe(false);
    expect(await answers(url)).toBe(false);
  });
});

describe("npm run contract", () => {
  it("--target URL runs the verifier from the sources against the server there", async () => {
    const emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const url = await emulator.listen();
    try {
      const run = await runNode(["scripts/contract.mjs", "--target", url, "--no-service"], {
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      });
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(/PASS {2}lists/);
      // Every check the verifier has passes on the emulator: none skipped, none failed.
      expect(run.output).toContain(`: ${CHECKS.length} passed, 0 failed, 0 skipped.`);
    } finally {
      await emulator.close();
    }
  });

  it("--live without credentials says what is missing, in one line", async () => {
    const run = await runNode(["scripts/contract.mjs", "--live"], {
      TWILIO_ACCOUNT_SID: "",
      TWILIO_AUTH_TOKEN: "",
      TWILIO_CONVERSATION_SID: "",
    });
    expect(run.code).toBe(2);
    expect(run.output.trim().split("\n")[0]).toBe(
      "conversations-message-verify: --live needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in the environment",
    );
  });
});
