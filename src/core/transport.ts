// The one way requests leave this package: both the typed fetch client and the facade send
// through a Transport. It adds the credentials, the User-Agent and the timeout, and reads the
// whole answer under that same timeout. The credentials live only in this closure.
import { PACKAGE_NAME, VERSION } from "../version.js";
import { AbortError, ConnectionError, TimeoutError } from "./errors.js";
import { type ClientOptions, type Credentials, resolveBaseUrl, resolveTimeout } from "./options.js";

export interface TransportRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal | null | undefined;
}

/** An answer read in full. */
export interface TransportResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

export interface Transport {
  readonly baseUrl: string;
  send(request: TransportRequest): Promise<TransportResponse>;
}

export interface TransportOptions {
  credentials: Pick<Credentials, "username" | "password">;
  baseUrl: string;
  timeout: number;
  fetch?: typeof fetch | undefined;
  userAgentExtensions?: string[] | undefined;
}

export function createTransport(options: TransportOptions): Transport {
  const authorization = `Basic ${base64(`${options.credentials.username}:${options.credentials.password}`)}`;
  const userAgent = [
    `${PACKAGE_NAME}/${VERSION}`,
    `(${runtimeName()})`,
    ...(options.userAgentExtensions ?? []),
  ].join(" ");
  const timeout = options.timeout;

  async function send(request: TransportRequest): Promise<TransportResponse> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timer = AbortSignal.timeout(timeout);
    const signal = request.signal ? anySignal([request.signal, timer]) : timer;
    const headers: Record<string, string> = {
      Accept: "application/json",
      ...request.headers,
      Authorization: authorization,
      "User-Agent": userAgent,
    };
    const what = `${request.method} ${new URL(request.url).pathname}`;
    try {
      const response = await doFetch(request.url, {
        method: request.method,
        headers,
        body: request.body,
        signal,
      });
      const text = await response.text();
      return { status: response.status, statusText: response.statusText, headers: response.headers, text };
    } catch (error) {
      if (request.signal?.aborted)
        throw new AbortError(`${what} was aborted by the caller`, { cause: error });
      if (timer.aborted) throw new TimeoutError(`${what} timed out after ${timeout} ms`, { cause: error });
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectionError(`${what} failed: ${reason}`, { cause: error });
    }
  }

  return { baseUrl: options.baseUrl, send };
}

/** A transport set up from the client options both entry points share. */
export function transportFor(credentials: Credentials, options: ClientOptions): Transport {
  return createTransport({
    credentials,
    baseUrl: resolveBaseUrl(options),
    timeout: resolveTimeout(options),
    fetch: options.fetch,
    userAgentExtensions: options.userAgentExtensions,
  });
}

function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
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
