// Bad input never reaches the wire: each row breaks one rule, must reject with a ValidationError
// naming the field (as the caller wrote it), the rule and the value, and the counting server must
// have received nothing. Valid edges must still go through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeFor } from "../../src/core/operations.js";
import { findViolation, validateRequest } from "../../src/core/validate.js";
import { MESSAGES as MESSAGE_RESOURCE } from "../../src/facade/names.js";
import twilio, { createConversationsClient, ValidationError } from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  responseExample,
  SERVICE_SID,
  spec,
} from "../support/fixtures";
import { json, startServer, type TestServer } from "../support/servers";
import type { Json } from "../support/spec";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.method === "DELETE") return void response.writeHead(204).end();
    const collection = new URL(request.url, "http://x").pathname.endsWith("/Messages");
    if (request.method === "POST") {
      return json(response, collection ? 201 : 200, responseExample(collection ? "create" : "update"));
    }
    json(response, 200, collection ? responseExample("list") : responseExample("fetch"));
  });
});
afterAll(() => server.close());

const facade = () => twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: server.url, maxRetries: 0 });
const typed = () =>
  createConversationsClient({ username: ACCOUNT_SID, password: AUTH_TOKEN, baseUrl: server.url });
const messages = (sid: unknown = CONVERSATION_SID) =>
  facade().conversations.v1.conversations(sid as string).messages;
const inService = (service: unknown) =>
  facade()
    .conversations.v1.services(service as string)
    .conversations(CONVERSATION_SID).messages;
// Limits and valid values from the spec; each bad value is a valid one broken in one way.
const FORM = "application/x-www-form-urlencoded";
const createField = (name: string) =>
  spec.components.requestBodies.CreateMessage.content[FORM].schema.properties[name];
const full = spec.components.requestBodies.CreateMessage.content[FORM].examples.full.value;
// Body and Attributes are limited in bytes of UTF-8 (x-max-bytes), Subject in characters.
const BODY_BYTES: number = createField("Body")["x-max-bytes"];
const ATTRIBUTES_BYTES: number = createField("Attributes")["x-max-bytes"];
const SUBJECT_MAX: number = createField("Subject").maxLength;
const PAGE_SIZE = spec.components.parameters.PageSize.schema;
/** A valid SID with its last character made non-hex: right length, wrong pattern. */
const broken = (sid: string) => `${sid.slice(0, -1)}z`;
const badSid = broken(MESSAGE_SID);
const long = (n: number) => "x".repeat(n);
/** A string holding JSON (a JSON string) of exactly `bytes` bytes of UTF-8, in four-byte emoji and ASCII. */
const jsonOfBytes = (bytes: number) => {
  const emoji = Math.floor((bytes - 2) / 4);
  return JSON.stringify("🚢".repeat(emoji) + "x".repeat(bytes - 2 - emoji * 4));
};
const conversation = { ConversationSid: CONVERSATION_SID };
const path = { ...conversation, Sid: MESSAGE_SID };
const MESSAGES = "/v1/Conversations/{ConversationSid}/Messages";
const MESSAGE = "/v1/Conversations/{ConversationSid}/Messages/{Sid}";

type Row = [label: string, call: () => PromiseLike<unknown>, field: string, rule: string];
const any = (value: unknown) => value as never;

