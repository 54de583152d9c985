// One error family: every error the package throws on purpose is a ConversationsError, of the
// class that says what happened. Each public error path is walked here, from both entry points
// where it applies, and the sources are checked to throw nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkShape } from "../../src/core/shape.js";
import { ruleText, shown } from "../../src/core/validate.js";
import * as pkg from "../../src/index.js";
import twilio, {
  AbortError,
  ConfigurationError,
  ConnectionError,
  ConversationsError,
  createConversationsClient,
  InvalidResponseError,
  RedirectError,
  RestException,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, MESSAGE_SID, responseExample } from "../support/fixtures";
import type { Json } from "../support/spec";

afterEach(() => {
  vi.unstubAllEnvs();
});

const answering =
  (respond: () => Response | Promise<Response>): typeof fetch =>
  async () =>
    respond();
const never: typeof fetch = (_input, init) =>
  new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
const facade = (options: Parameters<typeof twilio>[2] = {}) =>
  twilio(ACCOUNT_SID, AUTH_TOKEN, { maxRetries: 0, ...options }).conversations.v1.conversations(
    CONVERSATION_SID,
  ).messages;
const typed = (options: Parameters<typeof createConversationsClient>[0] = {}) =>
  createConversationsClient({ username: ACCOUNT_SID, password: AUTH_TOKEN, maxRetries: 0, ...options });
const typedFetch = (options: Parameters<typeof createConversationsClient>[0] = {}) =>
  typed(options).GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
    params: { path: { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID } },
  });
const thrown = async (run: () => unknown): Promise<unknown> => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("it did not throw");
};

type Case = [what: string, run: () => unknown, expected: abstract new (...args: never[]) => Error];
const noEnv = () => {
  vi.stubEnv("TWILIO_ACCOUNT_SID", "");
  vi.stubEnv("TWILIO_AUTH_TOKEN", "");
};
const cases: Case[] = [
  // Set-up
  [
    "no credentials (facade)",
    () => {
      noEnv();
      twilio();
    },
    ConfigurationError,
  ],
  [
    "no credentials (typed client)",
    () => {
      noEnv();
      createConversationsClient();
    },
    ConfigurationError,
  ],
  ["a password but no user name", () => twilio(ACCOUNT_SID, ""), ConfigurationError],
  [
    "an accountSid that is not an Account SID",
    () => twilio("SKx", "secret", { accountSid: "ACnope" }),
    ConfigurationError,
  ],
  [
    "a baseUrl that is no URL",
    () => twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: "not a url" }),
    ConfigurationError,
  ],
  ["a baseUrl holding credentials", () => typed({ baseUrl: "http://u:p@127.0.0.1" }), ConfigurationError],
  [
    "a baseUrl with a query",
    () => twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: "http://h/?a=1" }),
    ConfigurationError,
  ],
  [
    "an edge that is no host label",
    () => twilio(ACCOUNT_SID, AUTH_TOKEN, { edge: "a.b" }),
    ConfigurationError,
  ],
  ["a timeout of 0", () => typed({ timeout: 0 }), ConfigurationError],
  ["maxRetries of -1", () => twilio(ACCOUNT_SID, AUTH_TOKEN, { maxRetries: -1 }), ConfigurationError],
  [
    "maxRetryDelay of NaN",
    () => twilio(ACCOUNT_SID, AUTH_TOKEN, { maxRetryDelay: Number.NaN }),
    ConfigurationError,
  ],
  // Calls refused before sending
  ["a SID that breaks its pattern", () => facade()("IMnope").fetch(), ValidationError],
  ["an unknown option", () => facade().create({ bodyy: "x" } as never), ValidationError],
  ["options that are not an object", () => facade().create("x" as never), ValidationError],
  ["a limit of 0", () => facade().list({ limit: 0 }), ValidationError],
  ["each() without a callback", () => facade().each({} as never), ValidationError],
  [
    "a typed call to a path the spec does not have",
    () => (typed().GET as (path: string) => Promise<unknown>)("/v1/Nope"),
    ValidationError,
  ],
  [
    "a part of twilio-node this package does not cover",
    () => (twilio(ACCOUNT_SID, AUTH_TOKEN) as Json).messages,
    UnsupportedError,
  ],
  // Answers
  [
    "an error status",
    () => facade({ fetch: answering(() => new Response(null, { status: 404 })) })(MESSAGE_SID).fetch(),
    RestException,
  ],
  [
    "a redirect",
    () =>
      typedFetch({
        fetch: answering(() => new Response(null, { status: 302, headers: { location: "http://x/" } })),
      }),
    RedirectError,
  ],
  [
    "a success that is not JSON (facade)",
    () => facade({ fetch: answering(() => new Response("{")) })(MESSAGE_SID).fetch(),
    InvalidResponseError,
  ],
  [
    "a success that is not JSON (typed client)",
    () => typedFetch({ fetch: answering(() => new Response("{")) }),
    InvalidResponseError,
  ],
  [
    "a success of the wrong shape",
    () => typedFetch({ fetch: answering(() => Response.json({})) }),
    InvalidResponseError,
  ],
  [
    "a page link to another origin",
    () =>
      facade({
        fetch: answering(() =>
          Response.json({
            ...responseExample("list"),
            meta: { ...responseExample("list").meta, next_page_url: "https://evil.example/p" },
          }),
        ),
      }).list(),
    InvalidResponseError,
  ],
  // Transport
  [
    "a fetch that fails",
    () =>
      facade({
        fetch: async () => {
          throw new TypeError("fetch failed");
        },
      })(MESSAGE_SID).fetch(),
    ConnectionError,
  ],
  ["no answer in time", () => typedFetch({ timeout: 20, fetch: never }), TimeoutError],
  [
    "a caller's abort",
    () => facade({ fetch: never })(MESSAGE_SID).fetch({ signal: AbortSignal.abort() }),
    AbortError,
  ],
];

