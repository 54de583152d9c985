/// <reference types="node" />
// `npx conversations-message-emulator [--port 4010] [--host 127.0.0.1] [--rate-limit 30]
// [--pre-webhook-url URL] [--post-webhook-url URL] [--webhook-method POST|GET] [--webhook-filters a,b]`: the
// emulator as a server on loopback, for code in another process or language. Prints its URL;
// stops cleanly on SIGINT or SIGTERM.
import { parseArgs } from "node:util";
import { createEmulator } from "./index.js";

const USAGE = `Usage: conversations-message-emulator [--port N] [--host H] [--rate-limit N]
       [--pre-webhook-url URL] [--post-webhook-url URL] [--webhook-method M] [--webhook-filters E,E]

A stateful emulator of Twilio's Conversations Message API on loopback, for tests:
point a client at the URL it prints: this package's baseUrl option (or
TWILIO_CONVERSATIONS_BASE_URL, which only this package reads), or, with the official
twilio package, client.conversations.baseUrl = URL.
With TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN set it accepts only those credentials,
as Twilio does; without them, any.

  --port N         the port to listen on (default 4010; 0 picks a free one)
  --host H         the address to listen on (default 127.0.0.1)
  --rate-limit N   answer 429 past N message actions per second per conversation (Twilio: 30)
  --pre-webhook-url URL    send pre-events (awaited; they may change or refuse a message) to URL
  --post-webhook-url URL   send post-events to URL
  --webhook-method M       POST (default) or GET
  --webhook-filters E,E    only these events (default: every event of the spec)
  --help           this text
Webhooks fire for REST writes sent with X-Twilio-Webhook-Enabled: true, signed with
TWILIO_AUTH_TOKEN when both credentials are set (else "emulator-auth-token").`;

function usage(message: string): never {
  console.error(`conversations-message-emulator: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values: {
  port?: string;
  host?: string;
  "rate-limit"?: string;
  "pre-webhook-url"?: string;
  "post-webhook-url"?: string;
  "webhook-method"?: string;
  "webhook-filters"?: string;
  help?: boolean;
};
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "rate-limit": { type: "string" },
      "pre-webhook-url": { type: "string" },
      "post-webhook-url": { type: "string" },
      "webhook-method": { type: "string" },
      "webhook-filters": { type: "string" },
      help: { type: "boolean", default: false },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const whole = (flag: string, text: string | undefined, min: number) => {
  const n = Number(text);
  if (!/^\d+$/.test(text ?? "") || n < min || n > 65_535)
    usage(`${flag} must be a whole number from ${min} to 65535, got ${text}`);
  return n;
};
const port = whole("--port", values.port, 0);
const rateLimit =
  values["rate-limit"] === undefined ? undefined : whole("--rate-limit", values["rate-limit"], 1);

// With TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN set, only those credentials are taken, as Twilio
// takes only yours; without them, any are.
// The webhook flags, as createEmulator()'s webhooks option takes them (it checks them).
const hookFlags = {
  preWebhookUrl: values["pre-webhook-url"],
  postWebhookUrl: values["post-webhook-url"],
  method: values["webhook-method"] as "POST" | "GET" | undefined,
  filters: values["webhook-filters"]?.split(",").map((name) => name.trim()),
};
const webhooks = Object.values(hookFlags).some((v) => v !== undefined) ? hookFlags : undefined;
const FLAG_OF: Record<string, string> = {
  "webhooks.preWebhookUrl": "--pre-webhook-url",
  "webhooks.postWebhookUrl": "--post-webhook-url",
  "webhooks.method": "--webhook-method",
};
const accountSid = process.env.TWILIO_ACCOUNT_SID || undefined;
const authToken = process.env.TWILIO_AUTH_TOKEN || undefined;
const checked = accountSid !== undefined && authToken !== undefined;
let emulator: ReturnType<typeof createEmulator>;
try {
  emulator = createEmulator({ rateLimit, webhooks, ...(checked && { accountSid, authToken }) });
} catch (error) {
  // The rate limit was checked above: what is left to refuse is a webhook flag or came from the environment.
  const field = String((error as { field?: string }).field);
  const flag =
    FLAG_OF[field] ?? (field.startsWith("webhooks.filters") ? "--webhook-filters" : "TWILIO_ACCOUNT_SID");
  usage(`${flag}: ${(error as Error).message}`);
}
let url: string;
try {
  url = await emulator.listen(port, values.host);
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(
    `conversations-message-emulator: cannot listen on ${values.host}:${port}: ${code ?? (error as Error).message}`,
  );
  process.exit(1);
}
console.log(
  `Conversations Message emulator on ${url}${rateLimit ? ` (rate limit ${rateLimit}/s per conversation)` : ""}`,
);
if (webhooks)
  console.log(
    `Webhooks: pre-events to ${webhooks.preWebhookUrl ?? "(none)"}, post-events to ${webhooks.postWebhookUrl ?? "(none)"}.`,
  );
console.log(
  checked
    ? `Only the credentials of TWILIO_ACCOUNT_SID (${accountSid}) and TWILIO_AUTH_TOKEN are accepted. Ctrl-C stops it.`
    : "Any credentials are accepted (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to accept only those). Ctrl-C stops it.",
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await emulator.close();
    console.log("Emulator stopped.");
    process.exit(0);
  });
}
