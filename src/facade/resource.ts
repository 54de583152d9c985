// Any resource of the spec with twilio-node's call shape, written once: its list instance
// (`….messages`, callable with a SID, with create/list/each/page/getPage as the spec has them), its
// context (`….messages(sid)`, with fetch/update/remove), its instances (camelCase fields, Dates)
// and its sub-resources (`….messages(sid).deliveryReceipts`). Which methods a resource has comes
// from the routes the spec gives it (core/operations.ts); each resource needs only its twilio-node
// name (names.ts). What can be worked out once per resource and family is, in a plan, and the
// methods live on per-plan prototypes, so a call adds no work for being generic.
import { InvalidResponseError, UnsupportedError, ValidationError } from "../core/errors.js";
import {
  type Action,
  type Family,
  findRoute,
  itemParameter,
  parameterAfter,
  parentOf,
  pathParametersOf,
  queryOf,
  type ResourceName,
  type Route,
  resources,
} from "../core/operations.js";
import { maxPageSize, type Pagination, pagingOf } from "../core/paging.js";
import type { Pipeline } from "../core/pipeline.js";
import type { SchemaName } from "../core/shape.js";
import { shown } from "../core/validate.js";
import { fields, linkSegments } from "../generated/fields.js";
import { bodyOf, callOperation } from "./call.js";
import { guarded, unsupported } from "./guard.js";
import { facadeName, lastSegment, RESOURCE_NAMES } from "./names.js";
import { Page, PagedList, type PageMeta, pageUrl, walk } from "./page.js";

export type Callback<T> = (error: unknown, result?: T) => void;

/** A method of twilio-node's shape: `(callback?)` or `(options?, callback?)`, returning a promise too. */
export interface MethodWithOptions<O, T> {
  (callback?: Callback<T>): Promise<T>;
  (options?: O, callback?: Callback<T>): Promise<T>;
}

/** What every call takes besides the API's own parameters. */
export interface CallOptions {
  /** Cancels the call (and any wait before a retry); it then rejects with AbortError. */
  signal?: AbortSignal;
}

/** Options of `each()`: the list's, a callback per item and one at the end. */
export type EachOptions<I, O> = O & {
  /** Called for each item; call `done()` to stop early. */
  callback?: (item: I, done: (error?: unknown) => void) => void;
  /** Called once at the end, with the error if the walk failed. */
  done?: (error?: unknown) => void;
};

/** The list-level methods a resource with a list operation has. `O` are its list options. */
export interface ListMethods<I, O> {
  list(callback?: Callback<I[]>): PagedList<I>;
  list(params?: O, callback?: Callback<I[]>): PagedList<I>;
  each(
    params?: EachOptions<I, O> | EachOptions<I, O>["callback"],
    callback?: EachOptions<I, O>["callback"],
  ): Promise<void>;
  page: MethodWithOptions<O, Page<I>>;
  getPage(targetUrl: string, callback?: Callback<Page<I>>): Promise<Page<I>>;
  /** The path parameters the list is on, as twilio-node's toJSON gives its solution. */
  toJSON(): Record<string, string>;
}

/** A schema's wire names, facade names and date-time flags, worked out once per schema. */
type FieldPlan = readonly (readonly [wire: string, name: string, isDate: boolean])[];

/** A resource in one family, worked out once: its routes, fields, parameters and sub-resources. */
interface Plan {
  readonly resource: ResourceName;
  /** What twilio-node calls one item, in the singular (`message`, `deliveryReceipt`). */
  readonly itemName: string;
  readonly routes: { readonly [A in Action]?: Route };
  /** The path parameter that names one item (`Sid`); undefined when the spec fetches none. */
  readonly item: string | undefined;
  readonly fields: FieldPlan;
  readonly paging: Pagination | undefined;
  readonly maxPageSize: number;
  /** The prototypes of this resource's list instances, contexts and instances. */
  readonly listPrototype: object;
  readonly Context: new (scope: Scope, sid: string) => object;
  readonly Instance: new (scope: Scope, wire: Record<string, unknown>) => object;
}

/** Where a list lives: the pipeline, its resource's plan, the path so far, and its name for errors. */
interface Scope {
  readonly pipeline: Pipeline;
  readonly plan: Plan;
  readonly path: Record<string, string>;
  readonly where: string;
}

