// Sending the verifier's requests: built from an operation and wire-named values, sent with the
// credentials (or none, or wrong ones, on purpose), a 429 waited out as Twilio asks, a budget of
// requests and of time kept, and each exchange kept for the report with the token masked. Whatever
// the server answers, a run stays bounded: an answer is read up to a size, a 429 is waited out a
// few times only, and what is kept of each exchange for the report is cut to a size too.
import { basicHeader } from "../core/basic.js";
import { readBounded } from "../core/body.js";
import { describeCauses } from "../core/causes.js";
import { delay } from "../core/delay.js";
import { ConnectionError, ConversationsError } from "../core/errors.js";
import { urlFor } from "../core/operations.js";
import { retryAfterMs } from "../core/retry-after.js";
import { clipUnits } from "../core/text.js";
import type { OperationId } from "../generated/operations.js";
import type { OperationView } from "./spec.js";
import { head } from "./text.js";

/** Which credentials a request carries: the right ones, none, or a wrong password (on purpose). */
export type CredentialsSent = "right" | "none" | "wrong";

export interface RequestPlan {
  op: OperationView;
  /** Why it is sent: "negative-data: Body x-max-bytes", "stateful: fetch the created message"… */
  purpose: string;
  path: Record<string, string>;
  query?: Record<string, string | number>;
  header?: Record<string, string>;
  body?: Record<string, string>;
  credentials?: CredentialsSent;
  /** A URL the server gave (a page link) instead of one built from the operation. */
  url?: string;
}

export interface Exchange {
  n: number;
  operation: string;
  purpose: string;
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string | undefined;
    credentials: CredentialsSent;
  };
  status: number;
  headers: Record<string, string>;
  /** The answer's text (only its start when it was larger than the verifier reads, or keeps). */
  text: string;
  /** The body parsed as JSON, when it is JSON (and was read whole). */
  json?: unknown;
  /** The answer was larger than the verifier reads: the limit, and its Content-Length if it gave one. */
  oversize?: { limit: number; declared: number | undefined };
  /** Set when `text` holds only the start of the answer: the whole text's length, in UTF-16 units. */
  fullLength?: number;
  /** Set when no answer came (a webhook receiver's timeout, a connection that failed): why. `status` is then 0. */
  failed?: string;
}

/** The target could not be reached (refused, reset, DNS, timeout): the run cannot go on. */
export class TargetUnreachable extends ConnectionError {
  override name = "TargetUnreachable";
}
/** Why a run stops before its end. */
export type StopKind = "budget" | "time" | "interrupt" | "rate-limit" | "connection";

