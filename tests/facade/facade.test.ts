// The twilio-compatible facade against the Prism mock of the spec, on both path families.
import { inspect } from "node:util";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createEmulator } from "../../src/emulator/index.js";
import twilio, { RestException, UnsupportedError, ValidationError } from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  prismUrl,
  RECEIPT_SID,
  recordingFetch,
  SERVICE_SID,
  spec,
  responseExample as specExample,
} from "../support/fixtures";
import type { Json } from "../support/spec";

// twilio-node's names for a message's fields (the list), each with its wire name.
const TWILIO_NODE_FIELDS = {
  sid: "sid",
  accountSid: "account_sid",
  conversationSid: "conversation_sid",
  body: "body",
  media: "media",
  author: "author",
  participantSid: "participant_sid",
  attributes: "attributes",
  dateCreated: "date_created",
  dateUpdated: "date_updated",
  index: "index",
  delivery: "delivery",
  url: "url",
  links: "links",
  contentSid: "content_sid",
} as const;

// twilio-node's service-scoped MessageInstance has one field more.
const TWILIO_NODE_SERVICE_FIELDS = { ...TWILIO_NODE_FIELDS, chatServiceSid: "chat_service_sid" } as const;

/** Asserts a decoded message holds the wire example's values under twilio-node's names. */
function expectDecodedAs(message: Json, wire: Json, names: Record<string, string> = TWILIO_NODE_FIELDS) {
  expect(Object.keys(message.toJSON()).sort()).toEqual(Object.keys(names).sort());
  for (const [name, wireName] of Object.entries(names)) {
    const value = wire[wireName];
    if (name === "dateCreated" || (name === "dateUpdated" && value !== null)) {
      expect(message[name], name).toBeInstanceOf(Date);
      expect(message[name].getTime(), name).toBe(Date.parse(value));
    } else {
      expect(message[name], name).toEqual(value);
    }
  }
}

// Each family with its own response examples (the service family's are named "service-…").
const families = [
  {
    family: "default",
    path: `/v1/Conversations/${CONVERSATION_SID}/Messages`,
    messages: (client: ReturnType<typeof twilio>) =>
      client.conversations.v1.conversations(CONVERSATION_SID).messages,
    exampleName: (name: string) => name,
    names: TWILIO_NODE_FIELDS as Record<string, string>,
  },
  {
    family: "service",
    path: `/v1/Services/${SERVICE_SID}/Conversations/${CONVERSATION_SID}/Messages`,
    messages: (client: ReturnType<typeof twilio>) =>
      client.conversations.v1.services(SERVICE_SID).conversations(CONVERSATION_SID).messages,
    exampleName: (name: string) => `service-${name}`,
    names: TWILIO_NODE_SERVICE_FIELDS as Record<string, string>,
  },
];

