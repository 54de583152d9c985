// The verifier's webhook checks (--webhook URL) against receivers on loopback: one behind
// twilio-node's own twilio.webhook() passes them all; each defect (no signature check, a 500, no
// answer in time, a pre-event answer setting what it may not) fails its own check only, named.
import { afterEach, describe, expect, it } from "vitest";
import { webhookEvents, webhookTable } from "../../src/core/webhooks.js";
import { webhookExamples } from "../../src/generated/webhooks.js";
import { curlOf, type Report, verifyWebhook } from "../../src/verifier/index.js";
import type { TestServer } from "../support/servers";
import { type Answer, trustingReceiver, twilioReceiver } from "../support/webhook-receivers";

const TOKEN = "webhook-test-token";
/** Every example of every event: what webhook-accepts judges. */
const EXAMPLES = webhookEvents.flatMap((e) => Object.keys(webhookExamples[e]).map(() => e));
/** The events a JSON answer may change something of. */
const ANSWERED = EXAMPLES.filter((e) => webhookTable[e].answer);
const PRE = webhookEvents.filter((e) => webhookTable[e].phase === "pre");
const POST = webhookEvents.filter((e) => webhookTable[e].phase === "post");

let receiver: TestServer | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function judge(server: Promise<TestServer>, options: { timeoutMs?: number } = {}): Promise<Report> {
  receiver = await server;
  return verifyWebhook({ url: `${receiver.url}/hooks/conversations?site=1`, authToken: TOKEN, ...options });
}
const statusOf = (report: Report) => Object.fromEntries(report.checks.map((c) => [c.name, c.status]));

