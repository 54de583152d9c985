// The emulator behaves as the spec and Twilio do, seen through both entry points and raw requests.
// Every answer it gives, in every test here, is checked against the spec as it passes.
import { afterEach, describe, expect, it } from "vitest";
import {
  createEmulator,
  type Emulator,
  ValidationError as EmulatorValidationError,
} from "../../src/emulator/index.js";
import twilio, { createConversationsClient, RestException } from "../../src/index.js";
import { checkedFetch } from "../support/conformance";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import type { Json } from "../support/spec";

const AUTH = `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}`;
const FORM = "application/x-www-form-urlencoded";
const PAGE_SIZE = spec.components.parameters.PageSize.schema;
const BODY_BYTES: number = spec.components.schemas.MessageBody["x-max-bytes"];
const isSidOf = (name: string, value: unknown) =>
  new RegExp(spec.components.schemas[name].pattern).test(String(value));

let problems: string[] = [];
afterEach(() => {
  expect(problems, "answers that break the spec").toEqual([]);
});

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  const checked = checkedFetch(emulator);
  problems = checked.problems;
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { fetch: checked.fetch, maxRetries: 0 });
  const api = createConversationsClient({
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    fetch: checked.fetch,
  });
  const raw = (path: string, init: RequestInit = {}) =>
    checked.fetch(`https://conversations.twilio.com${path}`, {
      ...init,
      headers: { authorization: AUTH, ...(init.headers as Record<string, string>) },
    });
  return {
    emulator,
    client,
    api,
    raw,
    messages: (c = CONVERSATION_SID) => client.conversations.v1.conversations(c).messages,
  };
}

