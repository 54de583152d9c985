// parseWebhook: a webhook as a handler receives it (a fetch Request), checked as Twilio signs it
// and as the spec describes it, read into a typed event. Everything it knows of events, fields and
// the signature header comes from the spec's webhooks (core/webhooks.ts).
import { readEnv } from "../core/env.js";
import { ConfigurationError, ValidationError, WebhookSignatureError } from "../core/errors.js";
import { checkOptionNames, optionNames } from "../core/option-names.js";
import { shown } from "../core/validate.js";
import { findEventViolation, typedFields, type WebhookPayload, webhookEntry } from "../core/webhooks.js";
import { signature } from "../generated/webhooks.js";
import { validateRequest } from "./signature.js";

export interface ParseWebhookOptions {
  /** The account's Auth Token, which Twilio signs with. Default: `TWILIO_AUTH_TOKEN`, as twilio-node's webhook() reads it. */
  authToken?: string | undefined;
  /**
   * The URL Twilio requested, when it is not the request's own: behind a proxy or a tunnel, the
   * request reaches the handler at another URL than the one Twilio signed.
   */
  url?: string | undefined;
}
// Pure: an app that does not call parseWebhook drops it, and what it reads, from its bundle.
const OPTIONS = /* @__PURE__ */ optionNames<ParseWebhookOptions>()("authToken", "url");
const WHERE = "parseWebhook";

/** The form's fields: a field sent more than once is an array of its values, as twilio-node signs it. */
function fieldsOf(params: URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    const had = fields[name];
    fields[name] = had === undefined ? value : [...[had].flat(), value];
  }
  return fields;
}

/**
 * Reads a webhook: checks its `X-Twilio-Signature` against the URL and the fields (a POST's form,
 * a GET's query string), then the fields against the spec's schema of the event `EventType` names,
 * and resolves to the event, typed by its `EventType` (integers as numbers; fields the spec does not
 * describe kept as text, since Twilio may add some). A missing or wrong signature is a
 * WebhookSignatureError; an event the spec does not describe, or one that breaks its rules, a
 * ValidationError naming the field. The request's body is read.
 */
export async function parseWebhook(
  request: Request,
  options: ParseWebhookOptions = {},
): Promise<WebhookPayload> {
  checkOptionNames(WHERE, options, OPTIONS);
  if (!(request instanceof Request)) {
    throw new ValidationError(
      "request",
      "type",
      `${WHERE}: request must be a fetch Request (got ${shown(request)})`,
    );
  }
  const authToken = options.authToken ?? readEnv("TWILIO_AUTH_TOKEN");
  if (typeof authToken !== "string" || authToken === "") {
    throw new ConfigurationError(`${WHERE}: give the authToken option, or set TWILIO_AUTH_TOKEN`);
  }
  if (options.url !== undefined && typeof options.url !== "string") {
    throw new ValidationError("url", "type", `${WHERE}: url must be a string (got ${shown(options.url)})`);
  }
  const url = options.url ?? request.url;
  const header = signature?.header ?? "";
  const signed = request.headers.get(header);
  if (signed === null || signed === "") {
    throw new WebhookSignatureError(
      "missing",
      `${WHERE}: the request has no ${header} header; it is not from Twilio`,
    );
  }
  // A GET's fields are in the URL, which is signed whole; a POST's form follows the URL.
  const form =
    request.method === "GET" || request.method === "HEAD"
      ? fieldsOf(new URL(url).searchParams)
      : fieldsOf(new URLSearchParams(await request.text()));
  if (
    !validateRequest(
      authToken,
      signed,
      url,
      request.method === "GET" || request.method === "HEAD" ? {} : form,
    )
  ) {
    throw new WebhookSignatureError(
      "mismatch",
      `${WHERE}: the ${header} header does not match the request's URL and fields under this auth token (a proxy that changed the URL? give the url option)`,
    );
  }
  const entry = webhookEntry(form.EventType);
  if (!entry) {
    throw new ValidationError(
      "EventType",
      "enum",
      `${WHERE}: EventType ${shown(form.EventType)} is not an event this package knows`,
    );
  }
  const single: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) {
    if (typeof value === "string") single[name] = value;
    else if (entry.fields[name]) {
      throw new ValidationError(
        name,
        "type",
        `${WHERE}: ${name} was sent ${value.length} times; the event has one`,
      );
    } else single[name] = value[value.length - 1] as string;
  }
  const fields = typedFields(entry, single);
  const violation = findEventViolation(entry, fields);
  if (violation) {
    const got = violation.value === undefined ? "" : ` (got ${shown(violation.value)})`;
    throw new ValidationError(
      violation.field,
      violation.rule,
      `${WHERE}: ${form.EventType}: ${violation.field} ${violation.text}${got}`,
    );
  }
  return fields as WebhookPayload;
}
