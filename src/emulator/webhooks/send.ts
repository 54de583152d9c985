// Sending one event as Twilio does: a signed form POST (or GET with the fields in the query
// string), with the headers captured requests show, given up after the event's timeout. What was
// sent and what came back is recorded; nothing here throws.
import type { WebhookEntry, WebhookEvent, WebhookPhase } from "../../core/webhooks.js";
import { signature } from "../../generated/webhooks.js";
import { getExpectedTwilioSignature } from "../../webhooks/signature.js";

/** One webhook the emulator sent, and how it was answered (filled in when the answer comes). */
export interface WebhookCall {
  event: WebhookEvent;
  phase: WebhookPhase;
  /** The URL requested: for GET, with the fields in its query string. */
  url: string;
  method: "POST" | "GET";
  /** The event's fields, as sent. */
  params: Record<string, string>;
  /** The answer's status; undefined until it comes, and when none came. */
  status?: number | undefined;
  /** The answer's body, as text (a pre-event's may change the message). */
  answer?: string | undefined;
  /** Why no answer came: the fetch's error, or the timeout. */
  error?: string | undefined;
  /** No answer came within the event's timeout. */
  timedOut?: boolean | undefined;
  /** From sending to the answer's body read (or giving up), in ms. */
  durationMs?: number | undefined;
}

export interface Sender {
  fetch: typeof fetch;
  authToken: string;
}

// Not in the spec's tables: the headers every captured Conversations webhook carries.
const USER_AGENT = "TwilioProxy/1.1";
const IDEMPOTENCY = "I-Twilio-Idempotency-Token";
const FORM = "application/x-www-form-urlencoded";
// When the spec gives an event no timeout: Twilio's, the one every event of the spec has today.
const DEFAULT_TIMEOUT_MS = 5000;

/** The URL and body of an event: GET puts the fields in the query string, after any it has. */
function requestOf(base: string, method: "POST" | "GET", params: Record<string, string>) {
  if (method === "POST") return { url: base, body: new URLSearchParams(params).toString() };
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
  return { url: url.toString(), body: undefined };
}

/**
 * Sends an event and resolves its call once answered or given up. The timeout is a setTimeout, so
 * that a test can pass it with fake timers rather than wait.
 */
export async function send(
  sender: Sender,
  call: WebhookCall,
  entry: WebhookEntry,
  base: string,
): Promise<WebhookCall> {
  const { url, body } = requestOf(base, call.method, call.params);
  call.url = url;
  // A GET's signature is over the full URL and nothing after it, as Twilio signs it.
  const signed = getExpectedTwilioSignature(sender.authToken, url, call.method === "POST" ? call.params : {});
  const headers: Record<string, string> = {
    [signature.header]: signed,
    [IDEMPOTENCY]: crypto.randomUUID(),
    "User-Agent": USER_AGENT,
  };
  if (body !== undefined) headers["Content-Type"] = FORM;
  const controller = new AbortController();
  const timeoutMs = entry.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Raced as well as passed on: a fetch (a test's handler) may not heed the signal.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(controller.signal.reason);
    }, timeoutMs);
  });
  const started = Date.now();
  const exchange = (async () => {
    const response = await sender.fetch(
      new Request(url, { method: call.method, headers, body, signal: controller.signal }),
    );
    const text = await response.text();
    return { status: response.status, text };
  })();
  try {
    const answered = await Promise.race([exchange, timedOut]);
    call.status = answered.status;
    call.answer = answered.text;
  } catch (error) {
    if (controller.signal.aborted) {
      call.timedOut = true;
      call.error = `no answer within ${timeoutMs} ms`;
    } else {
      const cause = (error as Error).cause as Error | undefined;
      call.error = [(error as Error).message, cause?.message].filter(Boolean).join(": ");
    }
  } finally {
    clearTimeout(timer);
    call.durationMs = Date.now() - started;
    // The loser of the race is let go: its rejection is no unhandled one.
    exchange.catch(() => undefined);
    timedOut.catch(() => undefined);
  }
  return call;
}
