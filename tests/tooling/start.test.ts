// `npm start`: the walk-through against the embedded mock, and its one-line answers to bad settings.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, responseExample } from "../support/fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

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

const TITLES = [
  "Create a message",
  "Fetch it",
  "List messages",
  "List newest first",
  "Page through, two at a time",
  "Update it",
  "Delete it",
  "In an explicit Conversation Service",
];
const titlesOf = (stdout: string) => [...stdout.matchAll(/^(\d)\. (.+)$/gm)].map((m) => m[2]);
/** The lines of a step's result (the "→ …" line and the ones indented under it). */
const resultOf = (stdout: string, title: string) =>
  (new RegExp(`\\d\\. ${title}\\n.*\\n {3}→ ([^\\n]*(?:\\n {5}[^\\n]*)*)`).exec(stdout)?.[1] ?? "").split(
    /\n {5}/,
  );

describe("npm start", () => {
  it("walks the seed's operations on the emulator, consistently, with no network", async () => {
    const { code, stdout, stderr } = await start([]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Emulator of openapi\/messages\.yaml/);
    expect(titlesOf(stdout)).toEqual(TITLES);
    const created = resultOf(stdout, "Create a message")[0] as string;
    const sid = created.split(" ")[0] as string;
    // The fetched message is the created one.
    expect(resultOf(stdout, "Fetch it")[0]).toBe(created);
    const indices = (title: string) =>
      resultOf(stdout, title)
        .slice(1)
        .map((line) => Number(/#(\d+)/.exec(line)?.[1]));
    expect(indices("List messages")).toEqual([0, 1, 2]);
    // Newest first is newest first, and the created message is the newest.
    expect(indices("List newest first")).toEqual([2, 1, 0]);
    expect(resultOf(stdout, "List newest first")[1]).toContain(sid);
    expect(resultOf(stdout, "Page through, two at a time")).toEqual(["page 1: #0, #1", "page 2: #2"]);
    expect(resultOf(stdout, "Update it")[0]).toContain('body "I take back what I said"');
    expect(stdout).toMatch(/7\. Delete it\n.*\n {3}→ true/);
  });

  it("--prism walks the same against the Prism mock of the spec, then stops it", async () => {
    const { code, stdout, stderr } = await start(["--prism"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(titlesOf(stdout)).toEqual(TITLES);
    expect(stdout).toContain(`→ ${responseExample("create").sid}`);
    expect(stdout).toContain(`body "${responseExample("update").body}"`);
    expect(stdout).toMatch(/7\. Delete it\n.*\n {3}→ true/);
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
    [["--nope"], {}, /^start: Unknown option '--nope'\. Usage: npm start \[-- --prism \| --live\]\n$/],
    [["--prism", "--live"], {}, /^start: --prism and --live exclude each other/],
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
