// The one way requests leave this package: both the typed fetch client and the facade send
// through a Transport. It adds the credentials, the User-Agent and a timeout per attempt, reads the
// whole answer under that timeout, and retries what is safe to retry. The credentials live only in
// this closure: no object the package returns or throws holds them.
import { PACKAGE_NAME, VERSION } from "../version.js";
import { basicHeader } from "./basic.js";
import { describeCauses } from "./causes.js";
import { delay } from "./delay.js";
import { readEnv } from "./env.js";
import { AbortError, ConnectionError, RedirectError, TimeoutError } from "./errors.js";
import { type ClientOptions, type Credentials, resolveRetries, resolveTimeout } from "./options.js";
import { PlainRequest } from "./request.js";
import { retryAfterMs } from "./retry-after.js";

export interface TransportRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal | null | undefined;
  /**
   * Whether sending it twice does no harm (fetch, list, update, delete). A create is not: after a
   * 5xx or a dropped connection it may have been posted already, so only 429 is retried for it.
   */
  idempotent: boolean;
}

/** An answer read in full. */
export interface TransportResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  /** The fetch Response it came in, its body already read (as `text`). */
  response: Response;
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
}

export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  maxRetries: number;
  /** The longest single wait, in ms; a Retry-After beyond it fails at once. */
  maxRetryDelay: number;
  /** Also retry creates on 5xx and connection errors (risks posting a message twice). */
  retryCreates: boolean;
}

export interface TransportOptions {
  credentials: Pick<Credentials, "username" | "password">;
  timeout: number;
  retry: RetryPolicy;
  fetch?: typeof fetch | undefined;
  userAgentExtensions?: string[] | undefined;
  debug?: ((line: string) => void) | undefined;
}

const RETRIED_5XX = new Set([500, 502, 503, 504]);
interface Deadline {
  controller: AbortController;
  signal: AbortSignal;
}
const BACKOFF_BASE_MS = 250;

export function createTransport(options: TransportOptions): Transport {
  const authorization = basicHeader(options.credentials.username, options.credentials.password);
  const userAgent = [
    `${PACKAGE_NAME}/${VERSION}`,
    `(${runtimeName()})`,
    ...(options.userAgentExtensions ?? []),
  ].join(" ");
  const { timeout, retry, debug } = options;

  /** One attempt; `deadline` is the call's timeout controller, aborted when an attempt runs too long. */
  async function attempt(
    request: TransportRequest,
    what: Described,
    deadline: Deadline,
  ): Promise<TransportResponse> {
    // Checked here too: a custom fetch may not look at the signal.
    if (request.signal?.aborted)
      throw new AbortError(`${what} was aborted by the caller`, { cause: request.signal.reason });
    const doFetch = options.fetch ?? globalThis.fetch;
    // A plain timer per attempt, cleared as soon as the answer is read, and unref'd so it never
    // holds the process open (AbortSignal.timeout costs several µs per call in Node 20).
    const timeoutController = deadline.controller;
    const timer = setTimeout(() => timeoutController.abort(), timeout) as unknown as { unref?: () => void };
    // Stryker disable next-line OptionalChaining: Node's timers always have unref; other runtimes' are numbers.
    timer.unref?.();
    const signal = deadline.signal;
    // Header names are case-insensitive: the caller's own Authorization or User-Agent, in any case,
    // gives way to the transport's rather than being sent alongside it.
    const headers: Record<string, string> = { Accept: "application/json" };
    for (const name in request.headers) {
      const lower = name.toLowerCase();
      if (lower === "accept") delete headers.Accept;
      if (lower !== "authorization" && lower !== "user-agent")
        headers[name] = request.headers[name] as string;
    }
    headers.Authorization = authorization;
    headers["User-Agent"] = userAgent;
    let response: Response;
    let text: string;
    try {
      // Twilio's API does not redirect: a redirect is never followed, so the request and its
      // credentials never reach the place it points to (see below).
      response = await doFetch(request.url, {
        method: request.method,
        headers,
        body: request.body,
        signal,
        redirect: "manual",
      });
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted)
        throw new AbortError(`${what} was aborted by the caller`, { cause: error });
      if (timeoutController.signal.aborted) {
        throw new TimeoutError(`${what} timed out after ${timeout} ms`, { cause: error });
      }
      throw new ConnectionError(`${what} failed: ${describeCauses(error)}`, { cause: error });
    } finally {
      clearTimeout(timer as Parameters<typeof clearTimeout>[0]);
    }
    const status = response.status;
    if ((status >= 300 && status < 400) || status === 0) {
      // A browser hides a manual redirect as an "opaqueredirect": status 0 and no Location.
      if (response.type === "opaqueredirect") throw new RedirectError(status, undefined, String(what));
      if (response.headers.has("location"))
        throw new RedirectError(status, locationOf(response, request.url), String(what));
    }
    // Headers are read only when wanted (a 429's Retry-After, the typed client): building them
    // costs each call a few µs otherwise.
    return {
      status: response.status,
      statusText: response.statusText,
      get headers() {
        return response.headers;
      },
      text,
      response,
    };
  }

  async function send(request: TransportRequest): Promise<TransportResponse> {
    const what = describeRequest(request);
    const mayRepeat = request.idempotent || retry.retryCreates;
    // One controller for the call's timeouts (a timed-out attempt is not retried), joined to the
    // caller's signal only when there is one: creating signals is what costs most per call.
    const controller = new AbortController();
    const deadline: Deadline = {
      controller,
      signal: request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal,
    };
    for (let tries = 0; ; tries++) {
      const started = Date.now();
      let answer: TransportResponse | undefined;
      try {
        answer = await attempt(request, what, deadline);
      } catch (error) {
        // attempt() throws only the package's own errors.
        debug?.(`${what} → ${(error as Error).name} after ${Date.now() - started} ms`);
        if (!(error instanceof ConnectionError && mayRepeat) || tries >= retry.maxRetries) throw error;
      }
      if (answer) {
        debug?.(`${what} → ${answer.status} in ${Date.now() - started} ms (attempt ${tries + 1})`);
        const retriable = answer.status === 429 || (RETRIED_5XX.has(answer.status) && mayRepeat);
        if (!retriable || tries >= retry.maxRetries) return answer;
      }
      const asked = answer?.status === 429 ? retryAfterMs(answer.headers.get("retry-after")) : undefined;
      // A wait longer than the cap is not worth holding the caller for: give them the 429 now.
      if (answer && (asked ?? 0) > retry.maxRetryDelay) return answer;
      const wait = asked ?? backoff(tries, retry.maxRetryDelay);
      debug?.(`${what}: retrying in ${Math.round(wait)} ms`);
      // An abort that came while the answer was read (a fetch that does not look at the signal)
      // ended the call, not its wait to retry.
      if (request.signal?.aborted) throw new AbortError(`${what} was aborted by the caller`);
      await delay(wait, request.signal).catch(() => {
        throw new AbortError(`${what} was aborted by the caller while waiting to retry`);
      });
    }
  }

  return { send };
}

