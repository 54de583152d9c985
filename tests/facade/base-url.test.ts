// client.conversations.baseUrl, twilio-node's idiom for another host: read at each request, so
// setting it sends every later request there (page links included), as twilio-node's Domain does;
// a bad value is refused at the assignment and changes nothing. Seen from a fetch that records
// where each request went, on the emulator.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEmulator } from "../../src/emulator/index.js";
import twilio, { ConfigurationError, InvalidResponseError, UnsupportedError } from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import { thrownBy } from "../support/thrown";

const SERVER: string = spec.servers[0].url;
const MOVED = "http://127.0.0.1:4010";
const LIST_PATH = `/v1/Conversations/${CONVERSATION_SID}/Messages`;

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A client on the emulator through a fetch that records the URL of every request. */
function recorded(options: Parameters<typeof twilio>[2] = {}) {
  const emulator = createEmulator();
  const urls: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    urls.push(String(input));
    return emulator.fetch(input, init);
  };
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { ...options, fetch: recording });
  const messages = client.conversations.v1.conversations(CONVERSATION_SID).messages;
  return { emulator, client, messages, urls };
}

describe("client.conversations.baseUrl", () => {
  it("reads as where requests go: the spec's server, the baseUrl option, or the environment's", () => {
    expect(recorded().client.conversations.baseUrl).toBe(SERVER);
    expect(recorded({ baseUrl: `${MOVED}/` }).client.conversations.baseUrl).toBe(MOVED);
    vi.stubEnv("TWILIO_CONVERSATIONS_BASE_URL", "http://env.test:4010");
    expect(recorded().client.conversations.baseUrl).toBe("http://env.test:4010");
  });

  it("set, it sends every later request there, from contexts made before it too", async () => {
    const { client, messages, urls } = recorded();
    const first = await messages.create({ body: "before" });
    const context = messages(first.sid);
    const inService = client.conversations.v1.services(SERVICE_SID).conversations(CONVERSATION_SID).messages;
    client.conversations.baseUrl = `${MOVED}/`;
    expect(client.conversations.baseUrl).toBe(MOVED);
    const second = await messages.create({ body: "after" });
    await context.fetch();
    await messages(second.sid).update({ body: "changed" });
    await inService.list();
    await context.remove();
    expect(urls).toEqual([
      `${SERVER}${LIST_PATH}`,
      `${MOVED}${LIST_PATH}`,
      `${MOVED}${LIST_PATH}/${first.sid}`,
      `${MOVED}${LIST_PATH}/${second.sid}`,
      `${MOVED}/v1/Services/${SERVICE_SID}/Conversations/${CONVERSATION_SID}/Messages`,
      `${MOVED}${LIST_PATH}/${first.sid}`,
    ]);
  });

  it("a list walked after it is set follows every page there", async () => {
    const { emulator, client, messages, urls } = recorded();
    emulator.seed(
      CONVERSATION_SID,
      [0, 1, 2, 3, 4].map((n) => ({ body: `m${n}` })),
    );
    client.conversations.baseUrl = MOVED;
    const walked = await messages.list({ pageSize: 2 });
    expect(walked.map((m) => m.body)).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(urls.map((url) => new URL(url).origin)).toEqual([MOVED, MOVED, MOVED]);
    expect(urls.map((url) => new URL(url).searchParams.get("Page"))).toEqual([null, "1", "2"]);
  });

  it("a Twilio page link from before it was set is re-based onto the new base URL", async () => {
    const { emulator, client, messages, urls } = recorded();
    emulator.seed(CONVERSATION_SID, [{ body: "a" }, { body: "b" }, { body: "c" }]);
    const first = await messages.page({ pageSize: 2 });
    client.conversations.baseUrl = MOVED;
    const second = await first.nextPage();
    expect(second?.instances.map((m) => m.body)).toEqual(["c"]);
    const link = new URL(first.nextPageUrl as string);
    expect(link.origin).toBe(SERVER);
    expect(urls).toEqual([`${SERVER}${LIST_PATH}?PageSize=2`, `${MOVED}${link.pathname}${link.search}`]);
  });

  it("a link to the old base URL is not followed once it is set: the credentials stay with the new one", async () => {
    const { emulator, client, messages, urls } = recorded({ baseUrl: "http://old.test" });
    emulator.seed(CONVERSATION_SID, [{ body: "a" }, { body: "b" }]);
    const first = await messages.page({ pageSize: 1 });
    client.conversations.baseUrl = "http://new.test";
    const error = await first.nextPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe(
      `refusing to follow page link ${JSON.stringify(first.nextPageUrl)}: it is not on http://new.test or Twilio's API, so the credentials stay there`,
    );
    expect(urls).toHaveLength(1);
  });

  it.each([
    ["not a url", 'baseUrl must be an absolute http(s) URL, got "not a url"'],
    ["ftp://files.test", 'baseUrl must be an absolute http(s) URL, got "ftp://files.test"'],
    [
      "http://AC1:secret@proxy.test",
      "baseUrl must not hold credentials; pass them as the username and password",
    ],
    ["http://proxy.test/?a=1", 'baseUrl must not have a query or fragment, got "http://proxy.test/?a=1"'],
    [undefined, 'baseUrl must be an absolute http(s) URL, got "undefined"'],
  ])("set to %j, it throws a ConfigurationError at once and changes nothing", async (bad, message) => {
    const { client, messages, urls } = recorded({ baseUrl: MOVED });
    const error = thrownBy(() => {
      client.conversations.baseUrl = bad as string;
    });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(message);
    expect(client.conversations.baseUrl).toBe(MOVED);
    await messages.list();
    expect(urls).toEqual([`${MOVED}${LIST_PATH}`]);
  });

  it("takes a URL object as its text", () => {
    const { client } = recorded();
    client.conversations.baseUrl = new URL(`${MOVED}/`) as unknown as string;
    expect(client.conversations.baseUrl).toBe(MOVED);
  });
});

