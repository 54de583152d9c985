// The typed fetch client: openapi-fetch typed with the paths generated from the spec, sending
// through the package's transport (auth, User-Agent, timeout). Wire names as the spec has them.
import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import { encodeForm } from "./core/form.js";
import { type ClientOptions, resolveCredentials } from "./core/options.js";
import { type Transport, transportFor } from "./core/transport.js";
import type { paths } from "./generated/api.js";

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
 */
export function createConversationsClient(options: ConversationsClientOptions = {}): ConversationsClient {
  const credentials = resolveCredentials(options.username, options.password, options.accountSid);
  const transport = transportFor(credentials, options);
  // The same client; only its type is narrowed (see StrictMethod).
  return createClient<paths, Media>({
    baseUrl: transport.baseUrl,
    fetch: fetchThrough(transport),
    // Let the Request set the form content type from the URLSearchParams body.
    headers: { "Content-Type": null },
    bodySerializer: (body) => encodeForm(body as unknown as Record<string, unknown>),
  }) as unknown as ConversationsClient;
}

/** openapi-fetch hands over a Request; the transport takes plain parts and gives back the full answer. */
function fetchThrough(transport: Transport): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = Object.fromEntries(request.headers);
    const body = request.body === null ? undefined : await request.text();
    const answer = await transport.send({
      method: request.method,
      url: request.url,
      headers,
      body,
      signal: request.signal,
    });
    const empty = answer.status === 204 || answer.status === 304 || answer.text === "";
    return new Response(empty ? null : answer.text, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  };
}
