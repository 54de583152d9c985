// One smoke run of the built package, the same in every runtime and from require() or import:
// every public export is called. The facade creates, fetches, lists (for await), updates and
// removes a message against a mock of the spec, the typed client creates, fetches and lists, each
// error class is met where the package throws it, and Twilio's signatures are checked (a good one
// and forged ones). Throws on the first thing that is not as
// it should be, or if an export was never called; resolves the names of the checks that passed.
const TOKEN = "smoke-token";

function check(condition, what) {
  if (!condition) throw new Error(`${what} was not as expected`);
}

/** The error a call ends with (it must end with one, or the smoke run fails naming `what`). */
async function failure(run, what = "a call") {
  let result;
  try {
    result = await run();
  } catch (error) {
    return error;
  }
  throw new Error(`${what} should have failed, and gave ${JSON.stringify(result)?.slice(0, 200)}`);
}

/**
 * @param pkg the package as `import * as pkg` or `require()` gives it
 * @param target the mock's URL, and an account and a conversation of the spec's examples:
 *   `{ baseUrl, account, conversation }` (the caller reads them from openapi/messages.yaml)
 */
export async function smoke(pkg, { baseUrl, account: ACCOUNT, conversation: CONVERSATION }) {
  const passed = [];
  const called = new Set();
  const use = (name) => {
    called.add(name);
    check(pkg[name] !== undefined, `the export ${name}`);
    return pkg[name];
  };
  const twilio = use("default");
  check(use("twilio") === twilio, "the named twilio export");

  // The facade.
  const client = twilio(ACCOUNT, TOKEN, { baseUrl });
  const messages = client.conversations.v1.conversations(CONVERSATION).messages;
  const created = await messages.create({ author: "smee", body: "Ahoy there!", dateCreated: new Date(0) });
  check(typeof created.sid === "string" && created.dateCreated instanceof Date, "create");
  const fetched = await messages(created.sid).fetch();
  check(typeof fetched.sid === "string" && typeof fetched.accountSid === "string", "fetch");
  let listed = 0;
  for await (const message of messages.list({ limit: 20 })) {
    check(typeof message.sid === "string", "a listed message");
    listed++;
  }
  check(listed > 0, "list");
  const updated = await messages(created.sid).update({ body: "I take back what I said" });
  check(typeof updated.sid === "string", "update");
  check((await messages(created.sid).remove()) === true, "remove");
  passed.push(`facade: create, fetch, list (${listed} with for await), update, remove`);

  // The typed client, with the spec's wire names.
  const api = use("createConversationsClient")({ username: ACCOUNT, password: TOKEN, baseUrl });
  const path = { ConversationSid: CONVERSATION };
  const made = await api.POST("/v1/Conversations/{ConversationSid}/Messages", {
    params: { path },
    body: { Author: "smee", Body: "Ahoy there!" },
  });
  check(made.response.ok && typeof made.data?.sid === "string", "typed create");
  const got = await api.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
    params: { path: { ...path, Sid: made.data.sid } },
  });
  check(got.response.ok && typeof got.data?.account_sid === "string", "typed fetch");
  const page = await api.GET("/v1/Conversations/{ConversationSid}/Messages", {
    params: { path, query: { PageSize: 5 } },
  });
  check(Array.isArray(page.data?.messages), "typed list");
  passed.push("typed client: create, fetch, list");

  // Each error class, where the package throws it.
  const base = use("ConversationsError");
  const errors = [
    // Ask the mock for its documented 404.
    [
      "RestException",
      () =>
        twilio(ACCOUNT, TOKEN, {
          baseUrl,
          fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers, Prefer: "code=404" } }),
        })
          .conversations.v1.conversations(CONVERSATION)
          .messages(created.sid)
          .fetch(),
      (e) => e.status === 404 && typeof e.code === "number",
    ],
    ["ValidationError", () => messages("IMnot-a-sid").fetch(), (e) => e.field === "sid"],
    ["ConfigurationError", () => twilio(ACCOUNT, TOKEN, { baseUrl: "not a url" })],
    ["UnsupportedError", () => client.messages],
    [
      "InvalidResponseError",
      () =>
        twilio(ACCOUNT, TOKEN, { fetch: async () => Response.json({}) })
          .conversations.v1.conversations(CONVERSATION)
          .messages(created.sid)
          .fetch(),
      (e) => e.missing.includes("sid"),
    ],
    [
      "RedirectError",
      () =>
        use("createConversationsClient")({
          username: ACCOUNT,
          password: TOKEN,
          fetch: async () =>
            new Response(null, { status: 302, headers: { location: "https://elsewhere.example/" } }),
        }).GET("/v1/Conversations/{ConversationSid}/Messages", { params: { path } }),
      (e) => e.location === "https://elsewhere.example/",
    ],
    [
      "ConnectionError",
      () =>
        twilio(ACCOUNT, TOKEN, {
          maxRetries: 0,
          fetch: async () => {
            throw new TypeError("fetch failed");
          },
        })
          .conversations.v1.conversations(CONVERSATION)
          .messages.list(),
    ],
    [
      "TimeoutError",
      () =>
        twilio(ACCOUNT, TOKEN, {
          timeout: 20,
          maxRetries: 0,
          // A fetch that never answers; its timer keeps Node alive (the client's own timer is unref'd).
          fetch: (_url, init) =>
            new Promise((_, reject) => {
              const pending = setTimeout(() => {}, 10_000);
              init.signal.addEventListener("abort", () => {
                clearTimeout(pending);
                reject(init.signal.reason);
              });
            }),
        })
          .conversations.v1.conversations(CONVERSATION)
          .messages(created.sid)
          .fetch(),
    ],
    ["AbortError", () => messages(created.sid).fetch({ signal: AbortSignal.abort() })],
  ];
  for (const [name, run, holds = () => true] of errors) {
    const error = await failure(run, `the call that throws ${name}`);
    const type = use(name);
    check(error instanceof type && error instanceof base && error.name === name && holds(error), name);
  }
  passed.push(`errors: ${errors.map(([name]) => name).join(", ")}`);

  // Twilio's webhook signatures, against values twilio-node 6 computed for the same requests: the
  // hashes (HMAC-SHA1, SHA-256), UTF-8 and base64 are this runtime's own, with no Node built-in.
  const hook = "https://example.com/twilio/conversations?room=support";
  const form = { EventType: "onMessageAdded", Body: "Ahoy there! \u{1F6A2}", Media: ["b", "a", "b"] };
  const signed = "LLkpuWeYpqqFOD4y5xSKDek8H1c=";
  check(use("getExpectedTwilioSignature")(TOKEN, hook, form) === signed, "getExpectedTwilioSignature");
  const validateRequest = use("validateRequest");
  check(validateRequest(TOKEN, signed, hook, form) === true, "validateRequest of Twilio's signature");
  // With the default port named, as Twilio may have signed it or not: the same signature holds.
  check(validateRequest(TOKEN, signed, hook.replace(".com/", ".com:443/"), form) === true, "the port");
  const forged = signed.replace("L", "M");
  check(validateRequest(TOKEN, forged, hook, form) === false, "validateRequest of a forged signature");
  check(validateRequest(TOKEN, signed, hook, { ...form, Body: "Send money" }) === false, "forged params");
  const json = '{"Body":"Ahoy there! \u{1F6A2}"}';
  const jsonHook =
    "https://example.com:443/twilio/json?bodySHA256=7beaa1b6c63fa113cdadf18c06fafc0c62707e3997d817dcb52d1a22d76a2bf6";
  const validateRequestWithBody = use("validateRequestWithBody");
  check(
    validateRequestWithBody(TOKEN, "nA+NRSGCFaiXa+MAD6h8Jt5mq9Y=", jsonHook, json) === true,
    "validateRequestWithBody of Twilio's signature",
  );
  check(
    validateRequestWithBody(TOKEN, "nA+NRSGCFaiXa+MAD6h8Jt5mq9Y=", jsonHook, `${json} `) === false,
    "validateRequestWithBody of a changed body",
  );
  passed.push(
    "signatures: getExpectedTwilioSignature, validateRequest, validateRequestWithBody (good, forged)",
  );

  // parseWebhook: a signed onMessageAdded read into its typed event; a forged one refused.
  const event = {
    EventType: "onMessageAdded",
    AccountSid: ACCOUNT,
    ConversationSid: CONVERSATION,
    MessageSid: `IM${"b".repeat(32)}`,
    Source: "SDK",
    Index: "3",
    Author: "smee",
    Body: "Ahoy",
    Attributes: "{}",
    DateCreated: "2024-01-02T03:04:05.000Z",
  };
  const post = (signature) =>
    new Request(hook, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
      body: new URLSearchParams(event),
    });
  const parseWebhook = use("parseWebhook");
  const read = await parseWebhook(post(use("getExpectedTwilioSignature")(TOKEN, hook, event)), {
    authToken: TOKEN,
  });
  check(read.EventType === "onMessageAdded" && read.Index === 3 && read.Body === "Ahoy", "parseWebhook");
  const refused = await failure(() => parseWebhook(post(forged), { authToken: TOKEN }), "a forged webhook");
  check(refused instanceof use("WebhookSignatureError") && refused instanceof base, "WebhookSignatureError");
  passed.push("webhooks: parseWebhook, WebhookSignatureError");

  check(use("PACKAGE_NAME") === "conversations-message", "PACKAGE_NAME");
  check(/^\d+\.\d+\.\d+/.test(use("VERSION")), "VERSION");

  // require() gives the twilio function carrying the named exports (and __esModule, from the build).
  const exported = Object.keys(pkg).filter((name) => name !== "__esModule");
  const uncalled = exported.filter((name) => !called.has(name));
  check(uncalled.length === 0, `every export called (not: ${uncalled.join(", ")})`);
  passed.push(`all ${exported.length} exports`);
  return passed;
}

