// The verifier's command line, as installed (dist/verify-cli.js, the package's bin): its exit
// codes, its report and reproducers, its JUnit and JSON files, and a token that never shows.
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { CHECKS } from "../../src/verifier/index.js";
import { ACCOUNT_SID } from "../support/fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = `${ROOT}dist/verify-cli.js`;
// A token that must never be printed or written.
const TOKEN = "cli-test-token-must-stay-secret";

function verifyCli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        env: {
          PATH: process.env.PATH ?? "",
          TWILIO_ACCOUNT_SID: ACCOUNT_SID,
          TWILIO_AUTH_TOKEN: TOKEN,
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("npx conversations-message-verify", () => {
  it("against a correct server: one line per check, all passed, exit 0, JUnit and JSON written", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: TOKEN });
    const url = await emulator.listen();
    const dir = await mkdtemp(join(tmpdir(), "verify-"));
    const { code, stdout, stderr } = await verifyCli([
      "--target",
      url,
      "--junit",
      join(dir, "r.xml"),
      "--json",
      join(dir, "r.json"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    for (const check of CHECKS) expect(stdout).toMatch(new RegExp(`PASS {2}${check} +\\d+ judged`));
    expect(stdout).toMatch(/\d+ requests in [\d.]+ s: 10 passed, 0 failed, 0 skipped\.\n$/);
    const junit = await readFile(join(dir, "r.xml"), "utf8");
    expect(junit).toMatch(
      /<testsuite name="conversations-message-verify [^"]+" tests="10" failures="0" skipped="0"/,
    );
    const json = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
    expect(json.checks.map((c: { name: string }) => c.name)).toEqual([...CHECKS]);
    expect(json.exchanges.length).toBe(json.requests);
    expect(JSON.stringify(json) + junit + stdout).not.toContain(TOKEN);
    expect(emulator.messages("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).toEqual([]);
  });

  it("against a server that breaks the spec: each failure with its rule, expectation, answer and a curl, exit 1", async () => {
    // It takes any credentials: Twilio does not.
    emulator = createEmulator();
    const url = await emulator.listen();
    const dir = await mkdtemp(join(tmpdir(), "verify-"));
    const { code, stdout } = await verifyCli([
      "--target",
      url,
      "--no-service",
      "--json",
      join(dir, "r.json"),
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {2}auth +1 of 2 judged/);
    expect(stdout).toMatch(
      /1\. auth: ListConversationMessage \(GET \/v1\/Conversations\/CH\w+\/Messages\)\n {3}rule: {6}wrong credentials were not refused\n {3}expected: {2}401 with Twilio's error body\n {3}got: {7}200 \{"meta"/,
    );
    expect(stdout).toContain(`reproduce: curl -sS -X GET '${url}/v1/Conversations/`);
    expect(stdout).toContain(`-u "$TWILIO_ACCOUNT_SID:wrong-token"`);
    expect(stdout).toMatch(/: 9 passed, 1 failed, 0 skipped\.\n$/);
    const report = await readFile(join(dir, "r.json"), "utf8");
    expect(stdout + report).not.toContain(TOKEN);
    expect(JSON.parse(report).failures[0].reproduce).toMatch(/^curl /);
  });

  it("a closed port: 'connection refused', once, exit 2", async () => {
    const port = await closedPort();
    const { code, stdout, stderr } = await verifyCli(["--target", `http://127.0.0.1:${port}`]);
    expect(code).toBe(2);
    expect(stderr.match(/connection refused/g)).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}`));
    expect(stdout).not.toMatch(/FAIL|PASS/);
  });

  it.each([
    [[], /give --target URL/],
    [["--target", "ftp://x"], /--target must be an http\(s\) URL/],
    [["--target", "http://x", "--live"], /--target and --live exclude each other/],
    [["--target", "http://x", "--allow-writes"], /--allow-writes goes with --live/],
    [["--target", "http://x", "--checks", "status,nope"], /--checks: no check named nope/],
    [["--target", "http://x", "--max-requests", "0"], /--max-requests must be a whole number/],
    [["--live"], /--live needs --conversation/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("%j is a usage error: exit 2 and one line saying why", async (args, message) => {
    const { code, stderr } = await verifyCli(args as string[]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(message);
  });

  it("--help names every check, the options, and the safety rules of --live", async () => {
    const { code, stdout } = await verifyCli(["--help"]);
    expect(code).toBe(0);
    for (const check of CHECKS) expect(stdout).toContain(`  ${check} `);
    for (const option of [
      "--target",
      "--live",
      "--allow-writes",
      "--conversation",
      "--service",
      "--no-service",
      "--checks",
      "--exclude-checks",
      "--max-requests",
      "--junit",
      "--json",
      "--stateless",
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/no SMS or\s+WhatsApp participants/);
    expect(stdout).toMatch(/Only the messages the run created are deleted/);
    expect(stdout).toMatch(/429 answers are waited out/);
  });
});
