// The Message resource with twilio-node's call shape:
//   ….messages.create(params) / .list(opts) / .page(opts) / .each(opts, callback) / .getPage(url)
//   ….messages(sid).fetch() / .update(params) / .remove(opts)
// Field names, option names and which values are dates all come from the generated spec tables.
import { InvalidResponseError, ValidationError } from "../core/errors.js";
import { type CamelCase, camelCase } from "../core/names.js";
import {
  type Action,
  type Family,
  parameterAfter,
  pathParametersOf,
  queryOf,
  routeFor,
} from "../core/operations.js";
import { pagingOf } from "../core/paging.js";
import type { Pipeline } from "../core/pipeline.js";
import type { SchemaName } from "../core/shape.js";
import { shown } from "../core/validate.js";
import type { components, operations as OperationTypes } from "../generated/api.js";
import { fields } from "../generated/fields.js";
import type { OperationId, operations as operationTable } from "../generated/operations.js";
import { bodyOf, callOperation } from "./call.js";
import { guarded, unsupported } from "./guard.js";
import { type FacadeName, facadeName, MESSAGES, segmentOf } from "./names.js";
import { Page, PagedList, type PageMeta, pageUrl, walk } from "./page.js";

type Schemas = components["schemas"];
type DateFields<S extends keyof typeof fields> = (typeof fields)[S]["dateTime"][number];

/** A schema's fields in camelCase, dates as Date (or null where the spec allows null). */
type CamelFields<S extends keyof Schemas & keyof typeof fields> = {
  -readonly [K in keyof Schemas[S] & string as CamelCase<K>]: K extends DateFields<S>
    ? Date | Extract<Schemas[S][K], null>
    : Schemas[S][K];
};
/** A message's fields in camelCase, dates as Date: derived from the spec's Message schema. */
export type MessageFields = CamelFields<"Message">;
/** A service message's fields: the spec's ServiceMessage schema (Message plus chatServiceSid). */
export type ServiceMessageFields = CamelFields<"ServiceMessage">;

/** An operation's form body, and which of its fields the spec types as date-time (from the operation table). */
type TableEntry<Op extends OperationId> = (typeof operationTable)[Op];
type BodyOf<Op extends OperationId & keyof OperationTypes> =
  TableEntry<Op> extends { body: { contentType: infer C } }
    ? NonNullable<OperationTypes[Op]["requestBody"]>["content"][C &
        keyof NonNullable<OperationTypes[Op]["requestBody"]>["content"]]
    : never;
type BodyDates<Op extends OperationId> =
  TableEntry<Op> extends { body: { schema: { properties: infer P } } }
    ? { [K in keyof P]: P[K] extends { format: "date-time" } ? K : never }[keyof P]
    : never;
