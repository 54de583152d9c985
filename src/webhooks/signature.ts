// Twilio's webhook signatures (X-Twilio-Signature), checked as twilio-node 6 checks them
// (`twilio.validateRequest` and friends, lib/webhooks/webhooks.js), with the same answer for every
// input twilio-node answers: code written for it moves here with its import line changed. The
// hashes are @noble/hashes' (HMAC-SHA1 and SHA-256), and no Node built-in is used, so the checks
// run in Workers, Deno and Bun too; they are synchronous, as twilio-node's are.
//
// Where twilio-node crashes on a value its types do not allow (an undefined token, params or URL;
// a URL object; a number for the header; an undefined body with a valid signature; a URL `new
// URL()` cannot parse), these throw a TypeError naming the argument instead. The values its types
// do not allow but its code happens to read (a Buffer token or header, an array header) are refused
// the same way. A Buffer or Uint8Array body is read as its bytes, as twilio-node reads a Buffer.
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { base64, constantTimeEqual, utf8 } from "./bytes.js";
import { addPort, removePort, withLegacyQuerystring } from "./url-variants.js";

/**
 * The parameters of a webhook request: its form fields by name, a field sent more than once as an
 * array of its values (Express's `req.body` from `express.urlencoded()` has them so).
 */
// biome-ignore lint/suspicious/noExplicitAny: twilio-node's own type; with unknown, an interface of the caller's (a payload type) would not be assignable
export type WebhookParams = Record<string, any>;

/**
 * The signature Twilio sends in X-Twilio-Signature for a request to `url` with `params`: base64
 * of the HMAC-SHA1, keyed with the auth token, of the URL followed by each parameter's name and
 * value, the names sorted; an array's values de-duplicated and sorted, each after the name.
 *
 * @param authToken the account's auth token, as seen in the Twilio console
 * @param url the full URL (with its query string) configured for the webhook
 * @param params the request's form parameters (`{}` for a JSON webhook; null is taken as `{}` when
 *   the URL holds "bodySHA256", as in twilio-node)
 * @throws TypeError when authToken or url is not a string, or params is undefined or null
 */
export function getExpectedTwilioSignature(authToken: string, url: string, params: WebhookParams): string {
  requireString(authToken, "authToken", "getExpectedTwilioSignature");
  requireString(url, "url", "getExpectedTwilioSignature");
  return signatureOf(authToken, url, params, "getExpectedTwilioSignature");
}

/**
 * Whether a request came from Twilio: its X-Twilio-Signature matches the one expected for `url`
 * and `params` with the auth token, compared in constant time. The URL is tried as received and
 * normalized, each with and without its port (443 for https, 80 for http), and normalized with
 * its query string as Node's legacy querystring re-encodes it, as twilio-node tries them.
 *
 * @param authToken the account's auth token
 * @param twilioHeader the X-Twilio-Signature header's value (absent is no signature: false)
 * @param url the full URL (with its query string) Twilio requested: as configured for the
 *   webhook, which behind a proxy may not be the URL your server sees
 * @param params the request's form parameters, as for {@link getExpectedTwilioSignature}
 * @throws TypeError when an argument is not of its type, or when no form of the URL as received
 *   matched and `new URL(url)` cannot parse it
 */
export function validateRequest(
  authToken: string,
  twilioHeader: string | null | undefined,
  url: string,
  params: WebhookParams,
): boolean {
  const signature = headerBytes(authToken, twilioHeader, url, "validateRequest");
  return matchesSomeForm(authToken, signature, url, params, "validateRequest");
}

/**
 * Whether a request with a raw body (a JSON webhook) came from Twilio: the signature matches the
 * URL with no parameters (as {@link validateRequest} checks it), and the hex SHA-256 of the body
 * is the URL's `bodySHA256` query parameter. Without that parameter the body never matches.
 *
 * @param authToken the account's auth token
 * @param twilioHeader the X-Twilio-Signature header's value
 * @param url the full URL Twilio requested, with its `bodySHA256` query parameter
 * @param body the request's body as received: text (read as UTF-8) or its bytes
 * @throws TypeError when an argument is not of its type (the body is read only once the signature
 *   matched, as in twilio-node), or when `new URL(url)` cannot parse the URL
 */
