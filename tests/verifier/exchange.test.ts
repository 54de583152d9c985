// How the verifier sends: the request built from an operation, the credentials it is told to send
// (right, wrong or none), Twilio's 429 waited out as long as it asks and no longer, the budget, and
// each exchange kept with the token masked; a target that cannot be reached is named with its cause.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  KEPT_TEXT,
  MAX_RATE_LIMIT_WAITS,
  RunStopped,
  Sender,
  TargetUnreachable,
} from "../../src/verifier/exchange.js";

/** What a send that stops the run rejects with: the kind and the message. */
const stopOf = (sent: Promise<unknown>) =>
  sent.then(
    () => "sent",
    (error: unknown) => (error instanceof RunStopped ? `${error.kind}: ${error.message}` : error),
  );

import { operationOf } from "../../src/verifier/spec.js";

const TARGET = "http://verify.test";
const list = operationOf("default", "list");
const create = operationOf("default", "create");
const path = { ConversationSid: "CH0", ChatServiceSid: "IS0" };

interface Sent {
  url: string;
  init: RequestInit;
}

function sender(answers: (() => Response)[], options: Partial<ConstructorParameters<typeof Sender>[0]> = {}) {
  const sent: Sent[] = [];
  const s = new Sender({
    target: TARGET,
    fetch: async (input, init) => {
      sent.push({ url: String(input), init: init ?? {} });
      const next = answers.shift();
      return next ? next() : Response.json({ ok: true });
    },
    username: "ACuser",
    password: "secret",
    maxRequests: 10,
    maxWaitMs: 999,
    timeoutMs: 5_000,
    ...options,
  });
  return { s, sent };
}

const tooMany = (retryAfter?: string) => () =>
  Response.json(
    { code: 20429, message: "Too Many Requests", more_info: "x", status: 429 },
    { status: 429, headers: retryAfter === undefined ? {} : { "retry-after": retryAfter } },
  );

