// Fault injection: a plain node:http server misbehaves in one way per test, and the client must
// end in the documented outcome, with the documented number of requests.
import { spawn } from "node:child_process";
import { getEventListeners, once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import twilio, {
  AbortError,
  ConnectionError,
  createConversationsClient,
  InvalidResponseError,
  PACKAGE_NAME,
  RedirectError,
  RestException,
  TimeoutError,
  type TwilioOptions,
} from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  responseExample,
  spec,
} from "../support/fixtures";
import { type Handler, json, startServer, type TestServer } from "../support/servers";
import type { Json } from "../support/spec";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// The package as one self-contained ES module, for child processes.
let bundle: string;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "faults-"));
  bundle = join(dir, "package.mjs");
  await build({
    entryPoints: [join(ROOT, "src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: bundle,
    logLevel: "error",
  });
});
const servers: { close(): unknown }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

/** Messages of a client on `server`; retries wait at most 20 ms so the tests stay quick. */
function messagesOn(server: { url: string }, options: TwilioOptions = {}) {
  return twilio(ACCOUNT_SID, AUTH_TOKEN, {
    baseUrl: server.url,
    maxRetryDelay: 20,
    ...options,
  }).conversations.v1.conversations(CONVERSATION_SID).messages;
}

const errorBody = (name: string) => spec.components.responses[name].content["application/json"].examples;
const twilioError = (name: string): Json => Object.values<Json>(errorBody(name))[0].value;
const fails = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => undefined as unknown as Json,
    (e: unknown) => e as Json,
  );

describe("retries", () => {
  it("429 with Retry-After in seconds, then success", async () => {
    const server = await serve((_, res, n) =>
      n === 1
        ? json(res, 429, twilioError("TooManyRequests"), { "Retry-After": "0" })
        : json(res, 201, responseExample("create")),
    );
    const message = await messagesOn(server).create({ body: "Ahoy" });
    expect(message.sid).toBe(responseExample("create").sid);
    expect(server.received).toHaveLength(2);
    expect(server.received[1]?.body).toBe(server.received[0]?.body);
  });

  it("429 with Retry-After as an HTTP date, then success", async () => {
    const server = await serve((_, res, n) =>
      n === 1
        ? json(res, 429, twilioError("TooManyRequests"), {
            "Retry-After": new Date(Date.now() + 10).toUTCString(),
          })
        : json(res, 200, responseExample("fetch")),
    );
    await messagesOn(server, { maxRetryDelay: 2000 })(MESSAGE_SID).fetch();
    expect(server.received).toHaveLength(2);
  });

  it("503 twice then success, on a read", async () => {
    const server = await serve((_, res, n) =>
      n <= 2 ? json(res, 503, twilioError("ServerError")) : json(res, 200, responseExample("fetch")),
    );
    const message = await messagesOn(server)(MESSAGE_SID).fetch();
    expect(message.sid).toBe(responseExample("fetch").sid);
    expect(server.received).toHaveLength(3);
  });

  it.each([500, 502, 503, 504])("%i on update and delete is retried too", async (status) => {
    const server = await serve((req, res, n) =>
      n % 2 === 1
        ? json(res, status, twilioError("ServerError"))
        : req.method === "DELETE"
          ? void res.writeHead(204).end()
          : json(res, 200, responseExample("update")),
    );
    await messagesOn(server)(MESSAGE_SID).update({ body: "edited" });
    expect(await messagesOn(server)(MESSAGE_SID).remove()).toBe(true);
    expect(server.received.map((r) => r.method)).toEqual(["POST", "POST", "DELETE", "DELETE"]);
  });

  it("500 on create: exactly one request, never a second post", async () => {
    const server = await serve((_, res) => json(res, 500, twilioError("ServerError")));
    const error = await fails(messagesOn(server).create({ body: "Ahoy" }));
    expect(error).toBeInstanceOf(RestException);
    expect(error.status).toBe(500);
    expect(server.received).toHaveLength(1);
  });

  it("500 on create is retried when the caller opts in with retryCreates", async () => {
    const server = await serve((_, res, n) =>
      n === 1 ? json(res, 500, twilioError("ServerError")) : json(res, 201, responseExample("create")),
    );
    await messagesOn(server, { retryCreates: true }).create({ body: "Ahoy" });
    expect(server.received).toHaveLength(2);
  });

  it("429 forever: gives up after maxRetries with the 429 error", async () => {
    const server = await serve((_, res) =>
      json(res, 429, twilioError("TooManyRequests"), { "Retry-After": "0" }),
    );
    const error = await fails(messagesOn(server, { maxRetries: 3 })(MESSAGE_SID).fetch());
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({ status: 429, code: twilioError("TooManyRequests").code });
    expect(server.received).toHaveLength(4);
  });

  it("a Retry-After of an hour fails at once instead of sleeping", async () => {
    const server = await serve((_, res) =>
      json(res, 429, twilioError("TooManyRequests"), { "Retry-After": "3600" }),
    );
    const error = await fails(messagesOn(server, { maxRetryDelay: 3000 }).create({ body: "Ahoy" }));
    expect(error).toBeInstanceOf(RestException);
    expect(error.status).toBe(429);
    expect(server.received).toHaveLength(1);
  });

  it.each([
    ["maxRetries: 0", { maxRetries: 0 }],
    ["autoRetry: false", { autoRetry: false }],
  ])("%s turns retries off", async (_, options) => {
    const server = await serve((_req, res) => json(res, 503, twilioError("ServerError")));
    await fails(messagesOn(server, options)(MESSAGE_SID).fetch());
    expect(server.received).toHaveLength(1);
  });

  it.each([
    [{ maxRetries: -1 }, /maxRetries must be a whole number/],
    [{ maxRetries: 1.5 }, /maxRetries must be a whole number/],
    [{ maxRetryDelay: -5 }, /maxRetryDelay must be a number/],
  ])("rejects the option %j", (options, message) => {
    expect(() => twilio(ACCOUNT_SID, AUTH_TOKEN, options)).toThrow(message);
  });
});