describe("every public error path throws its ConversationsError", () => {
  it.each(cases)("%s", async (_, run, expected) => {
    const error = await thrown(run);
    expect(error).toBeInstanceOf(expected);
    expect(error).toBeInstanceOf(ConversationsError);
    expect((error as Error).name).toBe(expected.name);
    expect((error as Error).message.length).toBeGreaterThan(5);
  });

  it("every error class the package exports is a ConversationsError, and each is walked above", () => {
    const exported = Object.entries(pkg as Record<string, unknown>).filter(
      (entry): entry is [string, { prototype: unknown }] =>
        typeof entry[1] === "function" && entry[1].prototype instanceof Error,
    );
    const walked = new Set(cases.map(([, , expected]) => expected));
    for (const [name, value] of exported) {
      expect(value === ConversationsError || value.prototype instanceof ConversationsError, name).toBe(true);
      if (value !== ConversationsError)
        expect(walked.has(value as never), `${name} has a path above`).toBe(true);
    }
  });
});

describe("the sources throw nothing but ConversationsErrors", () => {
  const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.startsWith("generated"),
  );
  // The emulator's fetch imitates fetch itself, which rejects with a TypeError when the connection drops.
  const IMITATING_FETCH = { file: join("emulator", "index.ts"), name: "TypeError" };
  // The signature checks throw where twilio-node's do, a TypeError for an argument not of its type.
  const IMITATING_TWILIO = { file: join("webhooks", "signature.ts"), name: "TypeError" };
  // Under mutation testing the sources read here are Stryker's instrumented copies, whose added
  // code throws plain Errors of its own: this test reads the sources, it cannot judge a mutant.
  const instrumented = files.some((f) => readFileSync(join(SRC, f), "utf8").includes("stryMutAct_"));
  it.skipIf(instrumented)("every `throw new X` names an exported ConversationsError class", () => {
    const thrownClasses = new Set<string>();
    for (const file of files) {
      for (const [, name] of readFileSync(join(SRC, file), "utf8").matchAll(/throw new (\w+)/g)) {
        if (file === IMITATING_FETCH.file && name === IMITATING_FETCH.name) continue;
        if (file === IMITATING_TWILIO.file && name === IMITATING_TWILIO.name) continue;
        thrownClasses.add(name as string);
      }
    }
    expect(thrownClasses.size).toBeGreaterThan(5);
    // A class of the sources' own (the verifier's control flow) counts when it extends one of them.
    const parents = new Map<string, string>();
    for (const file of files) {
      for (const [, name, parent] of readFileSync(join(SRC, file), "utf8").matchAll(
        /class (\w+) extends (\w+)/g,
      )) {
        parents.set(name as string, parent as string);
      }
    }
    const isFamily = (name: string): boolean => {
      const value = (pkg as Record<string, unknown>)[name] as { prototype?: unknown } | undefined;
      if (value) return value.prototype instanceof ConversationsError;
      const parent = parents.get(name);
      return parent !== undefined && (parent === "ConversationsError" || isFamily(parent));
    };
    for (const name of thrownClasses) expect(isFamily(name), `throw new ${name}`).toBe(true);
  });
});

