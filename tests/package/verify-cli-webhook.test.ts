import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { CHECKS, WEBHOOK_CHECKS } from "../../src/verifier/index.js";
import { ACCOUNT_SID } from "../support/fixtures";
import type { TestServer } from "../support/servers";
import { closedPort, TOKEN, verifyCli } from "../support/verify-cli";
import { trustingReceiver, twilioReceiver } from "../support/webhook-receivers";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("npx conversations-message-verify --webhook URL", () => {
  let receiver: TestServer | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it("alone, against a receiver behind twilio.webhook(): the webhook checks passed, exit 0, in JUnit and JSON", async () => {
    receiver = await twilioReceiver(TOKEN);
    const dir = await mkdtemp(join(tmpdir(), "verify-"));
    const { code, stdout, stderr } = await verifyCli([
      "--webhook",
      `${receiver.url}/hooks`,
      "--junit",
      join(dir, "r.xml"),
      "--json",
      join(dir, "r.json"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^conversations-message-verify: webhook receiver http:\/\/127\.0\.0\.1:\d+\/hooks\n/,
    );
    for (const check of WEBHOOK_CHECKS) expect(stdout).toMatch(new RegExp(`PASS {2}${check} +\\d+ judged`));
    expect(stdout).toMatch(/\d+ requests in [\d.]+ s: 3 passed, 0 failed, 0 skipped\.\n$/);
    expect(await readFile(join(dir, "r.xml"), "utf8")).toMatch(
      /tests="3" failures="0" errors="0" skipped="0"/,
    );
    const json = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
    expect(json.checks.map((c: { name: string }) => c.name)).toEqual([...WEBHOOK_CHECKS]);
    expect(stdout + JSON.stringify(json)).not.toContain(TOKEN);
  });

  it("a receiver that checks no signature: webhook-signature fails with a signed curl, exit 1", async () => {
    receiver = await trustingReceiver();
    const { code, stdout } = await verifyCli(["--webhook", receiver.url]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {2}webhook-signature +\d+ of \d+ judged/);
    expect(stdout).toMatch(
      /\d\. webhook-signature: onMessage\w+ \(POST \/\)\n {3}rule: {6}accepts unsigned webhooks\n/,
    );
    expect(stdout).toMatch(
      /reproduce: curl -sS -X POST 'http:[^']+' -H 'x-twilio-signature: [^']+' --data-urlencode/,
    );
  });

  it("with --target: one report of both, exit 0", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: TOKEN });
    receiver = await twilioReceiver(TOKEN);
    const { code, stdout } = await verifyCli([
      "--target",
      await emulator.listen(),
      "--webhook",
      receiver.url,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`  webhook receiver ${receiver.url}\n`);
    expect(stdout).toMatch(
      new RegExp(`: ${CHECKS.length + WEBHOOK_CHECKS.length} passed, 0 failed, 0 skipped\\.\\n$`),
    );
  });

  it("without TWILIO_AUTH_TOKEN: one line naming it, exit 2, nothing sent", async () => {
    receiver = await trustingReceiver();
    const { code, stderr } = await verifyCli(["--webhook", receiver.url], { TWILIO_AUTH_TOKEN: "" });
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "conversations-message-verify: --webhook needs TWILIO_AUTH_TOKEN in the environment: it signs the webhooks",
    );
    expect(receiver.received).toEqual([]);
  });

  it("a receiver that cannot be reached: one line, exit 2", async () => {
    const port = await closedPort();
    const { code, stderr } = await verifyCli(["--webhook", `http://127.0.0.1:${port}/hook`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `cannot reach the webhook receiver http://127\\.0\\.0\\.1:${port}/hook: .*connection refused`,
      ),
    );
  });
});
