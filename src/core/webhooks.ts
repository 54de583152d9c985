// The spec's webhooks as code reads them (src/generated/webhooks.ts): which events an action fires,
// an event's fields as a form sends them and as their schemas type them, and the first rule an
// event breaks. The emulator sends events with these, parseWebhook reads them, and the verifier
// sends the spec's examples; none of them names an event or a field.
import type { components, webhooks as WebhookTypes } from "../generated/api.js";
import { type WebhookEntry, type WebhookEvent, webhookTable } from "../generated/webhooks.js";
import { firstError, type RequestSchema } from "./schema.js";
import { typedValue } from "./typed-value.js";
import { ruleName, ruleText, type Violation } from "./validate.js";

export type { WebhookEntry, WebhookEvent };
export { webhookTable };

/**
 * The fields of an event, typed as the spec's schema of its form body has them: a union told apart
 * by `EventType` (the schema's allOf gives an intersection, which TypeScript does not narrow).
 */
export type WebhookPayload<E extends WebhookEvent = WebhookEvent> = {
  [K in E]: Omit<
    WebhookTypes[K]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"],
    "EventType"
  > & { EventType: K };
}[E];

/** What a pre-event's answer may set (the spec's PreEventAnswer). */
export type PreEventAnswer = components["schemas"]["PreEventAnswer"];

export type WebhookPhase = WebhookEntry["phase"];

/** Every event the spec describes, in its order. (Pure: an app that reads no webhook drops the table.) */
export const webhookEvents = /* @__PURE__ */ Object.keys(webhookTable) as WebhookEvent[];

/** The events an action on a resource fires in a phase (pre: before it; post: after it). */
export function eventsFor(resource: string, action: string, phase: WebhookPhase): WebhookEvent[] {
  return webhookEvents.filter((event) => {
    const entry = webhookTable[event];
    return entry.phase === phase && entry.resource === resource && entry.actions.includes(action);
  });
}

/**
 * An event's fields as a form sends them: each value as text, in the order the spec lists the
 * fields (fields not in the spec after them). Absent and null values are left out: a form has no null.
 */
export function formFields(payload: Record<string, unknown>): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    form[name] =
      typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  return form;
}

/**
 * A form's fields typed as the event's schemas type them (an integer field's digits become a
 * number); a field the spec does not describe is kept as text, since Twilio may add fields.
 */
export function typedFields(entry: WebhookEntry, form: Record<string, string>): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form)) {
    const schema = entry.fields[name];
    typed[name] = schema ? typedValue(value, schema) : value;
  }
  return typed;
}

/** The first rule an event's typed fields break: a required field missing, or a field's schema. */
export function findEventViolation(
  entry: WebhookEntry,
  fields: Record<string, unknown>,
): Violation | undefined {
  for (const name of entry.required) {
    if (fields[name] === undefined)
      return { field: name, rule: "required", text: "is required", value: undefined };
  }
  for (const [name, schema] of Object.entries(entry.fields)) {
    const value = fields[name];
    if (value === undefined) continue;
    const error = firstError(schema as RequestSchema, value);
    if (error) return { field: name, rule: ruleName(error.keyword), text: ruleText(error), value };
  }
  return undefined;
}

/** The spec's entry for an event type, if it describes one. */
export function webhookEntry(eventType: unknown): WebhookEntry | undefined {
  return typeof eventType === "string" && Object.hasOwn(webhookTable, eventType)
    ? webhookTable[eventType as WebhookEvent]
    : undefined;
}
