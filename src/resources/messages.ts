// The Message resource with twilio-node's call shape:
//   ….messages.create(params) / .list(opts) / .page(opts) / .each(opts, callback) / .getPage(url)
//   ….messages(sid).fetch() / .update(params) / .remove(opts)
// Field names, option names and which values are dates all come from the generated spec tables.
import type { CamelCase } from "../core/case.js";
import { camelCase } from "../core/case.js";
import { InvalidResponseError, ValidationError } from "../core/errors.js";
import { guarded, unsupported } from "../core/guard.js";
import type { Transport } from "../core/transport.js";
import { shown } from "../core/validate.js";
import type { components, operations as OperationTypes } from "../generated/api.js";
import { fields } from "../generated/fields.js";
import { callOperation, callUrl } from "./call.js";
import { Page, PagedList, type PageMeta, pageUrl, walk } from "./page.js";
import { type Action, type Family, routeFor } from "./routes.js";

type Schemas = components["schemas"];
type WireMessage = Schemas["Message"];
type DateFields<S extends keyof typeof fields> = (typeof fields)[S]["dateTime"][number];

/** A message's fields in camelCase, dates as Date: derived from the spec's Message schema. */
export type MessageFields = {
  -readonly [K in keyof WireMessage & string as CamelCase<K>]: K extends DateFields<"Message">
    ? Date | Extract<WireMessage[K], null>
    : WireMessage[K];
};

type FormOptions<S extends keyof Schemas & keyof typeof fields> = {
  [K in keyof Schemas[S] & string as CamelCase<K>]?: K extends DateFields<S> ? Date | string : Schemas[S][K];
};
type HeaderOptions<Op extends keyof OperationTypes> = {
  [K in keyof NonNullable<OperationTypes[Op]["parameters"]["header"]> & string as CamelCase<K>]?: NonNullable<
    OperationTypes[Op]["parameters"]["header"]
  >[K];
};
type Query = NonNullable<OperationTypes["ListConversationMessage"]["parameters"]["query"]>;

/** What every call takes besides the API's own parameters. */
export interface CallOptions {
  /** Cancels the call (and any wait before a retry); it then rejects with AbortError. */
  signal?: AbortSignal;
}
/** Options of `create()`: the create body's fields in camelCase, plus the webhook header. */
export type MessageCreateOptions = FormOptions<"CreateMessageRequest"> &
  HeaderOptions<"CreateConversationMessage"> &
  CallOptions;
/** Options of `update()`: the update body's fields in camelCase, plus the webhook header. */
export type MessageUpdateOptions = FormOptions<"UpdateMessageRequest"> &
  HeaderOptions<"UpdateConversationMessage"> &
  CallOptions;
/** Options of `remove()`: the webhook header. */
export type MessageRemoveOptions = HeaderOptions<"DeleteConversationMessage"> & CallOptions;

/** Options of `list()`, `each()` and `page()`, as twilio-node names them. */
export interface MessageListOptions extends CallOptions {
  order?: Query["Order"];
  pageSize?: Query["PageSize"];
  /** The most messages to return in all; pages are fetched until it is reached. */
  limit?: number;
  pageToken?: Query["PageToken"];
  pageNumber?: Query["Page"];
}
export interface MessageEachOptions extends MessageListOptions {
  /** Called for each message; call `done()` to stop early. */
  callback?: (message: MessageInstance, done: (error?: unknown) => void) => void;
  /** Called once at the end, with the error if the walk failed. */
  done?: (error?: unknown) => void;
}

type Callback<T> = (error: unknown, result?: T) => void;

/** Where a message lives: its conversation, and the Conversation Service when one is named. */
interface Scope {
  transport: Transport;
  family: Family;
  path: Record<string, string>;
}

/** Options every call consumes itself rather than sending. */
const CALL_LOCAL = ["signal"];

function call(
  scope: Scope,
  action: Action,
  input: { options?: object | undefined; sid?: string; local?: string[] },
) {
  const path = input.sid === undefined ? scope.path : { ...scope.path, Sid: input.sid };
  const signal = (input.options as { signal?: AbortSignal } | undefined)?.signal;
  return callOperation(scope.transport, routeFor(scope.family, action), {
    path,
    options: input.options,
    local: input.local ?? CALL_LOCAL,
    signal,
  });
}

/**
 * twilio-node's methods take `(options?, callback?)` or just `(callback)`: the options (if any)
 * and the callback (if any), whichever way they came.
 */
function optionsAndCallback<O, T>(
  first?: O | Callback<T>,
  second?: Callback<T>,
): [O | undefined, Callback<T> | undefined] {
  return typeof first === "function" ? [undefined, first as Callback<T>] : [first, second];
}

/** A method of twilio-node's shape: `(callback?)` or `(options?, callback?)`, returning a promise too. */
export interface MethodWithOptions<O, T> {
  (callback?: Callback<T>): Promise<T>;
  (options?: O, callback?: Callback<T>): Promise<T>;
}