describe.each(families)("facade, $family family", ({ path, messages, exampleName, names }) => {
  const setup = (headers: Record<string, string> = {}) => {
    const recorder = recordingFetch(headers);
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: prismUrl(), fetch: recorder.fetch });
    return { list: messages(client), requests: recorder.requests };
  };
  const responseExample = (name: string) => specExample(exampleName(name));
  const expectDecoded = (message: Json, wire: Json) => expectDecodedAs(message, wire, names);

  it("create() sends camelCase params under their wire names and decodes the message", async () => {
    const { list, requests } = setup();
    const created = await list.create({
      author: "smee",
      body: "Ahoy there!",
      dateCreated: new Date("2015-12-16T22:18:37Z"),
      dateUpdated: "2015-12-16T22:18:38Z",
      attributes: '{"importance":"high"}',
      subject: "Ahoy",
      xTwilioWebhookEnabled: "true",
    });
    expectDecoded(created, responseExample("create"));
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url.pathname).toBe(path);
    expect(request?.headers.get("x-twilio-webhook-enabled")).toBe("true");
    expect(request?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      Author: "smee",
      Body: "Ahoy there!",
      DateCreated: "2015-12-16T22:18:37.000Z",
      DateUpdated: "2015-12-16T22:18:38Z",
      Attributes: '{"importance":"high"}',
      Subject: "Ahoy",
    });
  });

  it("create() takes the template fields too (mediaSid, contentSid, contentVariables)", async () => {
    const { list, requests } = setup();
    const full =
      spec.components.requestBodies.CreateMessage.content["application/x-www-form-urlencoded"].examples.full
        .value;
    await list.create({
      mediaSid: full.MediaSid,
      contentSid: full.ContentSid,
      contentVariables: full.ContentVariables,
    });
    expect(Object.fromEntries(new URLSearchParams(requests[0]?.body))).toEqual({
      MediaSid: full.MediaSid,
      ContentSid: full.ContentSid,
      ContentVariables: full.ContentVariables,
    });
  });

  it("messages(sid).fetch() decodes the message, nulls kept", async () => {
    const { list, requests } = setup();
    const message = await list(MESSAGE_SID).fetch();
    expectDecoded(message, responseExample("fetch"));
    expect(message.participantSid).toBeNull();
    expect(requests[0]?.url.pathname).toBe(`${path}/${MESSAGE_SID}`);
    expect(requests[0]?.method).toBe("GET");
  });

  it("messages.get(sid) is the same context as messages(sid)", async () => {
    const { list } = setup();
    expect((await list.get(MESSAGE_SID).fetch()).sid).toBe((await list(MESSAGE_SID).fetch()).sid);
  });

  it("messages(sid).update() sends the update fields and decodes the result", async () => {
    const { list, requests } = setup();
    const message = await list(MESSAGE_SID).update({
      author: "regretfulUser",
      body: "I take back what I said",
      xTwilioWebhookEnabled: "false",
    });
    expectDecoded(message, responseExample("update"));
    expect(requests[0]?.method).toBe("POST");
    expect(requests[0]?.headers.get("x-twilio-webhook-enabled")).toBe("false");
    expect(Object.fromEntries(new URLSearchParams(requests[0]?.body))).toEqual({
      Author: "regretfulUser",
      Body: "I take back what I said",
    });
  });

  it("messages(sid).remove() resolves true", async () => {
    const { list, requests } = setup();
    expect(await list(MESSAGE_SID).remove()).toBe(true);
    expect(await list(MESSAGE_SID).remove({ xTwilioWebhookEnabled: "true" })).toBe(true);
    expect(requests.map((r) => r.method)).toEqual(["DELETE", "DELETE"]);
    expect(requests[1]?.headers.get("x-twilio-webhook-enabled")).toBe("true");
  });

  it("an instance's own fetch(), update() and remove() act on that message", async () => {
    const { list, requests } = setup();
    const message = await list(MESSAGE_SID).fetch();
    await message.fetch();
    await message.update({ body: "edited" });
    expect(await message.remove()).toBe(true);
    const sid = message.sid;
    expect(requests.slice(1).map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      `GET ${path}/${sid}`,
      `POST ${path}/${sid}`,
      `DELETE ${path}/${sid}`,
    ]);
  });

  it("list() resolves an array honouring limit, pageSize and order", async () => {
    const { list, requests } = setup();
    const page = responseExample("list");
    const all = await list.list();
    expect(all.map((m) => m.sid)).toEqual(page.messages.map((m: Json) => m.sid));
    expectDecoded(all[0], page.messages[0]);
    const two = await list.list({ limit: 2, order: "desc" });
    expect(two).toHaveLength(2);
    expect(Object.fromEntries(requests[1]?.url.searchParams ?? [])).toEqual({ Order: "desc", PageSize: "2" });
    await list.list({ pageSize: 7, pageToken: "PAtoken" });
    expect(Object.fromEntries(requests[2]?.url.searchParams ?? [])).toEqual({
      PageSize: "7",
      PageToken: "PAtoken",
    });
  });

  it("list() can be walked with for await", async () => {
    const { list } = setup();
    const sids: string[] = [];
    for await (const message of list.list({ limit: 2 })) sids.push(message.sid);
    expect(sids).toEqual(
      responseExample("list")
        .messages.slice(0, 2)
        .map((m: Json) => m.sid),
    );
  });

  it("page() gives instances, page links, nextPage() and previousPage()", async () => {
    const { list, requests } = setup({ Prefer: `example=${exampleName("list-desc")}` });
    const wire = responseExample("list-desc");
    const page = await list.page({ order: "desc", pageSize: 1 });
    expect(page.instances.map((m) => m.sid)).toEqual(wire.messages.map((m: Json) => m.sid));
    expect(page.nextPageUrl).toBe(wire.meta.next_page_url);
    expect(page.previousPageUrl).toBeNull();
    expect(await page.previousPage()).toBeUndefined();
    const next = await page.nextPage();
    expect(next?.instances).toHaveLength(wire.messages.length);
    // The link points at Twilio; it is followed on the configured base URL, query kept.
    const followed = requests[1]?.url;
    expect(followed?.origin).toBe(new URL(prismUrl()).origin);
    expect(`${followed?.pathname}${followed?.search}`).toBe(
      new URL(wire.meta.next_page_url).pathname + new URL(wire.meta.next_page_url).search,
    );
  });

  it("each() calls back per message, then done, and returns a promise", async () => {
    const { list } = setup();
    const seen: string[] = [];
    let doneWith: unknown = "not called";
    await list.each({ limit: 3, done: (error?: unknown) => (doneWith = error) }, (m) => seen.push(m.sid));
    expect(seen).toEqual(responseExample("list").messages.map((m: Json) => m.sid));
    expect(doneWith).toBeUndefined();
  });

  it("each() stops when the callback calls done()", async () => {
    const { list } = setup();
    const seen: string[] = [];
    await list.each((m, done) => {
      seen.push(m.sid);
      done();
    });
    expect(seen).toHaveLength(1);
  });

  it("a documented error answer throws RestException with Twilio's fields", async () => {
    const { list } = setup({ Prefer: "code=404" });
    const error = await list(MESSAGE_SID)
      .fetch()
      .catch((e: unknown) => e);
    const body = spec.components.responses.NotFound.content["application/json"].examples["not-found"].value;
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({
      status: 404,
      code: body.code,
      moreInfo: body.more_info,
      message: body.message,
    });
  });

  it("an unknown option is a ValidationError naming it, and nothing is sent", async () => {
    const { list, requests } = setup();
    const error = await list.create({ bodyy: "typo" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("bodyy");
    expect((error as Error).message).toMatch(
      /bodyy is not an option of this call, which takes .*author, body/,
    );
    expect(requests).toHaveLength(0);
  });

  it("every method also takes a callback alone, as in twilio-node", async () => {
    const { list } = setup();
    const viaCallback = <T>(start: (callback: (error: unknown, result?: T) => void) => unknown) =>
      new Promise<T | undefined>((resolve, reject) => {
        start((error, result) => (error ? reject(error) : resolve(result)));
      });
    expect(await viaCallback<boolean>((cb) => list(MESSAGE_SID).remove(cb))).toBe(true);
    expect((await viaCallback<Json>((cb) => list(MESSAGE_SID).update(cb)))?.sid).toBe(
      responseExample("update").sid,
    );
    expect((await viaCallback<Json>((cb) => list.create(cb)))?.sid).toBe(responseExample("create").sid);
    expect(await viaCallback<Json[]>((cb) => list.list(cb))).toHaveLength(
      responseExample("list").messages.length,
    );
    expect((await viaCallback<Json>((cb) => list.page(cb)))?.instances).toHaveLength(
      responseExample("list").messages.length,
    );
    const message = await list(MESSAGE_SID).fetch();
    expect((await viaCallback<Json>((cb) => message.fetch(cb)))?.sid).toBe(message.sid);
  });

  it("each() hands the error given to done(error) on to opts.done", async () => {
    const { list } = setup();
    const stopWith = new Error("enough");
    const finished = await new Promise((resolve) => {
      list.each({ done: resolve }, (_message, done) => done(stopWith));
    });
    expect(finished).toBe(stopWith);
  });

  it("a failing call hands its error to the callback (no result) and rejects the promise too", async () => {
    const notFound =
      spec.components.responses.NotFound.content["application/json"].examples["not-found"].value;
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      baseUrl: prismUrl(),
      fetch: async () => Response.json(notFound, { status: 404 }),
    });
    const list = messages(client);
    const calls: [string, (cb: (error: unknown, result?: unknown) => void) => PromiseLike<unknown>][] = [
      ["create", (cb) => list.create({ body: "Ahoy" }, cb)],
      ["list", (cb) => list.list({}, cb)],
      ["page", (cb) => list.page({}, cb)],
      ["getPage", (cb) => list.getPage(`${prismUrl()}${path}`, cb)],
      ["fetch", (cb) => list(MESSAGE_SID).fetch(cb)],
      ["update", (cb) => list(MESSAGE_SID).update({ body: "edited" }, cb)],
      ["remove", (cb) => list(MESSAGE_SID).remove(cb)],
    ];
    for (const [name, start] of calls) {
      let handed: unknown[] | undefined;
      const rejected = await Promise.resolve(
        start((...args) => {
          handed = args;
        }),
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(rejected, name).toBeInstanceOf(RestException);
      expect(handed, name).toEqual([rejected]);
    }
  });

  it("a path parameter is not a call option: naming one is a ValidationError, and nothing is sent", async () => {
    const { list, requests } = setup();
    // The family's item path in the spec: its path parameters, at the path or the operation level.
    const template = Object.keys(spec.paths).find((t) =>
      new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(`${path}/${MESSAGE_SID}`),
    ) as string;
    const item = spec.paths[template];
    const pathOptions = [item, ...Object.values<Json>(item)]
      .flatMap((op: Json) => (Array.isArray(op?.parameters) ? op.parameters : []))
      .filter((p: Json) => p.in === "path")
      .map((p: Json) => p.name.charAt(0).toLowerCase() + p.name.slice(1));
    expect(pathOptions.length).toBeGreaterThan(0);
    for (const name of new Set(pathOptions)) {
      for (const attempt of [
        () => list.create({ body: "Ahoy", [name]: MESSAGE_SID } as never),
        () => list(MESSAGE_SID).update({ [name]: MESSAGE_SID } as never),
        () => list.list({ [name]: MESSAGE_SID } as never),
      ]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error, name).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).field).toBe(name);
        expect((error as Error).message).toContain(`${name} is not an option of this call`);
      }
    }
    expect(requests).toHaveLength(0);
  });

  it("callbacks work as in twilio-node", async () => {
    const { list } = setup();
    const sid = await new Promise((resolve, reject) =>
      list(MESSAGE_SID).fetch((error, message) => (error ? reject(error) : resolve(message?.sid))),
    );
    expect(sid).toBe(responseExample("fetch").sid);
  });
});

