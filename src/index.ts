// conversations-message: Twilio's Conversations Message API, from one OpenAPI document.
//   import twilio from "conversations-message"          twilio-node's call shape (the facade)
//   import { createConversationsClient } from "…"        typed fetch, wire names as in the spec
//   import { validateRequest } from "…"                  Twilio's webhook signatures, as twilio-node checks them
import { twilio } from "./facade/twilio.js";

export default twilio;
export {
  type ConversationsClient,
  type ConversationsClientOptions,
  createConversationsClient,
} from "./client.js";
export {
  AbortError,
  ConfigurationError,
  ConnectionError,
  ConversationsError,
  InvalidResponseError,
  RedirectError,
  RestException,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "./core/errors.js";
export type { ClientOptions } from "./core/options.js";
export type { Middleware } from "./core/pipeline.js";
export type {
  MessageContext,
  MessageCreateOptions,
  MessageEachOptions,
  MessageFields,
  MessageInstance,
  MessageListInstance,
  MessageListOptions,
  MessagePage,
  MessageRemoveOptions,
  MessageUpdateOptions,
  ServiceMessageContext,
  ServiceMessageFields,
  ServiceMessageInstance,
  ServiceMessageListInstance,
  ServiceMessagePage,
} from "./facade/messages.js";
export type { Page, PagedList } from "./facade/page.js";
export type {
  DeliveryReceiptContext,
  DeliveryReceiptEachOptions,
  DeliveryReceiptFields,
  DeliveryReceiptInstance,
  DeliveryReceiptListInstance,
  DeliveryReceiptListOptions,
  DeliveryReceiptPage,
  ServiceDeliveryReceiptContext,
  ServiceDeliveryReceiptFields,
  ServiceDeliveryReceiptInstance,
  ServiceDeliveryReceiptListInstance,
  ServiceDeliveryReceiptPage,
} from "./facade/receipts.js";
export type {
  ConversationContext,
  ConversationListInstance,
  ConversationsDomain,
  ConversationsV1,
  ServiceContext,
  ServiceListInstance,
  TwilioClient,
  TwilioOptions,
} from "./facade/twilio.js";
export type { components, operations as Operations, paths } from "./generated/api.js";
export { PACKAGE_NAME, VERSION } from "./version.js";
export {
  getExpectedTwilioSignature,
  validateRequest,
  validateRequestWithBody,
  type WebhookParams,
} from "./webhooks/signature.js";
export { twilio };
