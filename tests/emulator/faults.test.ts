// Faults on demand and the rate limit: each fires as asked, on the operation asked, the number of
// times asked, and the client's own retry and error paths see what they would see from Twilio.
// Every answer is checked against the spec as it passes.
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/emulator/index.js";
import twilio, { ConnectionError, RestException, TimeoutError } from "../../src/index.js";
import { checkedFetch } from "../support/conformance";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, spec } from "../support/fixtures";
import type { Json } from "../support/spec";

let problems: string[] = [];
afterEach(() => {
  expect(problems, "answers that break the spec").toEqual([]);
});

function setup(
  options: Parameters<typeof createEmulator>[0] = {},
  client: Parameters<typeof twilio>[2] = {},
) {
  const emulator = createEmulator(options);
  const checked = checkedFetch(emulator);
  problems = checked.problems;
  const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
    fetch: checked.fetch,
    maxRetryDelay: 50,
    ...client,
  }).conversations.v1.conversations(CONVERSATION_SID).messages;
  return { emulator, messages, fetch: checked.fetch };
}
/** The code of the spec's example error body for a status. */
function errorCode(status: number): number | undefined {
  for (const response of Object.values<Json>(spec.components.responses)) {
    for (const example of Object.values<Json>(response.content?.["application/json"]?.examples ?? {})) {
      if (example.value.status === status) return example.value.code;
    }
  }
  return undefined;
}

describe("failNext", () => {
  it("a 429 with Retry-After: the client waits it out and retries, then succeeds", async () => {
    const { emulator, messages } = setup();
    emulator.failNext({ status: 429, retryAfter: 0 });
    expect((await messages.create({ body: "hi" })).body).toBe("hi");
    expect(emulator.requests.map((r) => r.status)).toEqual([429, 201]);
    expect(emulator.messages(CONVERSATION_SID)).toHaveLength(1);
  });

  it("a 429's body is Twilio's, code 20429, with the Retry-After it was given", async () => {
    const { emulator, fetch } = setup();
    emulator.failNext({ status: 429, retryAfter: 7 });
    const response = await fetch(
      `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages`,
      {
        headers: { authorization: `Basic ${btoa("AC:x")}` },
      },
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toMatchObject({ code: errorCode(429), status: 429 });
  });

  it("a 503 on a read is retried by the client; on a create it is not", async () => {
    const { emulator, messages } = setup();
    emulator.failNext({ status: 503 });
    expect(await messages.list()).toEqual([]);
    emulator.failNext({ status: 503 });
    const error = await messages.create({ body: "hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({ status: 503, code: errorCode(503) });
    expect(emulator.requests.map((r) => `${r.action} ${r.status}`)).toEqual([
      "list 503",
      "list 200",
      "create 503",
    ]);
  });

  it("scoped to an operation, it waits for that operation and leaves the others alone", async () => {
    const { emulator, messages } = setup();
    emulator.failNext({ status: 500, operation: "create" });
    await messages.list();
    await messages.list();
    const error = await messages.create({ body: "hi" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, code: errorCode(500) });
    expect((await messages.create({ body: "again" })).body).toBe("again");
  });

  it("scoped by operationId too, and for as many times as asked", async () => {
    const { emulator, messages } = setup({}, { maxRetries: 0 });
    emulator.failNext({ status: 500, operation: "ListConversationMessage", times: 2 });
    await expect(messages.list()).rejects.toThrow(RestException);
    await expect(messages.list()).rejects.toThrow(RestException);
    expect(await messages.list()).toEqual([]);
  });

  it("a delay holds the answer: a client timeout fires; without one the answer comes late", async () => {
    const { emulator, messages } = setup({}, { timeout: 30, maxRetries: 0 });
    emulator.failNext({ delay: 200 });
    await expect(messages.list()).rejects.toThrow(TimeoutError);
    emulator.failNext({ delay: 20 });
    const started = Date.now();
    expect(await messages.list()).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("reset drops the connection: a ConnectionError, retried on a read", async () => {
    const { emulator, messages } = setup();
    emulator.failNext({ reset: true, operation: "create" });
    await expect(messages.create({ body: "hi" })).rejects.toThrow(ConnectionError);
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
    emulator.failNext({ reset: true });
    expect(await messages.list()).toEqual([]);
    expect(emulator.requests.map((r) => r.status)).toEqual([0, 0, 200]);
  });

  it("refuses a fault that asks for nothing", () => {
    const { emulator } = setup();
    expect(() => emulator.failNext({} as never)).toThrow(
      /give a status, a delay \(of more than 0 ms\) or reset/,
    );
  });
});

describe("rate limit", () => {
  it("past N message actions a second in a conversation: 429, code 20429, Retry-After", async () => {
    const { emulator, fetch } = setup({ rateLimit: 3 });
    const url = (conversation: string) =>
      `https://conversations.twilio.com/v1/Conversations/${conversation}/Messages`;
    const headers = { authorization: `Basic ${btoa("AC:x")}` };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(url(CONVERSATION_SID), { headers })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = emulator.requests.at(-1);
    expect(limited?.status).toBe(429);
    const again = await fetch(url(CONVERSATION_SID), { headers });
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await again.json()).toMatchObject({ code: errorCode(429), status: 429 });
    // Per conversation: another one is not limited.
    expect((await fetch(url("other-room"), { headers })).status).toBe(200);
  });

  it("the facade waits out its Retry-After and gets through", async () => {
    const { messages } = setup({ rateLimit: 2 }, { maxRetryDelay: 2_000 });
    const created = [];
    for (let i = 0; i < 3; i++) created.push(await messages.create({ body: `m${i}` }));
    expect(created.map((m) => m.index)).toEqual([0, 1, 2]);
  });
});