describe("outside the Message resource", () => {
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: "http://127.0.0.1:9" });
  it.each([
    ["client.messages", () => (client as Json).messages],
    ["client.api", () => (client as Json).api.v2010],
    ["client.conversations.v2", () => (client.conversations as Json).v2],
    ["client.conversations.v1.users", () => (client.conversations.v1 as Json).users],
    [
      "client.conversations.v1.conversations.create",
      () => (client.conversations.v1.conversations as Json).create,
    ],
    [
      "client.conversations.v1.conversations.list",
      () => (client.conversations.v1.conversations as Json).list,
    ],
    [
      "client.conversations.v1.conversations(sid).participants",
      () => (client.conversations.v1.conversations(CONVERSATION_SID) as Json).participants,
    ],
    [
      "client.conversations.v1.conversations(sid).fetch",
      () => (client.conversations.v1.conversations(CONVERSATION_SID) as Json).fetch,
    ],
    ["client.conversations.v1.services.create", () => (client.conversations.v1.services as Json).create],
    [
      "client.conversations.v1.conversations(sid).messages.deliveryReceipts",
      () => (client.conversations.v1.conversations(CONVERSATION_SID).messages as Json).deliveryReceipts,
    ],
    // The spec has no create, update or delete of a receipt.
    [
      "client.conversations.v1.conversations(sid).messages(sid).deliveryReceipts.create",
      () =>
        (
          client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID)
            .deliveryReceipts as Json
        ).create,
    ],
    [
      "client.conversations.v1.services(sid).conversations(sid).messages(sid).deliveryReceipts(sid).remove",
      () =>
        (
          client.conversations.v1
            .services(SERVICE_SID)
            .conversations(CONVERSATION_SID)
            .messages(MESSAGE_SID)
            .deliveryReceipts(RECEIPT_SID) as Json
        ).remove,
    ],
    [
      "client.conversations.v1.services(sid).conversations(sid).messages(sid).channelMetadata",
      () =>
        (
          client.conversations.v1
            .services(SERVICE_SID)
            .conversations(CONVERSATION_SID)
            .messages(MESSAGE_SID) as Json
        ).channelMetadata,
    ],
  ])("%s throws an UnsupportedError saying so", (name, read) => {
    expect(read).toThrow(UnsupportedError);
    expect(read).toThrow(/covers the Conversations Message resource and its delivery receipts only/);
    expect(read).toThrow(`${name} is not available`);
  });

  it("a message's deliveryReceipts() is its receipts list; its channelMetadata() throws an UnsupportedError", async () => {
    const fetched = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: async () => Response.json(specExample("fetch")),
    });
    const message = await fetched.conversations.v1
      .conversations(CONVERSATION_SID)
      .messages(MESSAGE_SID)
      .fetch();
    expect(message.deliveryReceipts().toJSON()).toEqual({
      ConversationSid: message.conversationSid,
      MessageSid: message.sid,
    });
    expect(() => message.channelMetadata()).toThrow(/message\.channelMetadata\(\) is not available/);
  });

  it("await, JSON and inspection of the client do not trip the guard", async () => {
    expect(await Promise.resolve(client.conversations.v1)).toBe(client.conversations.v1);
    expect(JSON.parse(JSON.stringify(client))).toEqual({
      accountSid: ACCOUNT_SID,
      conversations: { v1: {}, baseUrl: "http://127.0.0.1:9" },
    });
    expect(inspect(client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID))).toContain(
      MESSAGE_SID,
    );
  });
});

