// One request to the emulator, start to finish: find the operation (the spec's method and path
// template), fire a fault asked for with failNext(), check the credentials, check the request with
// the same generated validators as the client, apply the rate limit, do the operation on the
// store, and answer as Twilio does: the spec's success status and schema, or Twilio's error body.

import { readBasic as basicCredentials } from "../core/basic.js";
import { delay } from "../core/delay.js";
import {
  type Action,
  type Family,
  type Operation,
  type Route,
  routeFor,
  routeOfRequest,
  typedValue,
  urlFor,
} from "../core/operations.js";
import { pagingOf } from "../core/paging.js";
import { isSid, newSid, stableSid } from "../core/sids.js";
import { findViolation, type WireRequest } from "../core/validate.js";
import type { components } from "../generated/api.js";
import { errorBodies } from "../generated/contract.js";
import { fields } from "../generated/fields.js";
import type { OperationId } from "../generated/operations.js";
import type { Fault } from "./faults.js";
import type { Conversation, Store, StoredMessage } from "./store.js";

type Json = Record<string, unknown>;

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

/** The answer: status, headers and JSON text; or `reset` to drop the connection instead. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body?: string;
  reset?: boolean;
}

/** One request the emulator received, credentials masked. */
export interface RecordedRequest {
  /** The spec's operationId, or undefined when the path or method is not the API's. */
  operation: OperationId | undefined;
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
}

export interface State {
  store: Store;
  settings: Settings;
  faults: (Fault & { times: number })[];
  requests: RecordedRequest[];
}

const FORM = "application/x-www-form-urlencoded";
// The resource this module serves.
const MESSAGES = "Conversations/Messages";
// The URLs Twilio gives under a message's links, by link name: not something the spec states.
const LINK_PATHS: Record<string, string> = {
  delivery_receipts: "Receipts",
  channel_metadata: "ChannelMetadata",
};