/** Builds a MethodWithOptions from what it does with the options. */
function method<O, T>(run: (options: O | undefined) => Promise<T>): MethodWithOptions<O, T> {
  return ((first?: O | Callback<T>, second?: Callback<T>) => {
    const [options, callback] = optionsAndCallback<O, T>(first, second);
    return settle(run(options), callback);
  }) as MethodWithOptions<O, T>;
}

function settle<T>(promise: Promise<T>, callback?: Callback<T>): Promise<T> {
  if (callback)
    promise.then(
      (result) => callback(null, result),
      (error) => callback(error),
    );
  return promise;
}

// The wire names of the Message schema and their facade names, worked out once.
const messageDates = new Set<string>(fields.Message.dateTime);
const messageFields = fields.Message.names.map(
  (wire) => [wire, camelCase(wire), messageDates.has(wire)] as const,
);

// The constructor assigns every field from the generated field list, which TypeScript cannot see.
export interface MessageInstance extends MessageFields {}

/** One message, with twilio-node's camelCase fields and its fetch/update/remove. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: fields come from the spec's Message schema.
export class MessageInstance {
  readonly #scope: Scope;

  constructor(scope: Scope, wire: WireMessage) {
    this.#scope = scope;
    if (!wire || typeof wire !== "object") {
      throw new InvalidResponseError(`expected a Message object in the answer, got ${JSON.stringify(wire)}`);
    }
    const record = wire as unknown as Record<string, unknown>;
    const target = this as unknown as Record<string, unknown>;
    for (let i = 0; i < messageFields.length; i++) {
      const [wireName, name, isDate] = messageFields[i] as (typeof messageFields)[number];
      const value = record[wireName];
      target[name] = isDate && typeof value === "string" ? new Date(value) : value;
    }
  }

  #context(): MessageContext {
    return new MessageContext(this.#scope, this.sid);
  }

  // Prototype methods (not per-instance closures): a walk may decode many thousands of messages.
  fetch(callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  fetch(options?: CallOptions, callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  fetch(first?: CallOptions | Callback<MessageInstance>, second?: Callback<MessageInstance>) {
    return this.#context().fetch(first as CallOptions, second);
  }

  update(callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  update(options?: MessageUpdateOptions, callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  update(first?: MessageUpdateOptions | Callback<MessageInstance>, second?: Callback<MessageInstance>) {
    return this.#context().update(first as MessageUpdateOptions, second);
  }

  remove(callback?: Callback<boolean>): Promise<boolean>;
  remove(options?: MessageRemoveOptions, callback?: Callback<boolean>): Promise<boolean>;
  remove(first?: MessageRemoveOptions | Callback<boolean>, second?: Callback<boolean>) {
    return this.#context().remove(first as MessageRemoveOptions, second);
  }

  /** Delivery receipts are another resource: not in this package. */
  deliveryReceipts(): never {
    return unsupported("message.deliveryReceipts()");
  }

  /** Channel metadata is another resource: not in this package. */
  channelMetadata(): never {
    return unsupported("message.channelMetadata()");
  }

  /** The plain fields, as twilio-node's toJSON gives them. */
  toJSON(): MessageFields {
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(messageFields.map(([, name]) => [name, self[name]])) as MessageFields;
  }
}

/** `….messages(sid)`: one message by its SID. */
export class MessageContext {
  readonly #scope: Scope;
  readonly sid: string;

  constructor(scope: Scope, sid: string) {
    this.#scope = scope;
    this.sid = sid;
  }