/** The run stops before it is done: the kind, and a message that says why ("the budget of 500 requests was spent"). */
export class RunStopped extends ConversationsError {
  override name = "RunStopped";
  readonly kind: StopKind;
  constructor(kind: StopKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
const interrupted = () => new RunStopped("interrupt", "the run was interrupted");

export interface SenderOptions {
  target: string;
  fetch: typeof fetch;
  username: string;
  password: string;
  maxRequests: number;
  /** The longest Retry-After waited out, in ms (a longer one stops the run). */
  maxWaitMs: number;
  timeoutMs: number;
  /** The most bytes of an answer read; the rest is not. Default 8 MiB. */
  maxAnswerBytes?: number;
  /** When no further counted request is sent (ms since the epoch). Default: none. */
  deadline?: number;
  /** What the time limit is, for the message when the deadline passes ("900 s"). */
  deadlineText?: string;
  /**
   * Stops the checks' requests (not the clean-up's): none is sent after it, and a 429 wait ends.
   * The request in flight is let finish (within its timeout), so that a message it made is known
   * and can be deleted.
   */
  signal?: AbortSignal | undefined;
  /** Told of each 429 waited out. */
  onWait?: (wait: { ms: number; operation: OperationId; purpose: string }) => void;
}

export const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** A request answered 429 this many times in a row is answered so: the 429 is judged. */
export const MAX_RATE_LIMIT_WAITS = 10;
/** What an exchange keeps of an answer's text for the report, in UTF-16 units. */
export const KEPT_TEXT = 64 * 1024;

/** The wait when a 429's Retry-After is absent or unreadable: a second, the window Twilio's rate limits count in. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;

export class Sender {
  /** Every exchange, as kept for the report (a long answer's text cut to KEPT_TEXT). */
  readonly exchanges: Exchange[] = [];
  /** Requests sent, 429 retries and clean-up not counted. */
  counted = 0;
  waitedMs = 0;
  readonly #options: SenderOptions;
  readonly #kept = new WeakMap<Exchange, Exchange>();

  constructor(options: SenderOptions) {
    this.#options = options;
  }

  /** The exchange as the report keeps it (the same one unless its answer was long). */
  keptOf(exchange: Exchange): Exchange {
    return this.#kept.get(exchange) ?? exchange;
  }

  /** Sends a request; `counted: false` for clean-up, which must happen whatever the budget. */
  async send(plan: RequestPlan, { counted = true } = {}): Promise<Exchange> {
    const { signal, maxRequests, maxWaitMs } = this.#options;
    // The clean-up goes on after an interrupt, past the budget and the time limit.
    const deadline = counted ? this.#options.deadline : undefined;
    const timeUp = () =>
      new RunStopped("time", `the time limit of ${this.#options.deadlineText} was reached`);
    if (counted) {
      if (signal?.aborted) throw interrupted();
      if (this.counted >= maxRequests)
        throw new RunStopped("budget", `the budget of ${maxRequests} requests was spent`);
      if (deadline !== undefined && Date.now() >= deadline) throw timeUp();
      this.counted++;
    }
    const { method } = plan.op.operation;
    let url = plan.url ?? urlFor(this.#options.target, plan.op.operation, plan.path);
    if (!plan.url && plan.query && Object.keys(plan.query).length) {
      url += `?${new URLSearchParams(Object.entries(plan.query).map(([k, v]) => [k, String(v)]))}`;
    }
    const headers: Record<string, string> = { accept: "application/json", ...plan.header };
    const credentials = plan.credentials ?? "right";
    if (credentials !== "none") {
      const password = credentials === "wrong" ? `${this.#options.password}-wrong` : this.#options.password;
      headers.authorization = basicHeader(this.#options.username, password);
    }
    let body: string | undefined;
    if (plan.body) {
      body = new URLSearchParams(plan.body).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const limit = this.#options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
    const stop = counted ? signal : undefined;
    for (let waits = 0; ; waits++) {
      let response: Response;
      let read: Awaited<ReturnType<typeof readBounded>>;
      try {
        response = await this.#options.fetch(url, {
          method,
          headers,
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(this.#options.timeoutMs),
        });
        read = await readBounded(response.body, limit);
      } catch (error) {
        throw new TargetUnreachable(describeCauses(error));
      }
      const answerHeaders = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]));
      if (response.status === 429) {
        // Twilio's rate limit: wait as long as it asks, then send the same request again. A 429 is
        // no verdict on what the checks ask: one not waited out stops the run (not the clean-up,
        // for which it is the answer).
        const wait = retryAfterMs(answerHeaders["retry-after"]) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
        const refusal =
          waits >= MAX_RATE_LIMIT_WAITS
            ? new RunStopped(
                "rate-limit",
                `the server answered 429 to one request ${waits + 1} times in a row`,
              )
            : wait > maxWaitMs
              ? new RunStopped(
                  "rate-limit",
                  `the server asked to wait ${Math.ceil(wait / 1000)} s (Retry-After), longer than the ${maxWaitMs / 1000} s the verifier waits`,
                )
              : deadline !== undefined && Date.now() + wait >= deadline
                ? timeUp()
                : undefined;
        if (!refusal) {
          this.#options.onWait?.({ ms: wait, operation: plan.op.id, purpose: plan.purpose });
          this.waitedMs += wait;
          await delay(wait, stop).catch(() => {
            throw interrupted();
          });
          continue;
        }
        if (counted) throw refusal;
      }
      const exchange: Exchange = {
        n: this.exchanges.length + 1,
        operation: plan.op.id,
        purpose: plan.purpose,
        request: {
          method,
          url,
          headers: { ...headers, ...(headers.authorization && { authorization: "Basic ***" }) },
          body,
          credentials,
        },
        status: response.status,
        headers: answerHeaders,
        text: read.text,
      };
      if (read.over) {
        const declared = Number(answerHeaders["content-length"]);
        exchange.oversize = { limit, declared: Number.isSafeInteger(declared) ? declared : undefined };
      } else {
        try {
          exchange.json = read.text === "" ? undefined : JSON.parse(read.text);
        } catch {}
      }
      this.exchanges.push(this.#keep(exchange));
      return exchange;
    }
  }

  /** What the report keeps of an exchange: all of it, or, for a long answer, the start of its text. */
  #keep(exchange: Exchange): Exchange {
    if (exchange.text.length <= KEPT_TEXT) return exchange;
    const { json: _, ...rest } = exchange;
    const kept = { ...rest, text: clipUnits(exchange.text, KEPT_TEXT), fullLength: exchange.text.length };
    this.#kept.set(exchange, kept);
    return kept;
  }
}

/** A curl command that sends the exchange's request again, the token left to the environment. */
export function curlOf(exchange: Exchange): string {
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
  const parts = ["curl", "-sS", "-X", exchange.request.method, quote(exchange.request.url)];
  if (exchange.request.credentials === "right") parts.push("-u", '"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"');
  if (exchange.request.credentials === "wrong") parts.push("-u", '"$TWILIO_ACCOUNT_SID:wrong-token"');
  for (const [name, value] of Object.entries(exchange.request.headers)) {
    if (name === "authorization" || name === "accept" || name === "content-type") continue;
    parts.push("-H", quote(`${name}: ${value}`));
  }
  for (const [name, value] of new URLSearchParams(exchange.request.body ?? "")) {
    const shown =
      value.length > 200
        ? `${head(value, 40)}… (${value.length} characters; all of it in the --json report)`
        : value;
    parts.push("--data-urlencode", quote(`${name}=${shown}`));
  }
  return parts.join(" ");
}