describe("the request", () => {
  it("a list: the operation's URL, the query, Accept, and the right credentials as Basic auth", async () => {
    const { s, sent } = sender([]);
    const exchange = await s.send({ op: list, purpose: "p", path, query: { PageSize: 2, Order: "desc" } });
    expect(sent[0]?.url).toBe(`${TARGET}/v1/Conversations/CH0/Messages?PageSize=2&Order=desc`);
    expect(sent[0]?.init.method).toBe("GET");
    expect(sent[0]?.init.redirect).toBe("manual");
    expect(sent[0]?.init.body).toBeUndefined();
    expect(sent[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(sent[0]?.init.headers).toEqual({
      accept: "application/json",
      authorization: `Basic ${btoa("ACuser:secret")}`,
    });
    expect(exchange).toEqual({
      n: 1,
      operation: "ListConversationMessage",
      purpose: "p",
      request: {
        method: "GET",
        url: `${TARGET}/v1/Conversations/CH0/Messages?PageSize=2&Order=desc`,
        headers: { accept: "application/json", authorization: "Basic ***" },
        body: undefined,
        credentials: "right",
      },
      status: 200,
      headers: { "content-type": "application/json" },
      text: '{"ok":true}',
      json: { ok: true },
    });
  });

  it("an empty query adds no '?'; a server's URL is sent as given, without the query", async () => {
    const { s, sent } = sender([]);
    await s.send({ op: list, purpose: "p", path, query: {} });
    await s.send({ op: list, purpose: "p", path, query: { PageSize: 2 }, url: `${TARGET}/next?Page=1` });
    expect(sent.map((x) => x.url)).toEqual([
      `${TARGET}/v1/Conversations/CH0/Messages`,
      `${TARGET}/next?Page=1`,
    ]);
  });

  it("a create: the form body and its content type, the headers asked for", async () => {
    const { s, sent } = sender([() => Response.json({ sid: "IM1" }, { status: 201 })]);
    const exchange = await s.send({
      op: create,
      purpose: "p",
      path,
      header: { "X-Twilio-Webhook-Enabled": "false" },
      body: { Body: "a b&c", Author: "é" },
    });
    expect(sent[0]?.init.method).toBe("POST");
    expect(sent[0]?.init.body).toBe("Body=a+b%26c&Author=%C3%A9");
    expect(sent[0]?.init.headers).toMatchObject({
      "content-type": "application/x-www-form-urlencoded",
      "X-Twilio-Webhook-Enabled": "false",
    });
    expect(exchange.request.body).toBe("Body=a+b%26c&Author=%C3%A9");
    expect(exchange.status).toBe(201);
  });

  it("wrong credentials: the password changed; none: no Authorization; the user name's UTF-8 encoded", async () => {
    const { s, sent } = sender([]);
    const wrong = await s.send({ op: list, purpose: "p", path, credentials: "wrong" });
    const none = await s.send({ op: list, purpose: "p", path, credentials: "none" });
    expect((sent[0]?.init.headers as Record<string, string> | undefined)?.authorization).toBe(
      `Basic ${btoa("ACuser:secret-wrong")}`,
    );
    expect(sent[1]?.init.headers).toEqual({ accept: "application/json" });
    expect(wrong.request).toMatchObject({ credentials: "wrong", headers: { authorization: "Basic ***" } });
    expect(none.request).toMatchObject({ credentials: "none", headers: { accept: "application/json" } });
    expect(none.request.headers).not.toHaveProperty("authorization");
    expect(none.n).toBe(2);

    const utf8 = sender([], { username: "ACé", password: "ü" });
    await utf8.s.send({ op: list, purpose: "p", path });
    const header = String((utf8.sent[0]?.init.headers as Record<string, string> | undefined)?.authorization);
    expect(Buffer.from(header.replace("Basic ", ""), "base64").toString("utf8")).toBe("ACé:ü");
  });

  it("an answer that is not JSON keeps its text; an empty one has no JSON", async () => {
    const { s } = sender([
      () => new Response("<html>", { status: 502, headers: { "Content-Type": "text/html" } }),
      () => new Response(null, { status: 204 }),
    ]);
    const html = await s.send({ op: list, purpose: "p", path });
    expect(html).toMatchObject({ status: 502, text: "<html>", headers: { "content-type": "text/html" } });
    expect(html).not.toHaveProperty("json");
    const empty = await s.send({ op: list, purpose: "p", path });
    expect(empty.text).toBe("");
    expect(empty.json).toBeUndefined();
    expect(s.exchanges.map((x) => x.n)).toEqual([1, 2]);
  });
});

describe("Twilio's rate limit", () => {
  it("a Retry-After in seconds, or an HTTP date already past, is waited out and the request sent again", async () => {
    const { s, sent } = sender([tooMany("0"), tooMany(new Date(Date.now() - 5000).toUTCString())]);
    const exchange = await s.send({ op: list, purpose: "p", path });
    expect(exchange.status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(s.exchanges).toHaveLength(1);
    expect(s.counted).toBe(1);
    expect(s.waitedMs).toBe(0);
  });

  it("a wait longer than the longest allowed is not waited: it stops the run; for the clean-up, the 429 is the answer", async () => {
    for (const [retryAfter, asked] of [
      ["1", "1"],
      [undefined, "1"],
      [" ", "1"],
      ["soon", "1"],
      [new Date(Date.now() + 120_000).toUTCString(), "1[12]\\d"],
    ] as const) {
      const { s, sent } = sender([tooMany(retryAfter), tooMany(retryAfter)], { maxWaitMs: 999 });
      expect(String(await stopOf(s.send({ op: list, purpose: "p", path })))).toMatch(
        new RegExp(
          `^rate-limit: the server asked to wait ${asked} s \\(Retry-After\\), longer than the 0\\.999 s the verifier waits$`,
        ),
      );
      expect(sent).toHaveLength(1);
      expect(s.waitedMs).toBe(0);
      const cleanUp = await s.send({ op: list, purpose: "clean-up", path }, { counted: false });
      expect(cleanUp.status, String(retryAfter)).toBe(429);
    }
  });

  it("only digits are seconds: '10' is ten of them, ' 1 ' one; '5x' and 'x5' are unreadable, so a second", async () => {
    for (const [retryAfter, asked] of [
      ["10", "10"],
      [" 1 ", "1"],
    ] as const) {
      const { s, sent } = sender([tooMany(retryAfter)], { maxWaitMs: 999 });
      expect(await stopOf(s.send({ op: list, purpose: "p", path }))).toBe(
        `rate-limit: the server asked to wait ${asked} s (Retry-After), longer than the 0.999 s the verifier waits`,
      );
      expect(sent).toHaveLength(1);
    }
    // The waits are real timers' (faked: the test does not sit through them).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { s, sent } = sender([tooMany("5x"), tooMany("x5")], { maxWaitMs: 1000 });
    const answer = s.send({ op: list, purpose: "p", path });
    await vi.runAllTimersAsync();
    expect((await answer).status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(s.waitedMs).toBe(2000);
  });

  it("what it waited is added up: no Retry-After is a second", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { s } = sender([tooMany(), tooMany("1")], { maxWaitMs: 1000 });
    const pending = s.send({ op: list, purpose: "p", path });
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(200);
    expect(s.waitedMs).toBe(2000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
});

describe("bounds, whatever the server answers", () => {
  it("a 429 is waited out so many times in a row, then it stops the run (for the clean-up, it is the answer)", async () => {
    const waits: unknown[] = [];
    const { s, sent } = sender(
      Array.from({ length: 50 }, () => tooMany("0")),
      { onWait: (w) => waits.push(w) },
    );
    expect(await stopOf(s.send({ op: list, purpose: "p", path }))).toBe(
      `rate-limit: the server answered 429 to one request ${MAX_RATE_LIMIT_WAITS + 1} times in a row`,
    );
    expect(sent).toHaveLength(MAX_RATE_LIMIT_WAITS + 1);
    const cleanUp = await s.send({ op: list, purpose: "clean-up", path }, { counted: false });
    expect(cleanUp.status).toBe(429);
    expect(sent).toHaveLength(2 * (MAX_RATE_LIMIT_WAITS + 1));
    expect(waits).toHaveLength(2 * MAX_RATE_LIMIT_WAITS);
    expect(waits[0]).toEqual({ ms: 0, operation: "ListConversationMessage", purpose: "p" });
  });

  it("an answer over the limit is read no further: its start kept, no JSON, its declared size noted", async () => {
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            controller.enqueue(new TextEncoder().encode('{"a":"xxxxxxxxxx"}'));
          },
        }),
        { headers: { "content-length": "62914560", "content-type": "application/json" } },
      );
    const { s } = sender([endless, () => new Response("x".repeat(40), { status: 200 })], {
      maxAnswerBytes: 30,
    });
    const over = await s.send({ op: list, purpose: "p", path });
    expect(over.oversize).toEqual({ limit: 30, declared: 62914560 });
    expect(over.text).toBe('{"a":"xxxxxxxxxx"}{"a":"xxxxxx');
    expect(over).not.toHaveProperty("json");
    expect(pulled).toBeLessThan(5);
    const undeclared = await s.send({ op: list, purpose: "p", path });
    expect(undeclared.oversize).toEqual({ limit: 30, declared: undefined });
  });

  it("a long answer is kept for the report cut to its start, with its length; the caller gets it whole", async () => {
    const long = JSON.stringify({ text: "🚢".repeat(KEPT_TEXT) });
    const { s } = sender([() => new Response(long)]);
    const exchange = await s.send({ op: list, purpose: "p", path });
    expect(exchange.text).toBe(long);
    expect(exchange.json).toEqual(JSON.parse(long));
    const kept = s.exchanges[0];
    expect(kept?.text).toBe(long.slice(0, KEPT_TEXT - 1));
    expect(kept?.fullLength).toBe(long.length);
    expect(kept).not.toHaveProperty("json");
    expect(s.keptOf(exchange)).toBe(kept);
    const { s: short } = sender([]);
    const small = await short.send({ op: list, purpose: "p", path });
    expect(short.keptOf(small)).toBe(small);
    expect(short.exchanges[0]).toBe(small);
  });

  it("past the deadline, no counted request is sent, and a wait that would pass it stops the run; the clean-up goes on", async () => {
    const late = sender([], { deadline: Date.now() - 1, deadlineText: "60 s" });
    expect(await stopOf(late.s.send({ op: list, purpose: "p", path }))).toBe(
      "time: the time limit of 60 s was reached",
    );
    expect(late.sent).toHaveLength(0);
    await late.s.send({ op: list, purpose: "clean-up", path }, { counted: false });
    expect(late.sent).toHaveLength(1);
    const soon = sender([tooMany("1"), tooMany("1")], {
      deadline: Date.now() + 500,
      deadlineText: "0.5 s",
      maxWaitMs: 5_000,
    });
    expect(await stopOf(soon.s.send({ op: list, purpose: "p", path }))).toBe(
      "time: the time limit of 0.5 s was reached",
    );
    expect(soon.sent).toHaveLength(1);
    // The clean-up waits out its 429 past the deadline, as Twilio asks.
    const cleanUp = await soon.s.send({ op: list, purpose: "clean-up", path }, { counted: false });
    expect(cleanUp.status).toBe(200);
    expect(soon.sent).toHaveLength(3);
  }, 10_000);

  it("an interrupt stops the checks' requests: before one, or in a 429 wait; not one in flight; the clean-up's go on", async () => {
    const controller = new AbortController();
    controller.abort();
    const before = sender([], { signal: controller.signal });
    expect(await stopOf(before.s.send({ op: list, purpose: "p", path }))).toBe(
      "interrupt: the run was interrupted",
    );
    expect(before.sent).toHaveLength(0);
    expect(before.s.counted).toBe(0);
    await before.s.send({ op: list, purpose: "clean-up", path }, { counted: false });
    expect(before.sent).toHaveLength(1);

    // The request in flight is let finish: a message it made is known, and can be deleted.
    const inFlight = new AbortController();
    const slow = sender([], {
      signal: inFlight.signal,
      fetch: async (_input, init) => {
        inFlight.abort();
        expect(init?.signal?.aborted).toBe(false);
        return Response.json({ sid: "IM1" }, { status: 201 });
      },
    }).s;
    expect((await slow.send({ op: create, purpose: "p", path })).json).toEqual({ sid: "IM1" });
    await expect(slow.send({ op: list, purpose: "p", path })).rejects.toThrow(/^the run was interrupted$/);

    const waiting = new AbortController();
    const limited = sender([tooMany("5")], { signal: waiting.signal, maxWaitMs: 10_000 });
    const waited = limited.s.send({ op: list, purpose: "p", path });
    setTimeout(() => waiting.abort(), 20);
    expect(await stopOf(waited)).toBe("interrupt: the run was interrupted");
    expect(limited.sent).toHaveLength(1);
  });
});

describe("the budget", () => {
  it("counts requests, stops the run naming it when spent, and lets uncounted ones through", async () => {
    const { s, sent } = sender([], { maxRequests: 2 });
    await s.send({ op: list, purpose: "p", path });
    await s.send({ op: list, purpose: "p", path });
    expect(await stopOf(s.send({ op: list, purpose: "p", path }))).toBe(
      "budget: the budget of 2 requests was spent",
    );
    expect(sent).toHaveLength(2);
    await s.send({ op: list, purpose: "clean-up", path }, { counted: false });
    expect(sent).toHaveLength(3);
    expect(s.counted).toBe(2);
  });
});

describe("a target that cannot be reached", () => {
  it("is TargetUnreachable, with each cause and its code in one line", async () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const { s } = sender([
      () => {
        throw new TypeError("fetch failed", { cause });
      },
    ]);
    const failed = s.send({ op: list, purpose: "p", path });
    await expect(failed).rejects.toThrow(TargetUnreachable);
    await expect(failed).rejects.toThrow(/^fetch failed: connect ECONNREFUSED 127\.0\.0\.1:9$/);
  });

  it("a code the message does not name is added; causes past the fourth are left out; a non-error is shown", async () => {
    let depth5 = Object.assign(new Error("e5"), { code: "C5" }) as Error;
    for (const n of [4, 3, 2])
      depth5 = Object.assign(new Error(`e${n}`, { cause: depth5 }), { code: `C${n}` });
    const { s } = sender([
      () => {
        throw new Error("e1", { cause: depth5 });
      },
      () => {
        throw "plain";
      },
    ]);
    await expect(s.send({ op: list, purpose: "p", path })).rejects.toThrow(
      /^e1: e2 \(C2\): e3 \(C3\): e4 \(C4\)$/,
    );
    await expect(s.send({ op: list, purpose: "p", path })).rejects.toThrow(/^plain$/);
  });

  it("a body that breaks off while it is read is the same", async () => {
    const { s } = sender([
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.error(new Error("reset"));
            },
          }),
        ),
    ]);
    await expect(s.send({ op: list, purpose: "p", path })).rejects.toThrow(TargetUnreachable);
  });
});
