// One request to the emulator, start to finish: find the operation (the spec's method and path
// template), fire a fault asked for with failNext(), check the credentials, check the request with
// the same generated validators as the client, apply the rate limit, do the operation on the
// store, and answer as Twilio does: the spec's success status and schema, or Twilio's error body.

import { readBasic as basicCredentials } from "../core/basic.js";
import { delay } from "../core/delay.js";
import {
  type Action,
  type Operation,
  type ResourceName,
  type Route,
  routeOfRequest,
  typedValue,
} from "../core/operations.js";
import { findViolation, type WireRequest } from "../core/validate.js";
import { errorBodies } from "../generated/contract.js";
import type { OperationId } from "../generated/operations.js";
import { notFound, type Outgoing, twilioError } from "./answers.js";
import type { Fault } from "./faults.js";
import { resolvers } from "./resources/index.js";
import type { Conversation, Store } from "./store.js";
import type { Sender, WebhookSettings, Webhooks } from "./webhooks/index.js";

export type { Outgoing } from "./answers.js";

/** A request as the emulator reads it, from fetch() or from node:http. */
export interface Incoming {
  method: string;
  url: URL;
  /** A header's value (the name in any case), or null. */
  header(name: string): string | null;
  /** Every header, names in lower case. */
  headers(): Record<string, string>;
  body: string;
  /** The body was larger than the emulator takes (and was not kept). */
  tooLarge?: boolean;
}

/** One request the emulator received, credentials masked. */
export interface RecordedRequest {
  /** The spec's operationId, or undefined when the path or method is not the API's. */
  operation: OperationId | undefined;
  /** The resource the operation acts on (`Conversations/Messages`, …). */
  resource: ResourceName | undefined;
  action: Action | undefined;
  method: string;
  /** The path, as sent (percent-encoded). */
  path: string;
  /** The operation's parameters, in wire names, as read (query numbers as numbers). */
  params: WireRequest;
  /** Every header, names in lower case; Authorization masked. */
  headers: Record<string, string>;
  /** The status answered, or 0 when the connection was dropped. */
  status: number;
}

export interface Settings {
  rateLimit: number | undefined;
  accountSid: string | undefined;
  authToken: string | undefined;
  /** The account messages belong to when the user name is not an Account SID. */
  defaultAccount: string;
  maxBodyBytes: number;
  now: () => Date;
  /** Where and how webhooks go; undefined when none are configured. */
  webhooks: (WebhookSettings & Sender) | undefined;
}

export interface State {
  store: Store;
  settings: Settings;
  faults: (Fault & { times: number })[];
  requests: RecordedRequest[];
  hooks: Webhooks;
}

const FORM = "application/x-www-form-urlencoded";

/** The request's parameters and body, in wire names, as the operation has them. */
function readParameters(incoming: Incoming, operation: Operation, path: Record<string, string>): WireRequest {
  const request: WireRequest = { path, query: {}, header: {} };
  // A URL's searchParams is made on first use: a request without a query needs none.
  const search = incoming.url.search === "" ? undefined : incoming.url.searchParams;
  for (const p of operation.parameters) {
    if (p.in === "query") {
      const value = search?.get(p.name) ?? null;
      if (value !== null) request.query[p.name] = typedValue(value, p.schema);
    } else if (p.in === "header") {
      const value = incoming.header(p.name);
      if (value !== null) request.header[p.name] = typedValue(value, p.schema);
    }
  }
  if (operation.body !== undefined) {
    // Twilio takes only the form fields it knows, and ignores the rest.
    request.body = Object.fromEntries(new URLSearchParams(incoming.body));
  }
  return request;
}

// The credentials of the Authorization headers seen last: a client sends the same one each time,
// and decoding it is a good share of a request's cost. Bounded, so that no client can fill it.
const CREDENTIALS_KEPT = 64;
const credentialsSeen = new Map<string, ReturnType<typeof basicCredentials>>();
function credentialsOf(header: string | null): ReturnType<typeof basicCredentials> {
  if (header === null) return undefined;
  // Stryker disable next-line ConditionalExpression: a cache; reading the header anew gives the same
  if (credentialsSeen.has(header)) return credentialsSeen.get(header);
  const read = basicCredentials(header);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory; the credentials read are the same either way
  if (credentialsSeen.size >= CREDENTIALS_KEPT) credentialsSeen.clear();
  credentialsSeen.set(header, read);
  return read;
}

/** Takes the first queued fault that applies to this request, if any. */
function takeFault(state: State, route: Route | undefined): Fault | undefined {
  const i = state.faults.findIndex(
    (f) => f.operation === undefined || f.operation === route?.action || f.operation === route?.operationId,
  );
  if (i === -1) return undefined;
  const fault = state.faults[i] as Fault & { times: number };
  if (--fault.times <= 0) state.faults.splice(i, 1);
  return fault;
}

