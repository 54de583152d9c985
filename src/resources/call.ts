// Runs one operation for the facade: maps camelCase options to the spec's wire names, builds the
// URL, query, headers and form body from the generated operation table, sends it through the
// transport, and turns the answer into parsed JSON or a thrown error.
import { camelCase } from "../core/case.js";
import { InvalidResponseError, RestException, ValidationError } from "../core/errors.js";
import { encodeForm } from "../core/form.js";
import { checkShape, type SchemaName } from "../core/shape.js";
import type { Transport } from "../core/transport.js";
import { shown, validateRequest, type WireRequest, wireValue } from "../core/validate.js";
import { type Operation, type Route, urlFor } from "./routes.js";

/** twilio-node calls the `Page` query parameter `pageNumber`; every other name is plain camelCase. */
const TWILIO_NODE_NAMES: Record<string, string> = { Page: "pageNumber" };

type Slot = { in: "query" | "header" | "body"; wire: string; dateTime: boolean };
interface Slots {
  /** The options an operation takes, by their camelCase name. */
  byName: Map<string, Slot>;
  /** The caller's name for each wire name (path parameters included). */
  nameOf: (wire: string) => string;
}
const slotsByOperation = new WeakMap<Operation, Slots>();

const isDateTime = (schema: unknown) => (schema as { format?: string }).format === "date-time";

export function optionSlots(operation: Operation): Map<string, Slot> {
  return slotsOf(operation).byName;
}

function slotsOf(operation: Operation): Slots {
  let slots = slotsByOperation.get(operation);
  if (slots) return slots;
  const byName = new Map<string, Slot>();
  const names = new Map<string, string>();
  for (const p of operation.parameters) {
    const name = TWILIO_NODE_NAMES[p.name] ?? camelCase(p.name);
    names.set(p.name, name);
    if (p.in === "query" || p.in === "header")
      byName.set(name, { in: p.in, wire: p.name, dateTime: isDateTime(p.schema) });
  }
  if ("body" in operation) {
    for (const [wire, schema] of Object.entries(operation.body.schema.properties)) {
      names.set(wire, camelCase(wire));
      byName.set(camelCase(wire), { in: "body", wire, dateTime: isDateTime(schema) });
    }
  }
  slots = { byName, nameOf: (wire) => names.get(wire) ?? wire };
  slotsByOperation.set(operation, slots);
  return slots;
}

export interface CallInput {
  path: Record<string, string>;
  /** camelCase options as the caller gave them. */
  options?: object | undefined;
  /** Option names the facade itself consumes (limit, callback...), not sent. */
  local?: readonly string[];
  signal?: AbortSignal | undefined;
}

/**
 * Maps the caller's options to wire names, validates the whole request against the spec (nothing
 * is sent if a rule is broken), then sends it. Resolves the parsed JSON answer.
 */
export async function callOperation(transport: Transport, route: Route, input: CallInput): Promise<unknown> {
  const { operation, operationId } = route;
  const { byName, nameOf } = slotsOf(operation);
  const wire: WireRequest = {
    path: input.path,
    query: {},
    header: {},
    body: "body" in operation ? {} : undefined,
  };
  if (input.options !== undefined && (typeof input.options !== "object" || input.options === null)) {
    throw new ValidationError(
      "options",
      "type",
      `${operationId}: options must be an object (got ${shown(input.options)}); nothing was sent`,
    );
  }
  for (const [name, value] of Object.entries(input.options ?? {})) {
    if (value === undefined || input.local?.includes(name)) continue;
    const slot = byName.get(name);
    if (!slot) {
      const known = [...byName.keys(), ...(input.local ?? [])].join(", ") || "none";
      throw new ValidationError(
        name,
        "unknown",
        `${operationId}: ${name} is not an option of this call, which takes ${known} (got ${shown(value)}); nothing was sent`,
      );
    }
    const target = slot.in === "body" ? (wire.body as Record<string, unknown>) : wire[slot.in];
    target[slot.wire] = wireValue(operationId, name, value, slot.dateTime);
  }
  validateRequest(operationId, operation, wire, nameOf);

  let search = "";
  for (const name in wire.query) {
    search += `${search ? "&" : "?"}${encodeURIComponent(name)}=${encodeURIComponent(String(wire.query[name]))}`;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(wire.header)) headers[name] = String(value);
  let body: string | undefined;
  if (wire.body) {
    body = encodeForm(wire.body).toString();
    headers["Content-Type"] = (operation as { body: { contentType: string } }).body.contentType;
  }
  const url = urlFor(transport.baseUrl, operation, input.path) + search;
  const idempotent = route.action !== "create";
  const answer = await transport.send({
    method: operation.method,
    url,
    headers,
    body,
    signal: input.signal,
    idempotent,
  });
  return readAnswer(answer, operationId, (operation as { returns?: SchemaName }).returns);
}

/** Fetches a URL the API gave (a page link) with GET; its answer must be a `returns`. */
export async function callUrl(
  transport: Transport,
  url: string,
  returns: SchemaName,
  signal?: AbortSignal,
): Promise<unknown> {
  return readAnswer(
    await transport.send({ method: "GET", url, signal, idempotent: true }),
    "GET page",
    returns,
  );
}

/**
 * The parsed answer: an error status throws a RestException, and a success must hold what the
 * spec promises (`returns`, when the operation answers with a body) or it throws an
 * InvalidResponseError before anything is decoded.
 */
function readAnswer(
  answer: { status: number; statusText: string; text: string },
  where: string,
  returns: SchemaName | undefined,
): unknown {
  if (answer.status < 200 || answer.status > 299) throw RestException.from(answer);
  let parsed: unknown;
  if (answer.status !== 204 && answer.text !== "") {
    try {
      parsed = JSON.parse(answer.text);
    } catch {
      throw new InvalidResponseError(
        `${where}: HTTP ${answer.status} answer is not valid JSON (${answer.text.length} characters, starting ${JSON.stringify(answer.text.slice(0, 60))})`,
      );
    }
  }
  if (returns) checkShape(`${where}: HTTP ${answer.status}`, returns, parsed);
  return parsed;
}
