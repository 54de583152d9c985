// The emulator's webhooks: which events an action fires (the spec's x-event, read through
// eventsFor, and the service's filters and URLs), pre-events awaited and their answers applied or
// their rejections answered, post-events sent in the background and awaitable with settled().
import { firstError, type RequestSchema } from "../../core/schema.js";
import { ruleText, shown } from "../../core/validate.js";
import { eventsFor, type WebhookPhase, webhookTable } from "../../core/webhooks.js";
import { errorBodies } from "../../generated/contract.js";
import { json, type Outgoing, twilioError } from "../answers.js";
import type { WebhookSettings } from "./config.js";
import { type EventContext, payloadOf } from "./payload.js";
import { type Sender, send, type WebhookCall } from "./send.js";

export type { WebhookOptions, WebhookSettings } from "./config.js";
export { webhookSettingsOf } from "./config.js";
export type { EventContext } from "./payload.js";
export type { Sender, WebhookCall } from "./send.js";

/** Every webhook sent, oldest first; `settled()` waits for the answers of those still out. */
export type WebhookCalls = WebhookCall[] & {
  /** Resolves, with every call, once each webhook sent so far has been answered or given up. */
  settled(): Promise<WebhookCall[]>;
};

/** What the emulator keeps to send webhooks: the configuration, the calls, those still out. */
export interface Webhooks {
  settings: (WebhookSettings & Sender) | undefined;
  calls: WebhookCalls;
  pending: Set<Promise<unknown>>;
}

export function createWebhooks(settings: (WebhookSettings & Sender) | undefined): Webhooks {
  const pending = new Set<Promise<unknown>>();
  const calls = Object.assign([] as WebhookCall[], {
    async settled() {
      // A loop: what settles may not be all there is (a send started while waiting).
      while (pending.size > 0) await Promise.allSettled([...pending]);
      return calls;
    },
  });
  return { settings, calls, pending };
}

type Json = Record<string, unknown>;

/** The events of an action in a phase that this configuration sends, with their URL. */
function eventsOf(hooks: Webhooks, resource: string, action: string, phase: WebhookPhase) {
  const settings = hooks.settings;
  const url = phase === "pre" ? settings?.pre : settings?.post;
  if (!settings || url === undefined) return [];
  return eventsFor(resource, action, phase)
    .filter((event) => settings.filters.has(event))
    .map((event) => ({ event, entry: webhookTable[event], url, settings }));
}

function start(
  hooks: Webhooks,
  action: ReturnType<typeof eventsOf>[number],
  record: Json,
  context: EventContext,
) {
  const { event, entry, url, settings } = action;
  const call: WebhookCall = {
    event,
    phase: entry.phase,
    url,
    method: settings.method,
    params: payloadOf(event, entry, record, context),
  };
  hooks.calls.push(call);
  const sent = send(settings, call, entry, url);
  hooks.pending.add(sent);
  // Stryker disable next-line BlockStatement: only keeps the set small; settled() waits on settled sends at no cost
  sent.finally(() => hooks.pending.delete(sent));
  return sent;
}

/** Sends an action's post-events in the background: nothing they answer changes the action. */
export function postEvents(
  hooks: Webhooks,
  resource: string,
  action: string,
  record: Json,
  context: EventContext,
): void {
  for (const event of eventsOf(hooks, resource, action, "post")) start(hooks, event, record, context);
}

/** A pre-event's verdict: go ahead with these changes to the record, or the answer refusing the action. */
export type Verdict =
  | { refused?: undefined; changes: Json }
  | { refused: Outgoing; reason: string; changes?: undefined };

/**
 * Sends an action's pre-events, one after the other, and waits for each. A 2xx lets the action go
 * ahead, its JSON body's answer fields changing the record; no answer in time lets it go ahead
 * unchanged (the spec's onTimeout, "proceed"). Any other status, and a fetch that fails (a refused
 * connection, a bad URL: the emulator's choice, since Twilio's page covers only statuses and the
 * timeout), refuse it with the spec's rejectedAnswer. A change the answer's schemas refuse is a 400.
 */
export async function preEvents(
  hooks: Webhooks,
  resource: string,
  action: string,
  record: Json,
  context: EventContext,
): Promise<Verdict> {
  const changes: Json = {};
  for (const event of eventsOf(hooks, resource, action, "pre")) {
    const call = await start(hooks, event, { ...record, ...changes }, context);
    const { entry } = event;
    if (call.timedOut && entry.onTimeout === "proceed") continue;
    const ok = call.status !== undefined && call.status >= 200 && call.status < 300;
    if (!ok) {
      const rejected = entry.rejectedAnswer;
      const why = call.status === undefined ? call.error : `answered ${call.status}`;
      const reason = `the ${call.event} webhook (${call.url}) rejected the action: ${why}`;
      const refused = rejected
        ? json(rejected.status, {
            code: rejected.code,
            message: rejected.message,
            more_info: rejected.more_info,
            status: rejected.status,
          })
        : twilioError(422);
      return { refused, reason };
    }
    const answer = answerOf(call.answer);
    for (const [field, resourceField] of Object.entries(entry.answer?.resourceFields ?? {})) {
      const value = answer[field];
      if (value === undefined) continue;
      const broken = firstError(entry.answer?.fields[field] as RequestSchema, value);
      if (broken) {
        const text = `${field} ${ruleText(broken)} (got ${shown(value)})`;
        return {
          refused: twilioError(
            400,
            `${errorBodies[400].message}: the ${call.event} webhook's answer: ${text}`,
          ),
          reason: `the ${call.event} webhook's answer is invalid: ${text}`,
        };
      }
      changes[resourceField] = value;
    }
  }
  return { changes };
}

/** A 2xx answer's JSON object, or nothing (an empty or non-JSON body changes nothing). */
function answerOf(text: string | undefined): Json {
  try {
    const parsed: unknown = JSON.parse(text ?? "");
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Json) : {};
  } catch {
    return {};
  }
}
