// The emulator's webhooks: which events fire (the header rule, filters, URLs), how they are sent
// (POST and GET, signed as twilio-node checks), what a pre-event's answer does (lets through,
// changes, refuses; a timeout proceeds), that post-events never change the REST answer, receive()
// and deliver(). Every event sent is held to the spec twice: the table's findEventViolation and
// Ajv on the event's component schema. Delivery is in-process, through webhookFetch, with no port.

import { afterEach, describe, expect, it, vi } from "vitest";
import { findEventViolation, typedFields, webhookTable } from "../../src/core/webhooks.js";
import {
  ConversationsError,
  createEmulator,
  type EmulatorOptions,
  ValidationError,
  WEBHOOK_AUTH_TOKEN,
  type WebhookCall,
  WebhookRejectedError,
} from "../../src/emulator/index.js";
import { signature } from "../../src/generated/webhooks.js";
import { validateRequest } from "../../src/webhooks/signature.js";
import { schemaErrors } from "../support/contract";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import { thrownBy } from "../support/thrown";
import twilio from "../support/twilio-node";

const PRE = "https://hooks.example.com/pre?app=1";
const POST = "https://hooks.example.com/post";
const AUTH = `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}`;
const EVENTS = Object.keys(webhookTable);
const MESSAGES = `/v1/Conversations/${CONVERSATION_SID}/Messages`;

/** A webhook receiver as a fetch: every request it got, and what it answers (by default a 200). */
function receiver(answer: (request: Request) => Response | Promise<Response> = () => new Response(null)) {
  const received: Request[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    received.push(request.clone());
    return answer(request);
  }) as typeof globalThis.fetch;
  return { received, fetch };
}

function emulatorWith(options: EmulatorOptions = {}, answer?: Parameters<typeof receiver>[0]) {
  const hooks = receiver(answer);
  const emulator = createEmulator({
    webhooks: { preWebhookUrl: PRE, postWebhookUrl: POST },
    webhookFetch: hooks.fetch,
    ...options,
  });
  /** A REST request to the emulator, form-encoded, with the webhook header unless told otherwise. */
  const rest = (method: string, path: string, form: Record<string, string> = {}, enabled = "true") =>
    emulator.fetch(`https://conversations.twilio.com${path}`, {
      method,
      headers: {
        authorization: AUTH,
        "content-type": "application/x-www-form-urlencoded",
        ...(enabled === "" ? {} : { "x-twilio-webhook-enabled": enabled }),
      },
      body: method === "POST" ? new URLSearchParams(form).toString() : undefined,
    });
  return { emulator, hooks, rest };
}

