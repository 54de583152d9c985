// The emulator as a real HTTP server: emulator.listen() in this process, and the command line
// (the package's bin, from dist/) in another, stopped by a signal.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import twilio, { ConnectionError } from "../../src/index.js";
import { answerViolations } from "../support/conformance";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID } from "../support/fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = `${ROOT}dist/emulator-cli.js`;
const AUTH = { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` };

let emulator: Emulator | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  child?.kill("SIGKILL");
  child = undefined;
});

describe("emulator.listen()", () => {
  it("serves on loopback: the client works against its URL, with URLs on that origin", async () => {
    emulator = createEmulator();
    const url = await emulator.listen();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: url }).conversations.v1.conversations(
      CONVERSATION_SID,
    ).messages;
    const created = await messages.create({ body: "over HTTP" });
    expect(created.url.startsWith(`${url}/v1/Conversations/`)).toBe(true);
    expect((await messages(created.sid).fetch()).body).toBe("over HTTP");
    const page = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages?PageSize=1`, {
      headers: AUTH,
    });
    expect(
      answerViolations(
        "ListConversationMessage",
        page.status,
        page.headers.get("content-type"),
        await page.text(),
      ),
    ).toEqual([]);
  });

  it("refuses a huge body with a 400 and keeps serving; drops the connection for a reset fault", async () => {
    emulator = createEmulator({ maxBodyBytes: 1000 });
    const url = await emulator.listen();
    const huge = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: `Body=${"x".repeat(100_000)}`,
    });
    expect(huge.status).toBe(400);
    const text = await huge.text();
    expect(text).toMatch(/larger than 1000 bytes/);
    expect(
      answerViolations("CreateConversationMessage", 400, huge.headers.get("content-type"), text),
    ).toEqual([]);
    emulator.failNext({ reset: true });
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      baseUrl: url,
      maxRetries: 0,
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    await expect(messages.list()).rejects.toThrow(ConnectionError);
    expect(await messages.list()).toEqual([]);
  });

  it("close() stops it: the port is free again", async () => {
    emulator = createEmulator();
    const url = await emulator.listen();
    await emulator.close();
    await expect(fetch(url)).rejects.toThrow();
  });

  it("listens once per emulator", async () => {
    emulator = createEmulator();
    await emulator.listen();
    await expect(emulator.listen()).rejects.toThrow(/already listening/);
  });
});

/** Runs the command line; `output()` is what it has printed so far, stdout and stderr. */
function spawnCli(args: string[]): { process: ChildProcess; output: () => string } {
  const started = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
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
});
