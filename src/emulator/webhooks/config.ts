// createEmulator()'s `webhooks` option, mirroring a Conversation Service's webhook configuration
// (PreWebhookUrl, PostWebhookUrl, Method, Filters), checked as every option is: an unknown name or
// a value the emulator could only misread is a ValidationError naming it, before the emulator exists.
import { ValidationError } from "../../core/errors.js";
import { checkOptionNames, optionNames } from "../../core/options.js";
import { shown } from "../../core/validate.js";
import { type WebhookEvent, webhookEvents, webhookTable } from "../../core/webhooks.js";

/** Where and how the emulator sends the spec's webhooks, as a Conversation Service is configured. */
export interface WebhookOptions {
  /** Where pre-events go (absolute http or https URL). Without it, no pre-event fires. */
  preWebhookUrl?: string | undefined;
  /** Where post-events go (absolute http or https URL). Without it, no post-event fires. */
  postWebhookUrl?: string | undefined;
  /** How events are sent: a form `POST` (the default), or `GET` with the fields in the query string. */
  method?: "POST" | "GET" | undefined;
  /**
   * The events that fire, by name (`onMessageAdd`, …). Default: every event the spec describes.
   * Twilio's service fires none until filters are set; here the URLs were set on purpose, so the
   * emulator does not make a test also list every event to see any.
   */
  filters?: string[] | undefined;
}

const WEBHOOK_OPTIONS = optionNames<WebhookOptions>()("preWebhookUrl", "postWebhookUrl", "method", "filters");
/** The methods a service's webhooks take (the spec's events are written as POST; GET is the other). */
const METHODS = ["POST", "GET"] as const;

export interface WebhookSettings {
  pre: string | undefined;
  post: string | undefined;
  method: (typeof METHODS)[number];
  filters: ReadonlySet<WebhookEvent>;
}

const WHERE = "createEmulator()";
function refuse(name: string, rule: string, text: string): never {
  throw new ValidationError(name, rule, `${WHERE}: ${name} ${text}`);
}

function checkUrl(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    refuse(name, "format", `must be an absolute http or https URL (got ${shown(value)})`);
  return value as string;
}

/** The webhook settings from the option, each checked; undefined when there is none. */
export function webhookSettingsOf(options: unknown): WebhookSettings | undefined {
  if (options === undefined) return undefined;
  checkOptionNames(WHERE, options, WEBHOOK_OPTIONS, "webhooks");
  const { preWebhookUrl, postWebhookUrl, method, filters } = options as WebhookOptions;
  const pre = checkUrl("webhooks.preWebhookUrl", preWebhookUrl);
  const post = checkUrl("webhooks.postWebhookUrl", postWebhookUrl);
  if (method !== undefined && !(METHODS as readonly unknown[]).includes(method))
    refuse("webhooks.method", "enum", `must be one of ${METHODS.join(", ")} (got ${shown(method)})`);
  if (filters !== undefined && !Array.isArray(filters))
    refuse("webhooks.filters", "type", `must be an array of event names (got ${shown(filters)})`);
  for (const [i, name] of (filters ?? []).entries()) {
    if (typeof name !== "string" || !Object.hasOwn(webhookTable, name))
      refuse(
        `webhooks.filters[${i}]`,
        "enum",
        `must be an event the spec describes: ${webhookEvents.join(", ")} (got ${shown(name)})`,
      );
  }
  return {
    pre,
    post,
    method: method ?? "POST",
    filters: new Set((filters as WebhookEvent[] | undefined) ?? webhookEvents),
  };
}
