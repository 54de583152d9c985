// openapi-fetch's middleware, the package's extension point: what a user registers sees every
// request of both entry points (the facade's and the typed client's, which share one pipeline),
// without the credentials, and may change a request or see an error.
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/emulator/index.js";
import twilio, { ConnectionError, createConversationsClient, type Middleware } from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID } from "../support/fixtures";

/** A middleware that records what it sees. */
function recorder() {
  const seen: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
    status?: number;
  }[] = [];
  const middleware: Middleware = {
    async onRequest({ request }) {
      seen.push({
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: await request.clone().text(),
      });
    },
    onResponse({ response }) {
      (seen.at(-1) as { status?: number }).status = response.status;
    },
  };
  return { seen, middleware };
}

describe("middleware", () => {
  it("sees the facade's create and the typed client's GET, each once, without the credentials", async () => {
    const emulator = createEmulator();
    const { seen, middleware } = recorder();
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: emulator.fetch,
      middleware: [middleware],
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    const created = await messages.create({ author: "smee", body: "Ahoy there!" });
    const typed = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      fetch: emulator.fetch,
    });
    typed.use(middleware);
    const { data } = await typed.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: { ConversationSid: CONVERSATION_SID, Sid: created.sid } },
    });
    expect(data?.body).toBe("Ahoy there!");
    expect(seen.map((s) => `${s.method} ${new URL(s.url).pathname} ${s.status}`)).toEqual([
      `POST /v1/Conversations/${CONVERSATION_SID}/Messages 201`,
      `GET /v1/Conversations/${CONVERSATION_SID}/Messages/${created.sid} 200`,
    ]);
    expect(Object.fromEntries(new URLSearchParams(seen[0]?.body))).toEqual({
      Author: "smee",
      Body: "Ahoy there!",
    });
    expect(seen[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    // The transport adds the credentials after every middleware: none of them sees the token.
    for (const request of seen) expect(request.headers.authorization).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`));
    // They were sent all the same.
    expect(emulator.requests.map((r) => r.status)).toEqual([201, 200]);
  });

  it("may put a request of its own in place (a real Request), which is sent with the credentials", async () => {
    const emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const tracing: Middleware = {
      onRequest({ request }) {
        const headers = new Headers(request.headers);
        headers.set("x-trace-id", "trace-1");
        return new Request(request.url, { method: request.method, headers });
      },
    };
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: emulator.fetch,
      middleware: [tracing],
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    expect(await messages.list()).toEqual([]);
    expect(emulator.requests[0]).toMatchObject({
      status: 200,
      headers: { "x-trace-id": "trace-1", authorization: "Basic ***" },
    });
  });

  it("sees a request that fails in onError, and can be ejected", async () => {
    const errors: unknown[] = [];
    const watcher: Middleware = {
      onError({ error }) {
        errors.push(error);
      },
    };
    const typed = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      maxRetries: 0,
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    typed.use(watcher);
    const list = () =>
      typed.GET("/v1/Conversations/{ConversationSid}/Messages", {
        params: { path: { ConversationSid: CONVERSATION_SID } },
      });
    await expect(list()).rejects.toThrow(ConnectionError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ConnectionError);
    typed.eject(watcher);
    await expect(list()).rejects.toThrow(ConnectionError);
    expect(errors).toHaveLength(1);
  });

  it("sees the request as a Request: its body as text, a real copy from clone(), the caller's signal", async () => {
    const emulator = createEmulator();
    const seen: { text: string; json: unknown; copy: Request; redirect: string; signal?: AbortSignal }[] = [];
    const reader: Middleware = {
      async onRequest({ request }) {
        seen.push({
          text: await request.text(),
          json: await request.json().catch((error: unknown) => error),
          copy: request.clone(),
          redirect: request.redirect,
          signal: request.signal,
        });
      },
    };
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: emulator.fetch,
      middleware: [reader],
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    const controller = new AbortController();
    const created = await messages.create({ author: "smee", body: "Ahoy", signal: controller.signal });
    await messages(created.sid).fetch();
    const [create, fetch] = seen as [(typeof seen)[0], (typeof seen)[0]];
    expect(create.text).toBe("Author=smee&Body=Ahoy");
    // A form is no JSON: json() rejects as a Request's would.
    expect(create.json).toBeInstanceOf(SyntaxError);
    // The pipeline's redirect policy: Twilio's API does not redirect.
    expect(create.redirect).toBe("manual");
    expect(create.copy).toBeInstanceOf(globalThis.Request);
    expect([create.copy.method, create.copy.url, await create.copy.text()]).toEqual([
      "POST",
      `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages`,
      "Author=smee&Body=Ahoy",
    ]);
    expect(create.copy.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(create.copy.signal.aborted).toBe(false);
    controller.abort();
    expect(create.copy.signal.aborted).toBe(true);
    expect(create.signal).toBe(controller.signal);
    expect(fetch.text).toBe("");
    expect(fetch.signal).toBeUndefined();
    expect([fetch.copy.method, await fetch.copy.text()]).toEqual(["GET", ""]);
  });

  it("a real Request put in place is sent as it is, body included, and retried as its method allows", async () => {
    const emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const copying: Middleware = {
      onRequest({ request }) {
        return request.clone();
      },
    };
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: emulator.fetch,
      middleware: [copying],
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    const created = await messages.create({ author: "smee", body: "Ahoy" });
    expect([created.author, created.body]).toEqual(["smee", "Ahoy"]);
    // A real POST is not sent twice after a 503 (it may have been posted); a real GET is.
    emulator.failNext({ status: 503 });
    await expect(messages.create({ body: "again" })).rejects.toMatchObject({ status: 503 });
    emulator.failNext({ status: 503 });
    expect((await messages(created.sid).fetch()).sid).toBe(created.sid);
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      "POST 201",
      "POST 503",
      "GET 503",
      "GET 200",
    ]);
  });

  it("may answer a request itself with a Response: nothing is sent, and the answer is decoded", async () => {
    const emulator = createEmulator();
    const seeded = emulator.seed(CONVERSATION_SID, [{ author: "smee", body: "cached" }]);
    const cached = await createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      fetch: emulator.fetch,
    }).GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: { ConversationSid: CONVERSATION_SID, Sid: seeded[0]?.sid as string } },
    });
    const cache: Middleware = {
      onRequest() {
        return Response.json(cached.data);
      },
    };
    const before = emulator.requests.length;
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: emulator.fetch,
      middleware: [cache],
    }).conversations.v1.conversations(CONVERSATION_SID).messages;
    const message = await messages(seeded[0]?.sid as string).fetch();
    expect([message.sid, message.body]).toEqual([seeded[0]?.sid, "cached"]);
    expect(emulator.requests.length).toBe(before);
  });
});
