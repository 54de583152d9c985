// createEmulator()'s options, held to the same rule as the client's: an unknown name is refused,
// naming the options there are, and so is a value the emulator could only misread (a rate limit of
// 0 that limits nothing, a clock that is a Date rather than a function): a ValidationError naming
// the option and the rule, before the emulator exists.
import { ValidationError } from "../core/errors.js";
import { checkOptionNames, optionNames } from "../core/options.js";
import { firstError, type RequestSchema } from "../core/schema.js";
import { newSid } from "../core/sids.js";
import { ruleText, shown } from "../core/validate.js";
import { namedSchemas } from "../generated/operations.js";
import type { Settings } from "./handler.js";
import { type WebhookOptions, webhookSettingsOf } from "./webhooks/index.js";

/**
 * The Auth Token webhooks are signed with when the emulator has no `authToken` (which would also
 * make it check the password of every request).
 */
export const WEBHOOK_AUTH_TOKEN = "emulator-auth-token";

export interface EmulatorOptions {
  /**
   * Message actions per second per conversation before a 429 (code 20429, with Retry-After), as
   * Twilio limits them (30). Off by default.
   */
  rateLimit?: number | undefined;
  /** With `authToken`: the only Account SID accepted as user name. Default: any user name. */
  accountSid?: string | undefined;
  /** The only password accepted. Default: any non-empty password. */
  authToken?: string | undefined;
  /** The largest request body taken, in bytes; a larger one is answered with a 400. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** The clock for `date_created` and `date_updated`. Default: the real time. */
  now?: (() => Date) | undefined;
  /**
   * Sends the spec's webhooks, as a Conversation Service configured so would: pre-events to
   * `preWebhookUrl` (awaited: they may change or refuse the action), post-events to
   * `postWebhookUrl`, by `method` (POST), only the events in `filters` (default: every event the
   * spec describes). REST writes fire them only with `X-Twilio-Webhook-Enabled: true`. Signed with
   * `authToken`, else with `"emulator-auth-token"`. Off by default.
   */
  webhooks?: WebhookOptions | undefined;
  /** How webhooks are sent: a fetch, such as a `(Request) => Response` handler. Default: the global fetch. */
  webhookFetch?: typeof fetch | undefined;
}

/** The names createEmulator() takes, checked at run time; the compiler holds them to EmulatorOptions. */
const EMULATOR_OPTIONS = optionNames<EmulatorOptions>()(
  "rateLimit",
  "accountSid",
  "authToken",
  "maxBodyBytes",
  "now",
  "webhooks",
  "webhookFetch",
);

const WHERE = "createEmulator()";
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A whole number above 0 (what a count or a size must be). */
export const isPositiveInteger = (value: unknown): boolean =>
  Number.isInteger(value) && (value as number) > 0;

function refuse(name: string, rule: string, text: string): never {
  throw new ValidationError(name, rule, `${WHERE}: ${name} ${text}`);
}

/** The emulator's settings from its options, each checked; an option left out (or undefined) is the default. */
export function settingsOf(options: unknown): Settings {
  checkOptionNames(WHERE, options, EMULATOR_OPTIONS);
  const { rateLimit, accountSid, authToken, maxBodyBytes, now, webhooks, webhookFetch } =
    options as EmulatorOptions;
  for (const [name, value] of [
    ["rateLimit", rateLimit],
    ["maxBodyBytes", maxBodyBytes],
  ] as const) {
    if (value !== undefined && !isPositiveInteger(value))
      refuse(name, "positive integer", `must be a positive integer (got ${shown(value)})`);
  }
  if (now !== undefined && typeof now !== "function")
    refuse("now", "type", `must be a function that returns a Date (got ${shown(now)})`);
  if (accountSid !== undefined) {
    // The rule is the spec's AccountSid schema, worded as the client words it.
    const broken = firstError(namedSchemas.AccountSid as RequestSchema, accountSid);
    if (broken)
      refuse(
        "accountSid",
        broken.keyword,
        `must be an Account SID: it ${ruleText(broken)} (got ${shown(accountSid)})`,
      );
  }
  // A token is never repeated, not even a wrong one.
  if (authToken !== undefined && (typeof authToken !== "string" || authToken === ""))
    refuse("authToken", "non-empty string", "must be a non-empty string");
  if (webhookFetch !== undefined && typeof webhookFetch !== "function")
    refuse("webhookFetch", "type", `must be a fetch function (got ${shown(webhookFetch)})`);
  const hooks = webhookSettingsOf(webhooks);
  return {
    webhooks: hooks && {
      ...hooks,
      // Read when a webhook is sent, not now: a test may replace the global fetch after.
      fetch: webhookFetch ?? ((input, init) => fetch(input, init)),
      authToken: authToken ?? WEBHOOK_AUTH_TOKEN,
    },
    rateLimit,
    accountSid,
    authToken,
    defaultAccount: accountSid ?? newSid("AccountSid"),
    maxBodyBytes: maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    now: now ?? (() => new Date()),
  };
}
