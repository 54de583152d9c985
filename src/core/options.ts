// Client options, and how the base URL and credentials are worked out from them and from the
// environment, the way twilio-node does.
import type { Middleware } from "openapi-fetch";
import { namedSchemas, servers } from "../generated/operations.js";
import { readEnv } from "./env.js";
import { ConfigurationError } from "./errors.js";
import { optionNames } from "./option-names.js";
import { firstError, type RequestSchema } from "./schema.js";
import { ruleText } from "./validate.js";

export { checkOptionNames, nearName, optionNames } from "./option-names.js";

/** The spec's server. */
export const DEFAULT_BASE_URL: string = servers[0];
const DEFAULT_TIMEOUT_MS = 30_000;
// setTimeout's ceiling: a longer delay fires at once.
export const MAX_DELAY_MS = 2 ** 31 - 1;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_DELAY_MS = 3_000;

export interface ClientOptions {
  /**
   * Where to send requests. Default: `TWILIO_CONVERSATIONS_BASE_URL` (read by this package only:
   * twilio-node does not read it), else the spec's server (Twilio's).
   */
  baseUrl?: string | undefined;
  /** Twilio edge location, e.g. `sydney`; read from `TWILIO_EDGE` when not given. */
  edge?: string | undefined;
  /** Twilio region, e.g. `au1`; `us1` when only an edge is given; read from `TWILIO_REGION`. */
  region?: string | undefined;
  /** Milliseconds to wait for each response before giving up. Default 30000. */
  timeout?: number | undefined;
  /** A fetch implementation to send requests with. Default: the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Extra words for the User-Agent header, e.g. `["my-app/1.2"]`. */
  userAgentExtensions?: string[] | undefined;
  /** Retries after the first attempt (429 always; 5xx and connection errors except on create). Default 2. */
  maxRetries?: number | undefined;
  /** twilio-node's switch: `false` turns retries off. */
  autoRetry?: boolean | undefined;
  /** The longest single wait between attempts, in ms; a Retry-After beyond it fails at once. Default 3000. */
  maxRetryDelay?: number | undefined;
  /** Also retry creates after a 5xx or a dropped connection. Off by default: it may post a message twice. */
  retryCreates?: boolean | undefined;
  /** "debug" logs each request's method, path, status and timing (never headers or bodies). */
  logLevel?: string | undefined;
  /**
   * openapi-fetch middleware, run for every request of this client (before the credentials are
   * added): for logging or tracing. The typed client also has `use()` and `eject()`.
   */
  middleware?: Middleware[] | undefined;
}

/** The names of ClientOptions. */
export const CLIENT_OPTIONS = optionNames<ClientOptions>()(
  "baseUrl",
  "edge",
  "region",
  "timeout",
  "fetch",
  "userAgentExtensions",
  "maxRetries",
  "autoRetry",
  "maxRetryDelay",
  "retryCreates",
  "logLevel",
  "middleware",
);

export interface Credentials {
  /** Account SID or API Key SID: the HTTP Basic user name. */
  username: string;
  /** Auth Token or API Key secret: the HTTP Basic password. */
  password: string;
  /** The account the requests act for (the username when it is an Account SID). */
  accountSid: string;
}

/**
 * The base URL from options and environment: an explicit `baseUrl` wins, then an explicit
 * edge/region, then `TWILIO_CONVERSATIONS_BASE_URL` (this package's own variable: twilio-node does
 * not read it), then `TWILIO_EDGE`/`TWILIO_REGION`.
 */
export function resolveBaseUrl(options: ClientOptions): string {
  // As twilio-node: an edge or region given in the options is completed from the environment.
  const edge = options.edge ?? readEnv("TWILIO_EDGE");
  const region = options.region ?? readEnv("TWILIO_REGION");
  return checkBaseUrl(
    options.baseUrl ??
      (options.edge || options.region ? hostFor(edge, region) : undefined) ??
      readEnv("TWILIO_CONVERSATIONS_BASE_URL") ??
      hostFor(edge, region) ??
      DEFAULT_BASE_URL,
  );
}

/**
 * A base URL as requests use it (no trailing slash), or a ConfigurationError: it must be an
 * absolute http(s) URL without credentials, query or fragment.
 */