/**
 * The transport as a fetch for openapi-fetch: the request it built (a PlainRequest, or a real
 * Request a middleware put in its place) is sent with the transport's credentials, User-Agent,
 * timeout and retries, and the answer, read in full, is handed back as a Response.
 */
export function asFetch(transport: Transport): (request: Request | PlainRequest) => Promise<Response> {
  return async (request) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    const plain = request instanceof PlainRequest && !(request instanceof globalThis.Request);
    const answer = await transport.send({
      method: request.method,
      url: request.url,
      headers,
      body: plain ? request.bodyText : request.body === null ? undefined : await request.text(),
      signal: request.signal,
      idempotent: plain ? request.idempotent : request.method !== "POST",
    });
    // The Response the answer came in, its body already read under the timeout: reading it again
    // gives the text read (a new Response would cost each call more than the rest of the pipeline).
    const { response, text } = answer;
    Object.defineProperties(response, {
      text: { value: async () => text },
      json: { value: async () => JSON.parse(text) },
    });
    return response;
  };
}

/** A transport set up from the client options both entry points share. */
export function transportFor(
  credentials: Credentials,
  options: ClientOptions & { logLevel?: string },
): Transport {
  const debugging = (options.logLevel ?? readEnv("TWILIO_LOG_LEVEL")) === "debug";
  return createTransport({
    credentials,
    timeout: resolveTimeout(options),
    retry: resolveRetries(options),
    fetch: options.fetch,
    userAgentExtensions: options.userAgentExtensions,
    // Only the method, path, status and timing are logged: never headers, bodies or credentials.
    debug: debugging ? (line) => console.debug(`[${PACKAGE_NAME}] ${line}`) : undefined,
  });
}

/** "GET /v1/…" for messages, worked out only when one is written (it parses the URL). */
type Described = { toString(): string };
function describeRequest(request: TransportRequest): Described {
  return { toString: () => `${request.method} ${new URL(request.url).pathname}` };
}

/** A redirect's Location, resolved against the request URL (as given when it is no URL at all). */
function locationOf(response: Response, url: string): string {
  const location = response.headers.get("location") as string;
  try {
    return new URL(location, url).href;
  } catch {
    return location;
  }
}

/** Exponential backoff with jitter: about 250 ms, 500 ms, 1 s, … never above the cap. */
function backoff(tries: number, cap: number): number {
  const ceiling = Math.min(cap, BACKOFF_BASE_MS * 2 ** tries);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function runtimeName(): string {
  const g = globalThis as {
    process?: { versions?: Record<string, string> };
    Deno?: unknown;
    navigator?: { userAgent?: string };
  };
  const versions = g.process?.versions;
  if (versions?.bun) return `bun/${versions.bun}`;
  if (g.Deno) return g.navigator?.userAgent ?? "deno";
  if (versions?.node) return `node/${versions.node}`;
  return g.navigator?.userAgent ?? "unknown";
}
