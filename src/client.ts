// The typed fetch client: openapi-fetch typed with the paths generated from the spec, wire names as
// the spec has them. Each call goes through the package's one pipeline (src/core/pipeline.ts), as the
// facade's do: checked against the spec, sent by the transport, its answer's shape checked.
import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import { ValidationError } from "./core/errors.js";
import { routeAt } from "./core/operations.js";
import {
  CLIENT_OPTIONS,
  type ClientOptions,
  checkOptionNames,
  optionNames,
  resolveCredentials,
} from "./core/options.js";
import { createPipeline } from "./core/pipeline.js";
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
  username?: string | undefined;
  /** Auth Token, or API Key secret. Default: TWILIO_AUTH_TOKEN. */
  password?: string | undefined;
  /** The Account SID, needed when `username` is an API Key SID. */
  accountSid?: string | undefined;
}
/** The names createConversationsClient() takes, checked at run time; the compiler holds them to the interface. */
const CONVERSATIONS_CLIENT_OPTIONS = optionNames<ConversationsClientOptions>()(
  ...CLIENT_OPTIONS,
  "username",
  "password",
  "accountSid",
);

/**
 * An openapi-fetch client for the Message API: `client.POST("/v1/Conversations/{ConversationSid}/Messages",
 * { params: { path: { ConversationSid } }, body: { Author, Body } })` resolves `{ data, error, response }`.
 * Every call is checked against the spec first; a broken rule rejects with a ValidationError and
 * nothing is sent. An option it does not take throws a ValidationError naming it.
 */
export function createConversationsClient(options: ConversationsClientOptions = {}): ConversationsClient {
  checkOptionNames("createConversationsClient()", options, CONVERSATIONS_CLIENT_OPTIONS);
  const credentials = resolveCredentials(options.username, options.password, options.accountSid);
  const pipeline = createPipeline(credentials, options);
  const method =
    (name: "GET" | "POST" | "DELETE") =>
    async (
      template: string,
      init: Record<string, unknown> & { params?: Record<string, Record<string, unknown>> } = {},
    ) => {
      const route = routeAt(name, template);
      if (!route) {
        throw new ValidationError(
          "url",
          "unknown",
          `${name} ${template} is not an operation of the spec; nothing was sent`,
        );
      }
      const { params, body, signal, ...rest } = init;
      return pipeline.send(
        route,
        {
          path: params?.path ?? {},
          query: params?.query ?? {},
          header: params?.header ?? {},
          body: body as Record<string, unknown> | undefined,
        },
        { signal: signal as AbortSignal | undefined, init: rest },
      );
    };
  // Only the type is narrowed (StrictMethod): the calls are openapi-fetch's, through the pipeline.
  return {
    GET: method("GET"),
    POST: method("POST"),
    DELETE: method("DELETE"),
    use: pipeline.use,
    eject: pipeline.eject,
  } as unknown as ConversationsClient;
}
