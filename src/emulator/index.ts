// conversations-message/emulator: a stateful, in-process fake of the Message API, for testing code
// that uses it without an account, a network or a mock server process.
//   const emulator = createEmulator();
//   const client = twilio("AC…", "token", { fetch: emulator.fetch });   // no port, no process
//   const url = await emulator.listen(4010);                             // or a real server (Node)
// It behaves as the spec says wherever the spec can say it (operations, validation with the
// client's own generated validators, statuses, schemas, error bodies, defaults, paging), and as
// Twilio does where it cannot (indices, dates, page tokens).

import { readBounded } from "../core/body.js";
import { ConversationsError, ValidationError } from "../core/errors.js";
import { camelCase } from "../core/names.js";
import { routeFor } from "../core/operations.js";
import { checkOptionNames, optionNames } from "../core/options.js";
import { isSid } from "../core/sids.js";
import { findViolation, shown } from "../core/validate.js";
import type { MessageCreateFields } from "../facade/messages.js";
import type { components } from "../generated/api.js";
import { servers } from "../generated/operations.js";
import { schemas } from "../generated/schemas.js";

import { checkFault, type Fault } from "./faults.js";
import { handle, type Incoming, type Outgoing, type RecordedRequest, type State } from "./handler.js";
import { type EmulatorOptions, settingsOf } from "./options.js";
import { addMessage, createMessage, eventContext, MESSAGES, wireMessage } from "./resources/messages.js";
import {
  checkDelivery,
  checkValue,
  type Delivery,
  deliverTo,
  RECEIPTS,
  wireReceipt,
} from "./resources/receipts.js";
import { Store } from "./store.js";
import { createWebhooks, postEvents, type WebhookCalls } from "./webhooks/index.js";

export { ConversationsError, ValidationError } from "../core/errors.js";
export type { Fault } from "./faults.js";
export type { RecordedRequest } from "./handler.js";
export type { EmulatorOptions } from "./options.js";
export { WEBHOOK_AUTH_TOKEN } from "./options.js";
export type { Delivery } from "./resources/receipts.js";
export type { WebhookCall, WebhookCalls, WebhookOptions } from "./webhooks/index.js";

