// The typed fetch client: openapi-fetch typed with the paths generated from the spec, sending
// through the package's transport (auth, User-Agent, timeout). Wire names as the spec has them.
import openapiFetch, { type Client, type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import { InvalidResponseError, ValidationError } from "./core/errors.js";
import { encodeForm } from "./core/form.js";
import { type ClientOptions, resolveCredentials } from "./core/options.js";
import { checkShape, type SchemaName } from "./core/shape.js";
import { type Transport, transportFor } from "./core/transport.js";
import { validateRequest, wireValue } from "./core/validate.js";
import type { paths } from "./generated/api.js";
import { type Operation, operationAt } from "./resources/routes.js";

/**
 * openapi-fetch's createClient. In the CommonJS build, Node's interop (which esbuild follows for an
 * ES module of a "type": "module" package) hands over openapi-fetch's whole CommonJS exports object
 * as its default import; the function is that object's `default`. In ES module builds it is the
 * default itself. (Looked up per call, not at load: a bundle that makes no typed client drops it.)
 */
function createClient<Paths extends {}>(options: Parameters<typeof openapiFetch>[0]): Client<Paths, Media> {
  const create = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
  return create<Paths, Media>(options);
}

type Media = "application/json";
type Method = "get" | "post" | "delete";
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];
type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M>;

/**
 * One HTTP method of the client. Unlike openapi-fetch's own signature, the init object is not a
 * free type parameter, so a misspelt parameter or body field is an excess-property error.
 */
export type StrictMethod<M extends Method> = <P extends PathsWith<M>>(
  url: P,
  ...init: undefined extends Init<P, M> ? [init?: Init<P, M>] : [init: Init<P, M>]
) => Promise<FetchResponse<NonNullable<paths[P][M]>, Init<P, M>, Media>>;

/** The typed fetch client: one method per HTTP verb the spec uses, wire names as in the spec. */
export interface ConversationsClient {
  GET: StrictMethod<"get">;
  POST: StrictMethod<"post">;
  DELETE: StrictMethod<"delete">;
  /** openapi-fetch middleware, e.g. for logging. */
  use: Client<paths, Media>["use"];
  eject: Client<paths, Media>["eject"];
}

export interface ConversationsClientOptions extends ClientOptions {
  /** Account SID, or API Key SID. Default: TWILIO_ACCOUNT_SID. */
  username?: string;
  /** Auth Token, or API Key secret. Default: TWILIO_AUTH_TOKEN. */
  password?: string;
  /** The Account SID, needed when `username` is an API Key SID. */
  accountSid?: string;
}

/**
 * An openapi-fetch client for the Message API: `client.POST("/v1/Conversations/{ConversationSid}/Messages",
 * { params: { path: { ConversationSid } }, body: { Author, Body } })` resolves `{ data, error, response }`.
 * Every call is checked against the spec first; a broken rule rejects with a ValidationError and
 * nothing is sent.
 */
export function createConversationsClient(options: ConversationsClientOptions = {}): ConversationsClient {
  const credentials = resolveCredentials(options.username, options.password, options.accountSid);
  const transport = transportFor(credentials, options);
  const inner = createClient<paths>({
    baseUrl: transport.baseUrl,
    // Let the Request set the form content type from the URLSearchParams body.
    headers: { "Content-Type": null },
    bodySerializer: (body) => encodeForm(body as unknown as Record<string, unknown>),
  });
  const checked =
    (method: "GET" | "POST" | "DELETE") =>
    async (
      template: string,
      init: RequestInit & { params?: Record<string, Record<string, unknown>>; body?: unknown } = {},
    ) => {
      const route = operationAt(method, template);
      if (!route)
        throw new ValidationError(
          "url",
          "unknown",
          `${method} ${template} is not an operation of the spec; nothing was sent`,
        );
      const { operationId, operation } = route;
      if (init.body !== undefined && !("body" in operation)) {
        throw new ValidationError(
          "body",
          "unknown",
          `${operationId} takes no request body (got one); nothing was sent`,
        );
      }
      const body = init.body === undefined ? undefined : datesAsIso(operationId, operation, init.body);
      validateRequest(operationId, operation, {
        path: init.params?.path ?? {},
        query: init.params?.query ?? {},
        header: init.params?.header ?? {},
        body: body as Record<string, unknown> | undefined,
      });
      const idempotent = route.action !== "create";
      const send = inner[method] as (
        url: string,
        init: object,
      ) => Promise<{ data?: unknown; response: Response }>;
      const result = await send(template, {
        ...init,
        body,
        fetch: fetchThrough(transport, idempotent),
      }).catch((error: unknown) => {
        // openapi-fetch parses a success body with response.json(): not JSON is a SyntaxError.
        if (error instanceof SyntaxError)
          throw new InvalidResponseError(`${operationId}: the answer is not valid JSON (${error.message})`, {
            cause: error,
          });
        throw error;
      });
      // A success must hold what the spec promises before the caller reads it as such.
      const returns = (operation as { returns?: SchemaName }).returns;
      if (returns && result.response.ok)
        checkShape(`${operationId}: HTTP ${result.response.status}`, returns, result.data);
      return result;
    };
  // The same openapi-fetch client, each call checked first; only its type is narrowed (StrictMethod).
  return {
    GET: checked("GET"),
    POST: checked("POST"),
    DELETE: checked("DELETE"),
    use: inner.use,
    eject: inner.eject,
  } as unknown as ConversationsClient;
}

/** Body fields the spec types as date-time may be given as Dates; they go as ISO 8601. */
function datesAsIso(operationId: string, operation: Operation, body: unknown): unknown {
  if (!body || typeof body !== "object" || !("body" in operation)) return body;
  const properties = operation.body.schema.properties as Record<string, { format?: string }>;
  return Object.fromEntries(
    Object.entries(body).map(([name, value]) => [
      name,
      wireValue(operationId, name, value, properties[name]?.format === "date-time"),
    ]),
  );
}

/** openapi-fetch hands over a Request; the transport takes plain parts and gives back the full answer. */
function fetchThrough(transport: Transport, idempotent: boolean): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = Object.fromEntries(request.headers);
    const body = request.body === null ? undefined : await request.text();
    const answer = await transport.send({
      method: request.method,
      url: request.url,
      headers,
      body,
      signal: request.signal,
      idempotent,
    });
    const empty = answer.status === 204 || answer.status === 304 || answer.text === "";
    return new Response(empty ? null : answer.text, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  };
}
