// The verifier's command line, as installed (dist/verify-cli.js, the package's bin): its exit
// codes, its report and reproducers, its JUnit and JSON files, and a token that never shows.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { isSid } from "../../src/core/sids.js";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { CHECKS, WEBHOOK_CHECKS } from "../../src/verifier/index.js";
import { ACCOUNT_SID, CONVERSATION_SID } from "../support/fixtures";

import { CLI, closedPort, ENV, TOKEN, verifyCli } from "../support/verify-cli";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The verifier's command line, running: what it has printed so far, and its exit. */
function startVerify(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const out = { stdout: "", stderr: "" };
  child.stdout?.on("data", (d) => {
    out.stdout += d;
  });
  child.stderr?.on("data", (d) => {
    out.stderr += d;
  });
  const exit = once(child, "exit").then(([code]) => code as number);
  /** Resolves once stderr matches. */
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 600 && !pattern.test(out.stderr); i++) await new Promise((r) => setTimeout(r, 50));
    if (!pattern.test(out.stderr)) throw new Error(`never printed ${pattern}: ${out.stderr}`);
  };
  return { child, out, exit, waitFor };
}

/**
 * The verifier's command line against this test's emulator, started and let run until the lists
 * check (by then it has made messages of its own), and that emulator (closed after the test).
 */
async function runUntilLists() {
  const server = createEmulator({ accountSid: ACCOUNT_SID, authToken: TOKEN });
  emulator = server;
  const run = startVerify(["--target", await server.listen(), "--progress", "--no-service"]);
  await run.waitFor(/: lists \(default family\)\n/);
  return { run, server };
}

/** The messages of the fixtures' conversation, on a server over HTTP. */
async function messagesOn(url: string): Promise<string[]> {
  const answer = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages?PageSize=1000`, {
    headers: { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${TOKEN}`)}` },
  });
  return ((await answer.json()).messages as { sid: string }[]).map((m) => m.sid);
}

let emulator: Emulator | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const child of children.splice(0)) child.kill("SIGKILL");
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
    expect(stdout).toMatch(/\d+ requests in [\d.]+ s: 11 passed, 0 failed, 0 skipped\.\n$/);
    const junit = await readFile(join(dir, "r.xml"), "utf8");
    expect(junit).toMatch(
      /<testsuite name="conversations-message-verify [^"]+" tests="11" failures="0" errors="0" skipped="0"/,
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
    expect(stdout).toMatch(/FAIL {2}auth +2 of 4 judged/);
    expect(stdout).toMatch(
      /1\. auth: ListConversationMessage \(GET \/v1\/Conversations\/CH\w+\/Messages\)\n {3}rule: {6}wrong credentials were not refused\n {3}expected: {2}401 with Twilio's error body\n {3}got: {7}200 \{"meta"/,
    );
    expect(stdout).toContain(`reproduce: curl -sS -X GET '${url}/v1/Conversations/`);
    expect(stdout).toContain(`-u "$TWILIO_ACCOUNT_SID:wrong-token"`);
    expect(stdout).toMatch(/: 10 passed, 1 failed, 0 skipped\.\n$/);
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
    [["--target", "ftp://x"], /--target must be an absolute http\(s\) URL, got "ftp:\/\/x"$/],
    [
      ["--target", "http://u:secret@x"],
      /^(?!.*secret).*--target must not hold credentials: they come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN$/,
    ],
    [["--target", "http://x?a=b"], /--target must not have a query or fragment, got "http:\/\/x\?a=b"$/],
    [["--target", "http://x", "--checks", ""], /no check is left to run/],
    [["--target", "http://x", "--checks", "auth", "--exclude-checks", "auth"], /no check is left to run/],
    [["--target", "http://x", "--live"], /--target and --live exclude each other/],
    [["--target", "http://x", "--allow-writes"], /--allow-writes goes with --live/],
    [["--target", "http://x", "--checks", "status,nope"], /--checks: no check named nope/],
    [["--target", "http://x", "--max-requests", "0"], /--max-requests must be a whole number/],
    [
      ["--target", "http://x", "--max-time", "1.5"],
      /--max-time must be a whole number of at least 1, got 1\.5/,
    ],
    [["--target", "http://x", "--max-answer-bytes", "lots"], /--max-answer-bytes must be a whole number/],
    [["--live"], /--live needs --conversation/],
    [["--bogus"], /Unknown option '--bogus'/],
    [["--webhook", "ftp://x"], /--webhook must be an absolute http\(s\) URL, got "ftp:\/\/x"$/],
    [["--webhook", "http://u:p@x"], /--webhook: a URL with a user name or password is not supported$/],
    [["--webhook", "http://x", "--stateless"], /--stateless goes with --target or --live/],
    [["--webhook", "http://x", "--checks", "auth"], /--checks: auth needs --target URL or --live$/],
    [
      ["--target", "http://x", "--checks", "webhook-accepts"],
      /--checks: webhook-accepts needs --webhook URL$/,
    ],
  ])("%j is a usage error: exit 2 and one line saying why", async (args, message) => {
    const { code, stderr } = await verifyCli(args as string[]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(message);
  });

  it("--help names every check, the options, and the safety rules of --live", async () => {
    const { code, stdout } = await verifyCli(["--help"]);
    expect(code).toBe(0);
    for (const check of [...CHECKS, ...WEBHOOK_CHECKS]) expect(stdout).toContain(`  ${check} `);
    for (const option of [
      "--target",
      "--webhook",
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
      "--max-time",
      "--max-answer-bytes",
      "--progress",
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/no SMS or\s+WhatsApp participants/);
    expect(stdout).toMatch(/Only the messages the run created are deleted/);
    expect(stdout).toMatch(/429 answers are waited out/);
    expect(stdout).toMatch(
      /Ctrl-C \(or SIGTERM\) stops the run, deletes the messages it made, lists them, and exits 130/,
    );
    expect(stdout).toMatch(/3 a check\s+could not be judged/);
  });
});

