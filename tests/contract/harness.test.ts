// The harness around the contract suite: the mock's lifecycle, and `npm run contract` pointed at
// another server or, through `prism proxy`, at an upstream that breaks the spec.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startPrism } from "../../scripts/lib/prism.mjs";
import { SPEC_PATH } from "../../scripts/lib/spec.mjs";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, responseExample } from "../support/fixtures";
import type { Json } from "../support/spec";

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

/** A plain HTTP server standing in for Twilio: a list page and a message, optionally with one bad field. */
async function fakeTwilio(breakField?: [string, unknown]): Promise<{ url: string; server: Server }> {
  const spoil = (message: Json) => (breakField ? { ...message, [breakField[0]]: breakField[1] } : message);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const body = path.endsWith("/Messages")
      ? { ...responseExample("list"), messages: responseExample("list").messages.map(spoil) }
      : spoil(responseExample("fetch"));
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const liveEnv = {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_CONVERSATION_SID: CONVERSATION_SID,
  TWILIO_CHAT_SERVICE_SID: undefined,
};

describe("npm run contract", () => {
  it("--target URL runs the matrix against another server implementing the spec", async () => {
    const other = await startPrism(["mock", SPEC_PATH, "--errors"]);
    try {
      const run = await runNode(["scripts/contract.mjs", "--target", other.url]);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(/contract matrix \(target\)/);
    } finally {
      await other.stop();
    }
  });

  it("--live through prism proxy passes when the upstream keeps to the spec", async () => {
    const upstream = await fakeTwilio();
    try {
      const run = await runNode(["scripts/contract.mjs", "--live", "--upstream", upstream.url], liveEnv);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(/ListConversationMessage/);
    } finally {
      upstream.server.close();
    }
  });

  it.each([
    ["account_sid", "not-an-account-sid"],
    // The spec's nullability policy: the client decodes it, the contract run reports it.
    ["author", null],
  ])(
    "--live through prism proxy fails, naming the field, when the upstream sends %s %j",
    async (field, value) => {
      const upstream = await fakeTwilio([field, value]);
      try {
        const run = await runNode(["scripts/contract.mjs", "--live", "--upstream", upstream.url], liveEnv);
        expect(run.code).not.toBe(0);
        expect(run.output).toMatch(new RegExp(field));
        expect(run.output).toMatch(/FetchConversationMessage/);
      } finally {
        upstream.server.close();
      }
    },
  );

  it("--live without credentials says what is missing, in one line", async () => {
    const run = await runNode(["scripts/contract.mjs", "--live"], {
      TWILIO_ACCOUNT_SID: "",
      TWILIO_AUTH_TOKEN: "",
      TWILIO_CONVERSATION_SID: "",
    });
    expect(run.code).toBe(2);
    expect(run.output.trim()).toBe(
      "contract: --live needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_CONVERSATION_SID in the environment",
    );
  });
});