export function checkBaseUrl(given: unknown): string {
  // A URL object is taken as its text, as the URL parser takes it.
  const url = String(given);
  // Credentials first, so that no message below ever repeats them.
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url)) {
    throw new ConfigurationError("baseUrl must not hold credentials; pass them as the username and password");
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    // Whatever stands before an "@" might be a secret: it is not repeated ("scheme://user@" was
    // refused above, so what is left is a user before any path, as in "user:pw@host").
    const shown = url.replace(/^[^/?#]*@/, "…@");
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(shown)}`);
  }
  if (parsed.search || parsed.hash) {
    throw new ConfigurationError(`baseUrl must not have a query or fragment, got ${JSON.stringify(url)}`);
  }
  return parsed.href.replace(/\/+$/, "");
}

// twilio-node's rule, on the spec's server: {product}.{edge}.{region}.{domain}, region us1 when
// only an edge is given.
function hostFor(edge: string | undefined, region: string | undefined): string | undefined {
  if (!edge && !region) return undefined;
  for (const [name, value] of [
    ["edge", edge],
    ["region", region],
  ] as const) {
    if (value !== undefined && !/^[a-z0-9-]+$/i.test(value)) {
      throw new ConfigurationError(
        `${name} must be a host label such as "sydney" or "au1", got ${JSON.stringify(value)}`,
      );
    }
  }
  const server = new URL(DEFAULT_BASE_URL);
  const [product, ...domain] = server.hostname.split(".");
  const labels = edge ? [edge, region ?? "us1"] : [region];
  return `${server.protocol}//${[product, ...labels, ...domain].join(".")}`;
}

export function resolveTimeout(options: ClientOptions): number {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > MAX_DELAY_MS) {
    throw new ConfigurationError(
      `timeout must be a positive number of milliseconds up to ${MAX_DELAY_MS}, got ${String(timeout)}`,
    );
  }
  return timeout;
}

export function resolveRetries(options: ClientOptions) {
  const maxRetries = options.autoRetry === false ? 0 : (options.maxRetries ?? DEFAULT_MAX_RETRIES);
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new ConfigurationError(
      `maxRetries must be a whole number, 0 or more, got ${String(options.maxRetries)}`,
    );
  }
  const maxRetryDelay = options.maxRetryDelay ?? DEFAULT_MAX_RETRY_DELAY_MS;
  if (!Number.isFinite(maxRetryDelay) || maxRetryDelay < 0 || maxRetryDelay > MAX_DELAY_MS) {
    throw new ConfigurationError(
      `maxRetryDelay must be a number of milliseconds, 0 to ${MAX_DELAY_MS}, got ${String(maxRetryDelay)}`,
    );
  }
  return { maxRetries, maxRetryDelay, retryCreates: options.retryCreates === true };
}

/**
 * Credentials as twilio-node takes them: (Account SID, Auth Token) or (API Key SID, secret) with
 * `accountSid` in the options; missing ones fall back to TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN.
 */
export function resolveCredentials(
  username: string | undefined,
  password: string | undefined,
  accountSid: string | undefined,
): Credentials {
  const user = username || readEnv("TWILIO_ACCOUNT_SID");
  const pass = password || readEnv("TWILIO_AUTH_TOKEN");
  if (!user) {
    throw new ConfigurationError(
      "username is required: pass an Account SID (or API Key SID) or set TWILIO_ACCOUNT_SID",
    );
  }
  if (!pass) {
    throw new ConfigurationError(
      "password is required: pass an Auth Token (or API Key secret) or set TWILIO_AUTH_TOKEN",
    );
  }
  const account = accountSid || user;
  const broken = firstError(namedSchemas.AccountSid as RequestSchema, account);
  if (broken) {
    throw new ConfigurationError(
      accountSid
        ? `accountSid must be an Account SID: it ${ruleText(broken)}, got ${JSON.stringify(accountSid.slice(0, 40))}`
        : "accountSid is required: the username is not an Account SID (with an API Key, pass { accountSid: 'AC…' })",
    );
  }
  return { username: user, password: pass, accountSid: account };
}