/** A call's fields hold to the spec: the generated table's rules, and Ajv on its component schema. */
function expectValid(call: WebhookCall) {
  const entry = webhookTable[call.event];
  expect(findEventViolation(entry, typedFields(entry, call.params)), call.event).toBeUndefined();
  const name = `${call.event.charAt(0).toUpperCase()}${call.event.slice(1)}Event`;
  expect(schemaErrors(spec.components.schemas[name], typedFields(entry, call.params)), name).toEqual([]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("which events fire", () => {
  it("a REST write fires its events only with X-Twilio-Webhook-Enabled: true", async () => {
    const { emulator, rest } = emulatorWith();
    for (const enabled of ["", "false"])
      expect((await rest("POST", MESSAGES, { Body: "quiet" }, enabled)).status).toBe(201);
    await emulator.webhooks.settled();
    expect(emulator.webhooks).toHaveLength(0);
    expect((await rest("POST", MESSAGES, { Body: "loud" })).status).toBe(201);
    await emulator.webhooks.settled();
    expect(emulator.webhooks.map((c) => [c.event, c.phase, c.status])).toEqual([
      ["onMessageAdd", "pre", 200],
      ["onMessageAdded", "post", 200],
    ]);
  });

  it("only the events in filters fire; an event whose phase has no URL does not", async () => {
    const filtered = emulatorWith({
      webhooks: { preWebhookUrl: PRE, postWebhookUrl: POST, filters: ["onMessageAdded"] },
    });
    await filtered.rest("POST", MESSAGES, { Body: "x" });
    await filtered.emulator.webhooks.settled();
    expect(filtered.emulator.webhooks.map((c) => c.event)).toEqual(["onMessageAdded"]);

    const postOnly = emulatorWith({ webhooks: { postWebhookUrl: POST } });
    await postOnly.rest("POST", MESSAGES, { Body: "x" });
    await postOnly.emulator.webhooks.settled();
    expect(postOnly.emulator.webhooks.map((c) => [c.event, c.url])).toEqual([["onMessageAdded", POST]]);

    const none = createEmulator();
    expect(none.webhooks).toHaveLength(0);
  });

  it("update and delete fire theirs, each payload as the spec has it; reset() forgets them", async () => {
    const now = new Date("2026-01-02T03:04:05Z");
    const { emulator, rest } = emulatorWith({ now: () => now });
    const made = await (
      await rest("POST", MESSAGES, {
        Body: "first",
        Attributes: '{"a":1}',
        MediaSid: "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      })
    ).json();
    await rest("POST", `${MESSAGES}/${made.sid}`, { Body: "second" });
    expect((await rest("DELETE", `${MESSAGES}/${made.sid}`)).status).toBe(204);
    const calls = await emulator.webhooks.settled();
    expect(calls.map((c) => c.event)).toEqual([
      "onMessageAdd",
      "onMessageAdded",
      "onMessageUpdate",
      "onMessageUpdated",
      "onMessageRemove",
      "onMessageRemoved",
    ]);
    for (const call of calls) expectValid(call);
    const [add, added, update, updated, , removed] = calls as WebhookCall[];
    // The message to be has no SID, index or dates.
    expect(add?.params).not.toHaveProperty("MessageSid");
    expect(add?.params).not.toHaveProperty("Index");
    expect(added?.params).toMatchObject({ MessageSid: made.sid, Index: "0", Source: "API", RetryCount: "0" });
    expect(added?.params.AccountSid).toBe(ACCOUNT_SID);
    expect(JSON.parse(added?.params.Media as string)).toEqual([
      {
        Sid: "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        Size: 0,
        ContentType: "application/octet-stream",
        Filename: null,
      },
    ]);
    // The pre-event has the message as it is; the post-event as it now is.
    expect([update?.params.Body, updated?.params.Body]).toEqual(["first", "second"]);
    expect(removed?.params.DateRemoved).toBe("2026-01-02T03:04:05Z");
    expect(added?.params).not.toHaveProperty("ChatServiceSid");
    emulator.reset();
    expect(emulator.webhooks).toHaveLength(0);
  });

  it("in a Conversation Service, the events name it", async () => {
    const { emulator, rest } = emulatorWith();
    await rest("POST", `/v1/Services/${SERVICE_SID}/Conversations/${CONVERSATION_SID}/Messages`, {
      Body: "x",
    });
    for (const call of await emulator.webhooks.settled()) {
      expect(call.params.ChatServiceSid).toBe(SERVICE_SID);
      expectValid(call);
    }
  });
});

describe("how events are sent", () => {
  it("POST: a signed form, with Twilio's headers, that both twilio-node and this package accept", async () => {
    const { emulator, hooks, rest } = emulatorWith({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    await rest("POST", MESSAGES, { Body: "signed" });
    await emulator.webhooks.settled();
    expect(hooks.received).toHaveLength(2);
    const tokens = new Set<string>();
    for (const request of hooks.received) {
      expect(request.method).toBe("POST");
      expect(request.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
      expect(request.headers.get("user-agent")).toBe("TwilioProxy/1.1");
      tokens.add(request.headers.get("i-twilio-idempotency-token") as string);
      const params = Object.fromEntries(new URLSearchParams(await request.text()));
      const sig = request.headers.get(signature.header) as string;
      expect(twilio.validateRequest(AUTH_TOKEN, sig, request.url, params)).toBe(true);
      expect(validateRequest(AUTH_TOKEN, sig, request.url, params)).toBe(true);
      expect(validateRequest("another-token", sig, request.url, params)).toBe(false);
    }
    expect([...tokens].every((t) => /^[0-9a-f-]{36}$/.test(t))).toBe(true);
    expect(tokens.size).toBe(2);
  });

  it("GET: the fields in the query string, the signature over that URL alone; the default token signs", async () => {
    const { emulator, hooks, rest } = emulatorWith({ webhooks: { preWebhookUrl: PRE, method: "GET" } });
    await rest("POST", MESSAGES, { Body: "by GET" });
    await emulator.webhooks.settled();
    const [request] = hooks.received as [Request];
    expect(request.method).toBe("GET");
    const url = new URL(request.url);
    expect(url.searchParams.get("app")).toBe("1");
    expect(url.searchParams.get("Body")).toBe("by GET");
    expect(emulator.webhooks[0]?.url).toBe(request.url);
    const sig = request.headers.get(signature.header) as string;
    expect(twilio.validateRequest(WEBHOOK_AUTH_TOKEN, sig, request.url, {})).toBe(true);
    expect(validateRequest(WEBHOOK_AUTH_TOKEN, sig, request.url, {})).toBe(true);
  });
});

describe("pre-events", () => {
  it("a non-2xx refuses the action: nothing stored, no post-event, the spec's rejected answer", async () => {
    const { emulator, rest } = emulatorWith({}, () => new Response("no", { status: 403 }));
    const answer = await rest("POST", MESSAGES, { Body: "refused" });
    const rejected = webhookTable.onMessageAdd.rejectedAnswer;
    expect(answer.status).toBe(rejected?.status);
    expect(await answer.json()).toEqual({ ...rejected });
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
    await emulator.webhooks.settled();
    expect(emulator.webhooks.map((c) => [c.event, c.status])).toEqual([["onMessageAdd", 403]]);
  });

  it("a refused update or delete changes nothing", async () => {
    const { emulator, rest } = emulatorWith(
      { webhooks: { preWebhookUrl: PRE, filters: ["onMessageUpdate", "onMessageRemove"] } },
      () => new Response(null, { status: 500 }),
    );
    const [seeded] = emulator.seed(CONVERSATION_SID, [{ body: "kept" }]);
    expect((await rest("POST", `${MESSAGES}/${seeded?.sid}`, { Body: "changed" })).status).toBe(422);
    expect((await rest("DELETE", `${MESSAGES}/${seeded?.sid}`)).status).toBe(422);
    expect(emulator.messages(CONVERSATION_SID).map((m) => m.body)).toEqual(["kept"]);
  });

  it("a fetch that fails refuses too (the emulator's rule), and says why", async () => {
    const { emulator, rest } = emulatorWith({}, () => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
    });
    expect((await rest("POST", MESSAGES, { Body: "x" })).status).toBe(422);
    expect(emulator.webhooks[0]?.error).toBe("fetch failed: connect ECONNREFUSED");
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
  });

  it("a 2xx JSON answer changes body, author and attributes before the message is stored", async () => {
    const { emulator, rest } = emulatorWith({}, (request) =>
      new URL(request.url).pathname === "/pre"
        ? Response.json({ body: "[redacted]", author: "moderator", attributes: '{"checked":true}', other: 1 })
        : new Response(null),
    );
    const made = await (await rest("POST", MESSAGES, { Body: "a rude word" })).json();
    expect([made.body, made.author, made.attributes]).toEqual([
      "[redacted]",
      "moderator",
      '{"checked":true}',
    ]);
    expect(made.participant_sid).toMatch(/^MB/);
    const calls = await emulator.webhooks.settled();
    expect(calls[1]?.params.Body).toBe("[redacted]");
    const updated = await (await rest("POST", `${MESSAGES}/${made.sid}`, { Body: "again" })).json();
    expect(updated.body).toBe("[redacted]");
  });

  it("an empty or non-JSON 2xx answer changes nothing", async () => {
    for (const body of ["", "ok", "[1]"]) {
      const { rest } = emulatorWith({}, () => new Response(body));
      expect((await (await rest("POST", MESSAGES, { Body: "as sent" })).json()).body).toBe("as sent");
    }
  });

  it("a change the answer's schema refuses is a 400 naming it, and nothing is stored", async () => {
    const { emulator, rest } = emulatorWith({}, () => Response.json({ attributes: "not json" }));
    const answer = await rest("POST", MESSAGES, { Body: "x" });
    expect(answer.status).toBe(400);
    expect((await answer.json()).message).toMatch(/attributes/);
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
  });

  it("no answer within the timeout: the action proceeds unchanged (no real wait)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { emulator, rest } = emulatorWith(
      { webhooks: { preWebhookUrl: PRE } },
      () => new Promise<Response>(() => {}),
    );
    const pending = rest("POST", MESSAGES, { Body: "late" });
    await vi.advanceTimersByTimeAsync((webhookTable.onMessageAdd.timeoutMs as number) - 1);
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const answer = await pending;
    expect(answer.status).toBe(201);
    expect((await answer.json()).body).toBe("late");
    expect(emulator.webhooks[0]?.timedOut).toBe(true);
    expect(emulator.webhooks[0]?.status).toBeUndefined();
  });
});

describe("post-events", () => {
  it.each([
    ["a 500", () => new Response(null, { status: 500 })],
    [
      "a thrown error",
      () => {
        throw new TypeError("fetch failed");
      },
    ],
  ])("%s changes no REST answer", async (_, answer) => {
    const { emulator, rest } = emulatorWith({ webhooks: { postWebhookUrl: POST } }, answer);
    const made = await rest("POST", MESSAGES, { Body: "x" });
    expect(made.status).toBe(201);
    const calls = await emulator.webhooks.settled();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.status === 500 || calls[0]?.error === "fetch failed").toBe(true);
  });

  it("the REST answer does not wait for them; settled() does, past a timeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { emulator, rest } = emulatorWith(
      { webhooks: { postWebhookUrl: POST } },
      () => new Promise<Response>(() => {}),
    );
    expect((await rest("POST", MESSAGES, { Body: "x" })).status).toBe(201);
    expect(emulator.webhooks[0]?.status).toBeUndefined();
    expect(emulator.webhooks[0]?.durationMs).toBeUndefined();
    const settled = emulator.webhooks.settled();
    await vi.advanceTimersByTimeAsync(webhookTable.onMessageAdded.timeoutMs as number);
    expect((await settled)[0]).toMatchObject({ timedOut: true });
  });
});

describe("receive()", () => {
  it.each(["SMS", "WhatsApp", "SDK"])(
    "a %s message fires the add events whatever the header",
    async (source) => {
      const { emulator } = emulatorWith();
      const message = await emulator.receive(CONVERSATION_SID, {
        author: "+15555550100",
        body: "hi",
        source,
      });
      expect(emulator.messages(CONVERSATION_SID)).toEqual([message]);
      const calls = await emulator.webhooks.settled();
      expect(calls.map((c) => [c.event, c.params.Source])).toEqual([
        ["onMessageAdd", source],
        ["onMessageAdded", source],
      ]);
      expect(calls[1]?.params.MessageSid).toBe(message.sid);
      expect(calls[0]?.params.ClientIdentity).toBe(source === "SDK" ? "+15555550100" : undefined);
      for (const call of calls) expectValid(call);
    },
  );

  it("in a service; rejects, adding nothing, when the pre-event refuses", async () => {
    const { emulator } = emulatorWith({}, () => new Response(null, { status: 403 }));
    const refused = await emulator
      .receive(CONVERSATION_SID, { author: "a", body: "b", source: "SMS" }, { service: SERVICE_SID })
      .catch((e: Error) => e);
    expect(refused).toBeInstanceOf(WebhookRejectedError);
    expect(refused).toBeInstanceOf(ConversationsError);
    expect((refused as WebhookRejectedError).status).toBe(webhookTable.onMessageAdd.rejectedAnswer?.status);
    expect((refused as Error).message).toMatch(/onMessageAdd webhook .* rejected the action: answered 403/);
    expect(emulator.messages(CONVERSATION_SID, { service: SERVICE_SID })).toEqual([]);
  });

  it.each([
    [{ author: "a", body: "b" }, "source"],
    [{ body: "b", source: "SMS" }, "author"],
    [{ author: "a", source: "SMS", attributes: "{" }, "attributes"],
    [{ author: "a", source: "SMS", colour: "red" }, "colour"],
  ])("refuses %j naming %s", async (message, field) => {
    const { emulator } = emulatorWith();
    // biome-ignore lint/suspicious/noExplicitAny: bad input on purpose
    const error = await emulator.receive(CONVERSATION_SID, message as any).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });
});

describe("deliver()", () => {
  it("fires onDeliveryUpdated in the background, made then updated, and stays synchronous", async () => {
    const { emulator } = emulatorWith();
    const [message] = emulator.seed(CONVERSATION_SID, [{ body: "x" }]);
    const receipt = emulator.deliver(CONVERSATION_SID, message?.sid as string, { status: "sent" });
    emulator.deliver(CONVERSATION_SID, message?.sid as string, {
      participantSid: receipt.participant_sid,
      status: "read",
    });
    const calls = await emulator.webhooks.settled();
    expect(calls.map((c) => [c.event, c.params.Status])).toEqual([
      ["onDeliveryUpdated", "sent"],
      ["onDeliveryUpdated", "read"],
    ]);
    expect(calls[0]?.params).toMatchObject({ DeliveryReceiptSid: receipt.sid, MessageSid: message?.sid });
    for (const call of calls) expectValid(call);
  });
});

describe("the options", () => {
  it.each([
    [{ webhooks: { preWebhookUrl: "/relative" } }, "webhooks.preWebhookUrl"],
    [{ webhooks: { postWebhookUrl: "ftp://x.example" } }, "webhooks.postWebhookUrl"],
    [{ webhooks: { method: "PUT" } }, "webhooks.method"],
    [{ webhooks: { filters: ["onMessageAdded", "onNothing"] } }, "webhooks.filters[1]"],
    [{ webhooks: { filters: "onMessageAdded" } }, "webhooks.filters"],
    [{ webhooks: { url: POST } }, "url"],
    [{ webhookFetch: "fetch" }, "webhookFetch"],
  ])("%j is refused, naming %s", (options, field) => {
    // biome-ignore lint/suspicious/noExplicitAny: bad options on purpose
    const error = thrownBy(() => createEmulator(options as any));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    if (field.startsWith("webhooks.filters["))
      for (const event of EVENTS) expect((error as Error).message).toContain(event);
  });
});
