// Runs one operation for the facade: maps twilio-node's camelCase options onto the spec's wire names
// (query, header or body, from the generated operation table), sends them through the package's one
// pipeline, and turns the answer into its parsed body or a thrown RestException.
import { RestException, ValidationError } from "../core/errors.js";
import type { Operation, Route } from "../core/operations.js";
import type { Answer, Pipeline } from "../core/pipeline.js";
import { shown, type WireRequest } from "../core/validate.js";
import { facadeName } from "./names.js";

type Slot = { in: "query" | "header" | "body"; wire: string };
interface Slots {
  /** The options an operation takes, by their facade name. */
  byName: Map<string, Slot>;
  /** The caller's name for each wire name (path parameters included). */
  nameOf: (wire: string) => string;
}
const slotsByOperation = new WeakMap<Operation, Slots>();

export function optionSlots(operation: Operation): Map<string, Slot> {
  return slotsOf(operation).byName;
}

function slotsOf(operation: Operation): Slots {
  let slots = slotsByOperation.get(operation);
  if (slots) return slots;
  const byName = new Map<string, Slot>();
  const names = new Map<string, string>();
  for (const p of operation.parameters) {
    const name = facadeName(p.name);
    names.set(p.name, name);
    if (p.in === "query" || p.in === "header") byName.set(name, { in: p.in, wire: p.name });
  }
  if (operation.body !== undefined) {
    for (const wire of Object.keys(operation.body.schema.properties)) {
      names.set(wire, facadeName(wire));
      byName.set(facadeName(wire), { in: "body", wire });
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

/** The answer's body, or the RestException its error status means (Twilio's error body read). */
export function bodyOf(answer: Answer): unknown {
  if (!answer.response.ok) throw RestException.fromAnswer(answer.response, answer.error);
  return answer.data;
}

/**
 * Maps the caller's options to wire names and sends them through the pipeline, which checks the
 * whole request against the spec (nothing is sent if a rule is broken). Resolves the parsed answer.
 */
export async function callOperation(pipeline: Pipeline, route: Route, input: CallInput): Promise<unknown> {
  const { operation, operationId } = route;
  const { byName, nameOf } = slotsOf(operation);
  const wire: WireRequest = {
    path: input.path,
    query: {},
    header: {},
    body: operation.body !== undefined ? {} : undefined,
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
    target[slot.wire] = value;
  }
  return bodyOf(await pipeline.send(route, wire, { nameOf, signal: input.signal }));
}
