// The credentials never show: not in error messages, fields, stacks, util.inspect or JSON of the
// clients or of any error, nor in debug output.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import twilio, { createConversationsClient } from "../../src/index.js";
import { CONVERSATION_SID, MESSAGE_SID, responseExample, spec } from "../support/fixtures";
import { json, startServer, type TestServer } from "../support/servers";
import type { Json } from "../support/spec";

const ACCOUNT = responseExample("create").account_sid;
const TOKEN = "leak-canary-auth-token-4f1e9a";
const API_KEY = `SK${"c".repeat(32)}`;
const API_SECRET = "leak-canary-api-secret-77b2d0";
const SECRETS = [
  TOKEN,
  API_SECRET,
  Buffer.from(`${ACCOUNT}:${TOKEN}`).toString("base64"),
  Buffer.from(`${API_KEY}:${API_SECRET}`).toString("base64"),
  "Basic ",
  "authorization",
];

/** Every way the package's objects can be shown. */
function renderings(value: unknown): string[] {
  const out = [
    inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
    inspect(value, { showProxy: true, depth: Number.POSITIVE_INFINITY }),
    String(value),
  ];
  try {
    out.push(JSON.stringify(value) ?? "");
  } catch (error) {
    out.push(String(error));
  }
  if (value instanceof Error) {
    out.push(value.message, value.stack ?? "", JSON.stringify(Object.entries(value)));
    let cause = (value as { cause?: unknown }).cause;
    while (cause) {
      out.push(
        inspect(cause, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
        String((cause as Error).stack),
      );
      cause = (cause as { cause?: unknown }).cause;
    }
  }
  return out;
}

function expectNoSecret(what: string, value: unknown) {
  for (const text of renderings(value)) {
    for (const secret of SECRETS) {
      expect(
        text.toLowerCase().includes(secret.toLowerCase()),
        `${what} shows ${JSON.stringify(secret)}`,
      ).toBe(false);
    }
  }
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    if (path.includes("/401"))
      return json(
        response,
        401,
        spec.components.responses.Unauthorized.content["application/json"].examples.authenticate.value,
      );
    if (path.endsWith("/Messages")) return json(response, 200, responseExample("list"));
    if (path.includes("IMbbbb")) return void response.destroy();
    if (path.includes("IMcccc")) return void response.writeHead(200).end("{ truncated");
    if (path.includes("IMdddd")) return; // never answers
    json(response, 200, responseExample("fetch"));
  });
});
afterAll(() => server.close());

const clients = () => {
  const options = { baseUrl: server.url, maxRetries: 0, timeout: 200 };
  return {
    byToken: twilio(ACCOUNT, TOKEN, options),
    byApiKey: twilio(API_KEY, API_SECRET, { ...options, accountSid: ACCOUNT }),
    typed: createConversationsClient({ username: ACCOUNT, password: TOKEN, ...options }),
  };
};

describe("no credential leaks", () => {
  it("the requests do carry them (the canaries are real)", async () => {
    await clients().byToken.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID).fetch();
    expect(server.received.at(-1)?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString("base64")}`,
    );
  });

  it("not in the clients, their resources, messages or pages", async () => {
    const { byToken, byApiKey, typed } = clients();
    for (const [name, client] of Object.entries({ byToken, byApiKey })) {
      const messages = client.conversations.v1.conversations(CONVERSATION_SID).messages;
      const message = await messages(MESSAGE_SID).fetch();
      const page = await messages.page();
      for (const [what, value] of Object.entries({
        client,
        v1: client.conversations.v1,
        messages,
        context: messages(MESSAGE_SID),
        message,
        page,
        list: messages.list(),
      })) {
        expectNoSecret(`${name} ${what}`, value);
      }
    }
    expectNoSecret("typed client", typed);
  });

  const sids = {
    reset: `IM${"b".repeat(32)}`,
    truncated: `IM${"c".repeat(32)}`,
    silent: `IM${"d".repeat(32)}`,
  };
  it.each([
    [
      "RestException (401)",
      (c: Json) => c.byToken.conversations.v1.conversations("401").messages(MESSAGE_SID).fetch(),
    ],
    [
      "RestException (401) via an API key",
      (c: Json) => c.byApiKey.conversations.v1.conversations("401").messages.list(),
    ],
    [
      "ConnectionError",
      (c: Json) => c.byToken.conversations.v1.conversations(CONVERSATION_SID).messages(sids.reset).fetch(),
    ],
    [
      "InvalidResponseError",
      (c: Json) =>
        c.byToken.conversations.v1.conversations(CONVERSATION_SID).messages(sids.truncated).fetch(),
    ],
    [
      "TimeoutError",
      (c: Json) => c.byToken.conversations.v1.conversations(CONVERSATION_SID).messages(sids.silent).fetch(),
    ],
    [
      "ValidationError",
      (c: Json) => c.byToken.conversations.v1.conversations(CONVERSATION_SID).messages.create({ body: 1 }),
    ],
    [
      "typed client ValidationError",
      (c: Json) =>
        c.typed.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
          params: { path: { ConversationSid: "x", Sid: "bad" } },
        }),
    ],
    [
      "typed client TimeoutError",
      (c: Json) =>
        c.typed.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
          params: { path: { ConversationSid: "x", Sid: sids.silent } },
        }),
    ],
    ["UnsupportedError", async (c: Json) => c.byToken.messages],
  ])("not in a %s", async (_, call) => {
    const error = await Promise.resolve()
      .then(() => call(clients()))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expectNoSecret("the error", error);
  });

  it("not in the credential errors of the constructors", () => {
    const error = (() => {
      try {
        twilio(API_KEY, API_SECRET);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expectNoSecret("the error", error);
    expect(() => twilio(ACCOUNT, TOKEN, { baseUrl: `http://${ACCOUNT}:${TOKEN}@127.0.0.1` })).toThrow(
      /must not hold credentials/,
    );
  });

  it("not in debug output, which is on with logLevel: debug", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "debug").mockImplementation((...args) => void lines.push(args.join(" ")));
    try {
      const client = twilio(ACCOUNT, TOKEN, { baseUrl: server.url, logLevel: "debug", maxRetries: 0 });
      await client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID).fetch();
      await client.conversations.v1
        .conversations("401")
        .messages(MESSAGE_SID)
        .fetch()
        .catch(() => {});
    } finally {
      spy.mockRestore();
    }
    expect(lines.join("\n")).toMatch(/GET \/v1\/Conversations\/.*\/Messages\/IM\w+ → 200/);
    expect(lines.join("\n")).toMatch(/→ 401/);
    expectNoSecret("debug output", lines.join("\n"));
  });
});
