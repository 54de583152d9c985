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

  it.each([
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