const ACTIONS_ON_ITEM = { fetch: "fetch", update: "update", delete: "remove" } as const;
/** Options every call consumes itself rather than sending. */
const CALL_LOCAL = ["signal"];
const LIST_LOCAL = ["signal", "limit", "callback", "done"];
const SCOPE = Symbol("scope");

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

function settle<T>(promise: Promise<T>, callback?: Callback<T>): Promise<T> {
  if (callback)
    promise.then(
      (result) => callback(null, result),
      (error) => callback(error),
    );
  return promise;
}

function call(scope: Scope, action: Action, options: unknown, sid?: string, local = CALL_LOCAL) {
  const { plan } = scope;
  const path = sid === undefined ? scope.path : { ...scope.path, [plan.item as string]: sid };
  return callOperation(scope.pipeline, plan.routes[action] as Route, {
    path,
    options: options as object | undefined,
    local,
    signal: (options as { signal?: AbortSignal } | undefined)?.signal,
  });
}

const fieldPlans = new Map<SchemaName, FieldPlan>();
function fieldPlan(schema: SchemaName): FieldPlan {
  let plan = fieldPlans.get(schema);
  if (!plan) {
    const table = fields[schema] as { names: readonly string[]; dateTime: readonly string[] };
    plan = table.names.map((wire) => [wire, facadeName(wire), table.dateTime.includes(wire)] as const);
    fieldPlans.set(schema, plan);
  }
  return plan;
}

/**
 * One item of a resource, with twilio-node's camelCase fields (those the spec names for its family)
 * and its calls. Decoding is total: a null in any field stays null, and a date-time becomes a Date
 * only when it is a string.
 */
class Instance {
  readonly #scope: Scope;

  constructor(scope: Scope, wire: Record<string, unknown>) {
    this.#scope = scope;
    const target = this as unknown as Record<string, unknown>;
    for (const [wireName, name, isDate] of scope.plan.fields) {
      const value = wire[wireName];
      target[name] = isDate && typeof value === "string" ? new Date(value) : value;
    }
  }

  /** The context of this item, for the calls it makes on itself. */
  static contextOf(instance: Instance): Context {
    const scope = instance.#scope;
    return new scope.plan.Context(scope, (instance as unknown as { sid: string }).sid) as Context;
  }

  /** The plain fields, as twilio-node's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(this.#scope.plan.fields.map(([, name]) => [name, self[name]]));
  }
}

/** `….messages(sid)`: one item by its SID. */
class Context {
  readonly #scope: Scope;
  readonly sid: string;

  constructor(scope: Scope, sid: string) {
    this.#scope = scope;
    this.sid = sid;
  }

  static scopeOf(context: Context): Scope {
    return context.#scope;
  }

