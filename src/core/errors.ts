// Errors the package throws. Each says what happened in its message and carries the facts as
// fields; none of them ever holds a credential.
import type { components } from "../generated/api.js";
import { invalidRequest } from "../generated/operations.js";
import { clipUnits } from "./text.js";

/** Base class of every error this package throws on purpose. */
export class ConversationsError extends Error {
  override name = "ConversationsError";
}

/** Twilio's error body, as the spec's TwilioError schema has it; any field may be missing from a server's. */
type TwilioErrorBody = { [K in keyof components["schemas"]["TwilioError"]]?: unknown };

/** An HTTP error answer from the API, built from Twilio's error body (twilio-node's name for it). */
export class RestException extends ConversationsError {
  override name = "RestException";
  /** The HTTP status of the response. */
  readonly status: number;
  /** Twilio's error code, when the body had one. */
  readonly code: number | undefined;
  /** A page about the error code, when the body had one. */
  readonly moreInfo: string | undefined;
  /** Further details some errors carry. */
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, body: TwilioErrorBody | undefined, fallbackMessage: string) {
    super(typeof body?.message === "string" && body.message ? body.message : fallbackMessage);
    this.status = status;
    this.code = typeof body?.code === "number" ? body.code : undefined;
    this.moreInfo = typeof body?.more_info === "string" ? body.more_info : undefined;
    this.details =
      body?.details && typeof body.details === "object"
        ? (body.details as Record<string, unknown>)
        : undefined;
  }

  /**
   * Reads an error answer, its body as openapi-fetch gives it (parsed JSON, else the text): Twilio's
   * error body when there is one, else a readable summary.
   */
  static fromAnswer(response: { status: number; statusText: string }, body: unknown): RestException {
    const summary = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    if (body && typeof body === "object") return new RestException(response.status, body, summary);
    // Not JSON: an HTML error page from a proxy, a truncated body, plain text.
    const text = typeof body === "string" ? body : "";
    const excerpt = clipUnits(
      text
        .replace(/<[^>]*>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
      200,
    );
    return new RestException(response.status, undefined, excerpt ? `${summary}: ${excerpt}` : summary);
  }
}

/**
 * A value given to the client breaks a rule; nothing was sent. It carries the status and code of
 * Twilio's answer to an invalid request (400, and the spec's code for it), so that code written
 * for twilio-node's RestException, `error.status === 400`, keeps working; it is no RestException,
 * since no answer came.
 */
export class ValidationError extends ConversationsError {
  override name = "ValidationError";
  /** The option, parameter or field at fault, as the caller named it. */
  readonly field: string;
  /** The rule it breaks. */
  readonly rule: string;
  /** The HTTP status Twilio answers an invalid request with: 400. */
  readonly status: number = invalidRequest.status;
  /** Twilio's error code for an invalid parameter, from the spec's example of that answer. */
  readonly code: number = invalidRequest.code;
  /** Twilio's page about that code. */
  readonly moreInfo: string = invalidRequest.more_info;

  constructor(field: string, rule: string, message: string) {
    super(message);
    this.field = field;
    this.rule = rule;
  }
}

/**
 * An answer that is not what the spec promises: a success whose body is not JSON or lacks fields
 * the spec requires, or a page link that cannot be followed safely.
 */
export class InvalidResponseError extends ConversationsError {
  override name = "InvalidResponseError";
  /** The required fields the answer lacks, by path ("sid", "meta.page_size", "messages[2].sid"). */
  readonly missing: readonly string[];

  constructor(message: string, options?: { cause?: unknown; missing?: readonly string[] }) {
    super(message, options);
    this.missing = options?.missing ?? [];
  }
}

/**
 * The server answered with a redirect. Twilio's API does not redirect, so none is followed: the
 * request (and its credentials) never goes to the place it points to.
 */
export class RedirectError extends ConversationsError {
  override name = "RedirectError";
  /** The redirect's HTTP status (301, 302, 303, 307, 308). */
  readonly status: number;
  /** Where it pointed (the Location header, resolved), when the runtime lets it be read. */
  readonly location: string | undefined;

  constructor(status: number, location: string | undefined, what: string) {
    super(
      `${what} was answered with a ${status} redirect${location ? ` to ${location}` : ""}; Twilio's API does not redirect, so it was not followed (check the baseUrl)`,
    );
    this.status = status;
    this.location = location;
  }
}

/** The client was set up wrongly (credentials missing, a bad baseUrl, timeout or retry option). */
export class ConfigurationError extends ConversationsError {
  override name = "ConfigurationError";
}

/**
 * A webhook's signature header is missing or does not match its URL and fields under the auth
 * token: it did not come from Twilio, or was changed on the way (parseWebhook). Answer it 403, as
 * twilio-node's webhook() does.
 */
export class WebhookSignatureError extends ConversationsError {
  override name = "WebhookSignatureError";
  /** Why: the header is missing, or it does not match. */
  readonly reason: "missing" | "mismatch";

  constructor(reason: "missing" | "mismatch", message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The request could not be sent or its answer not read (connection refused, reset or cut). */
export class ConnectionError extends ConversationsError {
  override name = "ConnectionError";
}

/** No answer came within the `timeout` option. */
export class TimeoutError extends ConversationsError {
  override name = "TimeoutError";
}

/** The caller's AbortSignal cancelled the request. */
export class AbortError extends ConversationsError {
  override name = "AbortError";
}

/** A part of twilio-node's surface that this package does not cover. */
export class UnsupportedError extends ConversationsError {
  override name = "UnsupportedError";
}
