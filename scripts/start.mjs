#!/usr/bin/env node
// `npm start`: a walk through the Message resource with the facade, printed as a transcript.
//   (default)  against the package's emulator, in this process: no account, no network, and a
//              consistent walk (the fetched message is the created one, pages page)
//   --prism    against the Prism mock of openapi/messages.yaml, started and stopped here (stateless:
//              each call gets the spec's example)
//   --live     against Twilio, with TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_CONVERSATION_SID
//              (TWILIO_CHAT_SERVICE_SID for the service step); it deletes only the message it created.
import { parseArgs } from "node:util";
import { startPrism } from "./lib/prism.mjs";
import { loadDereferencedSpec, SPEC_PATH } from "./lib/spec.mjs";

function fail(message, code = 2) {
  console.error(`start: ${message}`);
  process.exit(code);
}

let live;
let prism;
try {
  ({
    values: { live, prism },
  } = parseArgs({
    options: { live: { type: "boolean", default: false }, prism: { type: "boolean", default: false } },
  }));
} catch (error) {
  fail(`${error.message}. Usage: npm start [-- --prism | --live]`);
}
if (live && prism) fail("--prism and --live exclude each other. Usage: npm start [-- --prism | --live]");

const env = process.env;
if (live) {
  const missing = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_CONVERSATION_SID"].filter(
    (n) => !env[n],
  );
  if (missing.length) fail(`--live needs ${missing.join(", ")} in the environment`);
}

let twilio;
let createEmulator;
try {
  ({ default: twilio } = await import("../dist/index.js"));
  ({ createEmulator } = await import("../dist/emulator.js"));
} catch {
  fail("dist/ is missing: run `npm run build` first (npm start does it for you)");
}

const short = (text) => (typeof text === "string" && text.length > 40 ? `${text.slice(0, 37)}…` : text);
const show = (value) =>
  value === null ? "null" : typeof value === "string" ? JSON.stringify(short(value)) : String(value);
function describe(m) {
  const media = m.media?.length ? `  media ${m.media.length}` : "";
  return `${m.sid}  #${m.index}  author ${show(m.author)}  body ${show(m.body)}${media}  created ${m.dateCreated?.toISOString()}`;
}

let mock;
let exitCode = 0;
try {
  let client;
  let conversation;
  let service;
  if (live) {
    client = twilio(env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN);
    conversation = env.TWILIO_CONVERSATION_SID;
    service = env.TWILIO_CHAT_SERVICE_SID;
    console.log(`Live, as ${client.accountSid}\n`);
  } else if (!prism) {
    const spec = await loadDereferencedSpec();
    const emulator = createEmulator();
    conversation = spec.components.parameters.ConversationSid.example;
    service = spec.components.parameters.ChatServiceSid.example;
    // Two earlier messages, so that the lists have something to order and page.
    emulator.seed(conversation, [
      { author: "hook", body: "Who goes there?", dateCreated: new Date("2015-12-16T22:18:30Z") },
      { author: "peter", body: "A friend.", dateCreated: new Date("2015-12-16T22:18:33Z") },
    ]);
    emulator.seed(conversation, [{ author: "wendy", body: "Second star to the right." }], { service });
    client = twilio(spec.components.examples.CreatedMessage.value.account_sid, "any-token", {
      fetch: emulator.fetch,
    });
    console.log("Emulator of openapi/messages.yaml (conversations-message/emulator), in this process\n");
  } else {
    const spec = await loadDereferencedSpec();
    mock = await startPrism(["mock", SPEC_PATH, "--errors", "--verboseLevel", "warn"]);
    console.log(`Mock of openapi/messages.yaml (Prism) on ${mock.url}\n`);
    // The mock answers each call with the spec's example; for a newest-first list, ask for the
    // newest-first one (its first page only: its next page link would lead back to itself).
    const newestFirst = (url) => String(url).includes("Order=desc") && !String(url).includes("PageToken");
    const mockFetch = (url, init) =>
      fetch(
        url,
        newestFirst(url) ? { ...init, headers: { ...init.headers, Prefer: "example=list-desc" } } : init,
      );
    client = twilio(spec.components.examples.CreatedMessage.value.account_sid, "any-token", {
      baseUrl: mock.url,
      fetch: mockFetch,
    });
    conversation = spec.components.parameters.ConversationSid.example;
    service = spec.components.parameters.ChatServiceSid.example;
  }

  const messages = client.conversations.v1.conversations(conversation).messages;
  const steps = [];
  const step = (title, code, run) => steps.push({ title, code, run });
  let created;
  step(
    "Create a message",
    `conversations(${show(conversation)}).messages.create({ author: "smee", body: "Ahoy there!" })`,
    async () => {
      created = await messages.create({ author: "smee", body: "Ahoy there!" });
      return describe(created);
    },
  );
  step(
    "Fetch it",
    () => `conversations(…).messages(${show(created.sid)}).fetch()`,
    async () => describe(await messages(created.sid).fetch()),
  );
  step("List messages", "conversations(…).messages.list({ limit: 20 })", async () => {
    const all = await messages.list({ limit: 20 });
    return [`${all.length} message(s)`, ...all.map(describe)].join("\n     ");
  });
  step("List newest first", 'conversations(…).messages.list({ order: "desc", limit: 20 })', async () => {
    const all = await messages.list({ order: "desc", limit: 20 });
    return [`${all.length} message(s)`, ...all.map(describe)].join("\n     ");
  });
  step(
    "Page through, two at a time",
    "conversations(…).messages.page({ pageSize: 2 }), then page.nextPage()",
    async () => {
      const lines = [];
      for (
        let page = await messages.page({ pageSize: 2 }), n = 1;
        page && n <= 5;
        page = await page.nextPage(), n++
      ) {
        lines.push(`page ${n}: ${page.instances.map((m) => `#${m.index}`).join(", ") || "(empty)"}`);
      }
      return lines.join("\n     ");
    },
  );
  step(
    "Update it",
    () => `conversations(…).messages(${show(created.sid)}).update({ body: "I take back what I said" })`,
    async () => describe(await messages(created.sid).update({ body: "I take back what I said" })),
  );
  step(
    "Delete it",
    () => `conversations(…).messages(${show(created.sid)}).remove()`,
    async () => String(await messages(created.sid).remove()),
  );
  step(
    "In an explicit Conversation Service",
    `services(${show(service ?? "IS…")}).conversations(…).messages.list({ limit: 5 })`,
    async () => {
      if (!service) return "skipped: set TWILIO_CHAT_SERVICE_SID to try the service-scoped calls live";
      const all = await client.conversations.v1
        .services(service)
        .conversations(conversation)
        .messages.list({ limit: 5 });
      return [`${all.length} message(s)`, ...all.map(describe)].join("\n     ");
    },
  );

  for (const [i, { title, code, run }] of steps.entries()) {
    console.log(`${i + 1}. ${title}\n   ${typeof code === "function" ? code() : code}`);
    try {
      console.log(`   → ${await run()}\n`);
    } catch (error) {
      const facts = [
        error.status && `HTTP ${error.status}`,
        error.code && `code ${error.code}`,
        error.moreInfo,
      ].filter(Boolean);
      console.error(
        `start: step ${i + 1} failed: ${error.name}: ${error.message}${facts.length ? ` (${facts.join(", ")})` : ""}`,
      );
      exitCode = 1;
      break;
    }
  }
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  if (mock) {
    await mock.stop();
    console.log("Mock stopped.");
  }
}
process.exit(exitCode);
