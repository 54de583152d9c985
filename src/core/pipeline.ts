// The one way a request leaves this package, from either entry point. An openapi-fetch client
// typed with the generated `paths` builds it (path, query, headers, the form body by openapi-fetch's
// own body serializer); before that, the request is checked against the spec (dates as ISO 8601);
// its fetch is the transport (credentials, User-Agent, timeout, AbortSignal, retries, redirects);
// after it, a success must have the shape the spec promises. openapi-fetch's middleware is the
// extension point: what a user registers sees every request of both entry points, credentials not
// included (the transport adds them after the middleware).
import openapiFetch, {
  type Client,
  type FetchResponse,
  type Middleware as OpenApiMiddleware,
} from "openapi-fetch";
import type { paths } from "../generated/api.js";
import { InvalidResponseError, ValidationError } from "./errors.js";
import type { Route } from "./operations.js";
import { type ClientOptions, type Credentials, checkBaseUrl, resolveBaseUrl } from "./options.js";
import { PlainRequest } from "./request.js";
import { checkShape } from "./shape.js";
import { asFetch, transportFor } from "./transport.js";
import { validateRequest, type WireRequest, wireValue } from "./validate.js";

type Media = "application/json";
export type OpenApiClient = Client<paths, Media>;
/** openapi-fetch middleware: `onRequest`, `onResponse`, `onError`. */
export type Middleware = OpenApiMiddleware;

/** What openapi-fetch resolves: the parsed answer, or Twilio's error body, and the Response. */
export type Answer = { data?: unknown; error?: unknown; response: Response };

/** Options of one call: how the caller names fields, its signal, and openapi-fetch's own init. */
export interface SendOptions {
  /** Maps wire names to the caller's, for validation messages (the facade's camelCase). */
  nameOf?: (wire: string) => string;
  signal?: AbortSignal | null | undefined;
  /** A request the server gave (a page link): parameters it added are sent as given. */
  fromServer?: boolean;
  /** More of openapi-fetch's per-request init (headers, per-request middleware …). */
  init?: Record<string, unknown>;
}

export interface Pipeline {
  /**
   * Where requests go, read at each request (as twilio-node reads its Domain's baseUrl): setting it
   * sends every later request there. A value the baseUrl option would refuse throws a
   * ConfigurationError and changes nothing.
   */
  baseUrl: string;
  /** The one function that sends every request. */
  send(route: Route, request: WireRequest, options?: SendOptions): Promise<Answer>;
  use: OpenApiClient["use"];
  eject: OpenApiClient["eject"];
}

/**
 * openapi-fetch's createClient. In the CommonJS build, Node's interop (which esbuild follows for an
 * ES module of a "type": "module" package) hands over openapi-fetch's whole CommonJS exports object
 * as its default import; the function is that object's `default`. In ES module builds it is the
 * default itself. (Looked up per pipeline, not at load: a bundle that makes none drops it.)
 */
function createClient(options: Parameters<typeof openapiFetch>[0]): OpenApiClient {
  const create = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
  return create<paths, Media>(options);
}

/** The body fields the spec types as date-time, given as Dates, go as ISO 8601. */
function datesAsIso(
  route: Route,
  body: Record<string, unknown>,
  nameOf: (wire: string) => string,
): Record<string, unknown> {
  const properties = route.operation.body?.schema.properties ?? {};
  // Not an object: left as it is, for the validator to refuse.
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const out: Record<string, unknown> = {};
  for (const name in body) {
    const value = body[name];
    // Left out: openapi-fetch's form serializer would send "undefined".
    if (value !== undefined)
      out[name] = wireValue(route.operationId, nameOf(name), value, properties[name]?.format === "date-time");
  }
  return out;
}

export function createPipeline(credentials: Credentials, options: ClientOptions): Pipeline {
  // The one place the base URL is held; each request hands it to openapi-fetch (a string, no parsing).
  let baseUrl = resolveBaseUrl(options);
  const transport = transportFor(credentials, options);
  const client = createClient({
    fetch: asFetch(transport) as unknown as typeof fetch,
    Request: PlainRequest as unknown as typeof Request,
    // Twilio's API does not redirect; the transport refuses one anyway.
    redirect: "manual",
  });
  if (options.middleware?.length) client.use(...options.middleware);

  async function send(route: Route, request: WireRequest, sendOptions: SendOptions = {}): Promise<Answer> {
    const { operationId, operation } = route;
    const hasBody = operation.body !== undefined;
    if (request.body !== undefined && !hasBody) {
      throw new ValidationError(
        "body",
        "unknown",
        `${operationId} takes no request body (got one); nothing was sent`,
      );
    }
    const nameOf = sendOptions.nameOf ?? ((wire: string) => wire);
    const body = request.body === undefined ? undefined : datesAsIso(route, request.body, nameOf);
    validateRequest(operationId, operation, { ...request, body }, nameOf, sendOptions.fromServer);
    const init: Record<string, unknown> = {
      // openapi-fetch's own per-request base URL; a typed client caller's init may still give one.
      baseUrl,
      ...sendOptions.init,
      params: { path: request.path, query: request.query, header: request.header },
      // A create is not idempotent: after a 5xx or a dropped connection it may have been posted.
      idempotent: route.action !== "create",
      ...(sendOptions.signal && { signal: sendOptions.signal }),
    };
    if (hasBody) {
      init.body = body ?? {};
      // openapi-fetch's own body serializer writes a form for this content type.
      init.headers = {
        ...(init.headers as object),
        "Content-Type": operation.body?.contentType as string,
      };
    }
    const call = (
      client as unknown as Record<
        string,
        (url: string, init: object) => Promise<FetchResponse<never, never, Media>>
      >
    )[operation.method];
    let answer: Answer;
    try {
      answer = (await (call as (url: string, init: object) => Promise<Answer>)(
        operation.path,
        init,
      )) as Answer;
    } catch (error) {
      // openapi-fetch parses a success body with JSON.parse: not JSON is a SyntaxError.
      if (error instanceof SyntaxError) {
        throw new InvalidResponseError(`${operationId}: the answer is not valid JSON (${error.message})`, {
          cause: error,
        });
      }
      throw error;
    }
    // A success must hold what the spec promises before anyone reads it as such.
    const { returns } = operation;
    if (returns && answer.response.ok)
      checkShape(`${operationId}: HTTP ${answer.response.status}`, returns, answer.data);
    return answer;
  }

  return {
    get baseUrl() {
      return baseUrl;
    },
    set baseUrl(url: string) {
      baseUrl = checkBaseUrl(url);
    },
    send,
    use: client.use,
    eject: client.eject,
  };
}