/** receive()'s rejection when a pre-event refused the message: nothing was added. */
export class WebhookRejectedError extends ConversationsError {
  override name = "WebhookRejectedError";
  /** The status the REST API would have answered the same create with. */
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** A message a participant sends from outside the REST API, as receive() takes it. */
export interface InboundMessage {
  /** The participant's identity or address (`+15555550100`, `whatsapp:+1…`, a chat identity). */
  author: string;
  body?: string | undefined;
  /** Where it came from, as the events' `Source` says it: `SMS`, `WhatsApp`, `SDK`, … */
  source: string;
  /** JSON text, as create() takes it. */
  attributes?: string | undefined;
  /** A Media SID (ME…), as create() takes it. */
  mediaSid?: string | undefined;
}
const INBOUND_OPTIONS = optionNames<InboundMessage>()("author", "body", "source", "attributes", "mediaSid");

/**
 * A message to seed, as `create()` takes it (camelCase fields, dates as Date or RFC 3339), and
 * the receipts it has, as deliver() makes them, in order.
 */
export type SeedMessage = MessageCreateFields & { receipts?: Delivery[] | undefined };
/** A message as the API answers with it: the spec's Message schema, wire names. */
export type Message = components["schemas"]["Message"];
/** A message of a Conversation Service: the spec's ServiceMessage schema (`chat_service_sid` too). */
export type ServiceMessage = components["schemas"]["ServiceMessage"];
/** A delivery receipt as the API answers with it: the spec's DeliveryReceipt schema, wire names. */
export type DeliveryReceipt = components["schemas"]["DeliveryReceipt"];
/** A receipt of a Conversation Service's message: the spec's ServiceDeliveryReceipt schema. */
export type ServiceDeliveryReceipt = components["schemas"]["ServiceDeliveryReceipt"];

/** Where a conversation is: the default family, or an explicit Conversation Service (an IS SID). */
export interface Where {
  service?: string | undefined;
}
/** The names Where takes, checked at run time; the compiler holds them to Where. */
const WHERE_OPTIONS = optionNames<Where>()("service");

export interface Emulator {
  /** A fetch for the client: `twilio(sid, token, { fetch: emulator.fetch })`. Any URL's origin works. */
  readonly fetch: typeof fetch;
  /** Node only: serves the emulator over HTTP on loopback; resolves its URL (`http://127.0.0.1:4010`). */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops the server `listen()` started (if any). */
  close(): Promise<void>;
  /** Adds messages to a conversation (by SID or unique name), as creates would; returns them as fetched. */
  seed(conversation: string, messages: SeedMessage[], where: Where & { service: string }): ServiceMessage[];
  seed(conversation: string, messages: SeedMessage[], where?: Where): Message[];
  /** The messages of a conversation now, oldest first, as fetched (URLs on the spec's server). */
  messages(conversation: string, where: Where & { service: string }): ServiceMessage[];
  messages(conversation: string, where?: Where): Message[];
  /**
   * Records that a message reached a participant (a new one, without `participantSid`), or got
   * further: a second delivery to the same participant advances that participant's receipt and
   * sets its date_updated. Returns the receipt as fetched. A status, SID or error code the spec's
   * receipt schema does not allow, an unknown field, or a message the conversation does not have
   * throws a ValidationError naming the field and the rule.
   */
  deliver(
    conversation: string,
    messageSid: string,
    delivery: Delivery,
    where: Where & { service: string },
  ): ServiceDeliveryReceipt;
  deliver(conversation: string, messageSid: string, delivery: Delivery, where?: Where): DeliveryReceipt;
  /**
   * A participant's message from outside the REST API (SMS, WhatsApp, the chat SDK): added as a
   * create would, firing the add events whatever the header (the pre-event awaited, `Source` as
   * given; `ClientIdentity` is the author when the source is `SDK`). Resolves to the message as
   * fetched; rejects when a pre-event refused it (nothing added). Bad input throws a ValidationError.
   */
  receive(
    conversation: string,
    message: InboundMessage,
    where: Where & { service: string },
  ): Promise<ServiceMessage>;
  receive(conversation: string, message: InboundMessage, where?: Where): Promise<Message>;
  /**
   * Every webhook sent, oldest first: event, phase, url, method, params, and once answered status
   * and answer (or error, timedOut) and durationMs. `await emulator.webhooks.settled()` waits for
   * those still out (post-events go in the background: the REST answer does not wait for them).
   */
  readonly webhooks: WebhookCalls;
  /** Every request received so far, oldest first, with its operation, parameters and headers. */
  readonly requests: RecordedRequest[];
  /**
   * Makes the next matching request fail (or wait, or drop its connection); faults queue up. A
   * fault that could not fire as asked (an unknown field or operation, a status that is no HTTP
   * error) throws a ValidationError and is not queued.
   */
  failNext(fault: Fault): void;
  /** Forgets every conversation, message, request, webhook sent and queued fault. */
  reset(): void;
}

/**
 * Creates an emulator with no conversations. An unknown option, or a value it cannot take, throws
 * a ValidationError naming the option and the rule.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const state: State = {
    store: new Store(),
    settings: settingsOf(options),
    faults: [],
    requests: [],
    hooks: createWebhooks(undefined),
  };
  state.hooks.settings = state.settings.webhooks;
  /** The server listen() started, or is starting. */
  let server: Promise<{ url: string; close(): Promise<void> }> | undefined;