describe("how errors word what they show", () => {
  it("names each class by itself", () => {
    expect(new ConversationsError("x").name).toBe("ConversationsError");
    expect(new InvalidResponseError("x").missing).toEqual([]);
  });

  it("a ValidationError has the status and code of Twilio's answer to an invalid request, yet is no RestException", async () => {
    const error = (await thrown(() => facade()("IMnope").fetch())) as ValidationError;
    const invalid = responseExample("invalid-parameter");
    expect([error.status, error.code, error.moreInfo]).toEqual([400, invalid.code, invalid.more_info]);
    expect(error).not.toBeInstanceOf(RestException);
    expect(Object.keys(error)).toEqual(["name", "field", "rule", "status", "code", "moreInfo"]);
  });

  it("keeps Twilio's details only when they are an object", () => {
    const body = (details: unknown) => ({ code: 20001, message: "m", more_info: "u", details });
    expect(new RestException(400, body({ field: "Body" }), "f").details).toEqual({ field: "Body" });
    expect(new RestException(400, body("text"), "f").details).toBeUndefined();
    expect(new RestException(400, body(null), "f").details).toBeUndefined();
  });

  it("reads a text error page down to its words, and no body at all as the status alone", () => {
    const page = "<html>\n<body><h1>Bad</h1>\n\n  <p>Gateway</p></body></html>";
    expect(RestException.fromAnswer({ status: 502, statusText: "" }, page).message).toBe(
      "HTTP 502: Bad Gateway",
    );
    expect(RestException.fromAnswer({ status: 502, statusText: "Bad Gateway" }, undefined).message).toBe(
      "HTTP 502 Bad Gateway",
    );
    expect(RestException.fromAnswer({ status: 500, statusText: "" }, 42).message).toBe("HTTP 500");
  });

  it("shows a value cut to 60 characters, dates as dates, and what cannot be written as JSON", () => {
    expect(shown("x".repeat(58))).toBe(`"${"x".repeat(58)}"`);
    expect(shown("x".repeat(59))).toBe(`"${"x".repeat(56)}…`);
    expect(shown(new Date(0))).toBe(`${String(new Date(0)).slice(0, 57)}…`);
    expect(shown(undefined)).toBe("undefined");
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(shown(circular)).toBe("[object Object]");
    expect(shown(10n)).toBe("[object BigInt]");
  });

  it("words every rule, and a rule it does not know by Ajv's message or its keyword", () => {
    const rule = (keyword: string, params: Record<string, unknown>, message?: string) =>
      ruleText({ keyword, params, message, instancePath: "", schemaPath: "" } as never);
    expect(rule("format", { format: "uri" })).toBe("must be a valid uri");
    expect(rule("uniqueItems", {}, "must not have duplicate items")).toBe("must not have duplicate items");
    expect(rule("uniqueItems", {})).toBe("breaks the uniqueItems rule");
  });

  it("says what an answer lacks: up to eight fields, then how many more, and what came instead", () => {
    const lacks = (value: unknown) => {
      try {
        checkShape("FetchConversationMessage: HTTP 200", "Message", value);
      } catch (error) {
        return error as InvalidResponseError;
      }
      throw new Error("no error");
    };
    const all = lacks({});
    expect(all.missing.length).toBeGreaterThan(8);
    expect(all.message).toBe(
      `FetchConversationMessage: HTTP 200 answer is not a Message as the spec promises: it lacks ${all.missing
        .slice(0, 8)
        .join(", ")} and ${all.missing.length - 8} more (got {})`,
    );
    // The spec's own example without some of its fields: each missing one is named, none counted.
    const without = (names: string[]) => {
      const message: Record<string, unknown> = { ...(responseExample("fetch") as object) };
      for (const name of names) delete message[name];
      return lacks(message);
    };
    const top = all.missing.filter((name) => !/[.[]/.test(name));
    const three = without(top.slice(0, 3));
    expect(three.missing).toEqual(top.slice(0, 3));
    expect(three.message).toContain(`it lacks ${top.slice(0, 3).join(", ")} (got {`);
    expect(three.message).toMatch(/\(got .{80}\)$/);
    expect(top.length).toBeGreaterThanOrEqual(8);
    expect(without(top.slice(0, 8)).message).toContain(`it lacks ${top.slice(0, 8).join(", ")} (got`);
    expect(lacks(undefined).message).toMatch(/\(got undefined\)$/);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(lacks(circular).message).toMatch(/\(got \[object Object\]\)$/);
  });
});
