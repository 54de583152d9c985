// Runs one operation for the facade: maps camelCase options to the spec's wire names, builds the
// URL, query, headers and form body from the generated operation table, sends it through the
// transport, and turns the answer into parsed JSON or a thrown error.
import { camelCase } from "../core/case.js";
import { InvalidResponseError, RestException, ValidationError } from "../core/errors.js";
import { encodeForm } from "../core/form.js";
import type { Transport } from "../core/transport.js";
import { type Operation, type Route, urlFor } from "./routes.js";

/** twilio-node calls the `Page` query parameter `pageNumber`; every other name is plain camelCase. */
const TWILIO_NODE_NAMES: Record<string, string> = { Page: "pageNumber" };

type Slot = { in: "query" | "header" | "body"; wire: string };
const slotsByOperation = new WeakMap<Operation, Map<string, Slot>>();

/** The options an operation takes, by their camelCase name. */
export function optionSlots(operation: Operation): Map<string, Slot> {
  let slots = slotsByOperation.get(operation);
  if (slots) return slots;
  slots = new Map();
  for (const p of operation.parameters) {
    if (p.in === "query" || p.in === "header")
      slots.set(TWILIO_NODE_NAMES[p.name] ?? camelCase(p.name), { in: p.in, wire: p.name });
  }
  if ("body" in operation) {
    for (const wire of Object.keys(operation.body.schema.properties))
      slots.set(camelCase(wire), { in: "body", wire });
  }
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

export async function callOperation(transport: Transport, route: Route, input: CallInput): Promise<unknown> {
  const { operation } = route;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  const form: Record<string, unknown> = {};
  const slots = optionSlots(operation);
  for (const [name, value] of Object.entries(input.options ?? {})) {
    if (value === undefined || input.local?.includes(name)) continue;
    const slot = slots.get(name);
    if (!slot) {
      const known = [...slots.keys(), ...(input.local ?? [])].join(", ") || "none";
      throw new ValidationError(
        name,
        "unknown",
        `${route.operationId}: unknown option "${name}" (this call takes: ${known}); nothing was sent`,
      );
    }
    if (slot.in === "query") query.append(slot.wire, String(value));
    else if (slot.in === "header") headers[slot.wire] = String(value);
    else form[slot.wire] = value;
  }
  const search = query.toString();
  const url = urlFor(transport.baseUrl, operation, input.path) + (search ? `?${search}` : "");
  let body: string | undefined;
  if ("body" in operation) {
    body = encodeForm(form).toString();
    headers["Content-Type"] = operation.body.contentType;
  }
  return readAnswer(
    await transport.send({ method: operation.method, url, headers, body, signal: input.signal }),
  );
}

/** Fetches a URL the API gave (a page link) with GET. */
export async function callUrl(transport: Transport, url: string, signal?: AbortSignal): Promise<unknown> {
  return readAnswer(await transport.send({ method: "GET", url, signal }));
}

function readAnswer(answer: { status: number; statusText: string; text: string }): unknown {
  if (answer.status < 200 || answer.status > 299) throw RestException.from(answer);
  if (answer.status === 204 || answer.text === "") return undefined;
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new InvalidResponseError(
      `HTTP ${answer.status} answer is not valid JSON (${answer.text.length} characters, starting ${JSON.stringify(answer.text.slice(0, 60))})`,
    );
  }
}
