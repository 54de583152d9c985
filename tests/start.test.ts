// `npm start`: the walk-through against the embedded mock, and its one-line answers to bad settings.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, responseExample } from "./support/fixtures";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function start(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["scripts/start.mjs", ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm start", () => {
  it("walks the seed's operations and a service-scoped call against the mock, then stops it", async () => {
    const { code, stdout, stderr } = await start([]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const titles = [...stdout.matchAll(/^(\d)\. (.+)$/gm)].map((m) => m[2]);
    expect(titles).toEqual([
      "Create a message",
      "Fetch it",
      "List messages",
      "List newest first",
      "Update it",
      "Delete it",
      "In an explicit Conversation Service",
    ]);
    expect(stdout).toContain(`→ ${responseExample("create").sid}`);
    expect(stdout).toContain(`body "${responseExample("update").body}"`);
    expect(stdout).toMatch(/6\. Delete it\n.*\n {3}→ true/);
    expect(stdout.trim().endsWith("Mock stopped.")).toBe(true);
    const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] as string;
    await expect(fetch(url)).rejects.toThrow();
  });

  it.each([
    [
      ["--live"],
      { TWILIO_ACCOUNT_SID: "", TWILIO_AUTH_TOKEN: "", TWILIO_CONVERSATION_SID: "" },
      /^start: --live needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_CONVERSATION_SID in the environment\n$/,
    ],
    [["--nope"], {}, /^start: Unknown option '--nope'\. Usage: npm start \[-- --live\]\n$/],
  ])("%j with bad settings answers in one line", async (args, env, message) => {
    const { code, stdout, stderr } = await start(args, env);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("a failing live call ends with one line naming the step and the error, no stack", async () => {
    const { code, stderr } = await start(["--live"], {
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: "token",
      TWILIO_CONVERSATION_SID: "CH-demo",
      TWILIO_CONVERSATIONS_BASE_URL: "http://127.0.0.1:9",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^start: step 1 failed: ConnectionError: POST \/v1\/Conversations\/CH-demo\/Messages failed: .+\n$/,
    );
  });
});
