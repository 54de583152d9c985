// Options, credentials, headers and errors, seen from the requests the client sends.
import { readFileSync } from "node:fs";
import type { ClientOpts } from "twilio/lib/base/BaseTwilio";
import { afterEach, describe, expect, it, vi } from "vitest";
import { optionNames } from "../../src/core/options.js";
import twilio, {
  createConversationsClient,
  InvalidResponseError,
  PACKAGE_NAME,
  RestException,
  ValidationError,
  VERSION,
} from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  responseExample,
  spec,
} from "../support/fixtures";
import { thrownBy } from "../support/thrown";

/** A fetch that answers every request with `respond` and keeps what was asked. */
function stubFetch(respond: () => Response = () => Response.json(responseExample("fetch"))) {
  const requests: { url: string; headers: Headers }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    requests.push({ url: String(input), headers: new Headers(init?.headers) });
    return respond();
  };
  return { fetch: fetchImpl, requests };
}

async function fetchVia(options: Parameters<typeof twilio>[2], stub = stubFetch()) {
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { ...options, fetch: stub.fetch });
  await client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID).fetch();
  return stub.requests[0] as { url: string; headers: Headers };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("base URL", () => {
  const path = `/v1/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}`;
  it.each([
    [{}, {}, "https://conversations.twilio.com"],
    [{ baseUrl: "http://127.0.0.1:4010/" }, {}, "http://127.0.0.1:4010"],
    [{ baseUrl: "http://proxy.local/prefix" }, {}, "http://proxy.local/prefix"],
    [{ edge: "sydney" }, {}, "https://conversations.sydney.us1.twilio.com"],
    [{ edge: "sydney", region: "au1" }, {}, "https://conversations.sydney.au1.twilio.com"],
    [{ region: "ie1" }, {}, "https://conversations.ie1.twilio.com"],
    [{}, { TWILIO_CONVERSATIONS_BASE_URL: "http://mock:4010" }, "http://mock:4010"],
    [{}, { TWILIO_EDGE: "dublin" }, "https://conversations.dublin.us1.twilio.com"],
    [{}, { TWILIO_EDGE: "dublin", TWILIO_REGION: "ie1" }, "https://conversations.dublin.ie1.twilio.com"],
    [{}, { TWILIO_REGION: "au1" }, "https://conversations.au1.twilio.com"],
    [
      { edge: "tokyo" },
      { TWILIO_CONVERSATIONS_BASE_URL: "http://mock:4010" },
      "https://conversations.tokyo.us1.twilio.com",
    ],
    [{ baseUrl: "http://explicit" }, { TWILIO_EDGE: "dublin" }, "http://explicit"],
    [{ edge: "sydney" }, { TWILIO_REGION: "au1" }, "https://conversations.sydney.au1.twilio.com"],
    [{ region: "jp1" }, { TWILIO_EDGE: "tokyo" }, "https://conversations.tokyo.jp1.twilio.com"],
    // The base URL in the environment wins over an edge in the environment; an empty one is unset.
    [{}, { TWILIO_CONVERSATIONS_BASE_URL: "http://mock:4010", TWILIO_EDGE: "dublin" }, "http://mock:4010"],
    [{}, { TWILIO_CONVERSATIONS_BASE_URL: "" }, "https://conversations.twilio.com"],
  ])("options %j with env %j → %s", async (options, env, expected) => {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    expect((await fetchVia(options)).url).toBe(`${expected}${path}`);
  });

  it.each([
    [{ baseUrl: "not a url" }, /baseUrl must be an absolute http\(s\) URL/],
    [{ baseUrl: "ftp://x" }, /baseUrl must be an absolute http\(s\) URL/],
    [{ baseUrl: "http://x/?a=1" }, /baseUrl must not have a query/],
    // An address inside the query is no credentials of the base URL.
    [{ baseUrl: "http://x/?next=https://user@elsewhere" }, /baseUrl must not have a query/],
    [{ baseUrl: "user:pw@host" }, /^baseUrl must be an absolute http\(s\) URL, got "…@host"$/],
    [{ edge: "a.b" }, /edge must be a host label/],
    [{ region: "x/y" }, /region must be a host label/],
    [{ timeout: 0 }, /timeout must be a positive number/],
    [{ timeout: Number.NaN }, /timeout must be a positive number/],
    [{ timeout: 2 ** 31 }, /timeout must be a positive number of milliseconds up to 2147483647/],
    [{ maxRetryDelay: 2 ** 31 }, /maxRetryDelay must be a number of milliseconds, 0 to 2147483647/],
  ])("rejects %j", (options, message) => {
    expect(() => twilio(ACCOUNT_SID, AUTH_TOKEN, options)).toThrow(message);
  });
});

