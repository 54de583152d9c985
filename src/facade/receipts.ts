// The Message's delivery receipts, with twilio-node 6.2's names and shapes:
//   ….messages(sid).deliveryReceipts.list(opts) / .each(opts, callback) / .page(opts) / .getPage(url)
//   ….messages(sid).deliveryReceipts(sid).fetch()         message.deliveryReceipts()
// Types only: the calls are any resource's (resource.ts), the fields the spec's receipt schemas.
import type { Page } from "./page.js";
import type { Callback, CallOptions, EachOptions, ListMethods } from "./resource.js";
import type { CamelFields, ListOptions } from "./types.js";

/** A receipt's fields in camelCase, dates as Date: derived from the spec's DeliveryReceipt schema. */
export type DeliveryReceiptFields = CamelFields<"DeliveryReceipt">;
/** A service message's receipt: the spec's ServiceDeliveryReceipt (DeliveryReceipt plus chatServiceSid). */
export type ServiceDeliveryReceiptFields = CamelFields<"ServiceDeliveryReceipt">;

/** Options of `list()`, `each()` and `page()`: the receipts list's query parameters, and a limit. */
export type DeliveryReceiptListOptions = ListOptions<"ListConversationMessageReceipt">;
export type DeliveryReceiptEachOptions<I = DeliveryReceiptInstance> = EachOptions<
  I,
  DeliveryReceiptListOptions
>;

/** A receipt as the facade gives it: camelCase fields `F`, and its fetch. */
export interface DeliveryReceiptActions<I, F> {
  fetch(callback?: Callback<I>): Promise<I>;
  fetch(options?: CallOptions, callback?: Callback<I>): Promise<I>;
  /** The plain fields, as twilio-node's toJSON gives them. */
  toJSON(): F;
}
/** A receipt of a message of the default family. */
export type DeliveryReceiptInstance = DeliveryReceiptFields &
  DeliveryReceiptActions<DeliveryReceiptInstance, DeliveryReceiptFields>;
/** A receipt of a message reached through a Conversation Service: it also carries `chatServiceSid`. */
export type ServiceDeliveryReceiptInstance = ServiceDeliveryReceiptFields &
  DeliveryReceiptActions<ServiceDeliveryReceiptInstance, ServiceDeliveryReceiptFields>;

/** `….deliveryReceipts(sid)`: one receipt by its SID. `I` is the family's receipt type. */
export interface DeliveryReceiptContext<I = DeliveryReceiptInstance> {
  readonly sid: string;
  fetch(callback?: Callback<I>): Promise<I>;
  fetch(options?: CallOptions, callback?: Callback<I>): Promise<I>;
  toJSON(): { sid: string } & Record<string, string>;
}
export type ServiceDeliveryReceiptContext = DeliveryReceiptContext<ServiceDeliveryReceiptInstance>;

export type DeliveryReceiptPage<I = DeliveryReceiptInstance> = Page<I>;
export type ServiceDeliveryReceiptPage = DeliveryReceiptPage<ServiceDeliveryReceiptInstance>;

/** `….messages(sid).deliveryReceipts`: callable with a SID, and the list-level methods. */
export interface DeliveryReceiptListInstance<I = DeliveryReceiptInstance>
  extends ListMethods<I, DeliveryReceiptListOptions> {
  (sid: string): DeliveryReceiptContext<I>;
  get(sid: string): DeliveryReceiptContext<I>;
}
export type ServiceDeliveryReceiptListInstance = DeliveryReceiptListInstance<ServiceDeliveryReceiptInstance>;