/**
 * A client whose fetch answers from `answers` in turn (the last one again once they run out), on
 * a fake clock: each attempt's time is recorded, so the waits between attempts are exact.
 */
async function attemptsOf(
  answers: ((url: string, init: RequestInit) => Response | Promise<Response>)[],
  options: TwilioOptions = {},
  run: (messages: ReturnType<typeof messagesOn>) => Promise<unknown> = (m) => m(MESSAGE_SID).fetch(),
) {
  vi.useFakeTimers();
  try {
    const at: number[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      at.push(Date.now());
      const respond = answers[Math.min(at.length, answers.length) - 1] as (typeof answers)[number];
      return respond(url, init);
    }) as typeof fetch;
    const start = Date.now();
    // The package's own retry defaults, unless the test gives others.
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      baseUrl: "http://api.test",
      fetch: fetchImpl,
      ...options,
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    const settled = run(messages).then(
      (value): { value?: unknown; error?: Json } => ({ value }),
      (error: unknown): { value?: unknown; error?: Json } => ({ error: error as Json }),
    );
    let settledAt = Number.NaN;
    void settled.then(() => {
      settledAt = Date.now();
    });
    await vi.runAllTimersAsync();
    const outcome = await settled;
    const waits = at.map((time, i) => time - (i === 0 ? start : (at[i - 1] as number)));
    return { ...outcome, waits: waits.slice(1), attempts: at.length, took: settledAt - start };
  } finally {
    vi.useRealTimers();
  }
}
const answer =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    status < 300
      ? Response.json(responseExample("fetch"), { status, headers })
      : Response.json(twilioError(status === 429 ? "TooManyRequests" : "ServerError"), { status, headers });