/**
 * The emulator (`pkg/emulator`) in the same runtime: the client talks to it through its fetch, no
 * server and no port. Every export of the emulator module is called.
 * @param pkg the package, as for smoke()
 * @param emulatorPkg the emulator module, as `import * as` or `require()` gives it
 * @param target as for smoke() (its account is used)
 */
export async function smokeEmulator(pkg, emulatorPkg, { account: ACCOUNT }) {
  const called = new Set();
  const use = (name) => {
    called.add(name);
    check(emulatorPkg[name] !== undefined, `the emulator export ${name}`);
    return emulatorPkg[name];
  };
  const emulator = use("createEmulator")();
  const client = pkg.default(ACCOUNT, TOKEN, { fetch: emulator.fetch });
  const messages = client.conversations.v1.conversations("smoke-room").messages;
  const created = await messages.create({ author: "smee", body: "Ahoy there!" });
  check(
    (await messages(created.sid).fetch()).body === "Ahoy there!",
    "emulator: the created message fetched back",
  );
  await messages.create({ body: "second" });
  const newest = await messages.list({ order: "desc" });
  check(newest.length === 2 && newest[0].index > newest[1].index, "emulator: newest first");
  // Another SID of the same form: the last digit changed.
  const other = created.sid.slice(0, -1) + (created.sid.endsWith("0") ? "1" : "0");
  const missing = await failure(() => messages(other).fetch(), "a fetch of a message that is not there");
  check(missing instanceof pkg.RestException && missing.status === 404, "emulator: a 404");
  const api = pkg.createConversationsClient({ username: ACCOUNT, password: TOKEN, fetch: emulator.fetch });
  const { data } = await api.GET("/v1/Conversations/{ConversationSid}/Messages", {
    params: { path: { ConversationSid: "smoke-room" }, query: { PageSize: 1 } },
  });
  check(data?.messages.length === 1 && data.meta.next_page_url !== null, "emulator: a typed page");
  const refused = await failure(() => emulator.seed("smoke-room", [{ bodyy: "typo" }]));
  check(
    refused instanceof use("ValidationError") && refused instanceof use("ConversationsError"),
    "emulator: a seed refused",
  );
  // Webhooks in this runtime, with no port: a moderation pre-hook refuses one message and passes
  // another; the post-event that follows is signed with the emulator's default token.
  const hooked = use("createEmulator")({
    webhooks: { preWebhookUrl: "https://hooks.example/pre", postWebhookUrl: "https://hooks.example/post" },
    webhookFetch: async (input, init) => {
      const request = new Request(input, init);
      const form = Object.fromEntries(new URLSearchParams(await request.text()));
      const signedOk = pkg.validateRequest(
        use("WEBHOOK_AUTH_TOKEN"),
        request.headers.get("x-twilio-signature"),
        request.url,
        form,
      );
      if (!signedOk) return new Response("forbidden", { status: 403 });
      return new Response(null, { status: form.Body === "spam" ? 403 : 204 });
    },
  });
  const inbound = await hooked.receive("smoke-room", {
    author: "+15555550100",
    body: "hello",
    source: "SMS",
  });
  const spam = await failure(() =>
    hooked.receive("smoke-room", { author: "+15555550100", body: "spam", source: "SMS" }),
  );
  await hooked.webhooks.settled();
  check(
    inbound.body === "hello" && spam instanceof use("WebhookRejectedError"),
    "emulator: a pre-event refusal",
  );
  check(
    hooked.webhooks.map((call) => `${call.event} ${call.status}`).join(", ") ===
      "onMessageAdd 204, onMessageAdded 204, onMessageAdd 403",
    "emulator: webhooks signed and sent in order",
  );
  const uncalled = Object.keys(emulatorPkg).filter((name) => name !== "__esModule" && !called.has(name));
  check(uncalled.length === 0, `every emulator export called (not: ${uncalled.join(", ")})`);
  return [
    `emulator: create, fetch, list newest first, 404, typed page, seed refused, webhooks (${called.size} exports)`,
  ];
}
