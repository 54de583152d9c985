// The emulator at the edges of its own API and of paging: page tokens read on their own, a
// dropped connection as fetch reports one, faults on paths outside the API, what a request is
// recorded as, and the errors its API throws (field and rule, as the client's do): options and
// faults are held to the client's rule, an unknown name or a value it cannot take is refused.
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { allRoutes } from "../../src/core/operations.js";
import {
  createEmulator,
  type Emulator,
  type Fault,
  type Message,
  type ServiceMessage,
  ValidationError,
} from "../../src/emulator/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import { thrownBy } from "../support/thrown";

const ORIGIN = "https://conversations.twilio.com";
const MESSAGES = `${ORIGIN}/v1/Conversations/${CONVERSATION_SID}/Messages`;
const AUTH = { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` };

let listening: Emulator | undefined;
afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

/** Five messages, index 0 to 4; their SIDs in index order. */
function five() {
  const emulator = createEmulator();
  const sids = emulator
    .seed(
      CONVERSATION_SID,
      [1, 2, 3, 4, 5].map((n) => ({ body: `m${n}` })),
    )
    .map((m) => m.sid as string);
  const page = async (query: string) => {
    const answer = await (await emulator.fetch(`${MESSAGES}?${query}`, { headers: AUTH })).json();
    return {
      indices: (answer.messages as { index: number }[]).map((m) => m.index),
      meta: answer.meta as Record<string, string | null>,
    };
  };
  return { emulator, sids, page };
}

const param = (link: string | null | undefined, name: string) =>
  link ? new URL(link).searchParams.get(name) : undefined;

describe("page tokens", () => {
  it("PA<sid> starts after that message, PB<sid> ends before it, in either order", async () => {
    const { sids, page } = five();
    expect((await page(`PageSize=2&PageToken=PA${sids[1]}`)).indices).toEqual([2, 3]);
    expect((await page(`PageSize=2&PageToken=PB${sids[3]}`)).indices).toEqual([1, 2]);
    expect((await page(`PageSize=2&PageToken=PB${sids[1]}`)).indices).toEqual([0]);
    expect((await page(`Order=desc&PageSize=2&PageToken=PA${sids[3]}`)).indices).toEqual([2, 1]);
    expect((await page(`Order=desc&PageSize=2&PageToken=PB${sids[1]}`)).indices).toEqual([3, 2]);
  });

  it("a token past either end gives an empty page; one of a deleted message still anchors", async () => {
    const { emulator, sids, page } = five();
    expect((await page(`PageSize=2&PageToken=PA${sids[4]}`)).indices).toEqual([]);
    expect((await page(`PageSize=2&PageToken=PB${sids[0]}`)).indices).toEqual([]);
    await emulator.fetch(`${MESSAGES}/${sids[4]}`, { method: "DELETE", headers: AUTH });
    // Every message left comes before the deleted one: the page ends at the end.
    expect((await page(`PageSize=2&PageToken=PB${sids[4]}`)).indices).toEqual([2, 3]);
    expect((await page(`Order=desc&PageSize=2&PageToken=PA${sids[4]}`)).indices).toEqual([3, 2]);
  });

  it("a token that is not PA or PB, or names no message, is ignored: the page comes from Page", async () => {
    const { sids, page } = five();
    expect((await page(`PageSize=2&Page=1&PageToken=PX${sids[3]}`)).indices).toEqual([2, 3]);
    expect((await page(`PageSize=2&Page=1&PageToken=XPA${sids[3]}`)).indices).toEqual([2, 3]);
    expect((await page(`PageSize=2&PageToken=PAIM${"0".repeat(32)}`)).indices).toEqual([0, 1]);
  });

  it("previous_page_url asks for the page before; next_page_url is null on the last page", async () => {
    const { page } = five();
    const third = await page("PageSize=2&Page=2");
    expect(third.indices).toEqual([4]);
    expect(param(third.meta.previous_page_url, "Page")).toBe("1");
    expect(third.meta.next_page_url).toBeNull();
    const second = await page("PageSize=2&Page=1");
    expect(param(second.meta.previous_page_url, "Page")).toBe("0");
    expect(param(second.meta.next_page_url, "Page")).toBe("2");
    const exact = await page("PageSize=5");
    expect(exact.indices).toEqual([0, 1, 2, 3, 4]);
    expect(exact.meta.next_page_url).toBeNull();
  });
});

describe("faults, connections and what is recorded", () => {
  it("a reset is what fetch gives for a dropped connection: TypeError, its cause other side closed", async () => {
    const emulator = createEmulator();
    emulator.failNext({ reset: true });
    const error = await emulator.fetch(MESSAGES, { headers: AUTH }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("fetch failed");
    expect((error as Error).cause).toMatchObject({ message: "other side closed", code: "UND_ERR_SOCKET" });
  });

  it("a fault for an operation waits out requests to paths outside the API", async () => {
    const emulator = createEmulator();
    emulator.failNext({ status: 503, operation: "create" });
    expect((await emulator.fetch(`${ORIGIN}/v1/Elsewhere`, { headers: AUTH })).status).toBe(404);
    const created = await emulator.fetch(MESSAGES, { method: "POST", headers: AUTH });
    expect(created.status).toBe(503);
  });

  it("a delay over HTTP, where there is no signal, holds the answer and then gives it", async () => {
    listening = createEmulator();
    const url = await listening.listen();
    listening.failNext({ delay: 20 });
    const answer = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, { headers: AUTH });
    expect(answer.status).toBe(200);
    expect(listening.requests.map((r) => r.status)).toEqual([200]);
  });

  it("a fetch with no init at all is a GET without credentials", async () => {
    const emulator = createEmulator();
    const answer = await emulator.fetch(MESSAGES);
    expect(answer.status).toBe(401);
    expect(emulator.requests[0]).toMatchObject({ method: "GET", action: "list", headers: {} });
  });

  it("a request outside the API is recorded with empty parameters; a list's with no body", async () => {
    const emulator = createEmulator();
    await emulator.fetch(`${ORIGIN}/v1/Elsewhere`, { headers: AUTH });
    await emulator.fetch(`${MESSAGES}?PageSize=3`, {
      headers: { ...AUTH, Sid: "IMx", ConversationSid: "CHx" },
    });
    expect(emulator.requests.map((r) => r.params)).toEqual([
      { path: {}, query: {}, header: {} },
      { path: { ConversationSid: CONVERSATION_SID }, query: { PageSize: 3 }, header: {} },
    ]);
  });

  it("form fields the spec does not name are ignored, as Twilio ignores them", async () => {
    const emulator = createEmulator();
    const answer = await emulator.fetch(MESSAGES, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: "Body=hi&NotAField=1",
    });
    expect(answer.status).toBe(201);
    expect((await answer.json()).body).toBe("hi");
  });

  it("a header that only ends in Basic is not Basic credentials", async () => {
    const emulator = createEmulator();
    const answer = await emulator.fetch(MESSAGES, {
      headers: { authorization: `XBasic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` },
    });
    expect(answer.status).toBe(401);
  });
});

describe("the errors of the emulator's own API name the field and the rule", () => {
  it("seed, failNext and listen", async () => {
    const emulator = createEmulator();
    expect(thrownBy(() => emulator.seed("room", [{ body: "x" }], { service: "nope" }))).toMatchObject({
      field: "service",
      rule: "pattern",
    });
    expect(thrownBy(() => emulator.seed("room", [{ bodyy: "x" } as never]))).toMatchObject({
      field: "bodyy",
      rule: "unknown",
    });
    expect(thrownBy(() => emulator.failNext({} as never))).toMatchObject({
      field: "fault",
      rule: "required",
    });
    expect(thrownBy(() => emulator.failNext({} as never))).toBeInstanceOf(ValidationError);
    listening = emulator;
    await emulator.listen();
    const again = await emulator.listen().catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ValidationError);
    expect(again).toMatchObject({
      field: "listen",
      rule: "once",
      message: "listen: the emulator is already listening",
    });
  });
});

/** The ValidationError a call throws (it must throw one, of that class). */
function refusal(run: () => unknown): ValidationError {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("createEmulator() options", () => {
  const KNOWN = "rateLimit, accountSid, authToken, maxBodyBytes, now, webhooks, webhookFetch";

  it.each([
    ["callbacks", ""],
    ["rate_limit", " (did you mean rateLimit?)"],
    ["authtoken", " (did you mean authToken?)"],
    ["MaxBodyBytes", " (did you mean maxBodyBytes?)"],
  ])("%s is refused, naming it and the options there are", (name, hint) => {
    const error = refusal(() => createEmulator({ [name]: undefined } as never));
    expect(error).toMatchObject({ field: name, rule: "unknown" });
    expect(error.message).toBe(`createEmulator(): ${name} is not an option${hint}; the options are ${KNOWN}`);
  });

  it.each([
    ["http://127.0.0.1:4010", "string"],
    [null, "null"],
    [[], "array"],
  ])("options %j are refused as not an object", (options, kind) => {
    const error = refusal(() => createEmulator(options as never));
    expect(error).toMatchObject({ field: "options", rule: "type" });
    expect(error.message).toBe(`createEmulator(): options must be an object (got ${kind})`);
  });

  const { minLength, pattern } = spec.components.schemas.AccountSid;
  const wrongPrefix = `XX${"a".repeat(minLength - 2)}`;
  it.each([
    [{ rateLimit: 0 }, "rateLimit", "positive integer", "rateLimit must be a positive integer (got 0)"],
    [{ rateLimit: 1.5 }, "rateLimit", "positive integer", "rateLimit must be a positive integer (got 1.5)"],
    [{ rateLimit: "30" }, "rateLimit", "positive integer", 'rateLimit must be a positive integer (got "30")'],
    [
      { maxBodyBytes: -1 },
      "maxBodyBytes",
      "positive integer",
      "maxBodyBytes must be a positive integer (got -1)",
    ],
    [
      { maxBodyBytes: Number.POSITIVE_INFINITY },
      "maxBodyBytes",
      "positive integer",
      "maxBodyBytes must be a positive integer (got Infinity)",
    ],
    [{ now: "2020-01-01" }, "now", "type", 'now must be a function that returns a Date (got "2020-01-01")'],
    [
      { accountSid: "ACnope" },
      "accountSid",
      "minLength",
      `accountSid must be an Account SID: it must be at least ${minLength} characters long (got "ACnope")`,
    ],
    [
      { accountSid: wrongPrefix },
      "accountSid",
      "pattern",
      `accountSid must be an Account SID: it must match ${pattern} (got "${wrongPrefix}")`,
    ],
    [{ authToken: "" }, "authToken", "non-empty string", "authToken must be a non-empty string"],
    // The token is never repeated, not even a wrong one.
    [{ authToken: 20_429_000 }, "authToken", "non-empty string", "authToken must be a non-empty string"],
  ])("%j is refused, naming the option and the rule", (options, field, rule, message) => {
    const error = refusal(() => createEmulator(options as never));
    expect(error).toMatchObject({ field, rule });
    expect(error.message).toBe(`createEmulator(): ${message}`);
  });

  it("takes every option it lists, at its smallest, and undefined as the default", async () => {
    const now = () => new Date("2020-02-03T04:05:06Z");
    const emulator = createEmulator({
      rateLimit: 1,
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      maxBodyBytes: 1,
      now,
    });
    expect(emulator.seed(CONVERSATION_SID, [{}])[0]).toMatchObject({
      account_sid: ACCOUNT_SID,
      date_created: "2020-02-03T04:05:06Z",
    });
    const defaults = createEmulator(
      Object.fromEntries(KNOWN.split(", ").map((name) => [name, undefined])) as never,
    );
    const created = await defaults.fetch(MESSAGES, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: "Body=hi",
    });
    expect(created.status).toBe(201);
  });
});

describe("failNext refuses a fault it could not fire as asked, and queues nothing", () => {
  const OPTIONS = "status, retryAfter, delay, reset, operation, times";
  const OPERATIONS = [...new Set(allRoutes.map((r) => r.action)), ...allRoutes.map((r) => r.operationId)];
  /** An emulator that refused `fault`, then answered a list as if nothing had been asked. */
  async function refused(fault: unknown): Promise<ValidationError> {
    const emulator = createEmulator();
    const error = refusal(() => emulator.failNext(fault as Fault));
    expect((await emulator.fetch(MESSAGES, { headers: AUTH })).status).toBe(200);
    return error;
  }

  it("names every action and operationId of the spec, and takes each one", () => {
    expect(OPERATIONS.slice(0, 5).sort()).toEqual(["create", "delete", "fetch", "list", "update"]);
    const operationIds = Object.values<Record<string, { operationId?: string }>>(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => op.operationId ?? []),
    );
    expect(OPERATIONS.slice(5).sort()).toEqual(operationIds.sort());
    const emulator = createEmulator();
    for (const operation of OPERATIONS) emulator.failNext({ status: 500, operation: operation as never });
  });

  it.each([
    ["send", ""],
    ["Create", "; did you mean create?"],
    ["listconversationmessage", "; did you mean ListConversationMessage?"],
    [5, ""],
  ])("operation %j is refused, naming the known ones", async (operation, hint) => {
    const error = await refused({ status: 503, operation });
    expect(error).toMatchObject({ field: "operation", rule: "enum" });
    expect(error.message).toBe(
      `failNext: operation must be an action or an operationId: ${OPERATIONS.join(", ")} (got ${JSON.stringify(operation)}${hint})`,
    );
  });

  it.each([
    ["statuss", ""],
    ["Status", " (did you mean status?)"],
    ["retry_after", " (did you mean retryAfter?)"],
  ])("a field %s is refused, naming the fields there are", async (name, hint) => {
    const error = await refused({ status: 429, [name]: 1 });
    expect(error).toMatchObject({ field: name, rule: "unknown" });
    expect(error.message).toBe(`failNext: ${name} is not an option${hint}; the options are ${OPTIONS}`);
  });

  it.each([
    ["create", "string"],
    [null, "null"],
    [undefined, "undefined"],
  ])("a fault %j that is not an object is refused", async (fault, kind) => {
    const error = await refused(fault);
    expect(error).toMatchObject({ field: "fault", rule: "type" });
    expect(error.message).toBe(`failNext: fault must be an object (got ${kind})`);
  });

  const ERROR_STATUS = "status must be an HTTP error status, 400 to 599";
  const SECONDS = "retryAfter must be a whole number of seconds, 0 or more";
  const DELAY = "delay must be a number of milliseconds, 0 to 2147483647";
  const TIMES = "times must be a positive integer, or Infinity for every matching request";
  it.each([
    [{ status: 200 }, "status", "error status", `${ERROR_STATUS} (got 200)`],
    [{ status: 399 }, "status", "error status", `${ERROR_STATUS} (got 399)`],
    [{ status: 600 }, "status", "error status", `${ERROR_STATUS} (got 600)`],
    [{ status: 503.5 }, "status", "error status", `${ERROR_STATUS} (got 503.5)`],
    [{ status: "503" }, "status", "error status", `${ERROR_STATUS} (got "503")`],
    [{ status: 429, retryAfter: -1 }, "retryAfter", "whole seconds", `${SECONDS} (got -1)`],
    [{ status: 429, retryAfter: 1.5 }, "retryAfter", "whole seconds", `${SECONDS} (got 1.5)`],
    [
      { delay: 10, retryAfter: 1 },
      "retryAfter",
      "needs status",
      "retryAfter needs a status: it is the Retry-After header of that answer",
    ],
    [{ status: 503, delay: -1 }, "delay", "range", `${DELAY} (got -1)`],
    [{ status: 503, delay: 2 ** 31 }, "delay", "range", `${DELAY} (got 2147483648)`],
    [{ status: 503, delay: Number.NaN }, "delay", "range", `${DELAY} (got NaN)`],
    [{ status: 503, delay: "10" }, "delay", "range", `${DELAY} (got "10")`],
    [{ reset: "yes" }, "reset", "type", 'reset must be true or false (got "yes")'],
    [
      { reset: true, status: 503 },
      "reset",
      "conflict",
      "reset drops the connection, so the status would never be answered: give one or the other",
    ],
    [{ status: 503, times: 0 }, "times", "positive integer", `${TIMES} (got 0)`],
    [{ status: 503, times: 1.5 }, "times", "positive integer", `${TIMES} (got 1.5)`],
    [{ status: 503, times: "2" }, "times", "positive integer", `${TIMES} (got "2")`],
    [{ status: 503, times: Number.NaN }, "times", "positive integer", `${TIMES} (got NaN)`],
  ])("%j is refused, naming the field and the rule", async (fault, field, rule, message) => {
    const error = await refused(fault);
    expect(error).toMatchObject({ field, rule });
    expect(error.message).toBe(`failNext: ${message}`);
  });

  it("takes the edges of each range: 400 and 599, Retry-After 0, the longest delay, reset false", async () => {
    const emulator = createEmulator();
    emulator.failNext({ status: 400 });
    emulator.failNext({ status: 599, retryAfter: 0 });
    emulator.failNext({ status: 503, reset: false });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await emulator.fetch(MESSAGES, { headers: AUTH })).status);
    expect(statuses).toEqual([400, 599, 503]);
    emulator.failNext({ delay: 2 ** 31 - 1 });
    emulator.reset();
  });

  it("times: Infinity fails every matching request", async () => {
    const emulator = createEmulator();
    emulator.failNext({ status: 503, operation: "list", times: Number.POSITIVE_INFINITY });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await emulator.fetch(MESSAGES, { headers: AUTH })).status);
    expect(statuses).toEqual([503, 503, 503]);
  });
});

describe("the emulator's types", () => {
  const emulator = createEmulator();
  // Never called: each line is a type test checked by `tsc --noEmit`.
  const neverCalled = () => {
    // @ts-expect-error: an action is lower case
    emulator.failNext({ status: 503, operation: "Create" });
    // @ts-expect-error: no such operation
    emulator.failNext({ status: 503, operation: "send" });
    // @ts-expect-error: a seed message takes create() fields in camelCase, not wire names
    emulator.seed(CONVERSATION_SID, [{ Body: "x" }]);
    // @ts-expect-error: a default-family message has no chat_service_sid
    emulator.seed(CONVERSATION_SID, [{ body: "x" }])[0]?.chat_service_sid;
    // @ts-expect-error: nor do the messages of a default-family conversation
    emulator.messages(CONVERSATION_SID)[0]?.chat_service_sid;
  };

  it("seed() and messages() give the spec's Message, or ServiceMessage in a service", () => {
    expectTypeOf(neverCalled).toBeFunction();
    expectTypeOf(emulator.seed(CONVERSATION_SID, [])).toEqualTypeOf<Message[]>();
    expectTypeOf(emulator.messages(CONVERSATION_SID)).toEqualTypeOf<Message[]>();
    const inService = emulator.seed(CONVERSATION_SID, [{ body: "s" }], { service: SERVICE_SID });
    expectTypeOf(inService).toEqualTypeOf<ServiceMessage[]>();
    expectTypeOf(emulator.messages(CONVERSATION_SID, { service: SERVICE_SID })).toEqualTypeOf<
      ServiceMessage[]
    >();
    expect(inService[0]?.chat_service_sid).toBe(SERVICE_SID);
    expectTypeOf<Fault["operation"]>().toEqualTypeOf<
      (typeof allRoutes)[number]["action"] | (typeof allRoutes)[number]["operationId"] | undefined
    >();
  });
});
