// The emulator as a real HTTP server: emulator.listen() in this process. (Its command line, the
// package's bin, is tested from dist/ in tests/package/emulator-cli.test.ts.)
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import twilio, { ConnectionError } from "../../src/index.js";
import { answerViolations } from "../support/conformance";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID } from "../support/fixtures";

const AUTH = { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` };

/** A create whose body is a stream, sent as it comes. */
const postStream = (url: string, body: ReadableStream<Uint8Array>) =>
  fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
    method: "POST",
    headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
    body,
    duplex: "half",
  } as RequestInit);

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
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

  it("a long body is answered 400 once it crosses the limit, and the connection closed: it is not read on", async () => {
    emulator = createEmulator({ maxBodyBytes: 1000 });
    const url = await emulator.listen();
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    // 64 MiB in all (ended, so that a test gone wrong fails rather than fills the memory).
    const endless = new ReadableStream({
      pull(controller) {
        if (pulled >= 64 * 1024 * 1024) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const answer = await postStream(url, endless);
    expect(answer.status).toBe(400);
    expect(answer.headers.get("connection")).toBe("close");
    expect((await answer.json()).message).toMatch(/the request body is larger than 1000 bytes$/);
    // What socket buffers took before the connection closed: far less than the drain allowance.
    expect(pulled).toBeLessThan(16 * 1024 * 1024);
    // It serves on.
    const list = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, { headers: AUTH });
    expect(list.status).toBe(200);
  });

  it("a long body while the answer waits (a delay fault): 16 MiB past the limit, the connection is dropped", async () => {
    emulator = createEmulator({ maxBodyBytes: 1000 });
    const url = await emulator.listen();
    emulator.failNext({ delay: 20_000 });
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    // 64 MiB in all: ended, for a client that goes on pulling after a reset would never stop.
    const long = new ReadableStream({
      pull(controller) {
        if (pulled >= 64 * 1024 * 1024) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    await expect(postStream(url, long)).rejects.toThrow("fetch failed");
    // The limit, the allowance past it, and what socket buffers held when it was dropped.
    expect(pulled).toBeGreaterThan(16 * 1024 * 1024);
    expect(pulled).toBeLessThan(48 * 1024 * 1024);
    expect(emulator.requests.map((r) => r.status)).toEqual([0]);
  });

  it("a client gone before its body ended gets no answer, and the server serves on", async () => {
    emulator = createEmulator();
    const url = new URL(await emulator.listen());
    const { connect } = await import("node:net");
    const socket = connect(Number(url.port), url.hostname);
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      `POST /v1/Conversations/${CONVERSATION_SID}/Messages HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\nBody=cut`,
    );
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.destroy();
    await closed;
    const list = await fetch(`${url.origin}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
      headers: AUTH,
    });
    expect(list.status).toBe(200);
    expect(emulator.requests.map((r) => r.status)).toEqual([200]);
  });

  it("a client gone while its request waits (a delay fault): what it asked for is not done", async () => {
    emulator = createEmulator();
    const url = await emulator.listen();
    emulator.failNext({ delay: 300, operation: "create" });
    const gone = new AbortController();
    const create = fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: "Body=never",
      signal: gone.signal,
    });
    setTimeout(() => gone.abort(), 50);
    await expect(create).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
    expect(emulator.requests.map((r) => r.status)).toEqual([0]);
  });

  it("close() ends the waits of requests in flight; listen() twice at once is refused", async () => {
    emulator = createEmulator();
    const [first, second] = await Promise.allSettled([emulator.listen(), emulator.listen()]);
    expect(first.status).toBe("fulfilled");
    expect(second).toMatchObject({
      status: "rejected",
      reason: { message: "listen: the emulator is already listening" },
    });
    const url = (first as PromiseFulfilledResult<string>).value;
    emulator.failNext({ delay: 60_000 });
    const waiting = fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, { headers: AUTH });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await emulator.close();
    await expect(waiting).rejects.toThrow();
    expect(emulator.requests.map((r) => r.status)).toEqual([0]);
    // It can listen again once closed.
    expect(await emulator.listen()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("a failure of the emulator's own is Twilio's 500, not a dropped connection", async () => {
    emulator = createEmulator({
      now: () => {
        throw new Error("the clock broke");
      },
    });
    const url = await emulator.listen();
    const answer = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: "Body=x",
    });
    expect(answer.status).toBe(500);
    expect((await answer.json()).message).toBe("the emulator failed: the clock broke");
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

  it("on IPv6 loopback, its URL has the address in brackets", async () => {
    emulator = createEmulator();
    const url = await emulator.listen(0, "::1");
    expect(url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    const answer = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, { headers: AUTH });
    expect(answer.status).toBe(200);
    expect((await answer.json()).meta.url.startsWith(`${url}/v1/`)).toBe(true);
  });

  it("a port already taken: listen() rejects with the server's error, and the emulator can listen elsewhere", async () => {
    const first = createEmulator();
    const url = await first.listen();
    try {
      emulator = createEmulator();
      await expect(emulator.listen(Number(new URL(url).port))).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it("a body of exactly the limit is read whole, also in many chunks; a header sent twice is one, joined", async () => {
    emulator = createEmulator({ maxBodyBytes: 1000 });
    const url = await emulator.listen();
    const body = `Body=${"x".repeat(995)}`;
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < body.length; i += 100)
          controller.enqueue(new TextEncoder().encode(body.slice(i, i + 100)));
        controller.close();
      },
    });
    const created = await postStream(url, chunks);
    expect(created.status).toBe(201);
    expect((await created.json()).body).toBe("x".repeat(995));
    const headers = new Headers(AUTH);
    headers.append("x-twilio-webhook-enabled", "true");
    headers.append("x-twilio-webhook-enabled", "false");
    const twice = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, {
      method: "POST",
      headers,
      body: new URLSearchParams({ Body: "x" }),
    });
    // "true, false" is neither enum value: Twilio's 400, naming the header.
    expect(twice.status).toBe(400);
    expect((await twice.json()).message).toMatch(/X-Twilio-Webhook-Enabled/);
    expect(emulator.requests.at(-1)?.headers["x-twilio-webhook-enabled"]).toBe("true, false");
  });
});
