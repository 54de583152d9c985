// The Message resource: create, list, fetch, update and delete, in either family. A message's
// delivery summary and its links are worked out from its receipts as it is answered.

import { routeFor } from "../../core/operations.js";
import { isSid, newSid, stableSid } from "../../core/sids.js";
import { servers } from "../../generated/operations.js";
import { json, notFound, type Outgoing } from "../answers.js";
import { listPage } from "../paging.js";
import { familyOf, type Json, wireRecord } from "../records.js";
import type { Conversation, StoredMessage } from "../store.js";
import { type EventContext, postEvents, preEvents, type Webhooks } from "../webhooks/index.js";
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

/** A message about to be added: every field but those the store gives (SID, index) and its dates. */
export type Draft = Omit<StoredMessage, "sid" | "index" | "date_created" | "date_updated">;

/** The author a create leaves out: the spec's default. */
function defaultAuthor(conversation: Conversation): string {
  // Stryker disable next-line ConditionalExpression: both families' creates take the same body today
  const create = routeFor(MESSAGES, familyOf(conversation), "create").operation;
  return ((create.body?.schema.properties ?? {}) as Record<string, { default?: string }>).Author
    ?.default as string;
}

/** The participant an author is: the system writes as none. */
function participantFor(conversation: Conversation, author: string): string | null {
  return author === defaultAuthor(conversation) ? null : participantOf(conversation, author);
}

/** A message from the create body's wire fields (already checked against the spec), not yet added. */
export function draftMessage(body: Json, conversation: Conversation, account: string): Draft {
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
  return {
    account_sid: account,
    author,
    body: template ? null : ((body.Body as string | undefined) ?? null),
    media,
    attributes: (body.Attributes as string | undefined) ?? (defaults.Attributes?.default as string),
    // Any author but the system stands for the participant of that name.
    participant_sid: participantFor(conversation, author),
    content_sid: template,
  };
}

/** Adds a draft to its conversation: its SID and index now, its dates from the body's or now. */
function addDraft(draft: Draft, body: Json, conversation: Conversation, now: Date): StoredMessage {
  return conversation.messages.add({
    sid: newSid("MessageSid"),
    index: conversation.messages.next,
    ...draft,
    date_created: body.DateCreated ? timestamp(new Date(body.DateCreated as string)) : timestamp(now),
    date_updated: body.DateUpdated ? timestamp(new Date(body.DateUpdated as string)) : null,
  });
}

/** A new message from the create body's wire fields (already checked against the spec), added to the conversation. */
export function addMessage(
  body: Json,
  conversation: Conversation,
  account: string,
  now: Date,
): StoredMessage {
  return addDraft(draftMessage(body, conversation, account), body, conversation, now);
}

/** A draft as an event reads it: with the conversation and service a stored message's answer has. */
const draftRecord = (draft: Draft, conversation: Conversation): Json => ({
  ...draft,
  conversation_sid: conversation.sid,
  chat_service_sid: conversation.service,
});

/**
 * Adds a message as a create does, firing its events when `context` is given: the pre-events
 * awaited (they may change the message, or refuse it: then nothing is added), the post-events
 * sent after it is added, in the background.
 */
export async function createMessage(
  hooks: Webhooks,
  body: Json,
  conversation: Conversation,
  account: string,
  now: Date,
  context: EventContext | undefined,
): Promise<StoredMessage | { refused: Outgoing; reason: string }> {
  const draft = draftMessage(body, conversation, account);
  if (context) {
    const verdict = await preEvents(hooks, MESSAGES, "create", draftRecord(draft, conversation), context);
    if (verdict.refused) return verdict;
    Object.assign(draft, verdict.changes);
    draft.participant_sid = participantFor(conversation, draft.author);
  }
  const stored = addDraft(draft, body, conversation, now);
  if (context) postEvents(hooks, MESSAGES, "create", wireMessage(stored, conversation, origin()), context);
  return stored;
}

/** Events carry the URLs of the spec's server, as Twilio's do. */
const origin = () => servers[0] as string;

/**
 * What a REST write's events say (Source API, the spec's WebhookSource), or undefined when the
 * request does not ask for webhooks: only its header parameter (X-Twilio-Webhook-Enabled) set to
 * "true" does.
 */
export function restContext(call: Call): EventContext | undefined {
  const header = call.route.operation.parameters.find((p) => p.in === "header");
  if (!header || call.params.header[header.name] !== "true") return undefined;
  return eventContext(call.state.settings.defaultAccount, "API", call.now);
}

/** An event's context: the service an event names for a default-service conversation is a stable one. */
export function eventContext(
  account: string,
  source: string,
  now: Date,
  clientIdentity?: string,
): EventContext {
  return { source, now, clientIdentity, service: stableSid("ChatServiceSid", `default/${account}`) };
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

/** A pre-event's refusal, or the changes its answer makes to the record. */
async function preOf(call: Call, action: string, stored: StoredMessage, context: EventContext | undefined) {
  if (!context) return { changes: {} };
  return preEvents(
    call.state.hooks,
    MESSAGES,
    action,
    wireMessage(stored, call.conversation, origin()),
    context,
  );
}

export const messages: Resolver = {
  async create(call) {
    const { state, conversation, route } = call;
    const account = isSid("AccountSid", call.user)
      ? call.user
      : (state.settings.accountSid ?? state.settings.defaultAccount);
    const made = await createMessage(
      state.hooks,
      call.params.body as Json,
      conversation,
      account,
      call.now,
      restContext(call),
    );
    if ("refused" in made) return made.refused;
    return json(route.operation.success, wireMessage(made, conversation, call.origin));
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
  async update(call) {
    const context = restContext(call);
    const found = call.conversation.messages.get(call.path.Sid as string);
    if (!found) return notFound(call.pathname);
    const verdict = await preOf(call, "update", found, context);
    if (verdict.refused) return verdict.refused;
    // Read again: the message may have gone while the pre-event was out.
    return onMessage(call, (stored) => {
      applyUpdate(stored, call.params.body as Json, call.now);
      Object.assign(stored, verdict.changes);
      const answer = wireMessage(stored, call.conversation, call.origin);
      if (context)
        postEvents(
          call.state.hooks,
          MESSAGES,
          "update",
          wireMessage(stored, call.conversation, origin()),
          context,
        );
      return json(call.route.operation.success, answer);
    });
  },
  async delete(call) {
    const context = restContext(call);
    const found = call.conversation.messages.get(call.path.Sid as string);
    if (!found) return notFound(call.pathname);
    const verdict = await preOf(call, "delete", found, context);
    if (verdict.refused) return verdict.refused;
    return onMessage(call, (stored) => {
      const removed = wireMessage(stored, call.conversation, origin());
      call.state.store.deleteMessage(call.conversation, stored.sid);
      if (context) postEvents(call.state.hooks, MESSAGES, "delete", removed, context);
      return { status: call.route.operation.success, headers: {} };
    });
  },
};