const rows: Row[] = [
  // Path parameters
  ["Sid breaking its pattern", () => messages()(badSid).fetch(), "sid", "pattern"],
  [
    "Sid of another resource (a conversation's)",
    () => messages()(CONVERSATION_SID).fetch(),
    "sid",
    "pattern",
  ],
  ["Sid too short", () => messages()(MESSAGE_SID.slice(0, 5)).fetch(), "sid", "minLength"],
  ["Sid too long", () => messages()(`${MESSAGE_SID}a`).remove(), "sid", "maxLength"],
  ["Sid as a number", () => messages()(any(1234)).fetch(), "sid", "type"],
  ["Sid as an object", () => messages()(any({ sid: MESSAGE_SID })).update({}), "sid", "type"],
  ["Sid empty", () => messages()("").fetch(), "sid", "minLength"],
  ["ConversationSid empty", () => messages("").list(), "conversationSid", "path segment"],
  ["ConversationSid '.'", () => messages(".").create({ body: "x" }), "conversationSid", "path segment"],
  ["ConversationSid '..'", () => messages("..").list(), "conversationSid", "path segment"],
  ["ConversationSid as a number", () => messages(42).list(), "conversationSid", "type"],
  ["ConversationSid as an object", () => messages({}).create({}), "conversationSid", "type"],
  [
    "ChatServiceSid breaking its pattern",
    () => inService(broken(SERVICE_SID)).list(),
    "chatServiceSid",
    "pattern",
  ],
  [
    "ChatServiceSid too short",
    () => inService(SERVICE_SID.slice(0, 3)).create({ body: "x" }),
    "chatServiceSid",
    "minLength",
  ],
  ["ChatServiceSid as a number", () => inService(7)(MESSAGE_SID).fetch(), "chatServiceSid", "type"],
  // Query parameters and list options
  ["order outside its enum", () => messages().list({ order: any("newest") }), "order", "enum"],
  ["order as a number", () => messages().page({ order: any(1) }), "order", "type"],
  [
    "pageSize below its minimum",
    () => messages().list({ pageSize: PAGE_SIZE.minimum - 1 }),
    "pageSize",
    "minimum",
  ],
  [
    "pageSize above its maximum",
    () => messages().page({ pageSize: PAGE_SIZE.maximum + 1 }),
    "pageSize",
    "maximum",
  ],
  ["pageSize not whole", () => messages().list({ pageSize: 2.5 }), "pageSize", "type"],
  ["pageSize as a string", () => messages().list({ pageSize: any("10") }), "pageSize", "type"],
  ["pageNumber negative", () => messages().page({ pageNumber: -1 }), "pageNumber", "minimum"],
  ["pageNumber as a string", () => messages().page({ pageNumber: any("2") }), "pageNumber", "type"],
  ["pageToken as a number", () => messages().page({ pageToken: any(5) }), "pageToken", "type"],
  ["limit 0", () => messages().list({ limit: 0 }), "limit", "positive integer"],
  ["limit negative", () => messages().list({ limit: -3 }), "limit", "positive integer"],
  ["limit not whole", () => messages().list({ limit: 1.5 }), "limit", "positive integer"],
  ["limit as a string", () => messages().list({ limit: any("3") }), "limit", "positive integer"],
  ["limit NaN", () => messages().each({ limit: Number.NaN }, () => {}), "limit", "positive integer"],
  ["limit Infinity", () => messages().list({ limit: Number.POSITIVE_INFINITY }), "limit", "positive integer"],
  // Headers
  [
    "webhook header as a boolean",
    () => messages().create({ xTwilioWebhookEnabled: any(true) }),
    "xTwilioWebhookEnabled",
    "type",
  ],
  [
    "webhook header outside its enum",
    () => messages()(MESSAGE_SID).remove({ xTwilioWebhookEnabled: any("yes") }),
    "xTwilioWebhookEnabled",
    "enum",
  ],
  // Bodies
  [
    "body one byte over its limit",
    () => messages().create({ body: long(BODY_BYTES + 1) }),
    "body",
    "maxBytes",
  ],
  [
    "body of four-byte emoji, one byte over its limit",
    () => messages().create({ body: `${"🚢".repeat(BODY_BYTES / 4)}x` }),
    "body",
    "maxBytes",
  ],
  ["a 40,000-byte body", () => messages().create({ body: "é".repeat(20_000) }), "body", "maxBytes"],
  [
    "attributes one byte over their limit",
    () => messages()(MESSAGE_SID).update({ attributes: jsonOfBytes(ATTRIBUTES_BYTES + 1) }),
    "attributes",
    "maxBytes",
  ],
  ["body as a number", () => messages().create({ body: any(42) }), "body", "type"],
  ["body as an object", () => messages()(MESSAGE_SID).update({ body: any({ text: "hi" }) }), "body", "type"],
  ["body as an array", () => messages().create({ body: any(["a", "b"]) }), "body", "type"],
  [
    "subject one character too long",
    () => messages().create({ subject: long(SUBJECT_MAX + 1) }),
    "subject",
    "maxLength",
  ],
  ["author as a number", () => messages().create({ author: any(7) }), "author", "type"],
  ["author as null", () => messages().create({ author: any(null) }), "author", "type"],
  [
    "attributes not JSON",
    () => messages().create({ attributes: "{ importance: high" }),
    "attributes",
    "contentMediaType",
  ],
  [
    "attributes as an object",
    () => messages()(MESSAGE_SID).update({ attributes: any({ a: 1 }) }),
    "attributes",
    "type",
  ],
  [
    "contentVariables not JSON",
    () => messages().create({ contentVariables: "{'1':'x'}" }),
    "contentVariables",
    "contentMediaType",
  ],
  [
    "mediaSid breaking its pattern",
    () => messages().create({ mediaSid: broken(full.MediaSid) }),
    "mediaSid",
    "pattern",
  ],
  [
    "mediaSid too short",
    () => messages().create({ mediaSid: full.MediaSid.slice(0, 4) }),
    "mediaSid",
    "minLength",
  ],
  [
    "contentSid breaking its pattern",
    () => messages().create({ contentSid: broken(full.ContentSid) }),
    "contentSid",
    "pattern",
  ],
  [
    "dateCreated 30 February",
    () => messages().create({ dateCreated: "2015-02-30T10:00:00Z" }),
    "dateCreated",
    "format",
  ],
  [
    "dateCreated at 25 o'clock",
    () => messages().create({ dateCreated: "2015-02-10T25:00:00Z" }),
    "dateCreated",
    "format",
  ],
  [
    "dateCreated in words",
    () => messages()(MESSAGE_SID).update({ dateCreated: "yesterday" }),
    "dateCreated",
    "format",
  ],
  [
    "dateUpdated without a time",
    () => messages().create({ dateUpdated: "2015-12-16" }),
    "dateUpdated",
    "format",
  ],
  [
    "dateCreated an Invalid Date",
    () => messages().create({ dateCreated: new Date("nope") }),
    "dateCreated",
    "format",
  ],
  [
    "dateCreated as epoch milliseconds",
    () => messages().create({ dateCreated: any(1450304317000) }),
    "dateCreated",
    "type",
  ],
  ["a Date where a string belongs", () => messages().create({ body: any(new Date()) }), "body", "type"],
  ["an option the call does not take", () => messages().create(any({ bodyy: "typo" })), "bodyy", "unknown"],
  [
    "mediaSid on update",
    () => messages()(MESSAGE_SID).update(any({ mediaSid: full.MediaSid })),
    "mediaSid",
    "unknown",
  ],
  ["options that are not an object", () => messages().create(any("Ahoy")), "options", "type"],
  // The typed client checks the same rules, in wire names
  [
    "typed: Sid breaking its pattern",
    () => typed().GET(MESSAGE, { params: { path: { ...path, Sid: badSid } } }),
    "Sid",
    "pattern",
  ],
  [
    "typed: PageSize below its minimum",
    () =>
      typed().GET(MESSAGES, { params: { path: conversation, query: { PageSize: PAGE_SIZE.minimum - 1 } } }),
    "PageSize",
    "minimum",
  ],
  [
    "typed: Body one byte over its limit",
    () => typed().POST(MESSAGES, { params: { path: conversation }, body: { Body: long(BODY_BYTES + 1) } }),
    "Body",
    "maxBytes",
  ],
  [
    "typed: Attributes one byte over their limit",
    () =>
      typed().POST(MESSAGES, {
        params: { path: conversation },
        body: { Attributes: jsonOfBytes(ATTRIBUTES_BYTES + 1) },
      }),
    "Attributes",
    "maxBytes",
  ],
  [
    "typed: a body on an operation that takes none",
    () => typed().DELETE(MESSAGE, any({ params: { path }, body: { Anything: "x" } })),
    "body",
    "unknown",
  ],
  [
    "typed: a body that is not an object",
    () => typed().POST(MESSAGES, { params: { path: conversation }, body: any("Body=hi") }),
    "body",
    "type",
  ],
  [
    "typed: Attributes not JSON",
    () => typed().POST(MESSAGE, { params: { path }, body: { Attributes: "nope" } }),
    "Attributes",
    "contentMediaType",
  ],
  [
    "typed: misspelt body field",
    () => typed().POST(MESSAGES, { params: { path: conversation }, body: any({ Bodyy: "x" }) }),
    "Bodyy",
    "additionalProperties",
  ],
  [
    "typed: header outside its enum",
    () => typed().DELETE(MESSAGE, { params: { path, header: any({ "X-Twilio-Webhook-Enabled": "yes" }) } }),
    "X-Twilio-Webhook-Enabled",
    "enum",
  ],
  [
    "typed: a query parameter the operation lacks",
    () => typed().GET(MESSAGE, { params: { path, query: any({ PageSize: 5 }) } }),
    "PageSize",
    "unknown",
  ],
  [
    "typed: missing path parameter",
    () => typed().GET(MESSAGE, { params: { path: any({ ConversationSid: CONVERSATION_SID }) } }),
    "Sid",
    "required",
  ],
  [
    "typed: ConversationSid '..'",
    () => typed().GET(MESSAGES, { params: { path: { ConversationSid: ".." } } }),
    "ConversationSid",
    "path segment",
  ],
];