describe("verifyWebhook", () => {
  it("a receiver behind twilio.webhook(token) passes every check", async () => {
    const report = await judge(twilioReceiver(TOKEN, () => ({ body: '{"body":"[redacted]"}' })));
    expect(report.failures).toEqual([]);
    expect(report.checks.map((c) => [c.name, c.status, c.judged])).toEqual([
      ["webhook-accepts", "passed", EXAMPLES.length],
      ["webhook-answer", "passed", ANSWERED.length],
      ["webhook-signature", "passed", 2 * webhookEvents.length],
    ]);
    expect(ANSWERED.length).toBeGreaterThan(0);
    // Sent as Twilio sends them: form-encoded, signed, the event's example fields.
    const first = receiver?.received[0];
    expect(first?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(first?.headers["x-twilio-signature"]).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    expect(new URLSearchParams(first?.body).get("EventType")).toBe(webhookEvents[0]);
    expect(receiver?.received).toHaveLength(EXAMPLES.length + 2 * webhookEvents.length);
  });

  it("an empty, non-JSON or non-object answer to a pre-event is fine: Twilio changes nothing", async () => {
    const bodies = ["", "OK", "[1]"];
    let i = 0;
    const report = await judge(twilioReceiver(TOKEN, () => ({ body: bodies[i++ % bodies.length] })));
    expect(statusOf(report)).toEqual({
      "webhook-accepts": "passed",
      "webhook-answer": "passed",
      "webhook-signature": "passed",
    });
  });

  it("a receiver that checks no signature fails webhook-signature: accepts unsigned and forged webhooks", async () => {
    const report = await judge(trustingReceiver());
    expect(statusOf(report)).toEqual({
      "webhook-accepts": "passed",
      "webhook-answer": "passed",
      "webhook-signature": "failed",
    });
    const rules = report.failures.map((f) => `${f.operation}: ${f.rule}`);
    for (const event of webhookEvents) {
      expect(rules).toContain(`${event}: accepts unsigned webhooks`);
      expect(rules).toContain(`${event}: accepts webhooks with a forged signature`);
    }
    const forged = report.failures.find((f) => f.rule.includes("forged"));
    expect(forged?.exchange?.request.headers["x-twilio-signature"]).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    const unsigned = report.failures.find((f) => f.rule.includes("unsigned"));
    expect(unsigned?.exchange?.request.headers["x-twilio-signature"]).toBeUndefined();
  });

  it("a 500 to one event and no answer in time to another fail webhook-accepts, each with a signed curl", async () => {
    const [slow] = PRE;
    const [failing] = POST;
    const answer: Answer = (event) =>
      event === slow ? { never: true } : event === failing ? { status: 500, body: "boom" } : undefined;
    const report = await judge(twilioReceiver(TOKEN, answer), { timeoutMs: 200 });
    const accepts = report.failures.filter((f) => f.check === "webhook-accepts");
    const examplesOf = (e: string) => EXAMPLES.filter((x) => x === e).length;
    expect(accepts.map((f) => f.operation)).toEqual([
      ...Array(examplesOf(slow as string)).fill(slow),
      ...Array(examplesOf(failing as string)).fill(failing),
    ]);
    const [late, refused] = [accepts[0], accepts.at(-1)];
    expect(late?.rule).toMatch(/^the correctly signed "[^"]+" example got no answer in time$/);
    expect(late?.expected).toBe("a 2xx within 200 ms");
    expect(late?.got).toBe("no answer within 200 ms");
    expect(refused?.rule).toMatch(/^the correctly signed "[^"]+" example was refused$/);
    expect(refused?.got).toBe("500 boom");
    const curl = curlOf(refused?.exchange as NonNullable<typeof refused>["exchange"] & object);
    expect(curl).toMatch(
      /^curl -sS -X POST '[^']+\/hooks\/conversations\?site=1' -H 'x-twilio-signature: [^']+=' /,
    );
    expect(curl).toContain(`--data-urlencode 'EventType=${failing}'`);
    // The slow event's answer is not judged, as it never came; the others are.
    expect(report.checks.find((c) => c.name === "webhook-answer")?.notJudged).toEqual([
      `${slow}: no 2xx to its signed event (webhook-accepts)`,
    ]);
  });

  it("the timeout is the spec's for each event unless a test gives one", async () => {
    const report = await judge(twilioReceiver(TOKEN, () => ({ status: 503 })));
    const failure = report.failures.find((f) => f.check === "webhook-accepts");
    expect(failure?.expected).toBe(
      `a 2xx within ${webhookTable[failure?.operation as "onMessageAdd"].timeoutMs} ms`,
    );
  });

  it("a pre-event answer setting a field the spec's answer does not have, or an invalid value, fails webhook-answer", async () => {
    const report = await judge(
      twilioReceiver(TOKEN, (event) =>
        webhookTable[event as "onMessageAdd"].answer
          ? { body: '{"sid":"IMx","author":5,"body":"ok"}' }
          : undefined,
      ),
    );
    expect(statusOf(report)).toEqual({
      "webhook-accepts": "passed",
      "webhook-answer": "failed",
      "webhook-signature": "passed",
    });
    const failures = report.failures.filter((f) => f.check === "webhook-answer");
    expect(failures.map((f) => f.operation)).toEqual(ANSWERED);
    const [first] = failures;
    const allowed = Object.keys(webhookTable[first?.operation as "onMessageAdd"].answer?.fields ?? {});
    expect(first?.rule).toMatch(
      new RegExp(
        `^the answer to the "[^"]+" example: it sets sid, which no answer to ${first?.operation} may set; its author must be `,
      ),
    );
    expect(first?.expected).toBe(
      `a JSON body setting only ${allowed.join(", ")}, each valid (or no JSON body)`,
    );
  });

  it("a receiver that cannot be reached ends the run", async () => {
    receiver = await trustingReceiver();
    const url = `${receiver.url}/hook`;
    await receiver.close();
    receiver = undefined;
    await expect(verifyWebhook({ url, authToken: TOKEN })).rejects.toThrow(
      /^cannot reach the webhook receiver http:\/\/127\.0\.0\.1:\d+\/hook: .*ECONNREFUSED/,
    );
  });

  it("an interrupted run leaves what it did not finish not judged", async () => {
    const stop = new AbortController();
    receiver = await twilioReceiver(TOKEN, () => {
      stop.abort();
      return undefined;
    });
    const cut = await verifyWebhook({ url: receiver.url, authToken: TOKEN, signal: stop.signal });
    expect(cut.checks.map((c) => c.status)).toEqual(["unjudged", "unjudged", "unjudged"]);
    expect(cut.checks[0]?.reason).toBe("the run was interrupted before the run finished");
  });

  it("a URL with no path is signed as requested, with its /", async () => {
    receiver = await twilioReceiver(TOKEN);
    const report = await verifyWebhook({ url: receiver.url, authToken: TOKEN });
    expect(report.failures).toEqual([]);
  });

  it("only the checks chosen run", async () => {
    receiver = await trustingReceiver();
    const report = await verifyWebhook({
      url: receiver.url,
      authToken: TOKEN,
      checks: ["webhook-signature"],
    });
    expect(statusOf(report)).toEqual({
      "webhook-accepts": "skipped",
      "webhook-answer": "skipped",
      "webhook-signature": "failed",
    });
    expect(receiver.received).toHaveLength(2 * webhookEvents.length);
  });
});
