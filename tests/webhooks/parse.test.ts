// parseWebhook: a webhook Request, signed as Twilio signs it (twilio-node's own signature here),
// read into its typed event; every example of every event in the spec, by POST and by GET. A
// missing or wrong signature is a WebhookSignatureError; an event the spec does not describe, or
// one that breaks its rules, a ValidationError naming the field; options as every other call has them.

import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ConfigurationError,
  ConversationsError,
  parseWebhook,
  ValidationError,
  type WebhookPayload,
  WebhookSignatureError,
} from "../../src/index.js";
import { AUTH_TOKEN, spec } from "../support/fixtures";
import type { Json } from "../support/spec";
import twilioNode from "../support/twilio-node";

const URL_SIGNED = "https://bot.example.com/twilio/hooks?room=support";
const HEADER: string = (Object.values(spec.components.securitySchemes) as Json[]).find(
  (s) => s["x-signature"],
).name;

const examples = Object.entries(spec.webhooks as Record<string, Json>).flatMap(([event, item]) =>
  Object.entries(
    (item.post ?? item.get).requestBody.content["application/x-www-form-urlencoded"].examples,
  ).map(([name, example]) => ({ event, name, value: (example as Json).value as Record<string, unknown> })),
);
const asForm = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
const sign = (url: string, params: Record<string, string>, token = AUTH_TOKEN) =>
  twilioNode.getExpectedTwilioSignature(token, url, params);

/** A POST webhook, signed by twilio-node for `signedUrl`, delivered to `url`. */
function post(
  form: Record<string, string>,
  options: { url?: string; signedUrl?: string; signature?: string } = {},
) {
  const url = options.url ?? URL_SIGNED;
  const signature = options.signature ?? sign(options.signedUrl ?? url, form);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (signature !== "") headers[HEADER] = signature;
  return new Request(url, { method: "POST", headers, body: new URLSearchParams(form) });
}

/** A GET webhook: the fields in the query string, the whole URL signed. */
function get(form: Record<string, string>) {
  const url = `${URL_SIGNED}&${new URLSearchParams(form)}`;
  return new Request(url, { headers: { [HEADER]: sign(url, {}) } });
}

/** The error a promise rejects with; one that resolves fails the test. */
async function rejection(run: () => Promise<unknown>): Promise<Json> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing thrown");
}

