// An event's fields from a record, by the spec's table: each field the event's schema has and the
// record provides (x-resource-field), plus what every webhook carries. Nothing here names an event.
import type { WebhookEntry, WebhookEvent } from "../../core/webhooks.js";
import { formFields } from "../../core/webhooks.js";
import { timestamp } from "../resources/messages.js";

type Json = Record<string, unknown>;

/** What an event says about where its action came from, beside the record. */
export interface EventContext {
  /** The spec's WebhookSource: `API` for REST, or what receive() was given. */
  source: string;
  /** The chat user who did the action (the SDK's ClientIdentity), when there is one. */
  clientIdentity?: string | undefined;
  /** The Conversation Service, for an event that requires one when the record has none. */
  service: string;
  now: Date;
}

const pascal = (name: string) => name.replace(/(^|_)(.)/g, (_, __, c: string) => c.toUpperCase());

/**
 * A record's value as a form field: an object or array is JSON text, its keys in PascalCase (the
 * spec's Media description: "the message's media fields with their names in PascalCase").
 */
function fieldValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const rename = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(rename)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [pascal(k), rename(x)]))
        : v;
  return JSON.stringify(rename(value));
}

/** The event's form fields for a record (as the API answers with it, or a message about to be). */
export function payloadOf(event: WebhookEvent, entry: WebhookEntry, record: Json, context: EventContext) {
  // The fields every webhook has (the spec's WebhookEvent), set where this event's schema has them.
  const common: Json = {
    EventType: event,
    Source: context.source,
    ClientIdentity: context.clientIdentity,
    // Twilio documents no retry; every captured request says 0.
    RetryCount: 0,
  };
  const fields: Json = {};
  for (const name of Object.keys(entry.fields)) {
    const resourceField = entry.resourceFields[name];
    let value = resourceField === undefined ? common[name] : fieldValue(record[resourceField]);
    if (value === undefined || value === null) {
      const schema = entry.fields[name] as { format?: string };
      // A date the record has no field for is the event's own moment (when a message was removed).
      if (resourceField === undefined && schema.format === "date-time") value = timestamp(context.now);
      // A default-service conversation's record names no service; an event that must, names the default one.
      else if (resourceField === "chat_service_sid" && entry.required.includes(name)) value = context.service;
    }
    fields[name] = value;
  }
  // A required date the record has as null (a message never changed has no date_updated) is the
  // event's first date that is set: a message never changed last changed when it was made.
  for (const name of entry.required) {
    if (fields[name] !== null && fields[name] !== undefined) continue;
    if ((entry.fields[name] as { format?: string }).format !== "date-time") continue;
    fields[name] = Object.entries(fields).find(
      ([other, value]) =>
        typeof value === "string" && (entry.fields[other] as { format?: string }).format === "date-time",
    )?.[1];
  }
  return formFields(fields);
}
