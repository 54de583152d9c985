// Sending the verifier's requests: built from an operation and wire-named values, sent with the
// credentials (or none, or wrong ones, on purpose), a 429 waited out as Twilio asks, a budget of
// requests kept, and each exchange kept for the report with the token masked.
import { ConnectionError, ConversationsError } from "../core/errors.js";
import { urlFor } from "../core/operations.js";
import type { OperationView } from "./spec.js";

export type Credentials = "right" | "none" | "wrong";

export interface RequestPlan {
  op: OperationView;
  /** Why it is sent: "negative-data: Body x-max-bytes", "stateful: fetch the created message"… */
  purpose: string;
  path: Record<string, string>;
  query?: Record<string, string | number>;
  header?: Record<string, string>;
  body?: Record<string, string>;
  credentials?: Credentials;
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
    credentials: Credentials;
  };
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
}

/** The target could not be reached (refused, reset, DNS, timeout): the run cannot go on. */
export class TargetUnreachable extends ConnectionError {
  override name = "TargetUnreachable";
}
/** The budget of requests is spent. */
export class BudgetSpent extends ConversationsError {
  override name = "BudgetSpent";
}

export interface SenderOptions {
  target: string;
  fetch: typeof fetch;
  username: string;
  password: string;
  maxRequests: number;
  /** The longest Retry-After waited out, in ms (a longer one is a failure of the run). */
  maxWaitMs: number;
  timeoutMs: number;
}

const basic = (user: string, password: string) => {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${user}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
};

export class Sender {
  readonly exchanges: Exchange[] = [];
  /** Requests sent, 429 retries and clean-up not counted. */
  counted = 0;
  waitedMs = 0;
  readonly #options: SenderOptions;

  constructor(options: SenderOptions) {
    this.#options = options;
  }

  /** Sends a request; `counted: false` for clean-up, which must happen whatever the budget. */
  async send(plan: RequestPlan, { counted = true } = {}): Promise<Exchange> {
    if (counted && this.counted >= this.#options.maxRequests)
      throw new BudgetSpent(`${this.#options.maxRequests} requests`);
    if (counted) this.counted++;
    const { method } = plan.op.operation;
    let url = plan.url ?? urlFor(this.#options.target, plan.op.operation, plan.path);
    if (!plan.url && plan.query && Object.keys(plan.query).length) {
      url += `?${new URLSearchParams(Object.entries(plan.query).map(([k, v]) => [k, String(v)]))}`;
    }
    const headers: Record<string, string> = { accept: "application/json", ...plan.header };
    const credentials = plan.credentials ?? "right";
    if (credentials !== "none") {
      const password = credentials === "wrong" ? `${this.#options.password}-wrong` : this.#options.password;
      headers.authorization = basic(this.#options.username, password);
    }
    let body: string | undefined;
    if (plan.body) {
      body = new URLSearchParams(plan.body).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    for (;;) {
      let response: Response;
      let text: string;
      try {
        response = await this.#options.fetch(url, {
          method,
          headers,
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(this.#options.timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        throw new TargetUnreachable(describe(error));
      }
      const answerHeaders = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]));
      if (response.status === 429) {
        // Twilio's rate limit: wait as long as it asks, then send the same request again.
        const wait = retryAfterMs(answerHeaders["retry-after"]);
        if (wait <= this.#options.maxWaitMs) {
          this.waitedMs += wait;
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
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
        text,
      };
      try {
        exchange.json = text === "" ? undefined : JSON.parse(text);
      } catch {}
      this.exchanges.push(exchange);
      return exchange;
    }
  }
}

/** Retry-After in ms (seconds or an HTTP date); a second when absent or unreadable. */
function retryAfterMs(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 1000;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}

/** An error and its causes in one line ("fetch failed: connect ECONNREFUSED 127.0.0.1:9"). */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current = error as { message?: string; code?: string; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 4; depth++) {
    const code =
      typeof current.code === "string" && !String(current.message).includes(current.code)
        ? ` (${current.code})`
        : "";
    parts.push(`${current.message ?? String(current)}${code}`);
    current = current.cause as typeof current;
  }
  return parts.join(": ");
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
        ? `${value.slice(0, 40)}… (${value.length} characters; all of it in the --json report)`
        : value;
    parts.push("--data-urlencode", quote(`${name}=${shown}`));
  }
  return parts.join(" ");
}
