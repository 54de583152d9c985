// Which generated operation serves which facade call. Nothing here names an operation: each is
// classified by its method and path shape, so an operation added to the spec that fits no action
// shows up in `unroutedOperations` (and fails the contract tests) instead of being missed.
import { UnsupportedError, ValidationError } from "../core/errors.js";
import { type OperationId, operations } from "../generated/operations.js";

export type Action = "create" | "list" | "fetch" | "update" | "delete";
/** `default`: /v1/Conversations/...; `service`: /v1/Services/{ChatServiceSid}/Conversations/... */
export type Family = "default" | "service";

export type Operation = (typeof operations)[OperationId];
export interface Route {
  operationId: OperationId;
  operation: Operation;
  action: Action;
}

/** What an operation does: POST/GET on the collection, GET/POST/DELETE on one message. */
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

export function familyOf(path: string): Family {
  return path.startsWith("/v1/Services/") ? "service" : "default";
}

const table = new Map<string, Route>();
const unrouted: OperationId[] = [];
for (const operationId of Object.keys(operations) as OperationId[]) {
  const operation = operations[operationId];
  const action = actionOf(operation.method, operation.path);
  const key = `${familyOf(operation.path)} ${action}`;
  if (!action || table.has(key)) unrouted.push(operationId);
  else table.set(key, { operationId, operation, action });
}

/** Spec operations the facade has no call for. */
export const unroutedOperations: readonly OperationId[] = unrouted;

export function routeFor(family: Family, action: Action): Route {
  const route = table.get(`${family} ${action}`);
  if (!route) throw new UnsupportedError(`the spec has no ${action} operation for the ${family} family`);
  return route;
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
  if (!parts) {
    parts = operation.path.split(/\{([^}]+)\}/).map((text, i) => (i % 2 ? { name: text } : text));
    templates.set(operation, parts);
  }
  return parts;
}

/** The operation of a method and path template (as the typed client is called), if any. */
export function operationAt(method: string, template: string): Route | undefined {
  for (const operationId of Object.keys(operations) as OperationId[]) {
    const operation = operations[operationId];
    const action = actionOf(operation.method, operation.path);
    if (action && operation.method === method.toUpperCase() && operation.path === template) {
      return { operationId, operation, action };
    }
  }
  return undefined;
}