describe("how long a retry waits", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("a 429's Retry-After is waited out exactly, whatever the backoff would be", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const { waits, value } = await attemptsOf([answer(429, { "Retry-After": "2" }), answer(200)], {
      maxRetryDelay: 5000,
    });
    expect(value).toBeDefined();
    expect(waits).toEqual([2000]);
  });

  it("a Retry-After of 0 retries at once; an HTTP date waits until then", async () => {
    expect((await attemptsOf([answer(429, { "Retry-After": "0" }), answer(200)])).waits).toEqual([0]);
    const { waits } = await attemptsOf([
      () => answer(429, { "Retry-After": new Date(Date.now() + 1500).toUTCString() })(),
      answer(200),
    ]);
    // An HTTP date has whole seconds: the wait is up to the next second boundary after 1.5 s.
    expect(waits[0]).toBeGreaterThan(500);
    expect(waits[0]).toBeLessThanOrEqual(1500);
  });

  it("without Retry-After, the waits double from 250 ms, each between half and all of its ceiling", async () => {
    const options = { maxRetries: 4, maxRetryDelay: 10_000 };
    const failing = [answer(503), answer(503), answer(503), answer(503), answer(200)];
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect((await attemptsOf(failing, options)).waits).toEqual([125, 250, 500, 1000]);
    // The top of the jitter's range (Math.random stops short of 1).
    vi.spyOn(Math, "random").mockReturnValue(1);
    expect((await attemptsOf(failing, options)).waits).toEqual([250, 500, 1000, 2000]);
    // A 429 with no (or an unreadable) Retry-After backs off the same way.
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect((await attemptsOf([answer(429, { "Retry-After": "soon" }), answer(200)], options)).waits).toEqual([
      125,
    ]);
  });

  it("maxRetryDelay caps each wait", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    const failing = [answer(503), answer(503), answer(503), answer(503), answer(200)];
    const { waits } = await attemptsOf(failing, { maxRetries: 4, maxRetryDelay: 600 });
    expect(waits).toEqual([250, 500, 600, 600]);
  });

  it("a Retry-After at the cap is waited; one past it gives the 429 at once", async () => {
    const atCap = await attemptsOf([answer(429, { "Retry-After": "3" }), answer(200)], {
      maxRetryDelay: 3000,
    });
    expect(atCap.waits).toEqual([3000]);
    const past = await attemptsOf([answer(429, { "Retry-After": "4" }), answer(200)], {
      maxRetryDelay: 3000,
    });
    expect(past.attempts).toBe(1);
    expect(past.error).toBeInstanceOf(RestException);
    expect(past.error?.status).toBe(429);
  });

  it("a connection error on a read is retried after a backoff; on a create it is not retried", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const reset = () => Promise.reject(new TypeError("fetch failed"));
    const read = await attemptsOf([reset, answer(200)]);
    expect(read.waits).toEqual([125]);
    const create = await attemptsOf([reset, answer(201)], {}, (m) => m.create({ body: "Ahoy" }));
    expect(create.attempts).toBe(1);
    expect(create.error).toBeInstanceOf(ConnectionError);
  });

  it("a wait leaves no listener behind on the caller's signal", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const controller = new AbortController();
    const { value, waits } = await attemptsOf([answer(503), answer(503), answer(200)], {}, (m) =>
      m(MESSAGE_SID).fetch({ signal: controller.signal }),
    );
    expect(value).toBeDefined();
    expect(waits).toEqual([125, 250]);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("the page links of a walk are retried like any read", async () => {
    // The spec's newest-first example has a next page link; its fetch first meets a 503.
    const first = responseExample("list-desc");
    const pages = [
      () => Response.json(first),
      answer(503),
      () => Response.json({ ...first, meta: { ...first.meta, next_page_url: null } }),
    ];
    const { value, error, attempts } = await attemptsOf(pages, {}, async (m) => {
      const page = await m.page();
      return page.nextPage();
    });
    expect(error).toBeUndefined();
    expect(value).toBeDefined();
    expect(attempts).toBe(3);
  });
});