const [first] = examples as [(typeof examples)[number]];
const firstForm = asForm(first.value);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("parseWebhook reads every event of the spec", () => {
  it.each(examples.map((e) => [`${e.event} (${e.name})`, e] as const))(
    "%s, by POST and by GET",
    async (_, e) => {
      const form = asForm(e.value);
      expect(await parseWebhook(post(form), { authToken: AUTH_TOKEN })).toEqual(e.value);
      // A GET's fields share the query string with the URL's own (room=support): they come too.
      expect(await parseWebhook(get(form), { authToken: AUTH_TOKEN })).toEqual({
        ...e.value,
        room: "support",
      });
    },
  );

  it("keeps a field the spec does not describe, as text: Twilio may add fields", async () => {
    const form = { ...firstForm, WebhookSid: "WHx" };
    expect(await parseWebhook(post(form), { authToken: AUTH_TOKEN })).toMatchObject({ WebhookSid: "WHx" });
  });

  it("reads the auth token from TWILIO_AUTH_TOKEN, as twilio-node's webhook() does", async () => {
    vi.stubEnv("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    expect(await parseWebhook(post(firstForm))).toEqual(first.value);
  });

  it("checks the URL Twilio signed when it is given: behind a proxy, the request's own URL differs", async () => {
    const request = () =>
      post(firstForm, { url: "http://10.0.0.7:8080/hooks?room=support", signedUrl: URL_SIGNED });
    expect(await parseWebhook(request(), { authToken: AUTH_TOKEN, url: URL_SIGNED })).toEqual(first.value);
    const error = await rejection(() => parseWebhook(request(), { authToken: AUTH_TOKEN }));
    expect(error).toBeInstanceOf(WebhookSignatureError);
    expect(error.message).toMatch(/give the url option/);
  });

  it("types the event by its EventType", async () => {
    const event = await parseWebhook(post(firstForm), { authToken: AUTH_TOKEN });
    expectTypeOf(event).toEqualTypeOf<WebhookPayload>();
    if (event.EventType === "onDeliveryUpdated")
      expectTypeOf(event.Status).toEqualTypeOf<"sent" | "delivered" | "read" | "failed" | "undelivered">();
    if (event.EventType === "onMessageAdded") expectTypeOf(event.Index).toEqualTypeOf<number>();
  });
});

describe("parseWebhook refuses", () => {
  const signatureCases: [string, () => Request, string, "missing" | "mismatch"][] = [
    ["no signature header", () => post(firstForm, { signature: "" }), AUTH_TOKEN, "missing"],
    [
      "a forged signature",
      () => post(firstForm, { signature: `${sign(URL_SIGNED, firstForm).slice(0, -2)}x=` }),
      AUTH_TOKEN,
      "mismatch",
    ],
    [
      "a signature made with another token",
      () => post(firstForm, { signature: sign(URL_SIGNED, firstForm, "other") }),
      AUTH_TOKEN,
      "mismatch",
    ],
    [
      "a field changed after signing",
      () => post({ ...firstForm, Body: "Send money" }, { signature: sign(URL_SIGNED, firstForm) }),
      AUTH_TOKEN,
      "mismatch",
    ],
  ];
  it.each(signatureCases)("%s: a WebhookSignatureError", async (_, request, token, reason) => {
    const error = await rejection(() => parseWebhook(request(), { authToken: token }));
    expect(error).toBeInstanceOf(WebhookSignatureError);
    expect(error).toBeInstanceOf(ConversationsError);
    expect(error).toMatchObject({ name: "WebhookSignatureError", reason });
    expect(error.message).toContain(HEADER);
    expect(error.message).not.toContain(token);
  });

  const signed = (form: Record<string, string>) => post(form);
  const fieldCases: [string, Record<string, string>, string, string][] = [
    [
      "an event the spec does not describe",
      { ...firstForm, EventType: "onMessageSent" },
      "EventType",
      "enum",
    ],
    ["a required field missing", (({ AccountSid: _, ...rest }) => rest)(firstForm), "AccountSid", "required"],
    ["a malformed SID", { ...firstForm, ConversationSid: "CH1" }, "ConversationSid", "minLength"],
    ["attributes that are not JSON", { ...firstForm, Attributes: "{" }, "Attributes", "contentMediaType"],
  ];
  it.each(fieldCases)("%s: a ValidationError naming the field", async (_, form, field, rule) => {
    const error = await rejection(() => parseWebhook(signed(form), { authToken: AUTH_TOKEN }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(error.message).toContain(field);
  });

  it("a field the event has once, sent twice", async () => {
    const body = `${new URLSearchParams(firstForm)}&Author=other`;
    const params = Object.fromEntries(new URLSearchParams(firstForm));
    const request = new Request(URL_SIGNED, {
      method: "POST",
      headers: {
        [HEADER]: sign(URL_SIGNED, { ...params, Author: [params.Author as string, "other"] } as never),
      },
      body,
    });
    expect(await rejection(() => parseWebhook(request, { authToken: AUTH_TOKEN }))).toMatchObject({
      field: "Author",
      rule: "type",
    });
  });

  it("options it does not know, a token it cannot find, a request that is no Request", async () => {
    const unknown = await rejection(() =>
      parseWebhook(post(firstForm), { authToken: AUTH_TOKEN, token: "x" } as never),
    );
    expect(unknown).toMatchObject({ name: "ValidationError", field: "token", rule: "unknown" });
    vi.stubEnv("TWILIO_AUTH_TOKEN", "");
    const none = await rejection(() => parseWebhook(post(firstForm)));
    expect(none).toBeInstanceOf(ConfigurationError);
    expect(none.message).toMatch(/authToken.*TWILIO_AUTH_TOKEN/);
    const notRequest = await rejection(() =>
      parseWebhook({ url: URL_SIGNED } as never, { authToken: AUTH_TOKEN }),
    );
    expect(notRequest).toMatchObject({ field: "request", rule: "type" });
    const badUrl = await rejection(() =>
      parseWebhook(post(firstForm), { authToken: AUTH_TOKEN, url: 3 as never }),
    );
    expect(badUrl).toMatchObject({ field: "url", rule: "type" });
  });
});
