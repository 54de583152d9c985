// The emulator's command line, as installed (dist/emulator-cli.js, a bin of the package): it prints
// its URL, serves, takes its options, and stops cleanly on a signal.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, spec } from "../support/fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = `${ROOT}dist/emulator-cli.js`;
const AUTH = { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` };

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

/** Runs the command line; `output()` is what it has printed so far, stdout and stderr. */
function spawnCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
  child = started;
  let output = "";
  const keep = (d: Buffer) => {
    output += d;
  };
  started.stdout?.on("data", keep);
  started.stderr?.on("data", keep);
  return { process: started, output: () => output };
}

/** Starts the command line and resolves the URL it prints. */
async function startCli(args: string[]): Promise<{ url: string; output: () => string }> {
  const { output } = spawnCli(args);
  for (let i = 0; i < 100 && !/on http:\/\/\S+/.test(output()); i++)
    await new Promise((r) => setTimeout(r, 50));
  const url = /on (http:\/\/\S+)/.exec(output())?.[1];
  if (!url) throw new Error(`the emulator did not start: ${output()}`);
  return { url, output };
}

describe("npx conversations-message-emulator", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "prints its URL, serves, and stops cleanly on %s",
    async (signal) => {
      const { url, output } = await startCli(["--port", "0"]);
      const response = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
        body: "Body=Ahoy",
      });
      expect(response.status).toBe(201);
      const exited = once(child as ChildProcess, "exit");
      child?.kill(signal);
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output()).toMatch(/Emulator stopped\.\n$/);
      await expect(fetch(url)).rejects.toThrow();
    },
  );

  it("takes --rate-limit", async () => {
    const { url } = await startCli(["--port", "0", "--rate-limit", "1"]);
    const list = () => fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, { headers: AUTH });
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(429);
  });

  it("takes the webhook flags: a REST write with the header posts its events to them", async () => {
    const { createServer } = await import("node:http");
    const got: string[] = [];
    const hooks = createServer((request, response) => {
      got.push(`${request.method} ${request.url}`);
      response.end();
    });
    await new Promise<void>((resolve) => hooks.listen(0, "127.0.0.1", resolve));
    const hookUrl = `http://127.0.0.1:${(hooks.address() as { port: number }).port}`;
    try {
      const { url } = await startCli([
        "--port",
        "0",
        "--post-webhook-url",
        `${hookUrl}/post`,
        "--webhook-method",
        "GET",
        "--webhook-filters",
        "onMessageAdded,onMessageRemoved",
      ]);
      const response = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
        method: "POST",
        headers: {
          ...AUTH,
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-webhook-enabled": "true",
        },
        body: "Body=Ahoy",
      });
      expect(response.status).toBe(201);
      for (let i = 0; i < 100 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(got).toHaveLength(1);
      expect(got[0]).toMatch(/^GET \/post\?.*EventType=onMessageAdded/);
    } finally {
      hooks.close();
    }
  });

  it.each([
    [
      ["--help"],
      0,
      /--pre-webhook-url URL[\s\S]*--post-webhook-url URL[\s\S]*--webhook-method[\s\S]*--webhook-filters/,
    ],
    [["--webhook-filters", "onNothing"], 2, /--webhook-filters: .*webhooks\.filters\[0\] must be an event/],
    [["--webhook-method", "PUT"], 2, /--webhook-method: .*must be one of POST, GET/],
    [["--pre-webhook-url", "nowhere"], 2, /--pre-webhook-url: .*absolute http or https URL/],
    [["--help"], 0, /^Usage: conversations-message-emulator/],
    [["--port", "http"], 2, /--port must be a whole number/],
    [["--nope"], 2, /Unknown option '--nope'/],
  ])("%j answers in a few lines", async (args, status, message) => {
    const started = spawnCli(args);
    const [code] = await once(started.process, "exit");
    expect(code).toBe(status);
    expect(started.output()).toMatch(message);
  });

  it("refuses a TWILIO_ACCOUNT_SID that is no Account SID, saying so, rather than serving", async () => {
    const { minLength } = spec.components.schemas.AccountSid;
    const started = spawnCli(["--port", "0"], {
      ...process.env,
      TWILIO_ACCOUNT_SID: "ACnope",
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    });
    const [code] = await once(started.process, "exit");
    expect(code).toBe(2);
    expect(started.output()).toMatch(
      `conversations-message-emulator: TWILIO_ACCOUNT_SID: createEmulator(): accountSid must be an Account SID: it must be at least ${minLength} characters long (got "ACnope")\n\nUsage:`,
    );
  });
});