describe("debug logging", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });
  const path = `/v1/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}`;
  const logged = () => {
    const spy = vi.spyOn(console, "debug").mockImplementation(() => {});
    return () => spy.mock.calls.map((args) => args.join(" "));
  };

  it("is off by default: nothing is written, also when a call is retried or fails", async () => {
    vi.stubEnv("TWILIO_LOG_LEVEL", "");
    const lines = logged();
    await attemptsOf([answer(503), () => Promise.reject(new TypeError("fetch failed")), answer(200)]);
    expect(lines()).toEqual([]);
  });

  it("TWILIO_LOG_LEVEL=debug writes each attempt's method, path, status and timing, and each wait", async () => {
    vi.stubEnv("TWILIO_LOG_LEVEL", "debug");
    vi.spyOn(Math, "random").mockReturnValue(0);
    const lines = logged();
    await attemptsOf([answer(503), () => Promise.reject(new TypeError("fetch failed")), answer(200)]);
    expect(lines()).toEqual([
      `[${PACKAGE_NAME}] GET ${path} → 503 in 0 ms (attempt 1)`,
      `[${PACKAGE_NAME}] GET ${path}: retrying in 125 ms`,
      `[${PACKAGE_NAME}] GET ${path} → ConnectionError after 0 ms`,
      `[${PACKAGE_NAME}] GET ${path}: retrying in 250 ms`,
      `[${PACKAGE_NAME}] GET ${path} → 200 in 0 ms (attempt 3)`,
    ]);
  });

  it("the logLevel option wins over the environment, either way", async () => {
    vi.stubEnv("TWILIO_LOG_LEVEL", "debug");
    let lines = logged();
    await attemptsOf([answer(200)], { logLevel: "error" });
    expect(lines()).toEqual([]);
    vi.stubEnv("TWILIO_LOG_LEVEL", "");
    lines = logged();
    await attemptsOf([answer(200)], { logLevel: "debug" });
    expect(lines()).toEqual([`[${PACKAGE_NAME}] GET ${path} → 200 in 0 ms (attempt 1)`]);
  });
});

describe("what a failure says, and what caused it", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const path = `/v1/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}`;

  it("a connection error names its causes, three deep, with their codes; the fetch error is its cause", async () => {
    const deepest = new Error("four");
    const chain = new Error("one", {
      cause: new Error("two", { cause: new Error("three", { cause: deepest }) }),
    });
    const thrown = new TypeError("fetch failed", {
      cause: Object.assign(new Error("other side closed", { cause: chain }), { code: "UND_ERR_SOCKET" }),
    });
    const { error } = await attemptsOf([() => Promise.reject(thrown)], { maxRetries: 0 });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error?.message).toBe(
      `GET ${path} failed: fetch failed: other side closed (UND_ERR_SOCKET): one: two`,
    );
    expect(error?.cause).toBe(thrown);
    // A code that is no string is left out; something thrown that is no Error is said as it is.
    const odd = new TypeError("fetch failed", { cause: Object.assign(new Error("refused"), { code: 111 }) });
    expect((await attemptsOf([() => Promise.reject(odd)], { maxRetries: 0 })).error?.message).toBe(
      `GET ${path} failed: fetch failed: refused`,
    );
    expect((await attemptsOf([() => Promise.reject("boom")], { maxRetries: 0 })).error?.message).toBe(
      `GET ${path} failed: boom`,
    );
  });

  it("an abort and a timeout keep what caused them", async () => {
    const controller = new AbortController();
    controller.abort(new Error("the caller changed their mind"));
    const before = await attemptsOf([answer(200)], {}, (m) =>
      m(MESSAGE_SID).fetch({ signal: controller.signal }),
    );
    expect(before.error).toBeInstanceOf(AbortError);
    expect(before.error?.message).toBe(`GET ${path} was aborted by the caller`);
    expect(before.error?.cause).toBe(controller.signal.reason);
    expect(before.attempts).toBe(0);

    const late = new AbortController();
    const dropped = new DOMException("This operation was aborted", "AbortError");
    const during = await attemptsOf(
      [
        () => {
          late.abort();
          return Promise.reject(dropped);
        },
      ],
      {},
      (m) => m(MESSAGE_SID).fetch({ signal: late.signal }),
    );
    expect(during.error).toBeInstanceOf(AbortError);
    expect(during.error?.cause).toBe(dropped);

    const slow = (_: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener("abort", () => reject(dropped));
      });
    const timedOut = await attemptsOf([slow], { timeout: 1000 });
    expect(timedOut.error).toBeInstanceOf(TimeoutError);
    expect(timedOut.error?.message).toBe(`GET ${path} timed out after 1000 ms`);
    expect(timedOut.error?.cause).toBe(dropped);
    expect(timedOut.took).toBe(1000);
  });

  it("each attempt has the whole timeout: an earlier attempt's timer never cuts a later one short", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    // The second attempt starts 125 ms in and takes 950 ms of its 1000: it ends after the first
    // attempt's timer would have fired.
    const slowOk = (_: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => resolve(answer(200)()), 950);
        init.signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(new DOMException("This operation was aborted", "AbortError"));
        });
      });
    const { error, value, waits } = await attemptsOf([answer(503), slowOk], { timeout: 1000 });
    expect(error).toBeUndefined();
    expect(value).toBeDefined();
    expect(waits).toEqual([125]);
  });

  it("a signal aborted while an answer is read ends the call at once, without waiting to retry", async () => {
    const controller = new AbortController();
    const { error, took, attempts } = await attemptsOf(
      [
        () => {
          controller.abort();
          return answer(503)();
        },
      ],
      { maxRetryDelay: 5000 },
      (m) => m(MESSAGE_SID).fetch({ signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(error?.message).toBe(`GET ${path} was aborted by the caller`);
    expect(attempts).toBe(1);
    expect(took).toBe(0);
  });

  it.each([300, 399])("a %i with a Location is a redirect", async (status) => {
    const { error } = await attemptsOf([
      () => new Response(null, { status, headers: { location: "/elsewhere" } }),
    ]);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status, location: "http://api.test/elsewhere" });
  });

  it("a 400 or a 200 with a Location is no redirect", async () => {
    const bad = () => Response.json(twilioError("BadRequest"), { status: 400, headers: { location: "/x" } });
    expect((await attemptsOf([bad])).error).toBeInstanceOf(RestException);
    const ok = () => Response.json(responseExample("fetch"), { headers: { location: "/x" } });
    expect((await attemptsOf([ok])).error).toBeUndefined();
  });

  it("a browser's opaque redirect (status 0, no Location) is a RedirectError too", async () => {
    const opaque = () =>
      ({
        status: 0,
        type: "opaqueredirect",
        statusText: "",
        headers: new Headers(),
        text: async () => "",
      }) as Response;
    const { error, attempts } = await attemptsOf([opaque]);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 0, location: undefined });
    expect(attempts).toBe(1);
  });
});

