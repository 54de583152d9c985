// The operation index: every operation of the spec (src/generated/operations.ts), found by the
// resource it acts on, what it does (create, list, fetch, update, delete) and its family; or by its
// method and path template; or by a request's method and path. Nothing here names an operation or
// a resource: all three come from the path itself. The resource is the path's literal segments
// (`Conversations/Messages`, `Conversations/Messages/Receipts`), the action is HTTP's meaning of
// the method on a collection or on one item, and the family is whether the path runs through a
// Conversation Service. Nothing depends on the order of the table. An operation that fits no slot
// (another method, or a second operation for a slot taken) is in `unroutedOperations`, and fails
// the tests.

import { type OperationEntry, type OperationId, operationTable } from "../generated/operations.js";
import { UnsupportedError, ValidationError } from "./errors.js";
import { typedValue } from "./typed-value.js";

export type Action = "create" | "list" | "fetch" | "update" | "delete";
/** `default`: the account's default Conversation Service; `service`: an explicit one. */
export type Family = "default" | "service";
export type Operation = OperationEntry;
/** A resource, named by the literal segments of its paths: `Conversations/Messages`. */
export type ResourceName = string;

export interface Route {
  operationId: OperationId;
  operation: Operation;
  resource: ResourceName;
  action: Action;
  family: Family;
}

/** The actions in the order tools list them: reads, then writes. */
export const ACTIONS: readonly Action[] = ["list", "fetch", "create", "update", "delete"];

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

// Twilio's paths through an explicit Conversation Service start with /Services/{ChatServiceSid};
// the same resource without it is the default service's.
const SERVICE_SEGMENT = "Services";

/** The resource a path acts on, and its family: from the path's literal segments. */
export function placeOf(path: string): { resource: ResourceName; family: Family } {
  const literal = path.split("/").filter((segment) => segment !== "" && !segment.startsWith("{"));
  // The API's version (v1) names no resource.
  if (/^v\d+$/.test(literal[0] ?? "")) literal.shift();
  const family: Family = literal[0] === SERVICE_SEGMENT && literal.length > 1 ? "service" : "default";
  if (family === "service") literal.shift();
  return { resource: literal.join("/"), family };
}

const slotOf = (resource: ResourceName, family: Family, action: Action) => `${resource} ${family} ${action}`;

/**
 * Routes for an operation table: each operation by its resource, action and family. What fits no
 * slot, or shares one with another operation, is left unrouted. Both lists come out in one order
 * whatever the table's: by resource (a parent before its children), family, then action.
 */
export function indexOperations(table: { readonly [id: string]: Operation }): {
  routes: Route[];
  unrouted: OperationId[];
} {
  const bySlot = new Map<string, Route[]>();
  const unrouted: OperationId[] = [];
  for (const operationId of Object.keys(table) as OperationId[]) {
    const operation = table[operationId] as Operation;
    const action = actionOf(operation.method, operation.path);
    if (!action) {
      unrouted.push(operationId);
      continue;
    }
    const { resource, family } = placeOf(operation.path);
    const slot = slotOf(resource, family, action);
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), { operationId, operation, resource, action, family }]);
  }
  const routes: Route[] = [];
  for (const found of bySlot.values()) {
    if (found.length === 1) routes.push(found[0] as Route);
    else unrouted.push(...found.map((r) => r.operationId));
  }
  const rank = (r: Route) => [r.resource, r.family, ACTIONS.indexOf(r.action)] as const;
  routes.sort((a, b) => {
    const [ra, fa, aa] = rank(a);
    const [rb, fb, ab] = rank(b);
    return ra < rb ? -1 : ra > rb ? 1 : fa < fb ? -1 : fa > fb ? 1 : aa - ab;
  });
  return { routes, unrouted: unrouted.sort() };
}

const { routes, unrouted } = indexOperations(operationTable);
const bySlot = new Map(routes.map((r) => [slotOf(r.resource, r.family, r.action), r]));

/** Operations of the spec that fit no resource, action and family. */
export const unroutedOperations: readonly OperationId[] = unrouted;

/** Every routed operation, parents' before their children's. */
export const allRoutes: readonly Route[] = routes;

/** Every resource the spec has operations on, parents first. */
export const resources: readonly ResourceName[] = [...new Set(routes.map((r) => r.resource))];

/** The route of a resource's action in a family; an UnsupportedError when the spec has none. */
export function routeFor(resource: ResourceName, family: Family, action: Action): Route {
  const route = bySlot.get(slotOf(resource, family, action));
  if (!route)
    throw new UnsupportedError(`the spec has no ${action} operation on ${resource} for the ${family} family`);
  return route;
}

/** The route of a resource's action in a family, if the spec has one. */
export function findRoute(resource: ResourceName, family: Family, action: Action): Route | undefined {
  return bySlot.get(slotOf(resource, family, action));
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
 * The route a request's method and path reach, with the path parameters read from the path; or,
 * when no route has that method, whether any has the path (a 405 rather than a 404).
 */
export function routeOfRequest(
  method: string,
  pathname: string,
): { found?: { route: Route; path: Record<string, string> }; pathKnown: boolean } {
  const upper = method.toUpperCase();
  let pathKnown = false;
  for (const route of routes) {
    const path = pathParametersOf(route.operation, pathname);
    if (!path) continue;
    if (route.operation.method === upper) return { found: { route, path }, pathKnown: true };
    pathKnown = true;
  }
  return { pathKnown };
}

/** The resource whose items hold this resource's (`Conversations/Messages` for its receipts), if the spec has it. */
export function parentOf(resource: ResourceName): ResourceName | undefined {
  const parent = resource.slice(0, Math.max(0, resource.lastIndexOf("/")));
  return resources.includes(parent) ? parent : undefined;
}

/** The path parameter that names one item of a route's resource: the last of its item paths. */
export function itemParameter(resource: ResourceName, family: Family): string | undefined {
  const fetch = findRoute(resource, family, "fetch");
  return fetch ? (/\{([^}]+)\}$/.exec(fetch.operation.path)?.[1] ?? undefined) : undefined;
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

/** An operation's path template as a pattern, with its parameter names in order (worked out once). */
const patterns = new WeakMap<Operation, { pattern: RegExp; names: string[] }>();
function patternOf(operation: Operation): { pattern: RegExp; names: string[] } {
  let compiled = patterns.get(operation);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!compiled) {
    const names: string[] = [];
    const source = templateOf(operation)
      .map((part) => {
        if (typeof part !== "string") {
          names.push(part.name);
          return "([^/]+)";
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    compiled = { pattern: new RegExp(`^${source}$`), names };
    patterns.set(operation, compiled);
  }
  return compiled;
}

/**
 * The path parameters of a URL's path on an operation's template (a request, or a page link the
 * API gave), decoded; undefined when the path is not the operation's or does not decode.
 */
export function pathParametersOf(operation: Operation, pathname: string): Record<string, string> | undefined {
  const { pattern, names } = patternOf(operation);
  const match = pattern.exec(pathname);
  if (!match) return undefined;
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] as string)]));
  } catch {
    return undefined;
  }
}

/** An operation's query parameters read from a URL's search (a page link): each as its schema types it. */
export { typedValue };

export function queryOf(operation: Operation, search: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [name, value] of search) {
    const schema = operation.parameters.find((p) => p.in === "query" && p.name === name)?.schema ?? {};
    query[name] = typedValue(value, schema);
  }
  return query;
}
