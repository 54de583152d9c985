// Sending webhooks as Twilio sends them (src/generated/webhooks.ts): the event's method and media
// type, its fields form-encoded, and the signature header, right, forged or absent on purpose. A
// receiver is judged on its answer within the event's timeout, so a timeout is an answer to
// judge (status 0), not an error; only a receiver never reached at all ends the run.
import { readBounded } from "../core/body.js";
import { describeCauses } from "../core/causes.js";
import { type WebhookEvent, webhookTable } from "../core/webhooks.js";
import { signature } from "../generated/webhooks.js";
import { DEFAULT_MAX_ANSWER_BYTES, type Exchange, RunStopped, TargetUnreachable } from "./exchange.js";

/** The signature header as an exchange keeps its headers (lower case), so that curlOf sends it again. */
export const SIGNATURE_HEADER = signature.header.toLowerCase();

export interface Delivery {
  event: WebhookEvent;
  purpose: string;
  fields: Record<string, string>;
  /** The X-Twilio-Signature value; undefined sends none. */
  signature: string | undefined;
  timeoutMs: number;
}

export interface WebhookSenderOptions {
  url: string;
  fetch: typeof fetch;
  maxAnswerBytes?: number | undefined;
  /** Stops the run: no further webhook is sent, and the one in flight is abandoned. */
  signal?: AbortSignal | undefined;
}

export class WebhookSender {
  readonly exchanges: Exchange[] = [];
  readonly #options: WebhookSenderOptions;
  /** Whether the receiver ever answered: until it has, a connection error means it cannot be reached. */
  #reached = false;

  constructor(options: WebhookSenderOptions) {
    this.#options = options;
  }

  async send(delivery: Delivery): Promise<Exchange> {
    const { url, signal } = this.#options;
    if (signal?.aborted) throw new RunStopped("interrupt", "the run was interrupted");
    const entry = webhookTable[delivery.event];
    const headers: Record<string, string> = { "content-type": entry.contentType };
    if (delivery.signature !== undefined) headers[SIGNATURE_HEADER] = delivery.signature;
    const body = new URLSearchParams(delivery.fields).toString();
    const exchange: Exchange = {
      n: this.exchanges.length + 1,
      operation: delivery.event,
      purpose: delivery.purpose,
      // No Basic credentials: a webhook is signed, not authenticated.
      request: { method: entry.method, url, headers, body, credentials: "none" },
      status: 0,
      headers: {},
      text: "",
    };
    const timeout = AbortSignal.timeout(delivery.timeoutMs);
    try {
      const response = await this.#options.fetch(url, {
        method: entry.method,
        headers,
        body,
        redirect: "manual",
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
      const limit = this.#options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
      const read = await readBounded(response.body, limit);
      exchange.status = response.status;
      exchange.headers = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]));
      exchange.text = read.text;
      if (read.over) {
        const declared = Number(exchange.headers["content-length"]);
        exchange.oversize = { limit, declared: Number.isSafeInteger(declared) ? declared : undefined };
      } else {
        try {
          exchange.json = read.text === "" ? undefined : JSON.parse(read.text);
        } catch {}
      }
      this.#reached = true;
    } catch (error) {
      if (signal?.aborted) throw new RunStopped("interrupt", "the run was interrupted");
      if (timeout.aborted) exchange.failed = `no answer within ${delivery.timeoutMs} ms`;
      else if (!this.#reached) throw new TargetUnreachable(describeCauses(error));
      else exchange.failed = `the connection failed: ${describeCauses(error)}`;
    }
    this.exchanges.push(exchange);
    return exchange;
  }
}