describe("broken answers", () => {
  it("a connection reset on a read: retried, then ConnectionError", async () => {
    const resetting = await startResettingServer();
    const error = await fails(messagesOn(resetting)(MESSAGE_SID).fetch());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/GET \/v1\/Conversations\/.*\/Messages\/IM\w+ failed: fetch failed/);
    expect(resetting.connections()).toBe(3);
  });

  it("a connection reset on a create: one attempt, ConnectionError", async () => {
    const resetting = await startResettingServer();
    const error = await fails(messagesOn(resetting).create({ body: "Ahoy" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(resetting.connections()).toBe(1);
  });

  it("truncated JSON: InvalidResponseError, not retried", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(responseExample("fetch")).slice(0, 50));
    });
    const error = await fails(messagesOn(server)(MESSAGE_SID).fetch());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(server.received).toHaveLength(1);
  });

  it("an HTML 502 page: retried on a read, then RestException with a readable message", async () => {
    const server = await serve((_, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
      );
    });
    const error = await fails(messagesOn(server)(MESSAGE_SID).fetch());
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({ status: 502, code: undefined });
    expect(error.message).toBe("HTTP 502 Bad Gateway: 502 Bad Gateway 502 Bad Gateway nginx");
    expect(server.received).toHaveLength(3);
  });

  it.each([
    ["401", "Unauthorized"],
    ["404", "NotFound"],
  ])(
    "%s with Twilio's error body: RestException with status, code and moreInfo, not retried",
    async (status, name) => {
      const body = twilioError(name);
      const server = await serve((_, res) => json(res, Number(status), body));
      const error = await fails(messagesOn(server)(MESSAGE_SID).fetch());
      expect(error).toBeInstanceOf(RestException);
      expect(error).toMatchObject({
        status: Number(status),
        code: body.code,
        moreInfo: body.more_info,
        message: body.message,
      });
      expect(server.received).toHaveLength(1);
    },
  );
});