describe("setting anything else on the client", () => {
  it.each([
    ["baseURL", "client.conversations.baseURL cannot be set; only baseUrl can"],
    ["v1", "client.conversations.v1 cannot be set; only baseUrl can"],
  ])(
    "client.conversations.%s throws an UnsupportedError naming what can be set, and changes nothing",
    async (name, message) => {
      const { client, messages, urls } = recorded();
      const error = thrownBy(() => {
        (client.conversations as unknown as Record<string, unknown>)[name] = MOVED;
      });
      expect(error).toBeInstanceOf(UnsupportedError);
      expect(error.message).toBe(message);
      expect(client.conversations.baseUrl).toBe(SERVER);
      await messages.list();
      expect(urls).toEqual([`${SERVER}${LIST_PATH}`]);
    },
  );

  it("twilio-node's client.edge, and the facade's own names, cannot be set either", () => {
    const { client, messages } = recorded();
    const set = (target: object, name: string) =>
      thrownBy(() => {
        (target as Record<string, unknown>)[name] = "x";
      });
    expect(set(client, "edge")).toMatchObject({
      name: "UnsupportedError",
      message: "client.edge cannot be set",
    });
    expect(set(client, "accountSid").message).toBe("client.accountSid cannot be set");
    expect(set(messages, "create").message).toBe(
      "client.conversations.v1.conversations(sid).messages.create cannot be set",
    );
    expect(client.accountSid).toBe(ACCOUNT_SID);
  });

  it("symbols and _names are left to tools, as on reads", () => {
    const { client } = recorded();
    const tag = Symbol("tag");
    const target = client.conversations as unknown as Record<PropertyKey, unknown>;
    target[tag] = 1;
    target._seen = 2;
    expect([target[tag], target._seen]).toEqual([1, 2]);
  });
});