/** Twilio's error body for a status: code and more_info from the spec's examples of it. */
export function twilioError(
  status: number,
  message?: string,
  headers: Record<string, string> = {},
): Outgoing {
  const known = (
    errorBodies as Record<
      string,
      Pick<components["schemas"]["TwilioError"], "code" | "message" | "more_info">
    >
  )[status];
  const code = known?.code ?? 20_000 + status;
  const moreInfo =
    known?.more_info ?? errorBodies[400].more_info.replace(String(errorBodies[400].code), String(code));
  return json(
    status,
    { code, message: message ?? known?.message ?? `HTTP ${status}`, more_info: moreInfo, status },
    headers,
  );
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Outgoing {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

/** The request's parameters and body, in wire names, as the operation has them. */
function readParameters(incoming: Incoming, operation: Operation, path: Record<string, string>): WireRequest {
  const request: WireRequest = { path, query: {}, header: {} };
  const search = incoming.url.searchParams;
  for (const p of operation.parameters) {
    if (p.in === "query") {
      const value = search.get(p.name);
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

/** A date as Twilio writes it: RFC 3339 in UTC, to the second. */
function timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The message as the family's schema has it, with its URLs on the origin that was asked. */
export function wireMessage(stored: StoredMessage, conversation: Conversation, origin: string): Json {
  const family: Family = conversation.service === undefined ? "default" : "service";
  const { operation } = routeFor(MESSAGES, family, "fetch");
  const url = urlFor(origin, operation, {
    // Stryker disable next-line ConditionalExpression: a value the default family's path does not name is never read
    ...(conversation.service !== undefined && { ChatServiceSid: conversation.service }),
    ConversationSid: conversation.sid,
    Sid: stored.sid,
  });
  const values: Json = {
    ...stored,
    conversation_sid: conversation.sid,
    chat_service_sid: conversation.service,
    url,
    links: Object.fromEntries(fields.MessageLinks.names.map((name) => [name, `${url}/${LINK_PATHS[name]}`])),
  };
  const schema = operation.returns as keyof typeof fields;
  const out: Json = {};
  for (const name of fields[schema].names) out[name] = values[name];
  return out;
}

/** A new message from the create body's wire fields (already checked against the spec). */
export function newMessage(
  body: Json,
  conversation: Conversation,
  account: string,
  now: Date,
  sid: string,
): Omit<StoredMessage, "index"> {
  // What the server fills in when a create leaves a field out: the spec's defaults.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: both families' creates take the same body today
  const create = routeFor(
    MESSAGES,
    conversation.service === undefined ? "default" : "service",
    "create",
  ).operation;
  const defaults = (create.body as { schema: { properties: Record<string, { default?: string }> } }).schema
    .properties;
  const author = (body.Author as string | undefined) ?? (defaults.Author?.default as string);
  // As the spec says of ContentSid: with a template, Body and MediaSid are ignored.
  const template = (body.ContentSid as string | undefined) ?? null;
  const media =
    body.MediaSid && !template
      ? [{ sid: body.MediaSid as string, size: 0, content_type: "application/octet-stream", filename: null }]
      : null;
  return {
    sid,
    account_sid: account,
    author,
    body: template ? null : ((body.Body as string | undefined) ?? null),
    media,
    attributes: (body.Attributes as string | undefined) ?? (defaults.Attributes?.default as string),
    // The system writes as no participant; any other author stands for the participant of that name.
    participant_sid:
      // Stryker disable next-line OptionalChaining: the create body has an Author, read the line above
      author === defaults.Author?.default
        ? null
        : stableSid("ParticipantSid", `${conversation.sid}/${author}`),
    date_created: body.DateCreated ? timestamp(new Date(body.DateCreated as string)) : timestamp(now),
    date_updated: body.DateUpdated ? timestamp(new Date(body.DateUpdated as string)) : null,
    delivery: null,
    content_sid: template,
  };
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
    action: found?.route.action,
    method,
    path: incoming.url.pathname,
    params: { path: found?.path ?? {}, query: {}, header: {} },
    headers: masked(incoming.headers()),
    status: 0,
  };
  state.requests.push(record);
  const outgoing = await answer(state, incoming, found, pathKnown, record, signal);
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

async function answer(
  state: State,
  incoming: Incoming,
  found: { route: Route; path: Record<string, string> } | undefined,
  pathKnown: boolean,
  record: RecordedRequest,
  signal: AbortSignal | undefined,
): Promise<Outgoing> {
  const fault = takeFault(state, found?.route);
  if (fault?.delay) await delay(fault.delay, signal);
  if (fault?.reset) return { status: 0, headers: {}, reset: true };
  if (fault?.status) {
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
    return twilioError(fault.status, undefined, headers);
  }

  const notFound = () => {
    const example = errorBodies[404].message;
    return twilioError(404, example.replace(/\/v1\/\S+/, incoming.url.pathname));
  };
  if (!found) return pathKnown ? twilioError(405) : notFound();
  // Until the emulator serves it, another resource is a path it does not know.
  if (found.route.resource !== MESSAGES) return notFound();

  // Any user name and password, unless the emulator was given the ones to expect.
  const credentials = basicCredentials(incoming.header("authorization"));
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

  const origin = incoming.url.origin;
  const now = settings.now();
  switch (route.action) {
    case "create": {
      const account = isSid("AccountSid", credentials.user)
        ? credentials.user
        : (settings.accountSid ?? settings.defaultAccount);
      const stored = state.store.add(
        conversation,
        newMessage(params.body as Json, conversation, account, now, newSid("MessageSid")),
      );
      return json(operation.success, wireMessage(stored, conversation, origin));
    }
    case "list":
      return json(operation.success, listPage(conversation, operation, params, incoming.url, origin));
    default: {
      const stored = conversation.messages.get(path.Sid as string);
      if (!stored) return notFound();
      if (route.action === "fetch") return json(operation.success, wireMessage(stored, conversation, origin));
      if (route.action === "delete") {
        conversation.messages.delete(stored.sid);
        return { status: operation.success, headers: {} };
      }
      applyUpdate(stored, params.body as Json, now);
      return json(operation.success, wireMessage(stored, conversation, origin));
    }
  }
}

/** Changes only what the update gives; date_updated becomes now unless DateUpdated says otherwise. */
function applyUpdate(stored: StoredMessage, body: Json, now: Date): void {
  if (body.Author !== undefined) stored.author = body.Author as string;
  if (body.Body !== undefined) stored.body = body.Body as string;
  if (body.Attributes !== undefined) stored.attributes = body.Attributes as string;
  if (body.DateCreated !== undefined) stored.date_created = timestamp(new Date(body.DateCreated as string));
  stored.date_updated =
    body.DateUpdated !== undefined ? timestamp(new Date(body.DateUpdated as string)) : timestamp(now);
}

/** The default of a list parameter, from the spec. */
function parameterDefault(operation: Operation, name: string): unknown {
  // Stryker disable next-line OptionalChaining: called with the list's own paging parameters only
  return (operation.parameters.find((p) => p.name === name)?.schema as { default?: unknown } | undefined)
    ?.default;
}

/**
 * One page of a list, as Twilio forms it: ordered by the sort field, a page size of items, from the
 * page token (PA<sid>: after that message; PB<sid>: before it) or else from page × page size; and
 * the meta object with the page's own URL, the first page's, and the previous and next pages'
 * (null at either end). The names of all of these are the spec's (x-pagination).
 */
function listPage(
  conversation: Conversation,
  operation: Operation,
  params: WireRequest,
  url: URL,
  origin: string,
): Json {
  const { paging, orders } = pagingOf(operation);
  const names = paging.parameters;
  // Messages' paging has an order and a sort field (the spec's x-pagination).
  const orderName = names.order as string;
  const sortedBy = paging.sortedBy as string;
  const query = params.query;
  const order = (query[orderName] ?? parameterDefault(operation, orderName)) as string;
  const pageSize = (query[names.pageSize] ?? parameterDefault(operation, names.pageSize)) as number;
  const page = (query[names.page] as number | undefined) ?? 0;
  const token = query[names.pageToken] as string | undefined;
  // The order parameter's enum is ascending, then descending.
  const descending = order === orders[1];
  const sortKey = (m: StoredMessage) => (m as unknown as Record<string, number>)[sortedBy] as number;
  const all = [...conversation.messages.values()].sort((a, b) =>
    // Stryker disable next-line ArithmeticOperator: messages are kept in index order, so the ascending sort moves nothing
    descending ? sortKey(b) - sortKey(a) : sortKey(a) - sortKey(b),
  );
  const precedes = (a: number, b: number) => (descending ? a > b : a < b);

  let start = page * pageSize;
  let end = start + pageSize;
  const anchor = token && /^P[AB]/.test(token) ? conversation.indices.get(token.slice(2)) : undefined;
  if (anchor !== undefined) {
    if ((token as string).startsWith("PA")) {
      start = all.findIndex((m) => precedes(anchor, sortKey(m)));
      if (start === -1) start = all.length;
      end = start + pageSize;
    } else {
      end = all.findIndex((m) => !precedes(sortKey(m), anchor));
      if (end === -1) end = all.length;
      start = Math.max(0, end - pageSize);
    }
  }
  const items = all.slice(start, end);
  const base = `${origin}${url.pathname}`;
  const link = (pageNumber: number, pageToken?: string) => {
    const search = new URLSearchParams();
    if (query[orderName] !== undefined) search.set(orderName, order);
    search.set(names.pageSize, String(pageSize));
    search.set(names.page, String(pageNumber));
    if (pageToken) search.set(names.pageToken, pageToken);
    return `${base}?${search}`;
  };
  const first = items[0];
  const last = items.at(-1);
  const meta = paging.meta;
  return {
    [meta.at]: {
      [meta.page]: page,
      [meta.pageSize]: pageSize,
      [meta.firstPageUrl]: link(0),
      [meta.previousPageUrl]: start > 0 && first ? link(Math.max(0, page - 1), `PB${first.sid}`) : null,
      [meta.url]: link(page, token),
      [meta.nextPageUrl]: end < all.length && last ? link(page + 1, `PA${last.sid}`) : null,
      [meta.key]: paging.items,
    },
    [paging.items]: items.map((m) => wireMessage(m, conversation, origin)),
  };
}