describe("npx conversations-message-verify as a CI gate", () => {
  it("reports go into folders that do not exist yet; one that cannot be written is exit 2 and one line", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: TOKEN });
    const url = await emulator.listen();
    const dir = await mkdtemp(join(tmpdir(), "verify-"));
    const made = await verifyCli([
      "--target",
      url,
      "--checks",
      "auth",
      "--junit",
      join(dir, "a/new/dir/r.xml"),
      "--json",
      join(dir, "b/r.json"),
    ]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(await readFile(join(dir, "a/new/dir/r.xml"), "utf8")).toMatch(/^<\?xml/);
    expect(JSON.parse(await readFile(join(dir, "b/r.json"), "utf8")).checks).toHaveLength(CHECKS.length);
    // A folder where a file stands: the report cannot be written.
    await writeFile(join(dir, "file"), "");
    const refused = await verifyCli([
      "--target",
      url,
      "--checks",
      "auth",
      "--json",
      join(dir, "file/r.json"),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `conversations-message-verify: cannot write the JSON report to ${join(dir, "file/r.json")}: EEXIST\n`,
    );
    expect(refused.stdout).toMatch(/PASS {2}auth/);
  });

  it("--max-requests 3: nothing is green; it says what was not judged and what a full run takes; exit 3", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: TOKEN });
    const url = await emulator.listen();
    const { code, stdout } = await verifyCli(["--target", url, "--max-requests", "3"]);
    expect(code).toBe(3);
    expect(stdout).not.toMatch(/PASS/);
    for (const check of CHECKS)
      expect(stdout).toMatch(
        new RegExp(`---- {2}${check} +not judged: the budget of 3 requests was spent before `),
      );
    expect(stdout).toContain(
      `Not judged: ${CHECKS.join(", ")}. A run with a check not judged is not a pass.`,
    );
    const counted = Number(
      /takes (\d+) requests against a correct server: give --max-requests \1 or more\./.exec(stdout)?.[1],
    );
    // The count is a full run's against a correct server (tests/verifier/failures.test.ts): enough.
    expect(counted).toBeGreaterThan(100);
    expect(stdout).toMatch(/: 0 passed, 0 failed, 0 skipped, 11 not judged\.\n$/);
    expect(await messagesOn(url)).toEqual([]);
    // With the budget it asked for, the same run passes.
    const enough = await verifyCli(["--target", url, "--max-requests", String(counted)]);
    expect(enough.code).toBe(0);
  });

  it("refused credentials: one line saying whose, never the token, and exit 2", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: "not-the-one-set" });
    const url = await emulator.listen();
    const { code, stdout, stderr } = await verifyCli(["--target", url]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `conversations-message-verify: the server answered 401 to the run's first request: it refused the credentials from TWILIO_ACCOUNT_SID (${ACCOUNT_SID}) and TWILIO_AUTH_TOKEN ("Authenticate"). Nothing was judged.\n`,
    );
    expect(stdout).not.toMatch(/PASS|FAIL/);
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(emulator.requests).toHaveLength(1);
    const unset = await verifyCli(["--target", url], { TWILIO_ACCOUNT_SID: "", TWILIO_AUTH_TOKEN: "" });
    expect(unset.stderr).toMatch(
      /refused the verifier's test credentials \(TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set\)/,
    );
  });

  it("refused credentials with a server's long, hostile message: still one short line, printable", async () => {
    const refusing = createHttpServer((_request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ code: 20003, message: `\u001b[2J${"x".repeat(200_000)}\nmore`, status: 401 }),
      );
    });
    refusing.listen(0, "127.0.0.1");
    await once(refusing, "listening");
    try {
      const url = `http://127.0.0.1:${(refusing.address() as { port: number }).port}`;
      const { code, stderr } = await verifyCli(["--target", url]);
      expect(code).toBe(2);
      expect(stderr.split("\n")).toEqual([
        expect.stringMatching(
          /^conversations-message-verify: the server answered 401 to the run's first request: it refused the credentials from TWILIO_ACCOUNT_SID \(AC\w+\) and TWILIO_AUTH_TOKEN \("\\\\u001b\[2Jx{196}"\)\. Nothing was judged\.$/,
        ),
        "",
      ]);
    } finally {
      refusing.close();
    }
  });

  it("--progress: each check as it starts, on stderr; stdout is the report alone", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: TOKEN });
    const url = await emulator.listen();
    // Twilio's rate limit, on the first fetch of one message.
    emulator.failNext({ status: 429, retryAfter: 1, operation: "fetch" });
    const { code, stdout, stderr } = await verifyCli(["--target", url, "--no-service", "--progress"]);
    expect(code).toBe(0);
    expect(stderr.trimEnd().split("\n")).toEqual([
      "conversations-message-verify: auth (default family)",
      "conversations-message-verify: stateful (default family)",
      "conversations-message-verify: 429 from FetchConversationMessage: waiting 1.0 s",
      ...["identity", "lists", "delivery", "positive-data", "negative-data"].map(
        (check) => `conversations-message-verify: ${check} (default family)`,
      ),
      expect.stringMatching(
        /^conversations-message-verify: clean-up: deleting the \d+ message\(s\) the run made$/,
      ),
    ]);
    expect(stdout).not.toContain("family)");
    expect(stdout).toMatch(/11 passed, 0 failed, 0 skipped\.\n$/);
  });

  it("an answer of 60 MB is read to a bound and named, with a heap of 64 MB, and the run goes on", async () => {
    // A server that answers every plain list with 60 MB of JSON, as fast as the socket takes it.
    const chunk = Buffer.alloc(1024 * 1024, "x");
    const huge = createHttpServer((request, response) => {
      if (
        request.method === "GET" &&
        request.headers.authorization === `Basic ${btoa(`${ACCOUNT_SID}:${TOKEN}`)}`
      ) {
        response.writeHead(200, {
          "content-type": "application/json",
          "content-length": String(60 * chunk.length),
        });
        let sent = 0;
        const more = () => {
          while (sent < 60 && response.write(chunk)) sent++;
          if (sent < 60) response.once("drain", more);
          else response.end();
        };
        more();
        response.on("error", () => {});
        return;
      }
      response.writeHead(401, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          code: 20003,
          message: "Authenticate",
          more_info: "https://www.twilio.com/docs/errors/20003",
          status: 401,
        }),
      );
    });
    huge.listen(0, "127.0.0.1");
    await once(huge, "listening");
    try {
      const url = `http://127.0.0.1:${(huge.address() as { port: number }).port}`;
      const { code, stdout, stderr } = await verifyCli(
        ["--target", url, "--no-service", "--checks", "status,response-schema,auth"],
        {},
        ["--max-old-space-size=64"],
      );
      expect(stderr).toBe("");
      expect(code).toBe(1);
      expect(stdout).toContain(
        "   rule:      the answer is larger than the 8388608 bytes the verifier reads; the rest was not read\n",
      );
      expect(stdout).toContain("   got:       200, Content-Length: 62914560\n");
      expect(stdout).toMatch(/PASS {2}auth +4 judged/);
    } finally {
      huge.closeAllConnections();
      huge.close();
    }
  });
});