describe("redirects: never followed (Twilio's API does not redirect)", () => {
  const typedOn = (server: { url: string }) =>
    createConversationsClient({ username: ACCOUNT_SID, password: AUTH_TOKEN, baseUrl: server.url });

  it.each([301, 302, 303, 307, 308])(
    "a %i to another origin is a RedirectError naming it, and nothing reaches the other host",
    async (status) => {
      const elsewhere = await serve((_, res) => json(res, 200, responseExample("fetch")));
      const server = await serve((request, res) => {
        res.writeHead(status, { location: `${elsewhere.url}/stolen${request.url}` });
        res.end();
      });
      const facade = await fails(messagesOn(server)(MESSAGE_SID).fetch());
      expect(facade).toBeInstanceOf(RedirectError);
      expect(facade).toMatchObject({ status, location: expect.stringContaining(`${elsewhere.url}/stolen/`) });
      expect(facade.message).toMatch(
        new RegExp(`answered with a ${status} redirect to ${elsewhere.url}/stolen`),
      );
      const created = await fails(messagesOn(server).create({ body: "Ahoy" }));
      expect(created).toBeInstanceOf(RedirectError);
      const typed = await fails(
        typedOn(server).GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
          params: { path: { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID } },
        }),
      );
      expect(typed).toBeInstanceOf(RedirectError);
      expect(server.received).toHaveLength(3);
      expect(elsewhere.received).toHaveLength(0);
    },
  );

  it("a redirect on the same origin is not followed either, and not retried", async () => {
    const server = await serve((request, res) => {
      res.writeHead(302, { location: `${request.url}/` });
      res.end();
    });
    const error = await fails(messagesOn(server).list());
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.location).toBe(`${server.url}/v1/Conversations/${CONVERSATION_SID}/Messages/`);
    expect(server.received).toHaveLength(1);
  });

  it("a 304 with no Location is no redirect: a RestException", async () => {
    const server = await serve((_, res) => res.writeHead(304).end());
    expect(await fails(messagesOn(server)(MESSAGE_SID).fetch())).toBeInstanceOf(RestException);
  });
});