describe("messages", () => {
  it("a created message is the one fetched back, with an IM SID, index, dates and absolute URLs", async () => {
    const { messages } = setup();
    const created = await messages().create({ author: "smee", body: "Ahoy there!", attributes: '{"a":1}' });
    expect(isSidOf("MessageSid", created.sid)).toBe(true);
    expect(isSidOf("AccountSid", created.accountSid)).toBe(true);
    expect(created).toMatchObject({
      index: 0,
      author: "smee",
      body: "Ahoy there!",
      attributes: '{"a":1}',
      conversationSid: CONVERSATION_SID,
    });
    expect(created.dateCreated).toBeInstanceOf(Date);
    expect(Math.abs(created.dateCreated.getTime() - Date.now())).toBeLessThan(5_000);
    expect(created.dateUpdated).toBeNull();
    expect(created.url).toBe(
      `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages/${created.sid}`,
    );
    expect(Object.values(created.links).every((link) => String(link).startsWith(`${created.url}/`))).toBe(
      true,
    );
    const fetched = await messages()(created.sid).fetch();
    expect(fetched.toJSON()).toEqual(created.toJSON());
  });

  it("fills what a create leaves out with the spec's defaults: author, attributes; body null", async () => {
    const { messages, api } = setup();
    const created = await messages().create({ mediaSid: `ME${"1".repeat(32)}` });
    const defaults = spec.components.schemas.CreateMessageRequest.properties;
    expect(created.author).toBe(defaults.Author.default);
    expect(created.attributes).toBe(defaults.Attributes.default);
    expect(created.body).toBeNull();
    expect(created.participantSid).toBeNull();
    expect(created.media).toEqual([expect.objectContaining({ sid: `ME${"1".repeat(32)}` })]);
    const { data } = await api.POST("/v1/Conversations/{ConversationSid}/Messages", {
      params: { path: { ConversationSid: CONVERSATION_SID } },
      body: { Body: "hi", DateCreated: "2015-12-16T22:18:37Z" },
    });
    expect(data?.date_created).toBe("2015-12-16T22:18:37Z");
    expect(data?.index).toBe(1);
  });

  it("gives an author other than the system a participant, the same one each time", async () => {
    const { messages } = setup();
    const a = await messages().create({ author: "smee", body: "1" });
    const b = await messages().create({ author: "smee", body: "2" });
    const c = await messages().create({ author: "hook", body: "3" });
    expect(isSidOf("ParticipantSid", a.participantSid)).toBe(true);
    expect(b.participantSid).toBe(a.participantSid);
    expect(c.participantSid).not.toBe(a.participantSid);
  });

  it("indices only grow: a deleted message's index is never given again", async () => {
    const { messages } = setup();
    const first = await messages().create({ body: "a" });
    await messages()(first.sid).remove();
    const second = await messages().create({ body: "b" });
    expect([first.index, second.index]).toEqual([0, 1]);
  });

  it("update changes only what it is given, and sets dateUpdated", async () => {
    const { messages } = setup();
    const created = await messages().create({ author: "smee", body: "Ahoy", attributes: '{"x":1}' });
    const updated = await messages()(created.sid).update({ body: "Ahoy there" });
    expect(updated).toMatchObject({
      author: "smee",
      body: "Ahoy there",
      attributes: '{"x":1}',
      index: created.index,
    });
    expect(updated.dateUpdated).toBeInstanceOf(Date);
    expect(updated.dateCreated).toEqual(created.dateCreated);
    expect((await messages()(created.sid).fetch()).body).toBe("Ahoy there");
    const dated = await messages()(created.sid).update({ dateUpdated: "2020-01-01T00:00:00Z" });
    expect(dated.dateUpdated?.toISOString()).toBe("2020-01-01T00:00:00.000Z");
  });

  it("delete makes the message gone: 404 with Twilio's body after", async () => {
    const { messages } = setup();
    const created = await messages().create({ body: "bye" });
    expect(await messages()(created.sid).remove()).toBe(true);
    for (const call of [
      () => messages()(created.sid).fetch(),
      () => messages()(created.sid).remove(),
      () => messages()(created.sid).update({ body: "x" }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestException);
      expect(error).toMatchObject({
        status: 404,
        code: spec.components.responses.NotFound.content["application/json"].examples["not-found"].value.code,
      });
      expect((error as Error).message).toContain(created.sid);
    }
  });

  it("conversations exist on first use, by SID or by unique name (the same one either way)", async () => {
    const { messages } = setup();
    const byName = await messages("support-room").create({ body: "hello" });
    expect(isSidOf("ConversationSid", byName.conversationSid)).toBe(true);
    expect((await messages(byName.conversationSid).list()).map((m) => m.sid)).toEqual([byName.sid]);
    expect((await messages("support-room").list()).map((m) => m.sid)).toEqual([byName.sid]);
    expect(await messages("another-room").list()).toEqual([]);
  });

  it("the service family is its own: chatServiceSid, service URLs, separate conversations", async () => {
    const { client, messages } = setup();
    const inService = client.conversations.v1.services(SERVICE_SID).conversations(CONVERSATION_SID).messages;
    const created = await inService.create({ body: "in a service" });
    expect(created.chatServiceSid).toBe(SERVICE_SID);
    expect(created.url).toBe(
      `https://conversations.twilio.com/v1/Services/${SERVICE_SID}/Conversations/${CONVERSATION_SID}/Messages/${created.sid}`,
    );
    expect((await inService(created.sid).fetch()).chatServiceSid).toBe(SERVICE_SID);
    expect(await messages().list()).toEqual([]);
    const error = await client.conversations.v1
      .services("not-a-service")
      .conversations(CONVERSATION_SID)
      .messages.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ValidationError", field: "chatServiceSid" });
  });

  it("answers on the origin it was asked on", async () => {
    const { emulator } = setup();
    const response = await emulator.fetch(
      `http://localhost:9999/v1/Conversations/${CONVERSATION_SID}/Messages`,
      {
        method: "POST",
        headers: { authorization: AUTH, "content-type": FORM },
        body: "Body=hi",
      },
    );
    expect((await response.json()).url).toMatch(/^http:\/\/localhost:9999\/v1\/Conversations\//);
  });

  it("takes a Request object as fetch does", async () => {
    const { emulator } = setup();
    const request = new Request(
      `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages`,
      {
        method: "POST",
        headers: { authorization: AUTH, "content-type": FORM },
        body: "Body=from+a+Request",
      },
    );
    const response = await emulator.fetch(request);
    expect(response.status).toBe(201);
    expect((await response.json()).body).toBe("from a Request");
  });
});

describe("lists", () => {
  async function withMessages(n: number) {
    const context = setup();
    context.emulator.seed(
      CONVERSATION_SID,
      Array.from({ length: n }, (_, i) => ({ body: `m${i}` })),
    );
    return context;
  }

  it("honour Order by index, both ways", async () => {
    const { messages } = await withMessages(5);
    expect((await messages().list()).map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    expect((await messages().list({ order: "desc" })).map((m) => m.index)).toEqual([4, 3, 2, 1, 0]);
  });

  it("honour PageSize, default and maximum from the spec", async () => {
    const { messages, raw } = await withMessages(PAGE_SIZE.default + 3);
    const page = await messages().page({ pageSize: 2 });
    expect(page.instances).toHaveLength(2);
    expect(page.pageSize).toBe(2);
    const body = await (await raw(`/v1/Conversations/${CONVERSATION_SID}/Messages`)).json();
    expect(body.messages).toHaveLength(PAGE_SIZE.default);
    expect(body.meta.page_size).toBe(PAGE_SIZE.default);
    const tooBig = await raw(
      `/v1/Conversations/${CONVERSATION_SID}/Messages?PageSize=${PAGE_SIZE.maximum + 1}`,
    );
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).message).toMatch(/PageSize must be at most 1000/);
  });

  it("page with next_page_url (PageToken), visiting every message once, both orders", async () => {
    const { messages } = await withMessages(7);
    for (const order of ["asc", "desc"] as const) {
      const seen: number[] = [];
      let page = await messages().page({ pageSize: 3, order });
      for (;;) {
        seen.push(...page.instances.map((m) => m.index));
        const next = await page.nextPage();
        if (!next) break;
        expect(page.nextPageUrl).toMatch(/PageToken=PA/);
        page = next;
      }
      expect(seen).toEqual(order === "asc" ? [0, 1, 2, 3, 4, 5, 6] : [6, 5, 4, 3, 2, 1, 0]);
      const back = await page.previousPage();
      expect(back?.instances.map((m) => m.index)).toEqual(order === "asc" ? [3, 4, 5] : [3, 2, 1]);
    }
    expect((await messages().list({ pageSize: 2 })).map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("form meta as Twilio does: page, page_size, first, previous, own and next URLs", async () => {
    const { raw } = await withMessages(3);
    const base = `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages`;
    const first = await (
      await raw(`/v1/Conversations/${CONVERSATION_SID}/Messages?Order=desc&PageSize=2`)
    ).json();
    expect(first.meta).toEqual({
      page: 0,
      page_size: 2,
      first_page_url: `${base}?Order=desc&PageSize=2&Page=0`,
      previous_page_url: null,
      url: `${base}?Order=desc&PageSize=2&Page=0`,
      next_page_url: `${base}?Order=desc&PageSize=2&Page=1&PageToken=PA${first.messages[1].sid}`,
      key: "messages",
    });
    const second = await (
      await raw(new URL(first.meta.next_page_url).pathname + new URL(first.meta.next_page_url).search)
    ).json();
    expect(second.meta).toMatchObject({ page: 1, next_page_url: null, url: first.meta.next_page_url });
    expect(second.meta.previous_page_url).toBe(
      `${base}?Order=desc&PageSize=2&Page=0&PageToken=PB${second.messages[0].sid}`,
    );
    expect(second.messages.map((m: Json) => m.index)).toEqual([0]);
  });

  it("Page without a token counts pages of PageSize", async () => {
    const { raw } = await withMessages(5);
    const body = await (await raw(`/v1/Conversations/${CONVERSATION_SID}/Messages?PageSize=2&Page=2`)).json();
    expect(body.messages.map((m: Json) => m.index)).toEqual([4]);
    expect(body.meta.page).toBe(2);
  });
});

describe("requests are checked with the client's own validators", () => {
  it.each([
    [
      "a Sid that breaks its pattern",
      `/v1/Conversations/${CONVERSATION_SID}/Messages/IM${"z".repeat(32)}`,
      {},
      /Sid must match/,
    ],
    [
      "an Order outside its enum",
      `/v1/Conversations/${CONVERSATION_SID}/Messages?Order=newest`,
      {},
      /Order must be one of "asc", "desc"/,
    ],
    [
      "a PageSize of 0",
      `/v1/Conversations/${CONVERSATION_SID}/Messages?PageSize=0`,
      {},
      /PageSize must be at least 1/,
    ],
    [
      "a PageSize that is no number",
      `/v1/Conversations/${CONVERSATION_SID}/Messages?PageSize=ten`,
      {},
      /PageSize must be of type integer/,
    ],
    [
      "a Body one byte over its limit",
      `/v1/Conversations/${CONVERSATION_SID}/Messages`,
      {
        method: "POST",
        headers: { "content-type": FORM },
        body: new URLSearchParams({ Body: "x".repeat(BODY_BYTES + 1) }).toString(),
      },
      /Body must be at most 32768 bytes long/,
    ],
    [
      "Attributes that are not JSON",
      `/v1/Conversations/${CONVERSATION_SID}/Messages`,
      { method: "POST", headers: { "content-type": FORM }, body: "Attributes=%7Bnope" },
      /Attributes must be a string holding valid JSON/,
    ],
    [
      "a webhook header outside its enum",
      `/v1/Conversations/${CONVERSATION_SID}/Messages`,
      {
        method: "POST",
        headers: { "content-type": FORM, "x-twilio-webhook-enabled": "yes" },
        body: "Body=hi",
      },
      /X-Twilio-Webhook-Enabled must be one of/,
    ],
    [
      "a service that is no IS SID",
      `/v1/Services/IS${"z".repeat(32)}/Conversations/${CONVERSATION_SID}/Messages`,
      {},
      /ChatServiceSid must match/,
    ],
  ])("%s: 400 with Twilio's body naming the parameter", async (_, path, init, message) => {
    const { raw, emulator } = setup();
    const response = await raw(path, init as RequestInit);
    expect(response.status).toBe(400);
    const body = await response.json();
    const example =
      spec.components.responses.BadRequest.content["application/json"].examples["invalid-parameter"].value;
    expect(body).toMatchObject({ code: example.code, more_info: example.more_info, status: 400 });
    expect(body.message).toMatch(message);
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
  });

  it("a body exactly at its byte limit, in four-byte emoji, is taken", async () => {
    const { messages } = setup();
    const body = "🚢".repeat(BODY_BYTES / 4);
    expect((await messages().create({ body })).body).toBe(body);
  });

  it("unknown form fields and query parameters are ignored, as Twilio ignores them", async () => {
    const { raw } = setup();
    const response = await raw(`/v1/Conversations/${CONVERSATION_SID}/Messages?Foo=1`, {
      method: "POST",
      headers: { "content-type": FORM },
      body: "Body=hi&Bodyy=typo&Foo=bar",
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.body).toBe("hi");
    expect(body).not.toHaveProperty("Bodyy");
  });

  it("no credentials: 401 with code 20003; wrong ones when the emulator was given the right ones", async () => {
    const { emulator } = setup({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const url = `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages`;
    const example =
      spec.components.responses.Unauthorized.content["application/json"].examples.authenticate.value;
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer x" },
      { authorization: `Basic ${btoa(`${ACCOUNT_SID}:wrong`)}` },
    ];
    for (const headers of attempts) {
      const response = await emulator.fetch(url, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ...example, status: 401 });
    }
    expect((await emulator.fetch(url, { headers: { authorization: AUTH } })).status).toBe(200);
  });
});

describe("bad input: a Twilio-shaped answer each time, and the emulator keeps serving", () => {
  it.each([
    [
      "a JSON body instead of a form",
      { method: "POST", headers: { "content-type": "application/json" }, body: '{"Body":"hi"}' },
      400,
    ],
    [
      "a malformed form body",
      { method: "POST", headers: { "content-type": FORM }, body: "Body=%E0%A4%A&=&&=x" },
      201,
    ],
    ["a wrong method", { method: "PUT" }, 405],
    [
      "a body of 2 MB",
      { method: "POST", headers: { "content-type": FORM }, body: `Body=${"x".repeat(2 * 1024 * 1024)}` },
      400,
    ],
  ])("%s", async (_, init, status) => {
    const { raw, messages } = setup();
    const response = await raw(`/v1/Conversations/${CONVERSATION_SID}/Messages`, init as RequestInit);
    expect(response.status).toBe(status);
    if (status < 400) expect((await response.json()).sid).toEqual(expect.any(String));
    else
      expect(await response.json()).toMatchObject({
        status,
        code: expect.any(Number),
        message: expect.any(String),
        more_info: expect.any(String),
      });
    expect((await messages().create({ body: "still serving" })).body).toBe("still serving");
  });

  it("a path outside the API: 404 with Twilio's body", async () => {
    const { raw } = setup();
    for (const path of [
      "/",
      "/v1/Conversations",
      "/v2/Conversations/CH1/Messages",
      `/v1/Conversations/${CONVERSATION_SID}/Messages/`,
    ]) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect((await response.json()).message).toContain(path);
    }
  });

  it("1,000 concurrent creates in one conversation get unique, increasing indices", async () => {
    const { messages } = setup();
    const created = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => messages().create({ body: `m${i}` })),
    );
    const indices = created.map((m) => m.index);
    expect(new Set(indices).size).toBe(1000);
    expect([...indices].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(new Set(created.map((m) => m.sid)).size).toBe(1000);
  });
});

describe("seed, inspection and reset", () => {
  let emulator: Emulator;
  it("seed adds messages as creates would, checked as the client checks them", async () => {
    ({ emulator } = setup());
    const seeded = emulator.seed("room", [
      { author: "a", body: "one", dateCreated: new Date("2020-01-01T00:00:00Z") },
      { body: "two" },
    ]);
    expect(seeded.map((m) => m.index)).toEqual([0, 1]);
    expect(seeded[0]).toMatchObject({ author: "a", body: "one", date_created: "2020-01-01T00:00:00Z" });
    expect(emulator.messages("room")).toEqual(seeded);
    // @ts-expect-error: a seed message takes the create fields only (here at run time too)
    expect(() => emulator.seed("room", [{ bodyy: "typo" }])).toThrow(EmulatorValidationError);
    expect(() => emulator.seed("room", [{ attributes: "{nope" }])).toThrow(
      /attributes must be a string holding valid JSON/,
    );
    expect(() => emulator.seed("room", [{ body: "x" }], { service: "nope" })).toThrow(/service must be/);
    const inService = emulator.seed("room", [{ body: "s" }], { service: SERVICE_SID });
    expect(inService[0]?.chat_service_sid).toBe(SERVICE_SID);
    expect(emulator.messages("room")).toHaveLength(2);
  });

  it("requests records each request's operation, parameters and headers, credentials masked", async () => {
    const { messages, emulator: e } = setup();
    await messages().create({ body: "hi", xTwilioWebhookEnabled: "false" });
    await messages().list({ pageSize: 5, order: "desc" });
    const [create, list] = e.requests;
    expect(create).toMatchObject({
      operation: "CreateConversationMessage",
      action: "create",
      method: "POST",
      status: 201,
      params: {
        path: { ConversationSid: CONVERSATION_SID },
        header: { "X-Twilio-Webhook-Enabled": "false" },
        body: { Body: "hi" },
      },
    });
    expect(create?.headers.authorization).toBe("Basic ***");
    expect(JSON.stringify(e.requests)).not.toContain(btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`));
    expect(list?.params.query).toEqual({ PageSize: 5, Order: "desc" });
  });

  it("reset forgets messages, requests and faults", async () => {
    const { messages, emulator: e } = setup();
    await messages().create({ body: "hi" });
    e.failNext({ status: 500 });
    e.reset();
    expect(e.requests).toEqual([]);
    expect(e.messages(CONVERSATION_SID)).toEqual([]);
    expect(await messages().list()).toEqual([]);
  });
});

describe("the emulator's own API, at its edges", () => {
  const base = `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages`;
  const post = (e: Emulator, body: BodyInit, init: RequestInit = {}) =>
    e.fetch(base, {
      method: "POST",
      body,
      ...init,
      headers: { authorization: AUTH, "content-type": FORM, ...(init.headers as object) },
    });

  it("failNext needs a status, a delay or reset", () => {
    const e = createEmulator();
    for (const fault of [{}, { delay: 0 }, { reset: false }, { operation: "create" as const, times: 2 }]) {
      expect(() => e.failNext(fault as never)).toThrow(
        "failNext: give a status, a delay (of more than 0 ms) or reset: true",
      );
    }
  });

  it("seed says which field is unknown, which rule a value breaks, and what a service must be", () => {
    const e = createEmulator();
    expect(() => e.seed("room", [{ bodyy: "typo" } as never])).toThrow(
      /^seed: bodyy is not a field of a new message \(.*\bbody\b.*\)$/,
    );
    expect(() => e.seed("room", [{ attributes: "{nope" }])).toThrow(
      'seed: attributes must be a string holding valid JSON (got "{nope")',
    );
    expect(() => e.seed("room", [{ body: "x" }], { service: "nope" })).toThrow(
      'seed: service must be a Conversation Service SID (got "nope")',
    );
    expect(() => e.messages("room", { service: "nope" })).toThrow(
      'messages: service must be a Conversation Service SID (got "nope")',
    );
    // Where takes a service and nothing else: a misspelt one is not the default family.
    expect(() => e.seed("room", [], { serviceSid: "ISx" } as never)).toThrow(
      "seed: serviceSid is not an option; the options are service",
    );
    expect(() => e.messages("room", "IS0" as never)).toThrow(
      "messages: where must be an object (got string)",
    );
  });

  it("takes its clock and account from the options", async () => {
    const e = createEmulator({ accountSid: ACCOUNT_SID, now: () => new Date("2020-02-03T04:05:06Z") });
    const [seeded] = e.seed("room", [{ body: "x" }]);
    expect(seeded).toMatchObject({ account_sid: ACCOUNT_SID, date_created: "2020-02-03T04:05:06Z" });
  });

  it("reads a body given as a string, as form data, or in a Request", async () => {
    const e = createEmulator();
    expect((await post(e, "Body=one")).status).toBe(201);
    expect((await post(e, new URLSearchParams({ Body: "two" }))).status).toBe(201);
    const request = new Request(base, {
      method: "POST",
      body: "Body=three",
      headers: { authorization: AUTH, "content-type": FORM },
    });
    expect((await e.fetch(request)).status).toBe(201);
    expect(e.messages(CONVERSATION_SID).map((m) => m.body)).toEqual(["one", "two", "three"]);
  });

  it("counts a body's size in bytes, not characters", async () => {
    const e = createEmulator({ maxBodyBytes: 20 });
    // 18 characters, 31 bytes: over the limit.
    expect((await post(e, `Body=${"é".repeat(13)}`)).status).toBe(400);
    // 11 characters, 17 bytes: under the limit, although 11 characters could be 33 bytes.
    expect((await post(e, `Body=${"é".repeat(6)}`)).status).toBe(201);
  });

  it("a body stream is read up to the limit and no further: an endless one gets its 400 at once", async () => {
    const e = createEmulator({ maxBodyBytes: 20 });
    let pulled = 0;
    const endless = new ReadableStream({
      pull(controller) {
        pulled += 8;
        controller.enqueue(new TextEncoder().encode("Body=xxx"));
      },
    });
    const over = await post(e, endless, { duplex: "half" } as RequestInit);
    expect(over.status).toBe(400);
    expect((await over.json()).message).toMatch(/the request body is larger than 20 bytes$/);
    // The chunk that crossed the limit, and what the stream had queued before it was cancelled.
    expect(pulled).toBeLessThan(64);
    expect(e.requests.at(-1)?.status).toBe(400);
    // A stream within the limit is read whole, in a Request too.
    const within = new Request(base, {
      method: "POST",
      body: new Blob(["Body=", "fits"]).stream(),
      headers: { authorization: AUTH, "content-type": FORM },
      duplex: "half",
    } as RequestInit);
    expect((await e.fetch(within)).status).toBe(201);
    expect(e.messages(CONVERSATION_SID).map((m) => m.body)).toEqual(["fits"]);
  });

  it("a fetch with an aborted signal rejects with its reason, sending nothing", async () => {
    const e = createEmulator();
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(post(e, "Body=x", { signal: controller.signal })).rejects.toThrow("stop");
    const request = new Request(base, { method: "POST", body: "Body=x", signal: controller.signal });
    await expect(e.fetch(request)).rejects.toThrow("stop");
    expect(e.requests).toEqual([]);
  });
});
