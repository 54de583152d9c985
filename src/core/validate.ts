// Checks a request against the spec before anything is sent, with the validators Ajv compiled
// from openapi/messages.yaml (src/generated/validators.ts). A broken rule throws a ValidationError
// that names the field as the caller wrote it, the rule, and the offending value.
import type { OperationId, operations } from "../generated/operations.js";
import { bodyValidators as bodies, parameterValidators as parameters } from "../generated/validators.js";
import { camelCase } from "./case.js";
import { ValidationError } from "./errors.js";

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const parameterValidators = parameters as unknown as Record<string, Validator>;
const bodyValidators = bodies as unknown as Record<string, Validator>;

type Operation = (typeof operations)[OperationId];
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
  try {
    text =
      typeof value === "string"
        ? JSON.stringify(value)
        : value instanceof Date
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function ruleText(error: AjvError): string {
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
function ruleName(keyword: string): string {
  return keyword.startsWith("x-") ? camelCase(keyword.slice(2)) : keyword;
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
  parameters: { in: Location; name: string; required: boolean; validate: Validator }[];
}
const plans = new WeakMap<Operation, Plan>();

/** What to check for an operation, worked out once. */
function planFor(operation: Operation): Plan {
  let plan = plans.get(operation);
  if (!plan) {
    plan = {
      known: new Set(operation.parameters.map((p) => `${p.in} ${p.name}`)),
      parameters: operation.parameters.map((p) => ({
        in: p.in as Location,
        name: p.name,
        required: p.required,
        validate: parameterValidators[`${p.in} ${p.name}`] as Validator,
      })),
    };
    plans.set(operation, plan);
  }
  return plan;
}

/** Throws a ValidationError for the first rule the request breaks. `nameOf` maps wire names to the caller's. */
export function validateRequest(
  operationId: OperationId,
  operation: Operation,
  request: WireRequest,
  nameOf: (wire: string) => string = (wire) => wire,
): void {
  const { known, parameters } = planFor(operation);
  for (const location of ["path", "query", "header"] as const) {
    for (const name in request[location]) {
      if (request[location][name] !== undefined && !known.has(`${location} ${name}`)) {
        fail(
          operationId,
          nameOf(name),
          "unknown",
          `is not a ${location} parameter of this operation`,
          request[location][name],
        );
      }
    }
  }
  for (const p of parameters) {
    const value = request[p.in][p.name];
    if (value === undefined) {
      if (p.required) fail(operationId, nameOf(p.name), "required", "is required", value);
      continue;
    }
    const { validate } = p;
    const field = nameOf(p.name);
    if (!validate(value)) {
      const error = validate.errors?.[0] as AjvError;
      fail(operationId, field, ruleName(error.keyword), ruleText(error), value);
    }
    if (p.in === "path" && (value === "" || value === "." || value === "..")) {
      fail(
        operationId,
        field,
        "path segment",
        "cannot be empty, '.' or '..': it would change the request path",
        value,
      );
    }
  }
  const validateBody = bodyValidators[operationId];
  if (request.body !== undefined && validateBody && !validateBody(request.body)) {
    const error = validateBody.errors?.[0] as AjvError;
    const wire =
      error.keyword === "additionalProperties"
        ? String(error.params.additionalProperty)
        : (error.instancePath.split("/")[1] ?? "");
    // An empty path is the body itself (not an object, say).
    if (!wire) fail(operationId, "body", ruleName(error.keyword), ruleText(error), request.body);
    fail(operationId, nameOf(wire), ruleName(error.keyword), ruleText(error), request.body[wire]);
  }
}