describe("unknown options", () => {
  // Each entry point with the options it takes, in the order its error lists them.
  const COMMON =
    "baseUrl, edge, region, timeout, fetch, userAgentExtensions, maxRetries, autoRetry, maxRetryDelay, retryCreates, logLevel, middleware";
  const entryPoints = [
    {
      where: "twilio()",
      make: (options: unknown) => twilio(ACCOUNT_SID, AUTH_TOKEN, options as never),
      known: `${COMMON}, accountSid, lazyLoading`,
    },
    {
      where: "createConversationsClient()",
      make: (options: unknown) => createConversationsClient(options as never),
      known: `${COMMON}, username, password, accountSid`,
    },
  ];
  const refusal = (make: (options: unknown) => unknown, options: unknown) =>
    thrownBy<ValidationError>(() => make(options));

  describe.each(entryPoints)("$where", ({ where, make, known }) => {
    const credentials = where === "twilio()" ? {} : { username: ACCOUNT_SID, password: AUTH_TOKEN };

    it.each([
      ["baseURL", "baseUrl"],
      ["base_url", "baseUrl"],
      ["BASE-URL", "baseUrl"],
      ["timeOut", "timeout"],
      ["max_retries", "maxRetries"],
    ])("%s is refused, naming it, the entry point and the options; did you mean %s?", (name, near) => {
      const stub = stubFetch();
      const error = refusal(make, { ...credentials, fetch: stub.fetch, [name]: "http://127.0.0.1:4010" });
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: name, rule: "unknown" });
      expect(error.message).toBe(
        `${where}: ${name} is not an option (did you mean ${near}?); the options are ${known}`,
      );
      expect(stub.requests).toEqual([]);
    });

    it.each(["webhooks", "toString", "constructor"])(
      "%s, near no option (an Object method's name included), is refused with the options listed",
      (name) => {
        const error = refusal(make, { ...credentials, [name]: 1 });
        expect(error).toBeInstanceOf(ValidationError);
        expect(error).toMatchObject({ field: name, rule: "unknown" });
        expect(error.message).toBe(`${where}: ${name} is not an option; the options are ${known}`);
      },
    );

    it("an unknown option is refused even when its value is undefined (it would bite once set)", () => {
      expect(refusal(make, { ...credentials, baseURL: undefined }).message).toBe(
        `${where}: baseURL is not an option (did you mean baseUrl?); the options are ${known}`,
      );
    });

    it.each([
      ["http://127.0.0.1:4010", "string"],
      [null, "null"],
      [[], "array"],
      [30_000, "number"],
      [() => ({}), "function"],
    ])("options %j are refused as not an object, the value not repeated", (options, kind) => {
      const error = refusal(make, options);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "options", rule: "type" });
      expect(error.message).toBe(`${where}: options must be an object (got ${kind})`);
    });

    it("every option it lists is taken", () => {
      vi.stubEnv("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
      vi.stubEnv("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
      const names = known.split(", ");
      expect(() => make(Object.fromEntries(names.map((name) => [name, undefined])))).not.toThrow();
    });
  });

  it("leaving the options out is no options", () => {
    vi.stubEnv("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
    vi.stubEnv("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    expect(twilio(ACCOUNT_SID, AUTH_TOKEN, undefined).conversations.baseUrl).toBe(
      "https://conversations.twilio.com",
    );
    expect(() => createConversationsClient(undefined)).not.toThrow();
  });

  // Every option of twilio-node's (its ClientOpts, held to it by the compiler) is taken or refused.
  const TWILIO_NODE_OPTIONS = optionNames<ClientOpts>()(
    "httpClient",
    "accountSid",
    "env",
    "edge",
    "region",
    "lazyLoading",
    "logLevel",
    "userAgentExtensions",
    "autoRetry",
    "maxRetryDelay",
    "maxRetries",
    "validationClient",
    "timeout",
    "keepAlive",
    "keepAliveMsecs",
    "maxSockets",
    "maxTotalSockets",
    "maxFreeSockets",
    "scheduling",
    "ca",
  );
  it.each(TWILIO_NODE_OPTIONS)("twilio-node's %s is either an option here too or refused", (name) => {
    const [{ make, known }] = entryPoints as [(typeof entryPoints)[0]];
    const taken = known.split(", ").includes(name);
    const run = () => make({ [name]: undefined });
    if (taken) expect(run).not.toThrow();
    else expect(run).toThrow(`twilio(): ${name} is not an option; the options are ${known}`);
  });
});

