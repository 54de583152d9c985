// The twilio-node compatible entry: twilio(accountSid, authToken, options) with the Message resource
// under client.conversations.v1. Every other part of twilio-node's surface throws an
// UnsupportedError naming what was asked for, rather than failing later with a TypeError.
import { type Family, parameterAfter, routeFor } from "../core/operations.js";
import {
  CLIENT_OPTIONS,
  type ClientOptions,
  checkOptionNames,
  optionNames,
  resolveCredentials,
} from "../core/options.js";
import { createPipeline, type Pipeline } from "../core/pipeline.js";
import { guarded } from "./guard.js";
import type { MessageInstance, MessageListInstance, ServiceMessageInstance } from "./messages.js";
import { MESSAGES, type Resource, segmentOf } from "./names.js";
import type { DeliveryReceiptInstance, ServiceDeliveryReceiptInstance } from "./receipts.js";
import { resourceList } from "./resource.js";

export interface TwilioOptions extends ClientOptions {
  /** The Account SID, when the first argument is an API Key SID. */
  accountSid?: string | undefined;
  /** Accepted for twilio-node compatibility; everything is loaded lazily already. */
  lazyLoading?: boolean | undefined;
}
/** The names twilio() takes, checked at run time; the compiler holds them to TwilioOptions. */
const TWILIO_OPTIONS = optionNames<TwilioOptions>()(...CLIENT_OPTIONS, "accountSid", "lazyLoading");

/**
 * A conversation; `I` is its family's message type and `R` its receipts' (a service's carry
 * `chatServiceSid`).
 */
export interface ConversationContext<I = MessageInstance, R = DeliveryReceiptInstance> {
  readonly sid: string;
  readonly messages: MessageListInstance<I, R>;
}
export interface ConversationListInstance<I = MessageInstance, R = DeliveryReceiptInstance> {
  (sid: string): ConversationContext<I, R>;
  get(sid: string): ConversationContext<I, R>;
}
export interface ServiceContext {
  readonly sid: string;
  readonly conversations: ConversationListInstance<ServiceMessageInstance, ServiceDeliveryReceiptInstance>;
}
export interface ServiceListInstance {
  (sid: string): ServiceContext;
  get(sid: string): ServiceContext;
}
export interface ConversationsV1 {
  readonly conversations: ConversationListInstance;
  readonly services: ServiceListInstance;
}
/** `client.conversations`: twilio-node's Conversations domain. */
export interface ConversationsDomain {
  readonly v1: ConversationsV1;
  /**
   * Where requests go: the base URL the client was made with until it is set. As in twilio-node,
   * setting it sends every later request there (page links follow it too); a bad URL, or one
   * holding credentials, throws a ConfigurationError and changes nothing.
   */
  baseUrl: string;
}
export interface TwilioClient {
  readonly accountSid: string;
  readonly conversations: ConversationsDomain;
}

function callableList<C>(where: string, make: (sid: string) => C) {
  const list = ((sid: string) => make(sid)) as { (sid: string): C; get(sid: string): C };
  list.get = make;
  return guarded(list, where);
}

/** The path parameter that names one item of a resource, in a family's message paths. */
function parameterOf(family: Family, resource: Resource): string {
  return parameterAfter(routeFor(MESSAGES, family, "fetch").operation.path, segmentOf(resource)) as string;
}

function conversations<I, R>(
  pipeline: Pipeline,
  where: string,
  service?: string,
): ConversationListInstance<I, R> {
  const family: Family = service === undefined ? "default" : "service";
  return callableList(where, (sid) => {
    const path: Record<string, string> = { [parameterOf(family, "conversations")]: sid };
    if (service !== undefined) path[parameterOf(family, "services")] = service;
    const messages = resourceList<MessageListInstance<I, R>>(
      pipeline,
      MESSAGES,
      family,
      path,
      `${where}(sid).messages`,
    );
    return guarded({ sid, messages }, `${where}(sid)`);
  });
}

/**
 * Creates a client with twilio-node's call shape for the Message resource. Credentials default to
 * TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; with an API Key, pass its SID and secret and
 * `{ accountSid }`. An option it does not take (`baseURL`, twilio-node's `httpClient`) throws a
 * ValidationError naming it; `client.conversations.baseUrl` can be set later, as in twilio-node.
 */
export function twilio(username?: string, password?: string, options: TwilioOptions = {}): TwilioClient {
  checkOptionNames("twilio()", options, TWILIO_OPTIONS);
  const credentials = resolveCredentials(username, password, options.accountSid);
  const pipeline = createPipeline(credentials, options);
  const v1 = guarded(
    {
      conversations: conversations<MessageInstance, DeliveryReceiptInstance>(
        pipeline,
        "client.conversations.v1.conversations",
      ),
      services: callableList("client.conversations.v1.services", (sid) =>
        guarded(
          {
            sid,
            conversations: conversations<ServiceMessageInstance, ServiceDeliveryReceiptInstance>(
              pipeline,
              "client.conversations.v1.services(sid).conversations",
              sid,
            ),
          },
          "client.conversations.v1.services(sid)",
        ),
      ),
    },
    "client.conversations.v1",
  );
  const domain: ConversationsDomain = {
    v1,
    get baseUrl() {
      return pipeline.baseUrl;
    },
    set baseUrl(url) {
      pipeline.baseUrl = url;
    },
  };
  return guarded(
    { accountSid: credentials.accountSid, conversations: guarded(domain, "client.conversations") },
    "client",
  );
}