  toJSON() {
    return { sid: this.sid, ...this.#scope.path };
  }
}

const decode = (scope: Scope, wire: unknown) =>
  new scope.plan.Instance(scope, wire as Record<string, unknown>);

const contextOf = Instance.contextOf;
const scopeOf = Context.scopeOf;

/** The methods of a context that act on its item, one per action the spec has on it. */
function itemMethod(action: keyof typeof ACTIONS_ON_ITEM) {
  return function (this: Context, first?: unknown, second?: Callback<unknown>) {
    const [options, callback] = optionsAndCallback(first, second);
    const scope = scopeOf(this);
    const answer = call(scope, action, options, this.sid);
    return settle(
      action === "delete" ? answer.then(() => true) : answer.then((wire) => decode(scope, wire)),
      callback,
    );
  };
}

/** A page link the API gave: on the list's own path, its parameters sent as given, through the pipeline. */
async function loadPage(scope: Scope, link: string, signal?: AbortSignal): Promise<Page<unknown>> {
  const { pipeline } = scope;
  const route = scope.plan.routes.list as Route;
  // The base URL now: it may have changed since the list was made (client.conversations.baseUrl).
  const { baseUrl } = pipeline;
  const url = pageUrl(baseUrl, link);
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
  const pathname = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
  const path = pathParametersOf(route.operation, pathname);
  if (!path) {
    throw new InvalidResponseError(
      `refusing to follow page link ${JSON.stringify(link)}: it is not a page of this list`,
    );
  }
  const query = queryOf(route.operation, url.searchParams);
  const answer = await pipeline.send(route, { path, query, header: {} }, { signal, fromServer: true });
  return decodePage(scope, bodyOf(answer), signal);
}

// The answer's shape was checked against the spec's page schema before it got here.
function decodePage(scope: Scope, wire: unknown, signal?: AbortSignal): Page<unknown> {
  const body = wire as Record<string, unknown>;
  const paging = scope.plan.paging as Pagination;
  const loader = { load: (link: string, s?: AbortSignal) => loadPage(scope, link, s) };
  const items = (body[paging.items] as unknown[]).map((item) => decode(scope, item));
  return new Page(loader, body[paging.meta.at] as PageMeta, paging, items, signal);
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

async function firstPage(scope: Scope, params: Record<string, unknown> & CallOptions = {}) {
  const { limit } = params;
  checkLimit(limit);
  const { paging, maxPageSize: largest } = scope.plan;
  // As twilio-node: without a page size, ask for no more than the limit in one page.
  const pageSize = facadeName((paging as Pagination).parameters.pageSize);
  const options =
    params[pageSize] === undefined && limit !== undefined
      ? { ...params, [pageSize]: Math.min(limit as number, largest) }
      : params;
  return decodePage(scope, await call(scope, "list", options, undefined, LIST_LOCAL), params.signal);
}

type Params = Record<string, unknown> & CallOptions & { limit?: number };
type ListThis = { [SCOPE]: Scope };

/** The list-level methods, on the prototype of every list instance that has them. */
const listMethods = {
  get(this: ListThis, sid: string) {
    const scope = this[SCOPE];
    return guarded(new scope.plan.Context(scope, sid), `${scope.where}(sid)`);
  },
  create(this: ListThis, first?: unknown, second?: Callback<unknown>) {
    const [options, callback] = optionsAndCallback(first, second);
    const scope = this[SCOPE];
    return settle(
      call(scope, "create", options).then((wire) => decode(scope, wire)),
      callback,
    );
  },
  page(this: ListThis, first?: Params | Callback<Page<unknown>>, second?: Callback<Page<unknown>>) {
    const [options, callback] = optionsAndCallback(first, second);
    return settle(firstPage(this[SCOPE], options), callback);
  },
  getPage(this: ListThis, targetUrl: string, callback?: Callback<Page<unknown>>) {
    return settle(loadPage(this[SCOPE], targetUrl), callback);
  },
  list(this: ListThis, first?: Params | Callback<unknown[]>, second?: Callback<unknown[]>) {
    const [params, callback] = optionsAndCallback(first, second);
    const scope = this[SCOPE];
    const paged = new PagedList(() => walk(() => firstPage(scope, params), params?.limit, params?.signal));
    if (callback)
      paged.then(
        (items) => callback(null, items),
        (error) => callback(error),
      );
    return paged;
  },
  async each(this: ListThis, params?: unknown, callback?: EachOptions<unknown, Params>["callback"]) {
    const opts = (
      typeof params === "function" ? { callback: params } : { ...(params as object) }
    ) as EachOptions<unknown, Params>;
    const onItem = opts.callback ?? callback;
    const scope = this[SCOPE];
    if (typeof onItem !== "function")
      throw new ValidationError(
        "callback",
        "required",
        `each() needs a callback: each(opts, (${scope.plan.itemName}, done) => …); nothing was sent`,
      );
    // The callback's done(error?) stops the walk; as in twilio-node its error reaches opts.done.
    let stopped: { error?: unknown } | undefined;
    const stop = (error?: unknown) => {
      stopped = { error };
    };
    try {
      for await (const item of walk(() => firstPage(scope, opts), opts.limit, opts.signal)) {
        onItem(item, stop);
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
  },
  toJSON(this: ListThis) {
    return { ...this[SCOPE].path };
  },
};
const LIST_ACTIONS = { create: ["create"], list: ["list", "each", "page", "getPage"] } as const;

const plans = new Map<string, Plan>();

/** A resource's plan in a family, worked out on first use. */
function planOf(resource: ResourceName, family: Family): Plan {
  const key = `${family} ${resource}`;
  let plan = plans.get(key);
  if (plan) return plan;
  const routes: { [A in Action]?: Route } = {};
  for (const action of ["create", "list", "fetch", "update", "delete"] as const) {
    const route = findRoute(resource, family, action);
    if (route) routes[action] = route;
  }
  const list = routes.list?.operation;
  // The item's schema: what its fetch answers, or what its list's pages hold.
  const itemSchema = (routes.fetch?.operation.returns ??
    (list &&
      (fields[list.returns as SchemaName] as { arrays: Record<string, SchemaName> }).arrays[
        pagingOf(list).paging.items
      ])) as SchemaName;

  const listPrototype = Object.create(Function.prototype) as Record<string, unknown>;
  listPrototype.toJSON = listMethods.toJSON;
  if (itemParameter(resource, family)) listPrototype.get = listMethods.get;
  for (const [action, names] of Object.entries(LIST_ACTIONS))
    if (routes[action as Action])
      for (const name of names) listPrototype[name] = listMethods[name as keyof typeof listMethods];

  class ResourceContext extends Context {}
  class ResourceInstance extends Instance {}
  for (const [action, name] of Object.entries(ACTIONS_ON_ITEM)) {
    if (!routes[action as Action]) continue;
    Object.defineProperty(ResourceContext.prototype, name, {
      value: itemMethod(action as keyof typeof ACTIONS_ON_ITEM),
    });
    // Prototype methods (not per-instance closures): a walk may decode many thousands of items.
    Object.defineProperty(ResourceInstance.prototype, name, {
      value(this: Instance, ...args: unknown[]) {
        return (contextOf(this) as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.(...args);
      },
    });
  }
  plan = {
    resource,
    // twilio-node names the item in the singular: `message.channelMetadata()`.
    itemName: (RESOURCE_NAMES[lastSegment(resource)] ?? "item").replace(/s$/, ""),
    routes,
    item: itemParameter(resource, family),
    fields: fieldPlan(itemSchema),
    paging: list && pagingOf(list).paging,
    maxPageSize: list ? maxPageSize(list) : Number.POSITIVE_INFINITY,
    listPrototype,
    Context: ResourceContext,
    Instance: ResourceInstance,
  };
  plans.set(key, plan);
  addChildren(plan, family, itemSchema, ResourceContext.prototype, ResourceInstance.prototype);
  return plan;
}

/**
 * A resource's sub-resources, as twilio-node hangs them: a getter on the context
 * (`messages(sid).deliveryReceipts`) and a method on the instance (`message.deliveryReceipts()`).
 * A link of the item's schema that leads to no resource of the spec is twilio-node's method this
 * package does not have: it throws UnsupportedError saying so.
 */
function addChildren(plan: Plan, family: Family, itemSchema: SchemaName, context: object, instance: object) {
  for (const child of resources) {
    if (parentOf(child) !== plan.resource) continue;
    const name = RESOURCE_NAMES[lastSegment(child)];
    if (name === undefined) continue;
    const childPlan = planOf(child, family);
    const someRoute = Object.values(childPlan.routes)[0] as Route;
    // The child's paths name this item by their own parameter (`MessageSid`, where ours is `Sid`).
    const parameter = parameterAfter(someRoute.operation.path, lastSegment(plan.resource)) as string;
    Object.defineProperty(context, name, {
      get(this: Context) {
        const scope = scopeOf(this);
        const path = { ...scope.path, [parameter]: this.sid };
        return resourceList(scope.pipeline, child, family, path, `${scope.where}(sid).${name}`);
      },
    });
    Object.defineProperty(instance, name, {
      value(this: Instance) {
        return (contextOf(this) as unknown as Record<string, unknown>)[name];
      },
    });
  }
  for (const [object, links] of Object.entries(linkSegments)) {
    if (!Object.values((fields[itemSchema] as { objects: Record<string, string> }).objects).includes(object))
      continue;
    for (const link of Object.keys(links)) {
      const name = facadeName(link);
      if (name in instance) continue;
      Object.defineProperty(instance, name, { value: () => unsupported(`${plan.itemName}.${name}()`) });
    }
  }
}

/**
 * `….messages`: a resource's list instance on a path, callable with a SID when the spec fetches
 * one; its methods are its plan's.
 */
export function resourceList<L>(
  pipeline: Pipeline,
  resource: ResourceName,
  family: Family,
  path: Record<string, string>,
  where: string,
): L {
  const plan = planOf(resource, family);
  const scope: Scope = { pipeline, plan, path, where };
  const list = function (this: unknown, sid: string) {
    if (!plan.item) throw new UnsupportedError(`${where}(sid): the spec fetches no single item here`);
    return listMethods.get.call(list as unknown as ListThis, sid);
  };
  Object.setPrototypeOf(list, plan.listPrototype);
  Object.defineProperty(list, SCOPE, { value: scope });
  return guarded(list, where) as L;
}
