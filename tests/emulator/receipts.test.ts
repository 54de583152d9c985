// Delivery receipts on the emulator: deliver() makes them (and refuses what the spec's receipt
// schema does not allow), seed() can too, and the API serves them in both families: list and page
// as every list does, fetch by SID, 404 once their message is gone. A message's delivery summary
// follows from them by the spec's rule, and its links lead to them. Every answer here is checked
// against the spec as it passes.
import { afterEach, describe, expect, it } from "vitest";
import { allRoutes } from "../../src/core/operations.js";
import { createEmulator, type Emulator, ValidationError } from "../../src/emulator/index.js";
import { resolvers } from "../../src/emulator/resources/index.js";
import { checkedFetch } from "../support/conformance";
import { schemaErrors } from "../support/contract";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import type { Json } from "../support/spec";
import { thrownBy } from "../support/thrown";

const SERVER: string = spec.servers[0].url;
const AUTH = `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}`;
const schemasOf = spec.components.schemas;
const STATUSES: string[] = schemasOf.ReceiptStatus.enum;
const [ALL, SOME, NONE] = schemasOf.DeliveryStatus.enum as string[];
/** The reference page's example: one receipt read and one sent. */
const READ_AND_SENT = { total: 2, sent: ALL, delivered: SOME, read: SOME, failed: NONE, undelivered: NONE };
const PAGE_SIZE = spec.paths[
  "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts"
].get.parameters.find((p: Json) => p.name === "PageSize").schema;
const NOT_FOUND: Json =
  spec.components.responses.NotFound.content["application/json"].examples["not-found"].value;
const isSidOf = (name: string, value: unknown) => new RegExp(schemasOf[name].pattern).test(String(value));
const sidOf = (prefix: string, c: string) => `${prefix}${c.repeat(32)}`;

let problems: string[] = [];
afterEach(() => {
  expect(problems, "answers that break the spec").toEqual([]);
});

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  const checked = checkedFetch(emulator);
  problems = checked.problems;
  const get = async (url: string, init: RequestInit = {}) => {
    const response = await checked.fetch(url.startsWith("http") ? url : `${SERVER}${url}`, {
      ...init,
      headers: { authorization: AUTH },
    });
    return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
  };
  return { emulator, get };
}

/** The paths of a message and its receipts, in a family. */
function pathsOf(message: string, service?: string) {
  const conversation = `${service ? `/v1/Services/${service}` : "/v1"}/Conversations/${CONVERSATION_SID}`;
  const messagePath = `${conversation}/Messages/${message}`;
  return { message: messagePath, receipts: `${messagePath}/Receipts` };
}

const oneMessage = (emulator: Emulator, service?: string) =>
  emulator.seed(CONVERSATION_SID, [{ author: "smee", body: "Ahoy" }], service ? { service } : {})[0] as Json;

