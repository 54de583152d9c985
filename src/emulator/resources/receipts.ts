// The delivery receipts of a message: list and fetch, in either family, and deliver(), which makes
// them. A receipt records that a message reached a participant (or got further); its message's
// delivery summary follows from them (records.ts). They go with their message.
import { ValidationError } from "../../core/errors.js";
import { camelCase } from "../../core/names.js";
import { parameterAfter, type ResourceName } from "../../core/operations.js";
import { checkOptionNames, optionNames } from "../../core/options.js";
import { firstError, type RequestSchema, type SchemaError } from "../../core/schema.js";
import { newSid } from "../../core/sids.js";
import { ruleName, ruleText, shown } from "../../core/validate.js";
import type { components } from "../../generated/api.js";
import { fields } from "../../generated/fields.js";
import { schemas } from "../../generated/schemas.js";
import { json, notFound, type Outgoing } from "../answers.js";
import { listPage } from "../paging.js";
import { type Json, wireRecord } from "../records.js";
import { Collection, type Conversation, type StoredMessage, type StoredReceipt } from "../store.js";
import { MESSAGES, timestamp } from "./messages.js";
import type { Call, Resolver } from "./resolver.js";

export const RECEIPTS = `${MESSAGES}/Receipts`;

type Receipt = components["schemas"]["DeliveryReceipt"];

/** What deliver() (and a seeded message's receipts) set: the receipt's fields, camelCase. */
export interface Delivery {
  /** The participant reached; without it, a new participant. */
  participantSid?: Receipt["participant_sid"] | undefined;
  status: NonNullable<Receipt["status"]>;
  errorCode?: Receipt["error_code"] | undefined;
  channelMessageSid?: Receipt["channel_message_sid"] | undefined;
}
const DELIVERY_OPTIONS = optionNames<Delivery>()(
  "participantSid",
  "status",
  "errorCode",
  "channelMessageSid",
);
/** Each option's wire name: the receipt schema's field whose camelCase it is. */
const WIRE = new Map<string, keyof StoredReceipt>(
  fields.DeliveryReceipt.names.map((name) => [camelCase(name), name as keyof StoredReceipt]),
);

type Schema = RequestSchema & { $ref?: string; anyOf?: Schema[] };
const resolved = (schema: Schema): Schema =>
  schema.$ref ? (schemas[schema.$ref.split("/").at(-1) as keyof typeof schemas] as Schema) : schema;
const receiptProperties = (schemas.DeliveryReceipt as unknown as { properties: Record<string, Schema> })
  .properties;

/** The first rule a value breaks by a schema of the spec (any of its branches, `$ref`s followed). */
function schemaError(schema: Schema, value: unknown): SchemaError | undefined {
  const property = resolved(schema);
  let error: SchemaError | undefined;
  for (const branch of (property.anyOf ?? [property]).map(resolved)) {
    const found = firstError(branch, value);
    if (!found) return undefined;
    error ??= found;
  }
  return error;
}

/** Throws a ValidationError naming the field and the rule when a value breaks a schema of the spec. */
export function checkValue(where: string, field: string, schema: object, value: unknown): void {
  const error = schemaError(schema as Schema, value);
  if (error) {
    throw new ValidationError(
      field,
      ruleName(error.keyword),
      `${where}: ${field} ${ruleText(error)} (got ${shown(value)})`,
    );
  }
}

/**
 * A delivery checked by the receipt schema: unknown names, a missing status, values that break it.
 * `argument` names the delivery in errors; its fields are named under it unless it is the call's own.
 */
export function checkDelivery(where: string, delivery: Delivery, argument?: string): void {
  checkOptionNames(where, delivery, DELIVERY_OPTIONS, argument ?? "delivery");
  const fieldName = (name: string) => (argument === undefined ? name : `${argument}.${name}`);
  if (delivery.status === undefined || delivery.status === null) {
    const field = fieldName("status");
    throw new ValidationError(
      field,
      "required",
      `${where}: ${field} is required (got ${shown(delivery.status)})`,
    );
  }
  for (const name of DELIVERY_OPTIONS) {
    const value = delivery[name];
    if (value !== undefined)
      checkValue(where, fieldName(name), receiptProperties[WIRE.get(name) as string] as Schema, value);
  }
}

/** The receipt as the family's schema has it, with its URL on the origin given. */
export function wireReceipt(stored: StoredReceipt, conversation: Conversation, origin: string): Json {
  return wireRecord(RECEIPTS, conversation, stored, [stored.message_sid, stored.sid], origin);
}

/**
 * Records a (checked) delivery of a message: a new receipt, or, for a participant that has one,
 * that receipt advanced (the fields given replace its own, and date_updated is now).
 */
export function deliverTo(
  message: StoredMessage,
  receipts: Collection<StoredReceipt>,
  delivery: Delivery,
  now: Date,
): StoredReceipt {
  const participant = delivery.participantSid;
  const known = participant ? receipts.values().find((r) => r.participant_sid === participant) : undefined;
  const receipt =
    known ??
    receipts.add({
      account_sid: message.account_sid,
      sid: newSid("DeliveryReceiptSid"),
      message_sid: message.sid,
      channel_message_sid: null,
      participant_sid: participant ?? newSid("ParticipantSid"),
      status: delivery.status,
      error_code: null,
      date_created: timestamp(now),
      date_updated: null,
    });
  if (known) {
    known.status = delivery.status;
    known.date_updated = timestamp(now);
  }
  if (delivery.errorCode !== undefined) receipt.error_code = delivery.errorCode;
  if (delivery.channelMessageSid !== undefined) receipt.channel_message_sid = delivery.channelMessageSid;
  return receipt;
}

/** The path parameter of a call that names an item of a resource: the one after its last segment. */
const parameters = new Map<string, string | undefined>();
function sidOf(call: Call, resource: ResourceName): string | undefined {
  const template = call.route.operation.path;
  const key = `${template} ${resource}`;
  if (!parameters.has(key))
    parameters.set(key, parameterAfter(template, resource.split("/").at(-1) as string));
  const name = parameters.get(key);
  return name === undefined ? undefined : call.path[name];
}

/** The receipts of the message a call's path names, or the 404 when there is no such message. */
function onReceipts(call: Call, then: (receipts: Collection<StoredReceipt>) => Outgoing): Outgoing {
  const messageSid = sidOf(call, MESSAGES) as string;
  if (!call.conversation.messages.get(messageSid)) return notFound(call.pathname);
  return then(call.conversation.receipts.get(messageSid) ?? new Collection());
}

export const receipts: Resolver = {
  list: (call) =>
    onReceipts(call, (items) => {
      const { conversation, origin, route } = call;
      const page = listPage(items, route.operation, call.params, origin + call.pathname, (r) =>
        wireReceipt(r, conversation, origin),
      );
      return json(route.operation.success, page);
    }),
  fetch: (call) =>
    onReceipts(call, (items) => {
      const receipt = items.get(sidOf(call, RECEIPTS) as string);
      if (!receipt) return notFound(call.pathname);
      return json(call.route.operation.success, wireReceipt(receipt, call.conversation, call.origin));
    }),
};
