// Each constraint the seed gives, stated once here: Twilio's reference page, with the limits as
// Twilio's Conversations limits page states them (the seed's README reads the two together: Body
// up to 32 KB and Attributes up to 4 KB, both in bytes; the page's 1,600 characters is the SMS and
// WhatsApp limit, downstream of the API). The spec tests check each is in openapi/messages.yaml, so
// that deleting or loosening one there fails a test. This table is the seed's word, not a copy of
// the spec: it is what the spec is held to.
import type { Action } from "./spec";

const sid = (prefix: string) => ({
  type: "string",
  pattern: `^${prefix}[0-9a-fA-F]{32}$`,
  minLength: 34,
  maxLength: 34,
});
const string = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const uri = { type: "string", format: "uri" };
const json = { type: "string", contentMediaType: "application/json" };
// Twilio's Conversations limits page, in bytes of UTF-8 (x-max-bytes), not characters.
const body = { type: "string", maxLength: undefined, "x-max-bytes": 32 * 1024 };
const attributes = { ...json, "x-max-bytes": 4 * 1024 };
const delivery = { type: "string", enum: ["all", "some", "none"] };

export type Expect = Record<string, unknown> & { nullable?: boolean };
export type Location =
  | { param: string; in: "path" | "query" | "header"; on: Action[] }
  | { body: string; on: Action[] }
  | { message: string; family?: "service" }
  | { page: string };

const ALL: Action[] = ["create", "list", "fetch", "update", "delete"];
const ONE: Action[] = ["fetch", "update", "delete"];
const WRITE: Action[] = ["create", "update"];

export const SEED_CONSTRAINTS: [Location, Expect][] = [
  // Parameters
  [
    { param: "ConversationSid", in: "path", on: ALL },
    { type: "string", pattern: undefined },
  ],
  [{ param: "Sid", in: "path", on: ONE }, sid("IM")],
  [{ param: "ChatServiceSid", in: "path", on: [] }, sid("IS")],
  [
    { param: "X-Twilio-Webhook-Enabled", in: "header", on: ["create", "update", "delete"] },
    { enum: ["true", "false"] },
  ],
  [
    { param: "Order", in: "query", on: ["list"] },
    { type: "string", enum: ["asc", "desc"], default: "asc" },
  ],
  [
    { param: "PageSize", in: "query", on: ["list"] },
    { type: "integer", minimum: 1, maximum: 1000, default: 50 },
  ],
  [
    { param: "Page", in: "query", on: ["list"] },
    { type: "integer", minimum: 0 },
  ],
  [{ param: "PageToken", in: "query", on: ["list"] }, string],
  // Request bodies
  [{ body: "Author", on: WRITE }, string],
  [{ body: "Body", on: WRITE }, body],
  [{ body: "DateCreated", on: WRITE }, dateTime],
  [{ body: "DateUpdated", on: WRITE }, dateTime],
  [{ body: "Attributes", on: WRITE }, attributes],
  [
    { body: "Subject", on: WRITE },
    { type: "string", maxLength: 256 },
  ],
  [{ body: "MediaSid", on: ["create"] }, sid("ME")],
  [{ body: "ContentSid", on: ["create"] }, sid("HX")],
  [{ body: "ContentVariables", on: ["create"] }, json],
  // The Message resource
  [{ message: "account_sid" }, { ...sid("AC"), nullable: false }],
  [{ message: "conversation_sid" }, { ...sid("CH"), nullable: false }],
  [{ message: "sid" }, { ...sid("IM"), nullable: false }],
  [{ message: "index" }, { type: "integer", nullable: false }],
  [{ message: "author" }, { ...string, nullable: false }],
  [{ message: "body" }, { ...body, nullable: true }],
  [{ message: "media" }, { type: "array", nullable: true }],
  [{ message: "media[].sid" }, sid("ME")],
  [{ message: "media[].size" }, { type: "integer" }],
  [{ message: "media[].content_type" }, string],
  [{ message: "media[].filename" }, { type: "string" }],
  [{ message: "attributes" }, { ...attributes, nullable: false }],
  [{ message: "participant_sid" }, { ...sid("MB"), nullable: true }],
  [{ message: "date_created" }, { ...dateTime, nullable: false }],
  [{ message: "date_updated" }, { ...dateTime, nullable: true }],
  [{ message: "url" }, { ...uri, nullable: false }],
  [{ message: "delivery" }, { type: "object", nullable: true }],
  [{ message: "delivery.total" }, { type: "integer" }],
  [{ message: "delivery.sent" }, delivery],
  [{ message: "delivery.delivered" }, delivery],
  [{ message: "delivery.read" }, delivery],
  [{ message: "delivery.failed" }, delivery],
  [{ message: "delivery.undelivered" }, delivery],
  [{ message: "links" }, { type: "object", nullable: false }],
  [{ message: "links.delivery_receipts" }, uri],
  [{ message: "links.channel_metadata" }, uri],
  [{ message: "content_sid" }, { ...sid("HX"), nullable: true }],
  // A message reached through an explicit Conversation Service carries its service's SID.
  [
    { message: "chat_service_sid", family: "service" },
    { ...sid("IS"), nullable: false },
  ],
  // The list page
  [{ page: "meta.page" }, { type: "integer" }],
  [{ page: "meta.page_size" }, { type: "integer" }],
  [{ page: "meta.first_page_url" }, { ...uri, nullable: false }],
  [{ page: "meta.previous_page_url" }, { ...uri, nullable: true }],
  [{ page: "meta.url" }, { ...uri, nullable: false }],
  [{ page: "meta.next_page_url" }, { ...uri, nullable: true }],
  [{ page: "meta.key" }, string],
  [{ page: "messages" }, { type: "array", nullable: false }],
];
