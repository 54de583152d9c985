// The Message resource: create, list, fetch, update and delete, in either family. A message's
// delivery summary and its links are worked out from its receipts as it is answered.

import { routeFor } from "../../core/operations.js";
import { isSid, newSid, stableSid } from "../../core/sids.js";
import { json, notFound, type Outgoing } from "../answers.js";
import { listPage } from "../paging.js";
import { familyOf, type Json, wireRecord } from "../records.js";
import type { Conversation, StoredMessage } from "../store.js";
import type { Call, Resolver } from "./resolver.js";

export const MESSAGES = "Conversations/Messages";

// The last second written: requests come many a second, and each writes the time.
let written = { second: Number.NaN, text: "" };

/** A date as Twilio writes it: RFC 3339 in UTC, to the second. */
export function timestamp(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  // Stryker disable next-line ConditionalExpression: a cache; writing the date anew gives the same
  if (second !== written.second) written = { second, text: `${date.toISOString().slice(0, 19)}Z` };
  return written.text;
}

/** The message as the family's schema has it, with its URLs on the origin given. */
export function wireMessage(stored: StoredMessage, conversation: Conversation, origin: string): Json {
  // The one summary a message has is of its delivery receipts.
  return wireRecord(
    MESSAGES,
    conversation,
    stored,
    [stored.sid],
    origin,
    () => (conversation.receipts.get(stored.sid)?.values() ?? []) as Json[],
  );
}

// The participant SIDs of the authors seen last: a conversation's authors write many messages.
// Bounded, so that no client can fill it.
const PARTICIPANTS_KEPT = 256;
const participants = new Map<string, string>();
/** The participant an author stands for in a conversation: the same SID every time. */
function participantOf(conversation: Conversation, author: string): string {
  const seed = `${conversation.sid}/${author}`;
  let sid = participants.get(seed);
  // Stryker disable next-line ConditionalExpression: a cache; working the SID out anew gives the same
  if (sid === undefined) {
    sid = stableSid("ParticipantSid", seed);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory; the SIDs are the same either way
    if (participants.size >= PARTICIPANTS_KEPT) participants.clear();
    participants.set(seed, sid);
  }
  return sid;
}

/** A new message from the create body's wire fields (already checked against the spec), added to the conversation. */
export function addMessage(
  body: Json,
  conversation: Conversation,
  account: string,
  now: Date,
): StoredMessage {
  // What the server fills in when a create leaves a field out: the spec's defaults.
  // Stryker disable next-line ConditionalExpression: both families' creates take the same body today
  const create = routeFor(MESSAGES, familyOf(conversation), "create").operation;
  const defaults = (create.body?.schema.properties ?? {}) as Record<string, { default?: string }>;
  const author = (body.Author as string | undefined) ?? (defaults.Author?.default as string);
  // As the spec says of ContentSid: with a template, Body and MediaSid are ignored.
  const template = (body.ContentSid as string | undefined) ?? null;
  const media =
    body.MediaSid && !template
      ? [{ sid: body.MediaSid as string, size: 0, content_type: "application/octet-stream", filename: null }]
      : null;
  return conversation.messages.add({
    sid: newSid("MessageSid"),
    account_sid: account,
    index: conversation.messages.next,
    author,
    body: template ? null : ((body.Body as string | undefined) ?? null),
    media,
    attributes: (body.Attributes as string | undefined) ?? (defaults.Attributes?.default as string),
    // The system writes as no participant; any other author stands for the participant of that name.
    participant_sid:
      // Stryker disable next-line OptionalChaining: the create body has an Author, read the line above
      author === defaults.Author?.default ? null : participantOf(conversation, author),
    date_created: body.DateCreated ? timestamp(new Date(body.DateCreated as string)) : timestamp(now),
    date_updated: body.DateUpdated ? timestamp(new Date(body.DateUpdated as string)) : null,
    content_sid: template,
  });
}

/** Changes only what the update gives; date_updated becomes now unless DateUpdated says otherwise. */
function applyUpdate(stored: StoredMessage, body: Json, now: Date): void {
  if (body.Author !== undefined) stored.author = body.Author as string;
  if (body.Body !== undefined) stored.body = body.Body as string;
  if (body.Attributes !== undefined) stored.attributes = body.Attributes as string;
  if (body.DateCreated !== undefined) stored.date_created = timestamp(new Date(body.DateCreated as string));
  stored.date_updated =
    body.DateUpdated !== undefined ? timestamp(new Date(body.DateUpdated as string)) : timestamp(now);
}

/** The message a call's path names, or the 404. */
function onMessage(call: Call, then: (stored: StoredMessage) => Outgoing): Outgoing {
  const stored = call.conversation.messages.get(call.path.Sid as string);
  return stored ? then(stored) : notFound(call.pathname);
}

export const messages: Resolver = {
  create(call) {
    const { state, conversation, route } = call;
    const account = isSid("AccountSid", call.user)
      ? call.user
      : (state.settings.accountSid ?? state.settings.defaultAccount);
    const stored = addMessage(call.params.body as Json, conversation, account, call.now);
    return json(route.operation.success, wireMessage(stored, conversation, call.origin));
  },
  list({ conversation, route, params, origin, pathname }) {
    const page = listPage(conversation.messages, route.operation, params, origin + pathname, (m) =>
      wireMessage(m, conversation, origin),
    );
    return json(route.operation.success, page);
  },
  fetch: (call) =>
    onMessage(call, (stored) =>
      json(call.route.operation.success, wireMessage(stored, call.conversation, call.origin)),
    ),
  update: (call) =>
    onMessage(call, (stored) => {
      applyUpdate(stored, call.params.body as Json, call.now);
      return json(call.route.operation.success, wireMessage(stored, call.conversation, call.origin));
    }),
  delete: (call) =>
    onMessage(call, (stored) => {
      call.state.store.deleteMessage(call.conversation, stored.sid);
      return { status: call.route.operation.success, headers: {} };
    }),
};
