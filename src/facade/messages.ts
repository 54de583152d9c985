// The Message resource's types with twilio-node's call shape:
//   ….messages.create(params) / .list(opts) / .page(opts) / .each(opts, callback) / .getPage(url)
//   ….messages(sid).fetch() / .update(params) / .remove(opts) / .deliveryReceipts
// The calls themselves are any resource's (resource.ts); field names, option names and which
// values are dates all come from the generated spec types.
import type { Page, PagedList } from "./page.js";
import type {
  DeliveryReceiptInstance,
  DeliveryReceiptListInstance,
  ServiceDeliveryReceiptInstance,
} from "./receipts.js";
import type { Callback, CallOptions, EachOptions, ListMethods, MethodWithOptions } from "./resource.js";
import type { CamelFields, FormOptions, HeaderOptions, ListOptions } from "./types.js";

export type { CallOptions, MethodWithOptions } from "./resource.js";

/** A message's fields in camelCase, dates as Date: derived from the spec's Message schema. */
export type MessageFields = CamelFields<"Message">;
/** A service message's fields: the spec's ServiceMessage schema (Message plus chatServiceSid). */
export type ServiceMessageFields = CamelFields<"ServiceMessage">;

/** The create body's fields in camelCase (what `create()` sends, and what the emulator seeds). */
export type MessageCreateFields = FormOptions<"CreateConversationMessage">;
/** Options of `create()`: the create body's fields in camelCase, plus the webhook header. */
export type MessageCreateOptions = MessageCreateFields &
  HeaderOptions<"CreateConversationMessage"> &
  CallOptions;
/** Options of `update()`: the update body's fields in camelCase, plus the webhook header. */
export type MessageUpdateOptions = FormOptions<"UpdateConversationMessage"> &
  HeaderOptions<"UpdateConversationMessage"> &
  CallOptions;
/** Options of `remove()`: the webhook header. */
export type MessageRemoveOptions = HeaderOptions<"DeleteConversationMessage"> & CallOptions;
/** Options of `list()`, `each()` and `page()`: the list's query parameters, and a limit. */
export type MessageListOptions = ListOptions<"ListConversationMessage">;
export type MessageEachOptions<I = MessageInstance> = EachOptions<I, MessageListOptions>;

/** A message as the facade gives it: camelCase fields `F`, the calls on it, its receipts `R`. */
export interface MessageActions<I, F, R = DeliveryReceiptInstance> {
  fetch(callback?: Callback<I>): Promise<I>;
  fetch(options?: CallOptions, callback?: Callback<I>): Promise<I>;
  update(callback?: Callback<I>): Promise<I>;
  update(options?: MessageUpdateOptions, callback?: Callback<I>): Promise<I>;
  remove(callback?: Callback<boolean>): Promise<boolean>;
  remove(options?: MessageRemoveOptions, callback?: Callback<boolean>): Promise<boolean>;
  /** The message's delivery receipts, as twilio-node's instance gives them. */
  deliveryReceipts(): DeliveryReceiptListInstance<R>;
  /** Channel metadata is another resource: not in this package. */
  channelMetadata(): never;
  /** The plain fields, as twilio-node's toJSON gives them. */
  toJSON(): F;
}
/** A message of the default family (`client.conversations.v1.conversations(sid).messages`). */
export type MessageInstance = MessageFields & MessageActions<MessageInstance, MessageFields>;
/** A message reached through a Conversation Service: it also carries `chatServiceSid`. */
export type ServiceMessageInstance = ServiceMessageFields &
  MessageActions<ServiceMessageInstance, ServiceMessageFields, ServiceDeliveryReceiptInstance>;

/** `….messages(sid)`: one message by its SID. `I` is the family's message type, `R` its receipts'. */
export interface MessageContext<I = MessageInstance, R = DeliveryReceiptInstance> {
  readonly sid: string;
  /** Fetches the message; takes `{ signal }` and/or twilio-node's callback. */
  fetch(callback?: Callback<I>): Promise<I>;
  fetch(options?: CallOptions, callback?: Callback<I>): Promise<I>;
  update(callback?: Callback<I>): Promise<I>;
  update(options?: MessageUpdateOptions, callback?: Callback<I>): Promise<I>;
  remove(callback?: Callback<boolean>): Promise<boolean>;
  remove(options?: MessageRemoveOptions, callback?: Callback<boolean>): Promise<boolean>;
  /** `….messages(sid).deliveryReceipts`: the message's delivery receipts. */
  readonly deliveryReceipts: DeliveryReceiptListInstance<R>;
  toJSON(): { sid: string } & Record<string, string>;
}
/** One message by SID, in a Conversation Service. */
export type ServiceMessageContext = MessageContext<ServiceMessageInstance, ServiceDeliveryReceiptInstance>;

export type MessagePage<I = MessageInstance> = Page<I>;
export type ServiceMessagePage = MessagePage<ServiceMessageInstance>;

/** `….messages`: callable with a SID, and the list-level methods. `I` is the family's message type. */
export interface MessageListInstance<I = MessageInstance, R = DeliveryReceiptInstance>
  extends ListMethods<I, MessageListOptions> {
  (sid: string): MessageContext<I, R>;
  get(sid: string): MessageContext<I, R>;
  create: MethodWithOptions<MessageCreateOptions, I>;
  list(callback?: Callback<I[]>): PagedList<I>;
  list(params?: MessageListOptions, callback?: Callback<I[]>): PagedList<I>;
}
/** `….services(sid).conversations(sid).messages`: the same calls, with service messages. */
export type ServiceMessageListInstance = MessageListInstance<
  ServiceMessageInstance,
  ServiceDeliveryReceiptInstance
>;