describe("facade types", () => {
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: "http://127.0.0.1:9" });
  const messages = client.conversations.v1.conversations(CONVERSATION_SID).messages;
  // Never called: each line is a type test checked by `tsc --noEmit`.
  const neverCalled = async () => {
    // @ts-expect-error: misspelt option
    await messages.create({ bodyy: "x" });
    // @ts-expect-error: wire names are not facade names
    await messages.create({ Body: "x" });
    // @ts-expect-error: mediaSid is only on create
    await messages("IM").update({ mediaSid: "ME" });
    // @ts-expect-error: order is asc or desc
    await messages.list({ order: "newest" });
    // @ts-expect-error: the webhook header is "true" or "false"
    await messages("IM").remove({ xTwilioWebhookEnabled: true });
  };

  it("map the spec's Message fields to twilio-node's names and types", async () => {
    expectTypeOf(neverCalled).toBeFunction();
    const message = await Promise.resolve({} as Awaited<ReturnType<typeof messages.create>>);
    expectTypeOf(message.dateCreated).toEqualTypeOf<Date>();
    expectTypeOf(message.dateUpdated).toEqualTypeOf<Date | null>();
    expectTypeOf(message.participantSid).toEqualTypeOf<string | null>();
    expectTypeOf(message.index).toEqualTypeOf<number>();
    expectTypeOf(message.contentSid).toEqualTypeOf<string | null>();
    expectTypeOf<Parameters<typeof messages.create>[0]>().toMatchTypeOf<
      { dateCreated?: Date | string; mediaSid?: string; xTwilioWebhookEnabled?: "true" | "false" } | undefined
    >();
    expectTypeOf(messages.list()).toMatchTypeOf<PromiseLike<(typeof message)[]>>();
    expectTypeOf(messages.list()).toMatchTypeOf<AsyncIterable<typeof message>>();
    // Only a service's messages carry chatServiceSid, as twilio-node's service MessageInstance.
    expectTypeOf(message).not.toHaveProperty("chatServiceSid");
  });

  it("give service messages chatServiceSid, on every call that returns them", async () => {
    const inService = client.conversations.v1.services(SERVICE_SID).conversations(CONVERSATION_SID).messages;
    const created = await Promise.resolve({} as Awaited<ReturnType<typeof inService.create>>);
    expectTypeOf(created.chatServiceSid).toEqualTypeOf<string>();
    const fetched = await Promise.resolve({} as Awaited<ReturnType<ReturnType<typeof inService>["fetch"]>>);
    expectTypeOf(fetched.chatServiceSid).toEqualTypeOf<string>();
    expectTypeOf(
      (await Promise.resolve({} as Awaited<ReturnType<typeof fetched.update>>)).chatServiceSid,
    ).toEqualTypeOf<string>();
    expectTypeOf(inService.list()).toMatchTypeOf<PromiseLike<{ chatServiceSid: string }[]>>();
    expectTypeOf<ReturnType<typeof created.toJSON>["chatServiceSid"]>().toEqualTypeOf<string>();
  });
});