  const emulatorFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined;
    if (signal?.aborted) throw signal.reason;
    const incoming = await readFetch(input, init, state.settings.maxBodyBytes);
    const outgoing = await handle(state, incoming, signal);
    if (outgoing.reset) {
      // What fetch does when the server drops the connection.
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
      });
    }
    return toResponse(outgoing);
  };

  /** The conversation a call names, `where` checked as every options object is. */
  const conversationOf = (call: string, conversation: string, where: Where = {}) => {
    checkOptionNames(call, where, WHERE_OPTIONS, "where");
    if (where.service !== undefined && !isSid("ChatServiceSid", where.service)) {
      const field = "service";
      throw new ValidationError(
        field,
        "pattern",
        `${call}: ${field} must be a Conversation Service SID (got ${shown(where.service)})`,
      );
    }
    return state.store.conversation(where.service, conversation);
  };
  const origin = servers[0] as string;

  return {
    fetch: emulatorFetch as typeof fetch,
    async listen(port = 0, host = "127.0.0.1") {
      if (server) throw new ValidationError("listen", "once", "listen: the emulator is already listening");
      // Taken at once, so that a second call made before this one is listening is refused too.
      server = import("./http.js").then(({ serve }) =>
        serve((incoming, signal) => handle(state, incoming, signal), state.settings.maxBodyBytes, port, host),
      );
      try {
        return (await server).url;
      } catch (error) {
        server = undefined;
        throw error;
      }
    },
    async close() {
      const closing = server;
      server = undefined;
      await (await closing?.catch(() => undefined))?.close();
    },
    // Typed by the overloads: wireMessage writes the family's schema, Message or ServiceMessage
    // (the tests hold every message it writes to the spec).
    seed: ((conversation: string, messages: SeedMessage[], where?: Where) => {
      const target = conversationOf("seed", conversation, where);
      return messages.map((message) => {
        const { receipts = [], ...fields } = message ?? {};
        const body = seedBody(fields, conversation);
        if (!Array.isArray(receipts)) {
          throw new ValidationError(
            "receipts",
            "type",
            `seed: receipts must be an array (got ${shown(receipts)})`,
          );
        }
        for (const [i, delivery] of receipts.entries()) checkDelivery("seed", delivery, `receipts[${i}]`);
        const now = state.settings.now();
        const stored = addMessage(body, target, state.settings.defaultAccount, now);
        const made = state.store.receiptsOf(target, stored.sid);
        for (const delivery of receipts) deliverTo(stored, made, delivery, now);
        return wireMessage(stored, target, origin);
      });
    }) as Emulator["seed"],
    messages: ((conversation: string, where?: Where) => {
      const target = conversationOf("messages", conversation, where);
      return target.messages.values().map((m) => wireMessage(m, target, origin));
    }) as Emulator["messages"],
    // Typed by the overloads, as seed() is.
    deliver: ((conversation: string, messageSid: string, delivery: Delivery, where?: Where) => {
      const target = conversationOf("deliver", conversation, where);
      const field = "messageSid";
      checkValue("deliver", field, schemas.MessageSid, messageSid);
      const message = target.messages.get(messageSid);
      if (!message) {
        throw new ValidationError(
          field,
          "unknown",
          `deliver: ${field} names no message of conversation ${conversation} (got ${shown(messageSid)})`,
        );
      }
      checkDelivery("deliver", delivery);
      const receipts = state.store.receiptsOf(target, messageSid);
      const known = new Set(receipts.values());
      const now = state.settings.now();
      const receipt = deliverTo(message, receipts, delivery, now);
      // A delivery is no REST write: its event fires whatever any header says, in the background.
      const context = eventContext(state.settings.defaultAccount, "API", now);
      const wired = wireReceipt(receipt, target, origin);
      postEvents(state.hooks, RECEIPTS, known.has(receipt) ? "update" : "create", wired, context);
      return wired;
    }) as Emulator["deliver"],
    receive: (async (conversation: string, message: InboundMessage, where?: Where) => {
      const target = conversationOf("receive", conversation, where);
      checkOptionNames("receive", message, INBOUND_OPTIONS, "message");
      const { source, ...fields } = message;
      if (typeof source !== "string" || source === "") {
        throw new ValidationError(
          "source",
          "required",
          `receive: source must be a non-empty string, such as SMS, WhatsApp or SDK (got ${shown(source)})`,
        );
      }
      if (typeof fields.author !== "string" || fields.author === "") {
        throw new ValidationError(
          "author",
          "required",
          `receive: author must be a non-empty string (got ${shown(fields.author)})`,
        );
      }
      const body = seedBody(fields, conversation, "receive");
      const now = state.settings.now();
      const account = state.settings.defaultAccount;
      // The chat SDK's actions carry the user's identity (the spec's ClientIdentity).
      const identity = source === "SDK" ? fields.author : undefined;
      const made = await createMessage(
        state.hooks,
        body,
        target,
        account,
        now,
        eventContext(account, source, now, identity),
      );
      if ("refused" in made)
        throw new WebhookRejectedError(
          `receive: ${made.reason}; the message was not added`,
          made.refused.status,
        );
      return wireMessage(made, target, origin);
    }) as Emulator["receive"],
    webhooks: state.hooks.calls,
    requests: state.requests,
    failNext(fault) {
      state.faults.push(checkFault(fault));
    },
    reset() {
      state.store.clear();
      state.faults.length = 0;
      state.requests.length = 0;
      state.hooks.calls.length = 0;
    },
  };
}