describe("npx conversations-message-verify interrupted", () => {
  it("SIGINT mid-run against the emulator's command line: it deletes what the run made, lists it, exit 130", async () => {
    const server = spawn(
      process.execPath,
      [`${ROOT}dist/emulator-cli.js`, "--port", "0", "--rate-limit", "5"],
      {
        env: ENV,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(server);
    let banner = "";
    server.stdout?.on("data", (d) => {
      banner += d;
    });
    for (let i = 0; i < 100 && !/on http:\/\/\S+/.test(banner); i++)
      await new Promise((r) => setTimeout(r, 50));
    const url = /on (http:\/\/\S+)/.exec(banner)?.[1] as string;
    const run = startVerify(["--target", url, "--progress"]);
    // By the lists check, the run has made messages of its own (and with 5 a second, it is slow).
    await run.waitFor(/: lists \(default family\)\n/);
    run.child.kill("SIGINT");
    expect(await run.exit).toBe(130);
    expect(run.out.stderr).toMatch(
      /: interrupted: the run stops, and deletes the messages it made \(\d+ so far; SIGINT again to leave them\)\n/,
    );
    const deleted = /^Interrupted\. Deleted the (\d+) message\(s\) the run made: (.+)$/m.exec(run.out.stdout);
    expect(deleted, run.out.stdout).not.toBeNull();
    const sids = (deleted?.[2] ?? "").split(", ");
    expect(sids.length).toBe(Number(deleted?.[1]));
    expect(sids.length).toBeGreaterThan(0);
    for (const sid of sids) expect(isSid("MessageSid", sid), sid).toBe(true);
    expect(run.out.stdout).not.toMatch(/PASS|FAIL/);
    expect(await messagesOn(url)).toEqual([]);
  }, 60_000);

  it("the same signal twice at once (npx forwards the terminal's Ctrl-C) is one: the clean-up still runs", async () => {
    const { run, server } = await runUntilLists();
    // The clean-up takes a while: the forwarded signal comes while it deletes.
    server.failNext({ delay: 300, operation: "delete", times: 100 });
    run.child.kill("SIGINT");
    // The forwarded one comes a moment later (at once, the system would merge the two).
    await new Promise((resolve) => setTimeout(resolve, 30));
    run.child.kill("SIGINT");
    expect(await run.exit).toBe(130);
    expect(run.out.stderr).not.toMatch(/interrupted again/);
    expect(run.out.stdout).toMatch(/^Interrupted\. Deleted the \d+ message\(s\) the run made: IM/m);
    expect(server.messages(CONVERSATION_SID)).toEqual([]);
  }, 60_000);

  it("a second signal exits at once, listing what is left behind; SIGTERM is the same", async () => {
    const { run, server } = await runUntilLists();
    // From now on a delete hangs: the clean-up is still deleting when the second signal comes.
    server.failNext({ delay: 10_000, operation: "delete", times: 100 });
    run.child.kill("SIGTERM");
    await run.waitFor(/: clean-up: deleting/);
    // A second signal (a repeat within 200 ms is taken for the first, forwarded by npm).
    await new Promise((resolve) => setTimeout(resolve, 300));
    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(130);
    const left = /: interrupted again: left behind (.+)\n$/.exec(run.out.stderr)?.[1]?.split(", ") ?? [];
    expect(left.length).toBeGreaterThan(0);
    expect(left.sort()).toEqual(
      server
        .messages(CONVERSATION_SID)
        .map((m) => m.sid)
        .sort(),
    );
  }, 60_000);
});