describe("deliver()", () => {
  it("makes a receipt for a new participant and returns it as fetched", async () => {
    const { emulator, get } = setup({ now: () => new Date("2024-01-02T03:04:05.678Z") });
    const message = oneMessage(emulator);
    const receipt = emulator.deliver(CONVERSATION_SID, message.sid, { status: "sent" });
    expect(schemaErrors(schemasOf.DeliveryReceipt, receipt)).toEqual([]);
    expect(Object.keys(receipt)).toEqual(Object.keys(schemasOf.DeliveryReceipt.properties));
    expect(isSidOf("DeliveryReceiptSid", receipt.sid)).toBe(true);
    expect(isSidOf("ParticipantSid", receipt.participant_sid)).toBe(true);
    expect(receipt).toMatchObject({
      account_sid: message.account_sid,
      conversation_sid: CONVERSATION_SID,
      message_sid: message.sid,
      channel_message_sid: null,
      status: "sent",
      error_code: null,
      date_created: "2024-01-02T03:04:05Z",
      date_updated: null,
      url: `${SERVER}${pathsOf(message.sid).receipts}/${receipt.sid}`,
    });
    expect((await get(receipt.url)).body).toEqual(receipt);
    // Without participantSid, each delivery is to another participant.
    const other = emulator.deliver(CONVERSATION_SID, message.sid, { status: "sent" });
    expect(other.participant_sid).not.toBe(receipt.participant_sid);
    expect(other.sid).not.toBe(receipt.sid);
  });

  it("advances the receipt of a participant already reached, and sets date_updated", async () => {
    let now = new Date("2024-01-02T03:04:05Z");
    const { emulator, get } = setup({ now: () => now });
    const message = oneMessage(emulator);
    const participantSid = sidOf("MB", "b");
    const sent = emulator.deliver(CONVERSATION_SID, message.sid, {
      participantSid,
      status: "sent",
      channelMessageSid: sidOf("SM", "c"),
    });
    now = new Date("2024-01-02T03:05:00Z");
    const read = emulator.deliver(CONVERSATION_SID, message.sid, { participantSid, status: "read" });
    expect(read).toEqual({ ...sent, status: "read", date_updated: "2024-01-02T03:05:00Z" });
    const failed = emulator.deliver(CONVERSATION_SID, message.sid, {
      participantSid,
      status: "failed",
      errorCode: 30008,
    });
    expect(failed).toMatchObject({ sid: sent.sid, status: "failed", error_code: 30008 });
    const list = (await get(pathsOf(message.sid).receipts)).body;
    expect(list.delivery_receipts).toEqual([failed]);
  });

  it("in a Conversation Service: the service's schema and URLs", async () => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator, SERVICE_SID);
    const receipt = emulator.deliver(
      CONVERSATION_SID,
      message.sid,
      { status: "delivered" },
      { service: SERVICE_SID },
    );
    expect(schemaErrors(schemasOf.ServiceDeliveryReceipt, receipt)).toEqual([]);
    expect(receipt.chat_service_sid).toBe(SERVICE_SID);
    expect(receipt.url).toBe(`${SERVER}${pathsOf(message.sid, SERVICE_SID).receipts}/${receipt.sid}`);
    expect((await get(receipt.url)).body).toEqual(receipt);
    // The default family's conversation of that SID is another conversation: no such message there.
    expect(() => emulator.deliver(CONVERSATION_SID, message.sid, { status: "read" })).toThrow(/messageSid/);
  });

  const refusals: [string, (message: string) => [string, Json], string, RegExp][] = [
    [
      "a status the spec's enum lacks",
      (m) => [m, { status: "seen" }],
      "status",
      new RegExp(`must be one of ${STATUSES.map((s) => `"${s}"`).join(", ")}`),
    ],
    ["no status", (m) => [m, {}], "status", /status is required/],
    [
      "a malformed participantSid",
      (m) => [m, { status: "sent", participantSid: "MB1" }],
      "participantSid",
      /participantSid must be at least 34 characters/,
    ],
    [
      "a participantSid of another kind",
      (m) => [m, { status: "sent", participantSid: sidOf("IM", "a") }],
      "participantSid",
      /must match \^MB/,
    ],
    [
      "a malformed channelMessageSid",
      (m) => [m, { status: "sent", channelMessageSid: `12${"a".repeat(32)}` }],
      "channelMessageSid",
      /channelMessageSid must match/,
    ],
    [
      "an errorCode that is no integer",
      (m) => [m, { status: "failed", errorCode: "30008" }],
      "errorCode",
      /errorCode must be of type integer,null/,
    ],
    ["an unknown field", (m) => [m, { status: "sent", state: "read" }], "state", /state/],
    [
      "a malformed message SID",
      () => ["IM1", { status: "sent" }],
      "messageSid",
      /messageSid must be at least 34 characters/,
    ],
    [
      "an unknown message",
      () => [sidOf("IM", "f"), { status: "sent" }],
      "messageSid",
      /messageSid names no message/,
    ],
  ];
  it.each(refusals)(
    "refuses %s with a ValidationError naming the field and the rule",
    (_, args, field, text) => {
      const { emulator } = setup();
      const message = oneMessage(emulator);
      const [messageSid, delivery] = args(message.sid);
      const error = thrownBy<ValidationError>(() =>
        emulator.deliver(CONVERSATION_SID, messageSid, delivery as never),
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe(field);
      expect(error.message).toMatch(text);
      expect(error.message).toMatch(/^deliver: /);
      // Nothing was made.
      expect(emulator.messages(CONVERSATION_SID)[0]?.delivery).toBeNull();
    },
  );

  it("refuses a bad where as every call does", () => {
    const { emulator } = setup();
    const message = oneMessage(emulator);
    expect(() =>
      emulator.deliver(CONVERSATION_SID, message.sid, { status: "sent" }, { service: "IS1" }),
    ).toThrow(/deliver: service must be a Conversation Service SID/);
  });
});

