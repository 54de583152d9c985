// Test-side view of openapi/messages.yaml: the loaders from scripts/lib plus a way to name an
// operation by what it does (create, list, fetch, update, delete) and which family it is in (the
// client's own operation index says).
import { listOperations, loadBundledSpec, loadDereferencedSpec } from "../../scripts/lib/spec.mjs";
import { type Action, type Family, routeOf } from "../../src/core/operations.js";
import { MESSAGES } from "../../src/facade/names.js";

export type { Action, Family };
export const ACTIONS: readonly Action[] = ["create", "list", "fetch", "update", "delete"];

// biome-ignore lint/suspicious/noExplicitAny: the spec is untyped JSON read at run time.
export type Json = any;

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  operation: Json;
  parameters: Json[];
  resource: string;
  action: Action;
  family: Family;
}

/** The spec's operations, each named by what it does (the client's own classification). */
export function describeOperations(spec: Json): SpecOperation[] {
  return listOperations(spec).map((op: Omit<SpecOperation, "resource" | "action" | "family">) => {
    const route = routeOf(op.operationId as Parameters<typeof routeOf>[0]);
    if (!route) throw new Error(`${op.method.toUpperCase()} ${op.path} is not one of the Message operations`);
    return { ...op, resource: route.resource, action: route.action, family: route.family };
  });
}

/**
 * The operations on the Message resource: those Twilio's reference page (the seed) documents, and
 * so those the seed's table of constraints covers. Its receipts are another page's.
 */
export const onMessages = (operations: SpecOperation[]): SpecOperation[] =>
  operations.filter((op) => op.resource === MESSAGES);

export async function loadSpec(): Promise<{ deref: Json; bundled: Json; operations: SpecOperation[] }> {
  const deref = await loadDereferencedSpec();
  const bundled = await loadBundledSpec();
  return { deref, bundled, operations: describeOperations(deref) };
}

/** Whether a schema admits null: `type: [..., "null"]` or an `anyOf`/`oneOf` branch of null. */
export function isNullable(schema: Json): boolean {
  if (Array.isArray(schema.type)) return schema.type.includes("null");
  if (schema.type === "null") return true;
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(isNullable);
}

/** The schema for the non-null values of a field, its own keywords merged with its branch's. */
export function nonNull(schema: Json): Json {
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((s: Json) => s.type !== "null");
  if (branches.length === 1) {
    const { anyOf: _a, oneOf: _o, ...own } = schema;
    return { ...branches[0], ...own };
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t: string) => t !== "null");
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  return schema;
}

/** An object schema with its `allOf` branches merged in: their properties and required names. */
export function flattened(schema: Json): Json {
  if (!schema.allOf) return schema;
  const { allOf, ...own } = schema;
  const branches = [...allOf.map(flattened), own];
  return {
    ...own,
    type: "object",
    properties: Object.assign({}, ...branches.map((b: Json) => b.properties ?? {})),
    required: [...new Set(branches.flatMap((b: Json) => b.required ?? []))],
  };
}

/** Follows a dotted field path ("media[].sid", "delivery.sent") through object and array schemas. */
export function fieldSchema(root: Json, dotted: string): Json {
  let schema = root;
  for (const part of dotted.split(".")) {
    const name = part.replace(/\[\]$/, "");
    const next = flattened(nonNull(schema)).properties?.[name];
    if (!next) throw new Error(`no field "${name}" (looking up "${dotted}")`);
    schema = part.endsWith("[]") ? nonNull(next).items : next;
  }
  return schema;
}
