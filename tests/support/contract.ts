// Shared by the contract tests: a client on the Prism mock, and how a spec operation is called
// through the facade with camelCase options built from the spec's wire names.
import { expect } from "vitest";
import { createSpecAjv } from "../../scripts/lib/ajv.mjs";
import { camelCase } from "../../src/core/names.js";
import { routeFor } from "../../src/core/operations.js";
import { optionSlots } from "../../src/facade/call.js";
import { RESOURCE_NAMES } from "../../src/facade/names.js";
import twilio, { type TwilioClient } from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, prismUrl, recordingFetch } from "./fixtures";
import { flattened, type Json, nonNull, type SpecOperation } from "./spec";

/** A facade client on the Prism mock that records every request and its answer. */
export function contractClient(headers: Record<string, string> = {}) {
  const recorder = recordingFetch(headers);
  // One exchange per call: the contract judges each answer, it does not retry past it.
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, {
    baseUrl: prismUrl(),
    fetch: recorder.fetch,
    maxRetries: 0,
  });
  return { client, requests: recorder.requests };
}

const ajv = createSpecAjv();
/** Ajv errors of `value` against `schema`, as one readable line each; [] when valid. */
export function schemaErrors(schema: Json, value: unknown): string[] {
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`);
}

/** camelCase facade options for an operation, from wire-named query, header and body values. */
export function facadeOptions(op: SpecOperation, wire: Record<string, unknown>): Record<string, unknown> {
  const slots = optionSlots(routeFor(op.resource, op.family, op.action).operation);
  const options: Record<string, unknown> = {};
  for (const [wireName, value] of Object.entries(wire)) {
    const entry = [...slots].find(([, slot]) => slot.wire === wireName);
    expect(entry, `${op.operationId}: ${wireName} is not reachable through the facade`).toBeDefined();
    options[(entry as [string, unknown])[0]] = value;
  }
  return options;
}

/**
 * The facade object an operation's path leads to, walked segment by segment as twilio-node users
 * write it: each literal segment by its twilio-node name (a resource's, or the path prefix's in
 * camelCase), each path parameter a call with its value. `/v1/Conversations/{ConversationSid}/
 * Messages/{MessageSid}/Receipts` is `v1.conversations(CH…).messages(IM…).deliveryReceipts`.
 */
export function facadeAt(client: TwilioClient, template: string, path: Record<string, string>): Json {
  let target: Json = client.conversations.v1;
  for (const segment of template.split("/").slice(2)) {
    target = segment.startsWith("{")
      ? target(path[segment.slice(1, -1)])
      : target[RESOURCE_NAMES[segment] ?? camelCase(segment)];
  }
  return target;
}

/** The facade method twilio-node users call for each action, on the object `facadeAt` gives. */
export const FACADE_METHODS = {
  create: "create",
  list: "page",
  fetch: "fetch",
  update: "update",
  delete: "remove",
} as const;

/** Calls an operation through the facade: the method twilio-node users would call for it. */
export function callFacade(
  client: TwilioClient,
  op: SpecOperation,
  path: Record<string, string>,
  options: Record<string, unknown>,
): Promise<unknown> {
  const target = facadeAt(client, op.path, path);
  const method = FACADE_METHODS[op.action];
  return op.action === "fetch" ? target.fetch() : target[method](options);
}

/** The schema of one item an operation answers with: the item of a list's pages, or the answer. */
export function itemSchemaOf(op: SpecOperation, answer: Json): Json {
  const items = op.operation["x-pagination"]?.items;
  return items === undefined ? answer : answer.properties[items].items;
}

/** The decoding the facade promises, worked out independently: camelCase keys, date-times as Date. */
export function expectedDecoding(schema: Json, wire: Json): Json {
  const out: Json = {};
  for (const [key, property] of Object.entries<Json>(flattened(schema).properties)) {
    const camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = wire[key];
    out[camel] = nonNull(property).format === "date-time" && value !== null ? new Date(value) : value;
  }
  return out;
}

/** The way back: a decoded message's fields under their wire names, Dates as ISO strings. */
export function toWire(schema: Json, decoded: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(flattened(schema).properties)) {
    const value = decoded[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())];
    if (value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}