/** A seed message's create fields, camelCase to wire names, checked as the client checks a create. */
function seedBody(
  message: MessageCreateFields,
  conversation: string,
  call = "seed",
): Record<string, unknown> {
  const { operation } = routeFor(MESSAGES, "default", "create");
  const fieldNames = Object.keys(operation.body?.schema.properties ?? {});
  const names = new Map<string, string>(fieldNames.map((wire) => [camelCase(wire), wire]));
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message ?? {})) {
    const wire = names.get(name);
    if (!wire) {
      throw new ValidationError(
        name,
        "unknown",
        `${call}: ${name} is not a field of a new message (${[...names.keys()].join(", ")})`,
      );
    }
    body[wire] = value instanceof Date ? value.toISOString() : value;
  }
  const violation = findViolation(
    operation,
    { path: { ConversationSid: conversation }, query: {}, header: {}, body },
    // Unknown fields were refused above, by their camelCase names.
    { nameOf: camelCase },
  );
  if (violation) {
    throw new ValidationError(
      violation.field,
      violation.rule,
      `${call}: ${violation.field} ${violation.text} (got ${shown(violation.value)})`,
    );
  }
  return body;
}

/** A fetch call's request, read the way the emulator handles it (not read past the limit). */
async function readFetch(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  maxBodyBytes: number,
): Promise<Incoming> {
  // A Request on its own (as openapi-fetch sends) is read as it is: copying it would cost more
  // than the emulator's own work. A Request with an init is what fetch would send: a copy.
  const request =
    input instanceof Request ? (init === undefined ? input : new Request(input, init)) : undefined;
  const url = new URL(request ? request.url : String(input));
  const headers = request ? request.headers : new Headers(init?.headers);
  let body: string;
  let tooLarge: boolean;
  if (!request && typeof init?.body === "string") {
    body = init.body;
    // A UTF-16 unit is at most 3 bytes of UTF-8: only a long body needs counting.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; counting every body gives the same answer
    tooLarge = body.length * 3 > maxBodyBytes && new TextEncoder().encode(body).length > maxBodyBytes;
  } else {
    // Any other body (a stream, a form, bytes) is read as a stream, up to the limit.
    const read = await readBounded(
      request ? request.body : new Response(init?.body ?? null).body,
      maxBodyBytes,
    );
    body = read.text;
    tooLarge = read.over;
  }
  return {
    method: request?.method ?? init?.method ?? "GET",
    url,
    header: (name) => headers.get(name),
    // forEach rather than Object.fromEntries: it skips building an entry array per header.
    headers: () => {
      const all: Record<string, string> = {};
      headers.forEach((value, name) => {
        all[name] = value;
      });
      return all;
    },
    // A body too large is answered with a 400 before it is read.
    body: tooLarge ? "" : body,
    tooLarge,
  };
}

function toResponse(outgoing: Outgoing): Response {
  return new Response(outgoing.body ?? null, { status: outgoing.status, headers: outgoing.headers });
}
