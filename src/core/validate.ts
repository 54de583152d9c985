// Checks a request against the spec before anything is sent, against the request schemas of
// openapi/messages.yaml (src/generated/operations.ts, checked by src/core/schema.ts as Ajv would).
// A broken rule throws a ValidationError that names the field as the caller wrote it, the rule,
// and the offending value.

import type { OperationId } from "../generated/operations.js";
import { ValidationError } from "./errors.js";
import type { Operation } from "./operations.js";
import { firstError, type RequestSchema, type SchemaError } from "./schema.js";
import { clipUnits } from "./text.js";

type AjvError = SchemaError & { message?: string };

export type Location = "path" | "query" | "header";

/** A request in wire names: values as the caller gave them (not yet stringified). */
export interface WireRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body?: Record<string, unknown> | undefined;
}

/** Shows a value in an error message, cut short. */
export function shown(value: unknown): string {
  let text: string;
  // JSON would show NaN and Infinity as null.
  if (typeof value === "number") return String(value);
  try {
    text = value instanceof Date ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${clipUnits(text, 57)}…` : text;
}

/** A rule's wording in an error message ("must match" and the spec's pattern, say). */
export function ruleText(error: AjvError): string {
  const p = error.params;
  switch (error.keyword) {
    case "pattern":
      return `must match ${p.pattern}`;
    case "minLength":
      return `must be at least ${p.limit} characters long`;
    case "maxLength":
      return `must be at most ${p.limit} characters long`;
    case "x-max-bytes":
      return `must be at most ${p.limit} bytes long in UTF-8`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "minimum":
      return `must be at least ${p.limit}`;
    case "maximum":
      return `must be at most ${p.limit}`;
    case "type":
      return `must be of type ${p.type}`;
    case "format":
      return p.format === "date-time"
        ? "must be a real RFC 3339 date-time such as 2015-12-16T22:18:37Z (or a valid Date)"
        : `must be a valid ${p.format}`;
    case "contentMediaType":
      return "must be a string holding valid JSON";
    case "additionalProperties":
      return "is not a field of this request";
    default:
      return error.message ?? `breaks the ${error.keyword} rule`;
  }
}

/** The rule a keyword names: the keyword itself, or an extension's camelCase name (x-max-bytes → maxBytes). */
export function ruleName(keyword: string): string {
  return keyword.startsWith("x-")
    ? keyword.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    : keyword;
}

function fail(where: string, field: string, rule: string, text: string, value: unknown): never {
  throw new ValidationError(
    field,
    rule,
    `${where}: ${field} ${text} (got ${shown(value)}); nothing was sent`,
  );
}

/**
 * The value to send for a field: a Date becomes ISO 8601 where the spec wants a date-time; any
 * other value is left as it is for the validators to judge (nothing is stringified here).
 */
export function wireValue(where: string, field: string, value: unknown, dateTime: boolean): unknown {
  if (!(value instanceof Date) || !dateTime) return value;
  if (Number.isNaN(value.getTime())) fail(where, field, "format", "must be a valid date", value);
  return value.toISOString();
}

interface Plan {
  /** Every parameter of the operation, as `<in> <name>`. */
  known: Set<string>;
  parameters: { in: Location; name: string; required: boolean; schema: RequestSchema }[];
}
const plans = new WeakMap<Operation, Plan>();

/** What to check for an operation, worked out once. */
function planFor(operation: Operation): Plan {
  let plan = plans.get(operation);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!plan) {
    plan = {
      known: new Set(operation.parameters.map((p) => `${p.in} ${p.name}`)),
      parameters: operation.parameters.map((p) => ({
        in: p.in as Location,
        name: p.name,
        required: p.required,
        schema: p.schema as RequestSchema,
      })),
    };
    plans.set(operation, plan);
  }
  return plan;
}

/** A body schema less the keywords not to judge by, worked out once for each list of them. */
const judgedSchemas = new WeakMap<RequestSchema, Map<string, RequestSchema>>();
function judgedSchema(schema: RequestSchema, ignore: readonly string[]): RequestSchema {
  let byIgnored = judgedSchemas.get(schema);
  if (!byIgnored) {
    byIgnored = new Map();
    judgedSchemas.set(schema, byIgnored);
  }
  const key = ignore.join(" ");
  let judged = byIgnored.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!judged) {
    judged = Object.fromEntries(Object.entries(schema).filter(([k]) => !ignore.includes(k))) as RequestSchema;
    byIgnored.set(key, judged);
  }
  return judged;
}

/** The first rule a request breaks: the field (as the caller named it), the rule, its wording, the value. */
export interface Violation {
  field: string;
  rule: string;
  text: string;
  value: unknown;
}

export interface CheckOptions {
  /** Maps wire names to the caller's (camelCase for the facade). */
  nameOf?: (wire: string) => string;
  /**
   * Refuse parameters the operation does not have (a client's typo). A server ignores them, as
   * Twilio does, so the emulator turns this off.
   */
  refuseUnknown?: boolean;
  /** Body keywords not to judge by (a server skips the spec's `x-advisory-keywords`). */
  ignore?: readonly string[];
}

/** The first rule the request breaks, or undefined when it keeps them all. */
export function findViolation(
  operation: Operation,
  request: WireRequest,
  { nameOf = (wire) => wire, refuseUnknown = true, ignore }: CheckOptions = {},
): Violation | undefined {
  const { known, parameters } = planFor(operation);
  if (refuseUnknown) {
    for (const location of ["path", "query", "header"] as const) {
      for (const name in request[location]) {
        const value = request[location][name];
        if (value !== undefined && !known.has(`${location} ${name}`)) {
          return {
            field: nameOf(name),
            rule: "unknown",
            text: `is not a ${location} parameter of this operation`,
            value,
          };
        }
      }
    }
  }
  for (const p of parameters) {
    const value = request[p.in][p.name];
    if (value === undefined) {
      if (p.required) return { field: nameOf(p.name), rule: "required", text: "is required", value };
      continue;
    }
    const field = nameOf(p.name);
    const error = firstError(p.schema, value);
    if (error) return { field, rule: ruleName(error.keyword), text: ruleText(error), value };
    if (p.in === "path" && (value === "" || value === "." || value === "..")) {
      return {
        field,
        rule: "path segment",
        text: "cannot be empty, '.' or '..': it would change the request path",
        value,
      };
    }
  }
  const bodySchema = operation.body !== undefined ? (operation.body.schema as RequestSchema) : undefined;
  if (request.body !== undefined && bodySchema) {
    // Keywords not to judge by are taken out of the body's schema (they stand at its top level).
    const judged = ignore?.length ? judgedSchema(bodySchema, ignore) : bodySchema;
    const error = firstError(judged, request.body);
    if (!error) return undefined;
    const wire =
      error.keyword === "additionalProperties"
        ? String(error.params.additionalProperty)
        : (error.instancePath.split("/")[1] ?? "");
    // An empty path is the body itself (not an object, say).
    const rule = ruleName(error.keyword);
    if (!wire) return { field: "body", rule, text: ruleText(error), value: request.body };
    return { field: nameOf(wire), rule, text: ruleText(error), value: request.body[wire] };
  }
  return undefined;
}

/**
 * Throws a ValidationError for the first rule the request breaks. `nameOf` maps wire names to the
 * caller's; `fromServer` is for requests the server gave (page links).
 */
export function validateRequest(
  operationId: OperationId,
  operation: Operation,
  request: WireRequest,
  nameOf: (wire: string) => string = (wire) => wire,
  fromServer = false,
): void {
  // A request the server gave (a page link) may carry parameters the spec does not name.
  const violation = findViolation(operation, request, { nameOf, refuseUnknown: !fromServer });
  if (violation) fail(operationId, violation.field, violation.rule, violation.text, violation.value);
}