describe("credentials", () => {
  const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;

  it("sends HTTP Basic with the Account SID and Auth Token", async () => {
    const request = await fetchVia({});
    expect(request.headers.get("authorization")).toBe(basic(ACCOUNT_SID, AUTH_TOKEN));
  });

  it("falls back to TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN", async () => {
    vi.stubEnv("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
    vi.stubEnv("TWILIO_AUTH_TOKEN", "from-env");
    const stub = stubFetch();
    const client = twilio(undefined, undefined, { fetch: stub.fetch });
    expect(client.accountSid).toBe(ACCOUNT_SID);
    await client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID).fetch();
    expect(stub.requests[0]?.headers.get("authorization")).toBe(basic(ACCOUNT_SID, "from-env"));
  });

  it.each(["ftp://AC1:supersecret@host", "http://AC1:supersecret@host/", "not a url:supersecret@"])(
    "a baseUrl holding credentials (%s) is refused without repeating them",
    (baseUrl) => {
      const error = (() => {
        try {
          twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl });
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error?.message).toBeDefined();
      expect(error?.message).not.toContain("supersecret");
    },
  );

  it("an accountSid option that is not an Account SID is refused, naming the rule", () => {
    // The rule is the spec's AccountSid schema, worded as the client words any rule.
    const { minLength, pattern } = spec.components.schemas.AccountSid;
    expect(() => twilio(`SK${"b".repeat(32)}`, "secret", { accountSid: "ACnope" })).toThrow(
      `accountSid must be an Account SID: it must be at least ${minLength} characters long, got "ACnope"`,
    );
    const wrongPrefix = `XX${"a".repeat(minLength - 2)}`;
    expect(() => twilio(`SK${"b".repeat(32)}`, "secret", { accountSid: wrongPrefix })).toThrow(
      `accountSid must be an Account SID: it must match ${pattern}, got "${wrongPrefix}"`,
    );
  });

  it("takes an API Key SID and secret with { accountSid }", async () => {
    const apiKey = `SK${"b".repeat(32)}`;
    const stub = stubFetch();
    const client = twilio(apiKey, "secret", { accountSid: ACCOUNT_SID, fetch: stub.fetch });
    expect(client.accountSid).toBe(ACCOUNT_SID);
    await client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID).fetch();
    expect(stub.requests[0]?.headers.get("authorization")).toBe(basic(apiKey, "secret"));
  });

  it.each([
    [[undefined, "tok"], /username is required.*TWILIO_ACCOUNT_SID/],
    [[ACCOUNT_SID, undefined], /password is required.*TWILIO_AUTH_TOKEN/],
    [
      [`SK${"b".repeat(32)}`, "secret"],
      /accountSid is required: the username is not an Account SID \(with an API Key, pass \{ accountSid/,
    ],
    [["XX123", "tok"], /accountSid is required: the username is not an Account SID/],
  ] as const)("without usable credentials %j it says what is missing", ([user, pass], message) => {
    vi.stubEnv("TWILIO_ACCOUNT_SID", "");
    vi.stubEnv("TWILIO_AUTH_TOKEN", "");
    expect(() => twilio(user, pass)).toThrow(message);
  });
});

describe("headers", () => {
  it("the caller's Authorization or User-Agent, in any case, gives way to the transport's", async () => {
    const stub = stubFetch();
    const client = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      fetch: stub.fetch,
    });
    await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID } },
      headers: { authorization: "Bearer other", "user-agent": "mine", accept: "application/json" },
    });
    const headers = stub.requests[0]?.headers as Headers;
    expect(headers.get("authorization")).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`,
    );
    expect(headers.get("user-agent")).toMatch(new RegExp(`^${PACKAGE_NAME}/`));
    expect(headers.get("accept")).toBe("application/json");
  });

  it("a caller's own header goes along with the default Accept; a caller's Accept replaces it", async () => {
    const stub = stubFetch();
    const client = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      fetch: stub.fetch,
    });
    const params = { path: { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID } };
    await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params,
      headers: { "X-Trace-Id": "trace-1" },
    });
    await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params,
      headers: { ACCEPT: "application/json; q=0.9" },
    });
    const [own, accept] = stub.requests.map((r) => r.headers);
    expect(own?.get("x-trace-id")).toBe("trace-1");
    expect(own?.get("accept")).toBe("application/json");
    expect(accept?.get("accept")).toBe("application/json; q=0.9");
  });

  it("sends a User-Agent naming this package and version, plus extensions", async () => {
    const request = await fetchVia({ userAgentExtensions: ["my-app/1.2", "edge-fn"] });
    const ua = request.headers.get("user-agent") ?? "";
    expect(ua.startsWith(`${PACKAGE_NAME}/${VERSION} (node/${process.versions.node})`)).toBe(true);
    expect(ua.endsWith(" my-app/1.2 edge-fn")).toBe(true);
    expect(request.headers.get("accept")).toBe("application/json");
  });

  it("without extensions the User-Agent is the package, its version and the runtime, nothing more", async () => {
    const request = await fetchVia({});
    expect(request.headers.get("user-agent")).toBe(
      `${PACKAGE_NAME}/${VERSION} (node/${process.versions.node})`,
    );
  });

  it.each([
    ["Bun", { process: { versions: { bun: "1.2.3", node: "24.3.0" } } }, "bun/1.2.3"],
    ["Deno", { process: undefined, Deno: {}, navigator: { userAgent: "Deno/2.5.0" } }, "Deno/2.5.0"],
    ["Deno without navigator", { process: undefined, Deno: {}, navigator: undefined }, "deno"],
    ["Workers", { process: undefined, navigator: { userAgent: "Cloudflare-Workers" } }, "Cloudflare-Workers"],
    ["a process with no versions", { process: { env: {} }, navigator: { userAgent: "edge" } }, "edge"],
    ["a process without Node", { process: { versions: {} }, navigator: { userAgent: "other" } }, "other"],
    ["nothing known", { process: undefined, navigator: undefined }, "unknown"],
  ])("names the runtime in the User-Agent on %s", async (_, globals, runtime) => {
    const stub = stubFetch();
    // The runtime is read when the client is made: the globals are changed just for that.
    for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
    let client: ReturnType<typeof twilio>;
    try {
      client = twilio(ACCOUNT_SID, AUTH_TOKEN, { fetch: stub.fetch });
    } finally {
      vi.unstubAllGlobals();
    }
    await client.conversations.v1.conversations(CONVERSATION_SID).messages(MESSAGE_SID).fetch();
    expect(stub.requests[0]?.headers.get("user-agent")).toBe(`${PACKAGE_NAME}/${VERSION} (${runtime})`);
  });

  it("an environment that throws when read (Deno without --allow-env) counts as unset", () => {
    const env = new Proxy(
      {},
      {
        get() {
          throw new Error("Requires env access");
        },
      },
    );
    vi.stubGlobal("process", { env, versions: process.versions });
    try {
      expect(() => twilio()).toThrow(/username is required/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("the package name and version are package.json's", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect([PACKAGE_NAME, VERSION]).toEqual([pkg.name, pkg.version]);
  });
});

describe("errors", () => {
  const fetchWith = (respond: () => Response) => fetchVia({}, stubFetch(respond));

  it("a Twilio error body becomes RestException with status, code, message, moreInfo, details", async () => {
    const body = {
      code: 20404,
      message: "Not found",
      more_info: "https://www.twilio.com/docs/errors/20404",
      status: 404,
      details: { a: 1 },
    };
    const error = await fetchWith(() => Response.json(body, { status: 404 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({
      status: 404,
      code: 20404,
      message: "Not found",
      moreInfo: body.more_info,
      details: { a: 1 },
    });
  });

  it("a non-JSON error body still gives the status and a readable message", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>";
    const error = await fetchWith(() => new Response(html, { status: 502, statusText: "Bad Gateway" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({
      status: 502,
      code: undefined,
      message: "HTTP 502 Bad Gateway: 502 Bad Gateway nginx",
    });
  });

  it("an empty error body gives the status", async () => {
    const error = await fetchWith(() => new Response(null, { status: 503 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, message: "HTTP 503" });
  });

  it("a success answer that is not JSON is an InvalidResponseError", async () => {
    const error = await fetchWith(() => new Response('{"sid": "IM', { status: 200 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/not valid JSON/);
  });
});

describe("typed client options", () => {
  it("uses the same credentials, base URL and User-Agent", async () => {
    const stub = stubFetch();
    const client = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      baseUrl: "http://typed.test",
      fetch: stub.fetch,
    });
    const { data } = await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID } },
    });
    expect(data?.sid).toBe(responseExample("fetch").sid);
    expect(stub.requests[0]?.url).toBe(
      `http://typed.test/v1/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}`,
    );
    expect(stub.requests[0]?.headers.get("authorization")).toMatch(/^Basic /);
    expect(stub.requests[0]?.headers.get("user-agent")).toContain(`${PACKAGE_NAME}/${VERSION}`);
  });
});