export function validateRequestWithBody(
  authToken: string,
  twilioHeader: string | null | undefined,
  url: string,
  body: string | Uint8Array,
): boolean {
  const signature = headerBytes(authToken, twilioHeader, url, "validateRequestWithBody");
  // twilio-node parses the URL first, so an unparseable one throws even with a valid signature.
  const bodyHash = parseUrl(url, "validateRequestWithBody").searchParams.get("bodySHA256") || "";
  if (!matchesSomeForm(authToken, signature, url, {}, "validateRequestWithBody")) return false;
  if (typeof body !== "string" && !(body instanceof Uint8Array))
    throw new TypeError(
      `validateRequestWithBody: body must be the request's body as a string or bytes, got ${kind(body)}`,
    );
  const bytes = typeof body === "string" ? utf8(body) : body;
  return constantTimeEqual(utf8(bodyHash), utf8(bytesToHex(sha256(bytes))));
}

/** The arguments checked, and the header as the bytes twilio-node compares (`header || ""`). */
function headerBytes(authToken: unknown, twilioHeader: unknown, url: unknown, caller: string): Uint8Array {
  requireString(authToken, "authToken", caller);
  requireString(url, "url", caller);
  const header = twilioHeader || "";
  if (typeof header !== "string")
    throw new TypeError(
      `${caller}: twilioHeader must be the X-Twilio-Signature header's value as a string, got ${kind(header)}`,
    );
  return utf8(header);
}

/** The forms of the URL in twilio-node's order, stopping at the first that matches. */
function matchesSomeForm(
  authToken: string,
  signature: Uint8Array,
  url: string,
  params: WebhookParams,
  caller: string,
): boolean {
  const matches = (form: string) =>
    constantTimeEqual(signature, utf8(signatureOf(authToken, form, params, caller)));
  // The URL as received first: that is the string Twilio signed. Only then the URL normalized.
  if (matches(removePort(url)) || matches(addPort(url))) return true;
  const normalized = parseUrl(url, caller).toString();
  const withoutPort = removePort(normalized);
  const withPort = addPort(normalized);
  return [withoutPort, withPort, withLegacyQuerystring(withoutPort), withLegacyQuerystring(withPort)].some(
    matches,
  );
}

function signatureOf(authToken: string, url: string, params: WebhookParams | null, caller: string): string {
  // A JSON webhook's params may be given as null (twilio-node's own validateIncomingRequest never
  // does, but its getExpectedTwilioSignature takes it).
  const fields = url.indexOf("bodySHA256") !== -1 && params === null ? {} : params;
  if (fields === null || fields === undefined)
    throw new TypeError(
      `${caller}: params must be the request's parameters as an object ({} for none), got ${kind(fields)}`,
    );
  const data = Object.keys(fields)
    .sort()
    .reduce((text, key) => text + nameAndValues(key, fields[key]), url);
  return base64(hmac(sha1, utf8(authToken), utf8(data)));
}

/** A parameter as signed: name then value; an array's values de-duplicated, sorted, each so. */
function nameAndValues(name: string, value: unknown): string {
  // biome-ignore lint/suspicious/useIsArray: twilio-node's test; an array from another realm is signed as its text there
  if (value instanceof Array)
    return Array.from(new Set(value))
      .sort()
      .map((each) => nameAndValues(name, each))
      .join("");
  // `+`, not a template, as in twilio-node: an object value becomes text the same way (its
  // valueOf first, then toString) only so.
  return name + value;
}

function parseUrl(url: string, caller: string): URL {
  try {
    return new URL(url);
  } catch (error) {
    // The URL itself stays out of the message: a webhook URL may carry credentials.
    throw new TypeError(`${caller}: url must be an absolute URL (with its scheme and host)`, {
      cause: error,
    });
  }
}

function requireString(value: unknown, name: string, caller: string): asserts value is string {
  if (typeof value !== "string")
    throw new TypeError(`${caller}: ${name} must be a string, got ${kind(value)}`);
}

const kind = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