describe("the delivery summary", () => {
  const cases: [string, string[], Json][] = [
    ["no receipts: null", [], null],
    // The reference page's own example (the spec's ReceiptList).
    ["read and sent", ["read", "sent"], READ_AND_SENT],
    [
      "all delivered",
      ["delivered", "delivered"],
      { total: 2, sent: ALL, delivered: ALL, read: NONE, failed: NONE, undelivered: NONE },
    ],
    [
      "failed and undelivered",
      ["failed", "undelivered", "read"],
      { total: 3, sent: SOME, delivered: SOME, read: SOME, failed: SOME, undelivered: SOME },
    ],
    [
      "all failed",
      ["failed"],
      { total: 1, sent: NONE, delivered: NONE, read: NONE, failed: ALL, undelivered: NONE },
    ],
  ];
  it.each(cases)("%s", async (_, statuses, summary) => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator);
    for (const status of statuses)
      emulator.deliver(CONVERSATION_SID, message.sid, { status: status as never });
    expect(emulator.messages(CONVERSATION_SID)[0]?.delivery).toEqual(summary);
    expect((await get(pathsOf(message.sid).message)).body.delivery).toEqual(summary);
  });

  it("the spec's own example: its receipts list gives its message's summary", () => {
    const list = spec.components.examples.ReceiptList.value;
    const { emulator } = setup();
    const message = oneMessage(emulator);
    for (const r of list.delivery_receipts)
      emulator.deliver(CONVERSATION_SID, message.sid, { status: r.status });
    expect(emulator.messages(CONVERSATION_SID)[0]?.delivery).toEqual(READ_AND_SENT);
  });
});