  // Prototype methods: a context is made for every `messages(sid)` call.
  /** Fetches the message; takes `{ signal }` and/or twilio-node's callback. */
  fetch(callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  fetch(options?: CallOptions, callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  fetch(first?: CallOptions | Callback<MessageInstance>, second?: Callback<MessageInstance>) {
    return this.#message("fetch", first, second);
  }

  update(callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  update(options?: MessageUpdateOptions, callback?: Callback<MessageInstance>): Promise<MessageInstance>;
  update(first?: MessageUpdateOptions | Callback<MessageInstance>, second?: Callback<MessageInstance>) {
    return this.#message("update", first, second);
  }

  /** Runs a call that answers with this message, and decodes it. */
  #message<O>(
    action: "fetch" | "update",
    first?: O | Callback<MessageInstance>,
    second?: Callback<MessageInstance>,
  ) {
    const [options, callback] = optionsAndCallback(first, second);
    const scope = this.#scope;
    const answer = call(scope, action, { sid: this.sid, options: options as object | undefined });
    return settle(
      answer.then((wire) => new MessageInstance(scope, wire as WireMessage)),
      callback,
    );
  }

  remove(callback?: Callback<boolean>): Promise<boolean>;
  remove(options?: MessageRemoveOptions, callback?: Callback<boolean>): Promise<boolean>;
  remove(first?: MessageRemoveOptions | Callback<boolean>, second?: Callback<boolean>) {
    const [options, callback] = optionsAndCallback(first, second);
    return settle(
      call(this.#scope, "delete", { sid: this.sid, options }).then(() => true),
      callback,
    );
  }

  toJSON() {
    return { sid: this.sid, ...this.#scope.path };
  }
}

export type MessagePage = Page<MessageInstance>;

/** `….messages`: callable with a SID, and the list-level methods. */
export interface MessageListInstance {
  (sid: string): MessageContext;
  get(sid: string): MessageContext;
  create: MethodWithOptions<MessageCreateOptions, MessageInstance>;
  list(callback?: Callback<MessageInstance[]>): PagedList<MessageInstance>;
  list(params?: MessageListOptions, callback?: Callback<MessageInstance[]>): PagedList<MessageInstance>;
  each(
    params?: MessageEachOptions | MessageEachOptions["callback"],
    callback?: MessageEachOptions["callback"],
  ): Promise<void>;
  page: MethodWithOptions<MessageListOptions, MessagePage>;
  getPage(targetUrl: string, callback?: Callback<MessagePage>): Promise<MessagePage>;
}

const LIST_LOCAL = ["signal", "limit", "callback", "done"];

export function messageList(
  transport: Transport,
  family: Family,
  path: Record<string, string>,
  where = "messages",
): MessageListInstance {
  const scope: Scope = { transport, family, path };
  const loader = {
    load: async (link: string, signal?: AbortSignal) =>
      decodePage(await callUrl(transport, pageUrl(transport, link), signal), signal),
  };
  const decodePage = (wire: unknown, signal?: AbortSignal): MessagePage => {
    const body = wire as Schemas["MessageList"] | undefined;
    if (!body || typeof body !== "object" || !body.meta || !Array.isArray(body.messages)) {
      throw new InvalidResponseError(
        `expected a page of messages in the answer, got ${JSON.stringify(wire)?.slice(0, 80)}`,
      );
    }
    const meta: PageMeta = body.meta;
    return new Page(
      loader,
      meta,
      body.messages.map((m) => new MessageInstance(scope, m)),
      signal,
    );
  };
  const firstPage = async (params: MessageListOptions = {}) => {
    const { limit, pageSize } = params;
    checkLimit(limit);
    // As twilio-node: without a page size, ask for no more than the limit in one page.
    const options =
      pageSize === undefined && limit !== undefined
        ? { ...params, pageSize: Math.min(limit, maxPageSize()) }
        : params;
    return decodePage(await call(scope, "list", { options, local: LIST_LOCAL }), params.signal);
  };
  // A message's context, guarded like the rest of the facade (`messages(sid).deliveryReceipts` …).
  const context = (sid: string) => guarded(new MessageContext(scope, sid), `${where}(sid)`);

  const list = ((sid: string) => context(sid)) as MessageListInstance;
  list.get = context;
  list.create = method<MessageCreateOptions, MessageInstance>((options) =>
    call(scope, "create", { options }).then((wire) => new MessageInstance(scope, wire as WireMessage)),
  );
  list.page = method<MessageListOptions, MessagePage>((options) => firstPage(options));
  list.getPage = (targetUrl, callback) => settle(loader.load(targetUrl), callback);
  list.list = (
    first?: MessageListOptions | Callback<MessageInstance[]>,
    second?: Callback<MessageInstance[]>,
  ) => {
    const [params, callback] = optionsAndCallback(first, second);
    const paged = new PagedList(() => walk(() => firstPage(params), params?.limit, params?.signal));
    if (callback)
      paged.then(
        (items) => callback(null, items),
        (error) => callback(error),
      );
    return paged;
  };
  list.each = async (params, callback) => {
    const opts: MessageEachOptions = typeof params === "function" ? { callback: params } : { ...params };
    const onItem = opts.callback ?? callback;
    if (typeof onItem !== "function")
      throw new TypeError("each() needs a callback: each(opts, (message, done) => …)");
    // The callback's done(error?) stops the walk; as in twilio-node its error reaches opts.done.
    let stopped: { error?: unknown } | undefined;
    const stop = (error?: unknown) => {
      stopped = { error };
    };
    try {
      for await (const message of walk(() => firstPage(opts), opts.limit, opts.signal)) {
        onItem(message, stop);
        if (stopped) break;
      }
    } catch (error) {
      // With a done callback the error goes there (twilio-node); without one the promise rejects.
      if (!opts.done) throw error;
      opts.done(error);
      return;
    }
    if (stopped?.error !== undefined && !opts.done) throw stopped.error;
    opts.done?.(stopped?.error);
  };
  return list;
}

function maxPageSize(): number {
  const list = routeFor("default", "list").operation;
  const param = list.parameters.find((p) => p.name === "PageSize");
  return (param?.schema as { maximum?: number } | undefined)?.maximum ?? Number.POSITIVE_INFINITY;
}

function checkLimit(limit: unknown): void {
  if (limit === undefined) return;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) {
    throw new ValidationError(
      "limit",
      "positive integer",
      `list: limit must be a positive integer (got ${shown(limit)}); nothing was sent`,
    );
  }
}