describe("facade on the emulator: the less travelled paths", () => {
  function onEmulator() {
    const emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { fetch: emulator.fetch });
    return { emulator, messages: client.conversations.v1.conversations(CONVERSATION_SID).messages };
  }

  it("each() needs a callback, and says how to give one", async () => {
    const { messages, emulator } = onEmulator();
    await expect(messages.each({ limit: 1 })).rejects.toThrow(
      "each() needs a callback: each(opts, (message, done) => …); nothing was sent",
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it("each() without opts.done rejects with the error given to done(error); done() alone just stops", async () => {
    const { messages, emulator } = onEmulator();
    emulator.seed(CONVERSATION_SID, [{ body: "1" }, { body: "2" }, { body: "3" }]);
    const stopWith = new Error("enough");
    await expect(messages.each((_m, done) => done(stopWith))).rejects.toBe(stopWith);
    const seen: string[] = [];
    let finished: unknown = "not called";
    await messages.each({ done: (error?: unknown) => (finished = error) }, (m, done) => {
      seen.push(m.body as string);
      if (seen.length === 2) done();
    });
    expect(seen).toEqual(["1", "2"]);
    expect(finished).toBeUndefined();
  });

  it("list() hands the items, or the error, to a callback too", async () => {
    const { messages, emulator } = onEmulator();
    emulator.seed(CONVERSATION_SID, [{ body: "1" }]);
    const items = await new Promise((resolve) => messages.list((_e, got) => resolve(got)));
    expect((items as { body: string }[]).map((m) => m.body)).toEqual(["1"]);
    emulator.failNext({ status: 404 });
    const error = await new Promise((resolve) => messages.list({ limit: 1 }, (e) => resolve(e)));
    expect(error).toBeInstanceOf(RestException);
  });

  it("a limit does not override a page size the caller gave", async () => {
    const { messages, emulator } = onEmulator();
    await messages.list({ limit: 5, pageSize: 2 });
    expect(emulator.requests[0]?.params.query).toMatchObject({ PageSize: 2 });
  });

  it("getPage() refuses a link that is not a page of this list", async () => {
    const { messages, emulator } = onEmulator();
    const link = `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Participants?Page=1`;
    await expect(messages.getPage(link)).rejects.toThrow(
      `refusing to follow page link ${JSON.stringify(link)}: it is not a page of this list`,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it("a message updates and removes itself; a context says what it addresses", async () => {
    const { messages } = onEmulator();
    const created = await messages.create({ body: "Ahoy" });
    expect((await created.update({ body: "Ahoy!" })).body).toBe("Ahoy!");
    expect(await created.remove()).toBe(true);
    await expect(messages(created.sid).fetch()).rejects.toMatchObject({ status: 404 });
    expect(JSON.parse(JSON.stringify(messages(created.sid)))).toEqual({
      sid: created.sid,
      ConversationSid: CONVERSATION_SID,
    });
    expect(() => created.channelMetadata()).toThrow("message.channelMetadata() is not available");
  });
});