/** The rate limit: Twilio's message actions per second per conversation. A 429 when over it. */
function overLimit(state: State, conversation: Conversation): Outgoing | undefined {
  const limit = state.settings.rateLimit;
  // Stryker disable next-line ConditionalExpression: without a limit nothing is refused either way; this only keeps no times
  if (!limit) return undefined;
  const now = Date.now();
  const recent = conversation.actions;
  while (recent.length && (recent[0] as number) <= now - 1000) recent.shift();
  if (recent.length >= limit) {
    const wait = Math.max(1, Math.ceil(((recent[0] as number) + 1000 - now) / 1000));
    return twilioError(429, undefined, { "retry-after": String(wait) });
  }
  recent.push(now);
  return undefined;
}

/** Handles one request; records it; never throws for anything the client sent. */
export async function handle(state: State, incoming: Incoming, signal?: AbortSignal): Promise<Outgoing> {
  const method = incoming.method.toUpperCase();
  const { found, pathKnown } = routeOfRequest(method, incoming.url.pathname);
  const record: RecordedRequest = {
    operation: found?.route.operationId,
    resource: found?.route.resource,
    action: found?.route.action,
    method,
    path: incoming.url.pathname,
    params: { path: found?.path ?? {}, query: {}, header: {} },
    headers: masked(incoming.headers()),
    status: 0,
  };
  state.requests.push(record);
  const fault = takeFault(state, found?.route);
  // Only a fault's delay waits: every other answer is worked out at once.
  if (fault?.delay) await delay(fault.delay, signal);
  const outgoing = await answer(state, incoming, found, pathKnown, record, fault);
  record.status = outgoing.reset ? 0 : outgoing.status;
  return outgoing;
}

function masked(headers: Record<string, string>): Record<string, string> {
  if (headers.authorization !== undefined) {
    // Stryker disable next-line Regex: a header value has no leading space and no line break, so the anchors change nothing
    headers.authorization = headers.authorization.replace(/^(\S+)\s.*$/, "$1 ***");
  }
  return headers;
}

function answer(
  state: State,
  incoming: Incoming,
  found: { route: Route; path: Record<string, string> } | undefined,
  pathKnown: boolean,
  record: RecordedRequest,
  fault: Fault | undefined,
): Outgoing | Promise<Outgoing> {
  if (fault?.reset) return { status: 0, headers: {}, reset: true };
  if (fault?.status) {
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
    return twilioError(fault.status, undefined, headers);
  }

  const { pathname } = incoming.url;
  if (!found) return pathKnown ? twilioError(405) : notFound(pathname);
  // A resource the emulator has no resolver for is a path it does not know (the tests allow none).
  const act = resolvers[found.route.resource]?.[found.route.action];
  if (!act) return notFound(pathname);

  // Any user name and password, unless the emulator was given the ones to expect.
  const credentials = credentialsOf(incoming.header("authorization"));
  const { settings } = state;
  const wrong =
    (settings.authToken !== undefined && credentials?.password !== settings.authToken) ||
    (settings.accountSid !== undefined &&
      settings.authToken !== undefined &&
      // Stryker disable next-line OptionalChaining: reached only when the password matched, so there are credentials
      credentials?.user !== settings.accountSid);
  if (!credentials || wrong) return twilioError(401);

  const { route, path } = found;
  const { operation } = route;
  if (incoming.tooLarge) {
    return twilioError(
      400,
      `${errorBodies[400].message}: the request body is larger than ${settings.maxBodyBytes} bytes`,
    );
  }
  const contentType = incoming.header("content-type") ?? "";
  if (operation.body !== undefined && incoming.body !== "" && !contentType.toLowerCase().startsWith(FORM)) {
    return twilioError(
      400,
      `${errorBodies[400].message}: the body must be ${FORM} (got ${contentType || "no Content-Type"})`,
    );
  }
  const params = readParameters(incoming, operation, path);
  record.params = params;
  // Stryker disable next-line ArrayDeclaration: an unknown keyword in the ignore list ignores nothing
  const advisory =
    operation.body !== undefined
      ? ((operation.body.schema as { "x-advisory-keywords"?: readonly string[] })["x-advisory-keywords"] ??
        [])
      : [];
  const violation = findViolation(operation, params, { refuseUnknown: false, ignore: advisory });
  if (violation) {
    return twilioError(400, `${errorBodies[400].message}: ${violation.field} ${violation.text}`);
  }

  const conversation = state.store.conversation(path.ChatServiceSid, path.ConversationSid as string);
  const limited = overLimit(state, conversation);
  if (limited) return limited;

  return act({
    state,
    route,
    path,
    params,
    conversation,
    origin: incoming.url.origin,
    pathname,
    now: settings.now(),
    user: credentials.user,
  });
}