describe("bad input is refused before sending", () => {
  it("the table has at least 50 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
  });

  it.each(rows)("%s", async (_, call, field, rule) => {
    const before = server.received.length;
    const error: Json = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, "rejected with a ValidationError").toBeInstanceOf(ValidationError);
    expect({ field: error.field, rule: error.rule }).toEqual({ field, rule });
    expect(error.message).toContain(field);
    expect(error.message).toMatch(/\(got .+\); nothing was sent$/);
    expect(server.received.length, "requests that reached the server").toBe(before);
  });

  it("shortens a long offending value in the message", async () => {
    const error: Json = await messages()
      .create({ body: long(BODY_BYTES + 5000) })
      .catch((e: unknown) => e);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain("…");
  });
});

describe("each rule is said in words, with the spec's own limit", () => {
  const SID = spec.components.parameters.Sid.schema;
  const ORDER = spec.components.parameters.Order.schema;
  const dateWords = "must be a real RFC 3339 date-time such as 2015-12-16T22:18:37Z (or a valid Date)";
  const cases: [call: () => PromiseLike<unknown>, words: string][] = [
    [() => messages()(badSid).fetch(), `sid must match ${SID.pattern}`],
    [
      () => messages()(MESSAGE_SID.slice(0, 5)).fetch(),
      `sid must be at least ${SID.minLength} characters long`,
    ],
    [() => messages()(`${MESSAGE_SID}a`).fetch(), `sid must be at most ${SID.maxLength} characters long`],
    [
      () => messages().create({ subject: long(SUBJECT_MAX + 1) }),
      `subject must be at most ${SUBJECT_MAX} characters long`,
    ],
    [
      () => messages().create({ body: long(BODY_BYTES + 1) }),
      `body must be at most ${BODY_BYTES} bytes long in UTF-8`,
    ],
    [
      () => messages().list({ order: any("newest") }),
      `order must be one of ${ORDER.enum.map((v: string) => JSON.stringify(v)).join(", ")}`,
    ],
    [
      () => messages().list({ pageSize: PAGE_SIZE.minimum - 1 }),
      `pageSize must be at least ${PAGE_SIZE.minimum}`,
    ],
    [
      () => messages().list({ pageSize: PAGE_SIZE.maximum + 1 }),
      `pageSize must be at most ${PAGE_SIZE.maximum}`,
    ],
    [() => messages().list({ pageSize: 2.5 }), "pageSize must be of type integer"],
    [() => messages().create({ dateCreated: "2015-02-30T10:00:00Z" }), `dateCreated ${dateWords}`],
    [() => messages().create({ dateCreated: new Date(Number.NaN) }), "dateCreated must be a valid date"],
    [() => messages().create({ attributes: "{not json" }), "attributes must be a string holding valid JSON"],
    [
      () => typed().POST(MESSAGES, { params: { path: conversation }, body: any({ Bodyy: "x" }) }),
      "Bodyy is not a field of this request",
    ],
    [
      () => typed().GET(MESSAGE, { params: { path, query: any({ PageSize: 5 }) } }),
      "PageSize is not a query parameter of this operation",
    ],
    [() => typed().GET(MESSAGE, { params: { path: any(conversation) } }), "Sid is required"],
    [
      () => messages("..").list(),
      "conversationSid cannot be empty, '.' or '..': it would change the request path",
    ],
  ];
  it.each(cases.map(([call, words]) => [words, call] as const))("%s", async (words, call) => {
    const error: Json = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/^[A-Z]\w+: /);
    expect(error.message.slice(error.message.indexOf(": ") + 2)).toMatch(
      new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(got .+\\); nothing was sent$`),
    );
  });
});

describe("valid edges go through", () => {
  it.each([
    ["a body of exactly the maximum bytes, in ASCII", { body: long(BODY_BYTES) }],
    ["a body of exactly the maximum bytes, in four-byte emoji", { body: "🚢".repeat(BODY_BYTES / 4) }],
    ["a 30,000-character chat message", { body: long(30_000) }],
    ["attributes of exactly the maximum bytes", { attributes: jsonOfBytes(ATTRIBUTES_BYTES) }],
    ["a subject of exactly the maximum length", { subject: long(SUBJECT_MAX) }],
    [
      "dates as Date and as RFC 3339 with an offset",
      { dateCreated: new Date(0), dateUpdated: "2016-02-29T23:59:60+01:00" },
    ],
    ["any JSON in attributes", { attributes: '"just a string"', contentVariables: "[1,2]" }],
  ])("create with %s", async (_, options) => {
    const before = server.received.length;
    await messages().create(options as never);
    expect(server.received.length).toBe(before + 1);
  });

  it.each([PAGE_SIZE.minimum, PAGE_SIZE.maximum])("pageSize %i (its bounds)", async (pageSize) => {
    await messages().page({ pageSize });
    expect(new URL(server.received.at(-1)?.url ?? "", "http://x").searchParams.get("PageSize")).toBe(
      String(pageSize),
    );
  });

  it.each([
    "my conversation",
    "café ☕ 会话",
    "a/b?c#d",
    "%2e",
    "%2e%2e",
    "50% off",
    ".hidden",
    "...",
    "x..y",
  ])("unique name %j stays one path segment, as given", async (name) => {
    await messages(name).list();
    const received = new URL(server.received.at(-1)?.url ?? "", "http://x").pathname;
    const segments = received.split("/");
    expect(segments).toHaveLength(5);
    expect(decodeURIComponent(segments[3] as string)).toBe(name);
  });
});

describe("the request check both entry points and the emulator share", () => {
  const list = routeFor(MESSAGE_RESOURCE, "default", "list");
  const create = routeFor(MESSAGE_RESOURCE, "default", "create");
  const pathOf = (route: typeof list) =>
    Object.fromEntries(
      route.operation.parameters.filter((p) => p.in === "path").map((p) => [p.name, CONVERSATION_SID]),
    );
  const pageToken = list.operation.parameters.find(
    (p) => p.in === "query" && p.schema.type === "string" && !("enum" in p.schema),
  )?.name as string;

  it("refuses a parameter the operation does not have, unless told not to, and not when it is undefined", () => {
    const request = { path: pathOf(list), query: { Bogus: "1" }, header: {} };
    expect(findViolation(list.operation, request)).toEqual({
      field: "Bogus",
      rule: "unknown",
      text: "is not a query parameter of this operation",
      value: "1",
    });
    expect(findViolation(list.operation, request, { refuseUnknown: false })).toBeUndefined();
    expect(findViolation(list.operation, { ...request, query: { Bogus: undefined } })).toBeUndefined();
  });

  it("keeps the dot-segment rule to path parameters", () => {
    expect(pageToken).toBeDefined();
    for (const value of ["", ".", ".."]) {
      expect(
        findViolation(list.operation, { path: pathOf(list), query: { [pageToken]: value }, header: {} }),
      ).toBe(undefined);
    }
    const [name] = Object.keys(pathOf(list)) as [string];
    expect(findViolation(list.operation, { path: { [name]: ".." }, query: {}, header: {} })).toMatchObject({
      field: name,
      rule: "path segment",
    });
  });

  it("judges a body only when there is one", () => {
    expect(findViolation(create.operation, { path: pathOf(create), query: {}, header: {} })).toBeUndefined();
    expect(
      findViolation(create.operation, { path: pathOf(create), query: {}, header: {}, body: "text" as never }),
    ).toMatchObject({ field: "body", rule: "type" });
  });

  it("names the field by its wire name unless told otherwise", () => {
    const bad = { path: pathOf(list), query: { Bogus: "1" }, header: {} };
    expect(() => validateRequest(list.operationId, list.operation, bad)).toThrow(ValidationError);
    try {
      validateRequest(list.operationId, list.operation, bad);
    } catch (error) {
      expect((error as ValidationError).field).toBe("Bogus");
    }
  });
});