describe("receipts over the API", () => {
  it.each([
    ["default", undefined],
    ["service", SERVICE_SID],
  ])("list, page and fetch in the %s family, and the message's link leads to them", async (_, service) => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator, service);
    const where = service ? { service } : {};
    const made = ["sent", "delivered", "read"].map((status) =>
      emulator.deliver(CONVERSATION_SID, message.sid, { status: status as never }, where),
    );
    const base = `${SERVER}${pathsOf(message.sid, service).receipts}`;
    expect(message.links.delivery_receipts).toBe(base);
    const first = (await get(`${message.links.delivery_receipts}?PageSize=2`)).body;
    expect(first.delivery_receipts).toEqual(made.slice(0, 2));
    expect(first.meta).toEqual({
      page: 0,
      page_size: 2,
      first_page_url: `${base}?PageSize=2&Page=0`,
      previous_page_url: null,
      url: `${base}?PageSize=2&Page=0`,
      next_page_url: `${base}?PageSize=2&Page=1&PageToken=PA${made[1]?.sid}`,
      key: "delivery_receipts",
    });
    const second = (await get(first.meta.next_page_url)).body;
    expect(second.delivery_receipts).toEqual(made.slice(2));
    expect(second.meta.next_page_url).toBeNull();
    expect(second.meta.previous_page_url).toBe(`${base}?PageSize=2&Page=0&PageToken=PB${made[2]?.sid}`);
    expect((await get(second.meta.previous_page_url)).body.delivery_receipts).toEqual(made.slice(0, 2));
    // Page without a token counts pages of PageSize; the default page size is the spec's.
    expect((await get(`${base}?PageSize=1&Page=2`)).body.delivery_receipts).toEqual(made.slice(2));
    expect((await get(base)).body.meta.page_size).toBe(PAGE_SIZE.default);
    // No order parameter: receipts page in the order they were made, whatever Order says.
    expect((await get(`${base}?Order=desc`)).body.delivery_receipts).toEqual(made);
    for (const receipt of made) expect((await get(receipt.url)).body).toEqual(receipt);
  });

  it("PageSize within the spec's bounds", async () => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator);
    const base = pathsOf(message.sid).receipts;
    const over = await get(`${base}?PageSize=${PAGE_SIZE.maximum + 1}`);
    expect(over.status).toBe(400);
    expect(over.body.message).toMatch(new RegExp(`PageSize must be at most ${PAGE_SIZE.maximum}`));
    const under = await get(`${base}?PageSize=${PAGE_SIZE.minimum - 1}`);
    expect(under.status).toBe(400);
    expect(under.body.message).toMatch(new RegExp(`PageSize must be at least ${PAGE_SIZE.minimum}`));
    expect((await get(`${base}?PageSize=${PAGE_SIZE.maximum}`)).status).toBe(200);
  });

  it("a receipt SID it does not have, or a malformed one, is a 404 or a 400", async () => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator);
    const unknown = await get(`${pathsOf(message.sid).receipts}/${sidOf("DY", "e")}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: NOT_FOUND.code, more_info: NOT_FOUND.more_info });
    expect((await get(`${pathsOf(message.sid).receipts}/DY1`)).status).toBe(400);
    expect((await get(`${pathsOf(sidOf("IM", "e")).receipts}`)).status).toBe(404);
  });

  it("answers 404, Twilio's body, once their message is deleted", async () => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator);
    const receipt = emulator.deliver(CONVERSATION_SID, message.sid, { status: "read" });
    expect((await get(pathsOf(message.sid).message, { method: "DELETE" })).status).toBe(204);
    for (const path of [pathsOf(message.sid).receipts, new URL(receipt.url).pathname]) {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({
        ...NOT_FOUND,
        message: NOT_FOUND.message.replace(/\/v1\/\S+/, path),
      });
    }
    expect(() => emulator.deliver(CONVERSATION_SID, message.sid, { status: "read" })).toThrow(
      /names no message/,
    );
  });

  it("records the resource of each request, and failNext() takes a receipt operation", async () => {
    const { emulator, get } = setup();
    const message = oneMessage(emulator);
    emulator.failNext({ operation: "ListConversationMessageReceipt", status: 503 });
    expect((await get(pathsOf(message.sid).message)).status).toBe(200);
    expect((await get(pathsOf(message.sid).receipts)).status).toBe(503);
    expect((await get(pathsOf(message.sid).receipts)).status).toBe(200);
    expect(emulator.requests.map((r) => [r.resource, r.operation, r.status])).toEqual([
      ["Conversations/Messages", "FetchConversationMessage", 200],
      ["Conversations/Messages/Receipts", "ListConversationMessageReceipt", 503],
      ["Conversations/Messages/Receipts", "ListConversationMessageReceipt", 200],
    ]);
  });
});

describe("seed() with receipts", () => {
  it("gives seeded messages their receipts, as deliver() makes them", async () => {
    const { emulator, get } = setup();
    const participantSid = sidOf("MB", "d");
    const [message] = emulator.seed(CONVERSATION_SID, [
      { body: "one", receipts: [{ status: "read", participantSid }, { status: "sent" }] },
      { body: "two" },
    ]) as Json[];
    expect(message.delivery).toEqual(READ_AND_SENT);
    expect(emulator.messages(CONVERSATION_SID)[1]?.delivery).toBeNull();
    const list = (await get(message.links.delivery_receipts)).body.delivery_receipts;
    expect(list.map((r: Json) => r.status)).toEqual(["read", "sent"]);
    expect(list[0].participant_sid).toBe(participantSid);
    // A later delivery to that participant advances the seeded receipt.
    const advanced = emulator.deliver(CONVERSATION_SID, message.sid, { participantSid, status: "failed" });
    expect(advanced.sid).toBe(list[0].sid);
  });

  it("refuses a bad receipt by its place, and seeds nothing for that message", () => {
    const { emulator } = setup();
    const error = thrownBy<ValidationError>(() =>
      emulator.seed(CONVERSATION_SID, [
        { body: "one", receipts: [{ status: "sent" }, { status: "lost" as never }] },
      ]),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("receipts[1].status");
    expect(error.message).toMatch(/^seed: receipts\[1\]\.status must be one of/);
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
    expect(() => emulator.seed(CONVERSATION_SID, [{ body: "one", receipts: "read" as never }])).toThrow(
      /seed: receipts must be an array/,
    );
    expect(() =>
      emulator.seed(CONVERSATION_SID, [{ body: "one", receipts: [{ status: "read", seen: 1 } as never] }]),
    ).toThrow(/seen/);
  });
});

describe("resolvers", () => {
  it("every routed operation has a resolver for its resource and action", () => {
    const missing = allRoutes.filter((r) => !resolvers[r.resource]?.[r.action]).map((r) => r.operationId);
    expect(missing).toEqual([]);
  });
});