/** A body's fields in camelCase; date-time fields also take a Date. */
type FormOptions<Op extends OperationId & keyof OperationTypes> = {
  [K in keyof BodyOf<Op> & string as CamelCase<K>]?: K extends BodyDates<Op> ? Date | string : BodyOf<Op>[K];
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
/** The create body's fields in camelCase (what `create()` sends, and what the emulator seeds). */
export type MessageCreateFields = FormOptions<"CreateConversationMessage">;
/** Options of `create()`: the create body's fields in camelCase, plus the webhook header. */
export type MessageCreateOptions = MessageCreateFields &
  HeaderOptions<"CreateConversationMessage"> &
  CallOptions;
/** Options of `update()`: the update body's fields in camelCase, plus the webhook header. */
export type MessageUpdateOptions = FormOptions<"UpdateConversationMessage"> &
  HeaderOptions<"UpdateConversationMessage"> &
  CallOptions;
/** Options of `remove()`: the webhook header. */
export type MessageRemoveOptions = HeaderOptions<"DeleteConversationMessage"> & CallOptions;

/** The list's query parameters, as twilio-node names them. */
type ListQueryOptions = { [K in keyof Query & string as FacadeName<K>]?: Query[K] };
/** Options of `list()`, `each()` and `page()`: the list's query parameters, and a limit. */
export interface MessageListOptions extends CallOptions, ListQueryOptions {
  /** The most messages to return in all; pages are fetched until it is reached. */
  limit?: number;
}
export interface MessageEachOptions<I = MessageInstance> extends MessageListOptions {
  /** Called for each message; call `done()` to stop early. */
  callback?: (message: I, done: (error?: unknown) => void) => void;
  /** Called once at the end, with the error if the walk failed. */
  done?: (error?: unknown) => void;
}

type Callback<T> = (error: unknown, result?: T) => void;

/** Where a message lives: its conversation, and the Conversation Service when one is named. */
interface Scope {
  pipeline: Pipeline;
  family: Family;
  path: Record<string, string>;
  /** The fields of the family's message schema, as the decoder writes them. */
  fields: FieldPlan;
}

/** The path parameter that names one message, in each family's paths (worked out once). */
const messageParameters = new Map<Family, string>();
function messageParameter(family: Family): string {
  let name = messageParameters.get(family);
  if (name === undefined) {
    name = parameterAfter(
      routeFor(MESSAGES, family, "fetch").operation.path,
      segmentOf("messages"),
    ) as string;
    messageParameters.set(family, name);
  }
  return name;
}

/** Options every call consumes itself rather than sending. */
const CALL_LOCAL = ["signal"];

function call(
  scope: Scope,
  action: Action,
  input: { options?: object | undefined; sid?: string; local?: string[] },
) {
  const path =
    input.sid === undefined ? scope.path : { ...scope.path, [messageParameter(scope.family)]: input.sid };
  const signal = (input.options as { signal?: AbortSignal } | undefined)?.signal;
  return callOperation(scope.pipeline, routeFor(MESSAGES, scope.family, action), {
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

/** A message as the facade gives it: camelCase fields `F`, and the calls on that message. */
export interface MessageActions<I, F> {
  fetch(callback?: Callback<I>): Promise<I>;
  fetch(options?: CallOptions, callback?: Callback<I>): Promise<I>;
  update(callback?: Callback<I>): Promise<I>;
  update(options?: MessageUpdateOptions, callback?: Callback<I>): Promise<I>;
  remove(callback?: Callback<boolean>): Promise<boolean>;
  remove(options?: MessageRemoveOptions, callback?: Callback<boolean>): Promise<boolean>;
  /** Delivery receipts are another resource: not in this package. */
  deliveryReceipts(): never;
  /** Channel metadata is another resource: not in this package. */
  channelMetadata(): never;
  /** The plain fields, as twilio-node's toJSON gives them. */
  toJSON(): F;
}
/** A message of the default family (`client.conversations.v1.conversations(sid).messages`). */
export type MessageInstance = MessageFields & MessageActions<MessageInstance, MessageFields>;
/** A message reached through a Conversation Service: it also carries `chatServiceSid`. */
export type ServiceMessageInstance = ServiceMessageFields &
  MessageActions<ServiceMessageInstance, ServiceMessageFields>;

/** A schema's wire names, facade names and date-time flags, worked out once per schema. */
type FieldPlan = readonly (readonly [wire: string, name: string, isDate: boolean])[];
const plans = new Map<SchemaName, FieldPlan>();
function fieldPlan(schema: SchemaName): FieldPlan {
  let plan = plans.get(schema);
  if (!plan) {
    const table = fields[schema] as { names: readonly string[]; dateTime: readonly string[] };
    plan = table.names.map((wire) => [wire, camelCase(wire), table.dateTime.includes(wire)] as const);
    plans.set(schema, plan);
  }
  return plan;
}

/**
 * One message, with twilio-node's camelCase fields (those the spec names for the message's family)
 * and its fetch/update/remove. Decoding is total: a null in any field stays null, and a date-time
 * becomes a Date only when it is a string.
 */
class Message {
  readonly #scope: Scope;

  constructor(scope: Scope, wire: Record<string, unknown>) {
    this.#scope = scope;
    const target = this as unknown as Record<string, unknown>;
    for (const [wireName, name, isDate] of scope.fields) {
      const value = wire[wireName];
      target[name] = isDate && typeof value === "string" ? new Date(value) : value;
    }
  }

  #context(): MessageContext<Message> {
    return new MessageContext(this.#scope, (this as unknown as { sid: string }).sid);
  }

  // Prototype methods (not per-instance closures): a walk may decode many thousands of messages.
  fetch(first?: CallOptions | Callback<Message>, second?: Callback<Message>) {
    return this.#context().fetch(first as CallOptions, second);
  }

  update(first?: MessageUpdateOptions | Callback<Message>, second?: Callback<Message>) {
    return this.#context().update(first as MessageUpdateOptions, second);
  }

  remove(first?: MessageRemoveOptions | Callback<boolean>, second?: Callback<boolean>) {
    return this.#context().remove(first as MessageRemoveOptions, second);
  }

  deliveryReceipts(): never {
    return unsupported("message.deliveryReceipts()");
  }

  channelMetadata(): never {
    return unsupported("message.channelMetadata()");
  }

  toJSON(): Record<string, unknown> {
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(this.#scope.fields.map(([, name]) => [name, self[name]]));
  }
}

const decode = <I>(scope: Scope, wire: unknown): I =>
  new Message(scope, wire as Record<string, unknown>) as unknown as I;

/** `….messages(sid)`: one message by its SID. `I` is the family's message type. */
export class MessageContext<I = MessageInstance> {
  readonly #scope: Scope;
  readonly sid: string;

  constructor(scope: Scope, sid: string) {
    this.#scope = scope;
    this.sid = sid;
  }

  // Prototype methods: a context is made for every `messages(sid)` call.
  /** Fetches the message; takes `{ signal }` and/or twilio-node's callback. */
  fetch(callback?: Callback<I>): Promise<I>;
  fetch(options?: CallOptions, callback?: Callback<I>): Promise<I>;
  fetch(first?: CallOptions | Callback<I>, second?: Callback<I>) {
    return this.#message("fetch", first, second);
  }

  update(callback?: Callback<I>): Promise<I>;
  update(options?: MessageUpdateOptions, callback?: Callback<I>): Promise<I>;
  update(first?: MessageUpdateOptions | Callback<I>, second?: Callback<I>) {
    return this.#message("update", first, second);
  }

  /** Runs a call that answers with this message, and decodes it. */
  #message<O>(action: "fetch" | "update", first?: O | Callback<I>, second?: Callback<I>) {
    const [options, callback] = optionsAndCallback(first, second);
    const scope = this.#scope;
    const answer = call(scope, action, { sid: this.sid, options: options as object | undefined });
    return settle(
      answer.then((wire) => decode<I>(scope, wire)),
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
/** One message by SID, in a Conversation Service. */
export type ServiceMessageContext = MessageContext<ServiceMessageInstance>;

export type MessagePage<I = MessageInstance> = Page<I>;
export type ServiceMessagePage = MessagePage<ServiceMessageInstance>;

/** `….messages`: callable with a SID, and the list-level methods. `I` is the family's message type. */
export interface MessageListInstance<I = MessageInstance> {
  (sid: string): MessageContext<I>;
  get(sid: string): MessageContext<I>;
  create: MethodWithOptions<MessageCreateOptions, I>;
  list(callback?: Callback<I[]>): PagedList<I>;
  list(params?: MessageListOptions, callback?: Callback<I[]>): PagedList<I>;
  each(
    params?: MessageEachOptions<I> | MessageEachOptions<I>["callback"],
    callback?: MessageEachOptions<I>["callback"],
  ): Promise<void>;
  page: MethodWithOptions<MessageListOptions, MessagePage<I>>;
  getPage(targetUrl: string, callback?: Callback<MessagePage<I>>): Promise<MessagePage<I>>;
}
/** `….services(sid).conversations(sid).messages`: the same calls, with service messages. */
export type ServiceMessageListInstance = MessageListInstance<ServiceMessageInstance>;

const LIST_LOCAL = ["signal", "limit", "callback", "done"];

/** The component schema an operation of the family answers with. */
function answerSchema(family: Family, action: Action): SchemaName {
  const { operation } = routeFor(MESSAGES, family, action);
  return operation.returns as SchemaName;
}

export function messageList<I = MessageInstance>(
  pipeline: Pipeline,
  family: Family,
  path: Record<string, string>,
  where = "messages",
): MessageListInstance<I> {
  // Decoded with the fields the spec names for this family's message (a service's has chat_service_sid).
  const scope: Scope = { pipeline, family, path, fields: fieldPlan(answerSchema(family, "fetch")) };
  const listRoute = routeFor(MESSAGES, family, "list");
  const { paging } = pagingOf(listRoute.operation);
  const loader = {
    /** A page link the API gave: on the list's own path, its parameters sent as given, through the pipeline. */
    load: async (link: string, signal?: AbortSignal) => {
      // The base URL now: it may have changed since the list was made (client.conversations.baseUrl).
      const { baseUrl } = pipeline;
      const url = pageUrl(baseUrl, link);
      const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
      const pathname = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
      const linkPath = pathParametersOf(listRoute.operation, pathname);
      if (!linkPath) {
        throw new InvalidResponseError(
          `refusing to follow page link ${JSON.stringify(link)}: it is not a page of this list`,
        );
      }
      const query = queryOf(listRoute.operation, url.searchParams);
      const answer = await pipeline.send(
        listRoute,
        { path: linkPath, query, header: {} },
        { signal, fromServer: true },
      );
      return decodePage(bodyOf(answer), signal);
    },
  };
  // The answer's shape was checked against the spec's page schema before it got here.
  const decodePage = (wire: unknown, signal?: AbortSignal): MessagePage<I> => {
    const body = wire as Record<string, unknown>;
    return new Page(
      loader,
      body[paging.meta.at] as PageMeta,
      paging,
      (body[paging.items] as unknown[]).map((m) => decode<I>(scope, m)),
      signal,
    );
  };
  const firstPage = async (params: MessageListOptions = {}) => {
    const { limit } = params;
    checkLimit(limit);
    // As twilio-node: without a page size, ask for no more than the limit in one page.
    const pageSize = facadeName(paging.parameters.pageSize);
    const options =
      (params as Record<string, unknown>)[pageSize] === undefined && limit !== undefined
        ? { ...params, [pageSize]: Math.min(limit, maxPageSize()) }
        : params;
    return decodePage(await call(scope, "list", { options, local: LIST_LOCAL }), params.signal);
  };
  // A message's context, guarded like the rest of the facade (`messages(sid).deliveryReceipts` …).
  const context = (sid: string) => guarded(new MessageContext<I>(scope, sid), `${where}(sid)`);

  const list = ((sid: string) => context(sid)) as MessageListInstance<I>;
  list.get = context;
  list.create = method<MessageCreateOptions, I>((options) =>
    call(scope, "create", { options }).then((wire) => decode<I>(scope, wire)),
  );
  list.page = method<MessageListOptions, MessagePage<I>>((options) => firstPage(options));
  list.getPage = (targetUrl, callback) => settle(loader.load(targetUrl), callback);
  list.list = (first?: MessageListOptions | Callback<I[]>, second?: Callback<I[]>) => {
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
    const opts: MessageEachOptions<I> = typeof params === "function" ? { callback: params } : { ...params };
    const onItem = opts.callback ?? callback;
    if (typeof onItem !== "function")
      throw new ValidationError(
        "callback",
        "required",
        "each() needs a callback: each(opts, (message, done) => …); nothing was sent",
      );
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

/** The largest page size the spec allows. */
function maxPageSize(): number {
  const list = routeFor(MESSAGES, "default", "list").operation;
  const name = pagingOf(list).paging.parameters.pageSize;
  const param = list.parameters.find((p) => p.name === name);
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
