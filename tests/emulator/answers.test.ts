// The emulator's answers word for word, at the edges of what it reads: credentials in every form,
// Twilio's error bodies (from the spec's examples of them), content types, paths it cannot read,
// dates and templates in a create, and the rate limit's window to the millisecond.
import { afterEach, describe, expect, it, vi } from "vitest";
import { basicHeader } from "../../src/core/basic.js";
import { newSid } from "../../src/core/sids.js";
import { createEmulator } from "../../src/emulator/index.js";
import { errorBodies } from "../../src/generated/contract.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, MESSAGE_SID } from "../support/fixtures";

const ORIGIN = "https://conversations.twilio.com";
const MESSAGES = `${ORIGIN}/v1/Conversations/${CONVERSATION_SID}/Messages`;
const FORM = "application/x-www-form-urlencoded";
const basic = (credentials: string) => `Basic ${btoa(credentials)}`;
const AUTH = basic(`${ACCOUNT_SID}:${AUTH_TOKEN}`);

/** Twilio's error body for a status whose example the spec does not give: code 20000 + status. */
const otherError = (status: number, message: string) => ({
  code: 20_000 + status,
  message,
  more_info: errorBodies[400].more_info.replace(String(errorBodies[400].code), String(20_000 + status)),
  status,
});

async function answer(response: Response) {
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("credentials", () => {
  const strict = () => createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const list = (emulator: ReturnType<typeof createEmulator>, authorization?: string) =>
    emulator.fetch(MESSAGES, authorization === undefined ? {} : { headers: { authorization } });

  it("refused with Twilio's 401 body: none, not Basic, not base64, no colon, an empty user or password", async () => {
    const emulator = createEmulator();
    for (const authorization of [
      undefined,
      "Bearer token",
      "Basic",
      "Basic !!!not-base64",
      basic("no-colon"),
      basic(":password"),
      basic("user:"),
      `${AUTH} trailing`,
    ]) {
      expect(await answer(await list(emulator, authorization)), String(authorization)).toEqual({
        status: 401,
        type: "application/json",
        body: { ...errorBodies[401], status: 401 },
      });
    }
  });

  it("any user name and password by default; the scheme's name in any case; a colon in the password", async () => {
    const emulator = createEmulator();
    for (const authorization of [basic("a:b"), `basic ${btoa("a:b")}`, `BASIC  ${btoa("u:p:q")}`]) {
      expect((await list(emulator, authorization)).status, authorization).toBe(200);
    }
  });

  it("given a token, only that password; given an Account SID too, only that user name", async () => {
    const tokenOnly = createEmulator({ authToken: AUTH_TOKEN });
    expect((await list(tokenOnly, basic(`anyone:${AUTH_TOKEN}`))).status).toBe(200);
    expect((await list(tokenOnly, basic(`${ACCOUNT_SID}:wrong`))).status).toBe(401);
    const sidOnly = createEmulator({ accountSid: ACCOUNT_SID });
    expect((await list(sidOnly, basic("anyone:anything"))).status).toBe(200);
    const both = strict();
    expect((await list(both, AUTH)).status).toBe(200);
    expect((await list(both, basic(`${newSid("AccountSid")}:${AUTH_TOKEN}`))).status).toBe(401);
    expect((await list(both, basic(`${ACCOUNT_SID}:${AUTH_TOKEN}x`))).status).toBe(401);
  });

  it("a password in UTF-8, as the client sends it, is read as such; bytes that are no UTF-8 are no password", async () => {
    const emulator = createEmulator({ authToken: "tökén" });
    expect((await list(emulator, basicHeader(ACCOUNT_SID, "tökén"))).status).toBe(200);
    // btoa writes "ö" as the one byte 0xF6 (Latin-1): no UTF-8, so no credentials at all.
    expect((await list(emulator, basic(`${ACCOUNT_SID}:tökén`))).status).toBe(401);
    expect((await list(createEmulator(), basic(`${ACCOUNT_SID}:tökén`))).status).toBe(401);
  });

  it("a create by an Account SID belongs to it; by another user name, to the emulator's account", async () => {
    const emulator = createEmulator();
    const create = (authorization: string) =>
      emulator.fetch(MESSAGES, {
        method: "POST",
        headers: { authorization, "content-type": FORM },
        body: "Body=x",
      });
    const mine = await (await create(AUTH)).json();
    expect(mine.account_sid).toBe(ACCOUNT_SID);
    const other = await (await create(basic("api-key:secret"))).json();
    expect(other.account_sid).toMatch(/^AC[0-9a-f]{32}$/);
    expect(other.account_sid).not.toBe(ACCOUNT_SID);
    const configured = createEmulator({ accountSid: ACCOUNT_SID });
    const byKey = await configured.fetch(MESSAGES, {
      method: "POST",
      headers: { authorization: basic("api-key:secret"), "content-type": FORM },
      body: "Body=x",
    });
    expect((await byKey.json()).account_sid).toBe(ACCOUNT_SID);
  });

  it("recorded masked, the scheme kept; a header without a value after the scheme kept as it is", async () => {
    const emulator = createEmulator();
    await list(emulator, AUTH);
    await list(emulator, "Token");
    await list(emulator, "Bearer a b c");
    expect(emulator.requests.map((r) => r.headers.authorization)).toEqual([
      "Basic ***",
      "Token",
      "Bearer ***",
    ]);
  });
});

describe("Twilio's error bodies", () => {
  it("a path outside the API: 404 with the spec's example message, naming the path asked", async () => {
    const emulator = createEmulator();
    for (const path of [
      "/v1/Elsewhere",
      `/v1/Conversations/${CONVERSATION_SID}/Messages/`,
      "/v1/Conversations//Messages",
    ]) {
      const got = await answer(
        await emulator.fetch(`${ORIGIN}${path}`, { headers: { authorization: AUTH } }),
      );
      expect(got.status, path).toBe(404);
      expect(got.body, path).toEqual({
        ...errorBodies[404],
        message: errorBodies[404].message.replace(/\/v1\/\S+/, path),
        status: 404,
      });
    }
  });

  it("a path segment that is no percent-encoding is no route: 404", async () => {
    const emulator = createEmulator();
    const response = await emulator.fetch(`${MESSAGES}/%E0%A4%A`, { headers: { authorization: AUTH } });
    expect(response.status).toBe(404);
    expect(emulator.requests[0]?.operation).toBeUndefined();
  });

  it("a message that does not exist: 404 for fetch, update and delete, nothing changed", async () => {
    const emulator = createEmulator();
    for (const method of ["GET", "POST", "DELETE"]) {
      const got = await answer(
        await emulator.fetch(`${MESSAGES}/${MESSAGE_SID}`, {
          method,
          headers: { authorization: AUTH, "content-type": FORM },
          ...(method === "POST" && { body: "Body=x" }),
        }),
      );
      expect(got.status, method).toBe(404);
      expect(got.body.message).toBe(
        errorBodies[404].message.replace(
          /\/v1\/\S+/,
          `/v1/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}`,
        ),
      );
    }
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
  });

  it("a method the path does not have: 405 with Twilio's body, recorded without an operation", async () => {
    const emulator = createEmulator();
    const got = await answer(
      await emulator.fetch(MESSAGES, { method: "PUT", headers: { authorization: AUTH } }),
    );
    expect(got).toEqual({
      status: 405,
      type: "application/json",
      body: { ...errorBodies[405], status: 405 },
    });
    expect(emulator.requests[0]).toMatchObject({
      operation: undefined,
      action: undefined,
      method: "PUT",
      status: 405,
    });
  });

  it("a method in lower case is the same method", async () => {
    const emulator = createEmulator();
    const response = await emulator.fetch(MESSAGES, {
      method: "post",
      headers: { authorization: AUTH, "content-type": FORM },
      body: "Body=lower",
    });
    expect(response.status).toBe(201);
    expect(emulator.requests[0]).toMatchObject({ method: "POST", action: "create" });
  });

  it("a failNext status without an example in the spec: code 20000 + status, message HTTP <status>", async () => {
    const emulator = createEmulator();
    emulator.failNext({ status: 502 });
    expect(await answer(await emulator.fetch(MESSAGES, { headers: { authorization: AUTH } }))).toEqual({
      status: 502,
      type: "application/json",
      body: otherError(502, "HTTP 502"),
    });
    emulator.failNext({ status: 429 });
    const limited = await emulator.fetch(MESSAGES, { headers: { authorization: AUTH } });
    expect(limited.headers.get("retry-after")).toBeNull();
    expect(await limited.json()).toEqual({ ...errorBodies[429], status: 429 });
  });

  it("a body that is not a form: 400 saying what it must be and what it was", async () => {
    const emulator = createEmulator();
    const post = async (headers: Record<string, string>, body: string) =>
      answer(
        await emulator.fetch(MESSAGES, {
          method: "POST",
          headers: { authorization: AUTH, ...headers },
          body,
        }),
      );
    expect(await post({ "content-type": "application/json" }, '{"Body":"x"}')).toEqual({
      status: 400,
      type: "application/json",
      body: {
        ...errorBodies[400],
        message: `${errorBodies[400].message}: the body must be ${FORM} (got application/json)`,
        status: 400,
      },
    });
    const bare = await emulator.fetch(MESSAGES, {
      method: "POST",
      headers: { authorization: AUTH },
      body: new Blob(["Body=x"]),
    });
    expect((await bare.json()).message).toBe(
      `${errorBodies[400].message}: the body must be ${FORM} (got no Content-Type)`,
    );
    // The media type's name in any case, with parameters, is a form.
    expect(
      (await post({ "content-type": "Application/X-WWW-Form-Urlencoded; charset=utf-8" }, "Body=x")).status,
    ).toBe(201);
    // An empty body needs no Content-Type.
    expect((await post({}, "")).status).toBe(201);
  });

  it("a field that breaks the spec: 400 naming the field, with Twilio's message before it", async () => {
    const emulator = createEmulator();
    const got = await answer(
      await emulator.fetch(`${MESSAGES}?PageSize=0`, { headers: { authorization: AUTH } }),
    );
    expect(got.status).toBe(400);
    expect(got.body.message.startsWith(`${errorBodies[400].message}: PageSize `)).toBe(true);
    expect(got.body.message.length).toBeGreaterThan(`${errorBodies[400].message}: PageSize `.length);
  });

  it("a body too large: 400 naming the limit in bytes", async () => {
    const emulator = createEmulator({ maxBodyBytes: 30 });
    // 30 bytes are taken, 31 are not; eight three-byte characters after "Body=" are 29 bytes, nine are 32.
    const post = (body: string) =>
      emulator.fetch(MESSAGES, {
        method: "POST",
        headers: { authorization: AUTH, "content-type": FORM },
        body,
      });
    expect((await post(`Body=${"x".repeat(25)}`)).status).toBe(201);
    const over = await answer(await post(`Body=${"x".repeat(26)}`));
    expect(over.body.message).toBe(`${errorBodies[400].message}: the request body is larger than 30 bytes`);
    expect((await post(`Body=${"€".repeat(8)}`)).status).toBe(201);
    expect((await post(`Body=${"€".repeat(9)}`)).status).toBe(400);
  });
});

describe("what a create and an update make", () => {
  const post = (emulator: ReturnType<typeof createEmulator>, url: string, fields: Record<string, string>) =>
    emulator
      .fetch(url, {
        method: "POST",
        headers: { authorization: AUTH, "content-type": FORM },
        body: new URLSearchParams(fields).toString(),
      })
      .then((r) => r.json());

  it("dates given are kept to the second, in UTC; without them, created is now and updated null", async () => {
    const emulator = createEmulator({ now: () => new Date("2026-03-04T05:06:07.890Z") });
    const dated = await post(emulator, MESSAGES, {
      DateCreated: "2020-01-02T03:04:05.678+02:00",
      DateUpdated: "2021-01-02T03:04:05Z",
    });
    expect([dated.date_created, dated.date_updated]).toEqual([
      "2020-01-02T01:04:05Z",
      "2021-01-02T03:04:05Z",
    ]);
    const plain = await post(emulator, MESSAGES, {});
    expect([plain.date_created, plain.date_updated]).toEqual(["2026-03-04T05:06:07Z", null]);
    const updated = await post(emulator, `${MESSAGES}/${plain.sid}`, { DateCreated: "2019-05-05T05:05:05Z" });
    expect([updated.date_created, updated.date_updated]).toEqual([
      "2019-05-05T05:05:05Z",
      "2026-03-04T05:06:07Z",
    ]);
    const redated = await post(emulator, `${MESSAGES}/${plain.sid}`, { DateUpdated: "2022-02-02T02:02:02Z" });
    expect(redated.date_updated).toBe("2022-02-02T02:02:02Z");
    expect(redated.date_created).toBe("2019-05-05T05:05:05Z");
  });

  it("media by its SID, unless a template is given: then neither body nor media", async () => {
    const emulator = createEmulator();
    const media = newSid("MediaSid");
    const template = newSid("ContentSid");
    const withMedia = await post(emulator, MESSAGES, { MediaSid: media, Body: "see" });
    expect(withMedia).toMatchObject({
      body: "see",
      media: [{ sid: media, size: 0, content_type: "application/octet-stream", filename: null }],
      content_sid: null,
    });
    const templated = await post(emulator, MESSAGES, {
      MediaSid: media,
      Body: "ignored",
      ContentSid: template,
    });
    expect(templated).toMatchObject({ body: null, media: null, content_sid: template });
  });

  it("an update changes the author and attributes it is given, and nothing else", async () => {
    const emulator = createEmulator();
    const made = await post(emulator, MESSAGES, { Body: "b", Author: "ann", Attributes: '{"a":1}' });
    const author = await post(emulator, `${MESSAGES}/${made.sid}`, { Author: "bob" });
    expect(author).toMatchObject({ author: "bob", body: "b", attributes: '{"a":1}' });
    const attributes = await post(emulator, `${MESSAGES}/${made.sid}`, { Attributes: '{"b":2}' });
    expect(attributes).toMatchObject({ author: "bob", body: "b", attributes: '{"b":2}' });
  });

  it("a message's links are under its own URL", async () => {
    const emulator = createEmulator();
    const made = await post(emulator, MESSAGES, { Body: "b" });
    expect(made.links).toEqual({
      delivery_receipts: `${made.url}/Receipts`,
      channel_metadata: `${made.url}/ChannelMetadata`,
    });
  });
});

describe("the rate limit's window", () => {
  it("N actions in any second; the N+1th waits for the oldest to be a second old, Retry-After rounded up", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const emulator = createEmulator({ rateLimit: 2 });
    const list = () => emulator.fetch(MESSAGES, { headers: { authorization: AUTH } });
    expect((await list()).status).toBe(200);
    vi.setSystemTime(1_000_400);
    expect((await list()).status).toBe(200);
    vi.setSystemTime(1_000_500);
    const third = await list();
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("1");
    expect(await third.json()).toEqual({ ...errorBodies[429], status: 429 });
    // Refused requests do not count: at 999 ms the first is still in the window.
    vi.setSystemTime(1_000_999);
    expect((await list()).status).toBe(429);
    // At 1000 ms it has left it.
    vi.setSystemTime(1_001_000);
    expect((await list()).status).toBe(200);
    // Another conversation has its own window.
    const other = await emulator.fetch(`${ORIGIN}/v1/Conversations/CH${"b".repeat(32)}/Messages`, {
      headers: { authorization: AUTH },
    });
    expect(other.status).toBe(200);
    // A request the spec refuses is refused before it counts.
    vi.setSystemTime(1_005_000);
    for (let i = 0; i < 3; i++)
      expect(
        (await emulator.fetch(`${MESSAGES}?PageSize=0`, { headers: { authorization: AUTH } })).status,
      ).toBe(400);
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(200);
  });

  it("Retry-After counts whole seconds: two seconds when the oldest action is in the future by clock skew", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(2_000_000);
    const emulator = createEmulator({ rateLimit: 1 });
    const list = () => emulator.fetch(MESSAGES, { headers: { authorization: AUTH } });
    expect((await list()).status).toBe(200);
    vi.setSystemTime(1_999_000);
    expect((await list()).headers.get("retry-after")).toBe("2");
    vi.setSystemTime(2_000_999);
    expect((await list()).headers.get("retry-after")).toBe("1");
  });
});