describe("success answers must have the shape the spec promises", () => {
  const typedFetch = (server: { url: string }) =>
    createConversationsClient({ username: ACCOUNT_SID, password: AUTH_TOKEN, baseUrl: server.url }).GET(
      "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
      { params: { path: { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID } } },
    );
  const required: string[] = spec.components.schemas.Message.required;

  it("200 {} is an InvalidResponseError naming every missing field, from either entry point", async () => {
    const server = await serve((_, res) => json(res, 200, {}));
    for (const error of [
      await fails(messagesOn(server)(MESSAGE_SID).fetch()),
      await fails(typedFetch(server)),
    ]) {
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect([...error.missing].sort()).toEqual([...required].sort());
      expect(error.message).toMatch(
        /FetchConversationMessage: HTTP 200 answer is not a Message as the spec promises: it lacks /,
      );
    }
    expect(server.received).toHaveLength(2);
  });

  it("a message missing one required field names that field", async () => {
    const { sid: _sid, ...withoutSid } = responseExample("fetch");
    const server = await serve((_, res) => json(res, 201, withoutSid));
    const error = await fails(messagesOn(server).create({ body: "Ahoy" }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.missing).toEqual(["sid"]);
    expect(error.message).toMatch(/lacks sid \(got \{/);
  });

  it("a page names what its meta or one of its messages lacks, nested fields included", async () => {
    const list = responseExample("list");
    const { page_size: _p, ...meta } = list.meta;
    const { links: _l, ...second } = list.messages[1];
    const third = { ...list.messages[2], delivery: { total: 1 } };
    const server = await serve((_, res) =>
      json(res, 200, { meta, messages: [list.messages[0], second, third] }),
    );
    const error = await fails(messagesOn(server).list());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.missing).toEqual([
      "meta.page_size",
      "messages[1].links",
      "messages[2].delivery.sent",
      "messages[2].delivery.delivered",
      "messages[2].delivery.read",
      "messages[2].delivery.failed",
      "messages[2].delivery.undelivered",
    ]);
  });

  it.each([
    ["an array", []],
    ["a string", "ok"],
    ["null", null],
  ])("a page that is %s, or whose messages are not an array, is refused", async (_, body) => {
    const server = await serve((_, res) => json(res, 200, body));
    expect((await fails(messagesOn(server).list())).missing).toEqual(["the answer (not an object)"]);
    const notArray = await serve((_, res) => json(res, 200, { ...responseExample("list"), messages: {} }));
    expect((await fails(messagesOn(notArray).list())).missing).toEqual(["messages (not an array)"]);
  });

  it("an empty 200 where a message is promised is refused, a 204 on delete is fine", async () => {
    const server = await serve((request, res) =>
      res.writeHead(request.method === "DELETE" ? 204 : 200).end(),
    );
    expect(await fails(messagesOn(server)(MESSAGE_SID).fetch())).toBeInstanceOf(InvalidResponseError);
    expect(await fails(typedFetch(server))).toBeInstanceOf(InvalidResponseError);
    expect(await messagesOn(server)(MESSAGE_SID).remove()).toBe(true);
  });

  it("a null in any field, even one the spec makes non-null, decodes to null: no throw, no Date of null", async () => {
    const wire = Object.fromEntries(Object.keys(responseExample("fetch")).map((name) => [name, null]));
    const server = await serve((_, res) => json(res, 200, wire));
    const message = await messagesOn(server)(MESSAGE_SID).fetch();
    const decoded = message.toJSON() as Record<string, unknown>;
    expect(Object.keys(decoded)).toHaveLength(Object.keys(wire).length);
    for (const [name, value] of Object.entries(decoded)) expect(value, name).toBeNull();
    expect(message.dateCreated).toBeNull();
  });
});

describe("timeouts and cancelling", () => {
  it("a fetch that throws becomes a ConnectionError", async () => {
    const error = await twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: async () => {
        throw new TypeError("fetch failed: ECONNRESET");
      },
    })
      .conversations.v1.conversations(CONVERSATION_SID)
      .messages(MESSAGE_SID)
      .fetch()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/GET \/v1\/Conversations\/.* failed: fetch failed: ECONNRESET/);
  });

  it("no answer within timeout is a TimeoutError saying so", async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { timeout: 50, fetch: never });
    const error = await client.conversations.v1
      .conversations(CONVERSATION_SID)
      .messages(MESSAGE_SID)
      .fetch()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 50 ms/);
  });

  it("a server that never answers: TimeoutError saying so, one attempt", async () => {
    const server = await serve(() => {});
    const error = await fails(messagesOn(server, { timeout: 150 })(MESSAGE_SID).fetch());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/GET \/v1\/Conversations\/.* timed out after 150 ms/);
    expect(server.received).toHaveLength(1);
  });

  it("a caller's AbortSignal cancels a call in flight: AbortError saying so", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const pending = fails(messagesOn(server).create({ body: "Ahoy", signal: controller.signal }));
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toMatch(/was aborted by the caller/);
  });

  it("an AbortSignal also cancels the wait before a retry", async () => {
    const server = await serve((_, res) =>
      json(res, 429, twilioError("TooManyRequests"), { "Retry-After": "2" }),
    );
    const controller = new AbortController();
    // Abort only once the 429 has been read, so the abort lands in the wait, not in the request.
    const abortAfterAnswer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const text = await response.text();
      setTimeout(() => controller.abort(), 20);
      return new Response(text, { status: response.status, headers: response.headers });
    };
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      baseUrl: server.url,
      maxRetryDelay: 5000,
      fetch: abortAfterAnswer,
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    const error = await fails(messages.list({ signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toMatch(/while waiting to retry/);
    expect(server.received).toHaveLength(1);
  });

  it.each([
    ["timed out", "{ timeout: 100 }", ""],
    ["aborted", "{}", "signal: AbortSignal.timeout(100)"],
  ])("a %s call leaves nothing that keeps the process alive", async (_, options, signal) => {
    const server = await serve(() => {});
    const script = `
      const { default: twilio } = await import(${JSON.stringify(bundle)});
      const client = twilio(${JSON.stringify(ACCOUNT_SID)}, "token", { baseUrl: ${JSON.stringify(server.url)}, ...${options} });
      await client.conversations.v1.conversations("${CONVERSATION_SID}").messages.create({ body: "x", ${signal} })
        .catch((e) => console.log(e.name));`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    const [code, signalName] = await once(child, "exit");
    clearTimeout(timer);
    expect(signalName, "the process had to be killed: something kept it alive").toBeNull();
    expect(code).toBe(0);
    expect(output.trim()).toBe(_ === "timed out" ? "TimeoutError" : "AbortError");
  });
});

/** A TCP server that accepts each connection and resets it at once. */
async function startResettingServer() {
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections++;
    socket.resetAndDestroy();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address() as { port: number };
  const handle = {
    url: `http://127.0.0.1:${address.port}`,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  servers.push(handle);
  return handle;
}
