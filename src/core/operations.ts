// The operation index: every operation of the spec (src/generated/operations.ts), found by what it
// does (create, list, fetch, update, delete) and by its family, or by its method and path
// template. Nothing here names an operation or a path: an operation is classified by its method
// and whether its path ends at one item, and a family by its path: of the operations that do the
// same thing, the default family's has the fewest path parameters, the explicit service's more.
// An operation that fits no slot shows up in `unroutedOperations` (and fails the tests).
import { type OperationId, operations } from "../generated/operations.js";
import { UnsupportedError, ValidationError } from "./errors.js";

export type Action = "create" | "list" | "fetch" | "update" | "delete";
/** `default`: the account's default Conversation Service; `service`: an explicit one. */
export type Family = "default" | "service";
export type Operation = (typeof operations)[OperationId];

export interface Route {
  operationId: OperationId;
  operation: Operation;
  action: Action;
  family: Family;
}

/** What an operation does, by HTTP's own meaning: POST/GET on the collection, GET/POST/DELETE on one item. */
export function actionOf(method: string, path: string): Action | undefined {
  const onItem = path.endsWith("}");
  switch (method.toUpperCase()) {
    case "POST":
      return onItem ? "update" : "create";
    case "GET":
      return onItem ? "fetch" : "list";
    case "DELETE":
      return onItem ? "delete" : undefined;
    default:
      return undefined;
  }
}

const parameterCount = (path: string) => path.split("{").length - 1;

/**
 * Routes for an operation table: each operation by its action, and by family in the order of
 * their path parameters (fewest first); what fits no slot is left unrouted.
 */
export function indexOperations(table: Readonly<Record<string, Operation>>): {
  routes: Route[];
  unrouted: OperationId[];
} {
  const routes: Route[] = [];
  const unrouted: OperationId[] = [];
  const byAction = new Map<Action, OperationId[]>();
  for (const operationId of Object.keys(table) as OperationId[]) {
    const { method, path } = table[operationId] as Operation;
    const action = actionOf(method, path);
    if (!action) unrouted.push(operationId);
    else byAction.set(action, [...(byAction.get(action) ?? []), operationId]);
  }
  const parameters = (id: OperationId) => parameterCount((table[id] as Operation).path);
  for (const [action, ids] of byAction) {
    const [first, second, ...rest] = ids.sort((a, b) => parameters(a) - parameters(b)) as [
      OperationId,
      OperationId | undefined,
      ...OperationId[],
    ];
    routes.push({ operationId: first, operation: table[first] as Operation, action, family: "default" });
    if (second)
      routes.push({ operationId: second, operation: table[second] as Operation, action, family: "service" });
    unrouted.push(...rest);
  }
  return { routes, unrouted };
}

const { routes, unrouted } = indexOperations(operations);

/** Operations of the spec that fit no action and family. */
export const unroutedOperations: readonly OperationId[] = unrouted;

/** Every routed operation. */
export const allRoutes: readonly Route[] = routes;

export function routeFor(family: Family, action: Action): Route {
  const route = routes.find((r) => r.family === family && r.action === action);
  if (!route) throw new UnsupportedError(`the spec has no ${action} operation for the ${family} family`);
  return route;
}

/** The route of an operationId. */
export function routeOf(operationId: OperationId): Route {
  return routes.find((r) => r.operationId === operationId) as Route;
}

/** The route of a method and path template (as the typed client is called), if there is one. */
export function routeAt(method: string, template: string): Route | undefined {
  const upper = method.toUpperCase();
  return routes.find((r) => r.operation.method === upper && r.operation.path === template);
}

/**
 * The URL of an operation: base URL, then the path with each parameter percent-encoded, so that
 * no value ("/", "?", "#", "%2e") can change the path. Validation has already refused "." and "..";
 * the check at the end makes sure no dot segment is left for the URL parser to resolve.
 */
export function urlFor(baseUrl: string, operation: Operation, pathParams: Record<string, string>): string {
  let path = "";
  for (const part of templateOf(operation)) {
    if (typeof part === "string") {
      path += part;
      continue;
    }
    const value = pathParams[part.name];
    if (value === undefined)
      throw new ValidationError(
        part.name,
        "required",
        `${operation.path}: ${part.name} is required; nothing was sent`,
      );
    path += encodeURIComponent(value);
  }
  // A "." or ".." segment is the one thing percent-encoding leaves for the URL parser to resolve.
  if (/\/\.{1,2}(\/|$)/.test(path))
    throw new ValidationError(
      "path",
      "path segment",
      `the path ${path} would not be sent as built; nothing was sent`,
    );
  return baseUrl + path;
}

/** An operation's path template split once into text and parameter names. */
const templates = new WeakMap<Operation, (string | { name: string })[]>();
function templateOf(operation: Operation): (string | { name: string })[] {
  let parts = templates.get(operation);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!parts) {
    parts = operation.path.split(/\{([^}]+)\}/).map((text, i) => (i % 2 ? { name: text } : text));
    templates.set(operation, parts);
  }
  return parts;
}

/**
 * The path parameter that follows a literal segment in a path template: the one that names an item
 * of that collection (`/Conversations/{ConversationSid}` names a conversation).
 */
export function parameterAfter(template: string, segment: string): string | undefined {
  return new RegExp(`/${segment}/\\{([^}]+)\\}`).exec(template)?.[1];
}

/**
 * The path parameters of a URL on an operation's template (a page link the API gave), or
 * undefined when the URL's path is not the operation's.
 */
export function pathParametersOf(operation: Operation, pathname: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = templateOf(operation)
    .map((part) => {
      if (typeof part !== "string") {
        names.push(part.name);
        return "([^/]+)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  const match = new RegExp(`^${pattern}$`).exec(pathname);
  if (!match) return undefined;
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] as string)]));
  } catch {
    return undefined;
  }
}

/** A query or header value read from text, as its schema types it: "20" is the integer 20 for an integer. */
export function typedValue(value: string, schema: { type?: unknown }): unknown {
  return schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
}

/** An operation's query parameters read from a URL's search (a page link): each as its schema types it. */
export function queryOf(operation: Operation, search: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [name, value] of search) {
    const schema = operation.parameters.find((p) => p.in === "query" && p.name === name)?.schema ?? {};
    query[name] = typedValue(value, schema);
  }
  return query;
}
