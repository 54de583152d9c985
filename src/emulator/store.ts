// The emulator's state: conversations (made on first use, by SID or unique name, within the
// default service or an explicit one), their messages, and each message's delivery receipts. The
// records are the spec's schemas (src/generated/api.ts) less the fields worked out per answer (the
// conversation, the service, URLs, links and summaries). Nothing here knows HTTP.
import { isSid, newSid } from "../core/sids.js";
import type { components } from "../generated/api.js";

type Schemas = components["schemas"];

/** A message as stored: the Message schema's fields less those worked out per answer. */
export type StoredMessage = Omit<Schemas["Message"], "conversation_sid" | "url" | "links" | "delivery">;
/** A delivery receipt as stored: the DeliveryReceipt schema's fields less those worked out per answer. */
export type StoredReceipt = Omit<Schemas["DeliveryReceipt"], "conversation_sid" | "url">;

/**
 * Items by SID in the order they were added. Each item ever added stays known, with its position
 * in that order, after it is deleted: page tokens may name it.
 */
export class Collection<T extends { sid: string }> {
  readonly #items = new Map<string, T>();
  /** Where each item ever added was added. */
  readonly #positions = new Map<string, number>();
  /** Items deleted, kept for the page tokens that name them. */
  readonly #deleted = new Map<string, T>();

  /** The position the next item gets: positions only grow. */
  get next(): number {
    return this.#positions.size;
  }

  add(item: T): T {
    this.#positions.set(item.sid, this.#positions.size);
    this.#items.set(item.sid, item);
    return item;
  }

  get(sid: string): T | undefined {
    return this.#items.get(sid);
  }

  delete(sid: string): void {
    const item = this.#items.get(sid);
    if (item === undefined) return;
    this.#items.delete(sid);
    this.#deleted.set(sid, item);
  }

  /** The items now, in the order they were added. */
  values(): T[] {
    return [...this.#items.values()];
  }

  /** An item ever added (deleted or not), with its position; undefined for a SID never added. */
  added(sid: string): { item: T; position: number } | undefined {
    const item = this.#items.get(sid) ?? this.#deleted.get(sid);
    return item === undefined ? undefined : { item, position: this.#positions.get(sid) as number };
  }
}

export interface Conversation {
  /** The conversation's SID (also when it was named by its unique name). */
  readonly sid: string;
  /** The explicit Conversation Service, or undefined for the default family. */
  readonly service: string | undefined;
  /** Messages by SID, in index order. */
  readonly messages: Collection<StoredMessage>;
  /** Each message's delivery receipts, by message SID; gone with the message. */
  readonly receipts: Map<string, Collection<StoredReceipt>>;
  /** When recent message actions happened (ms), for the rate limit. */
  readonly actions: number[];
}

export class Store {
  readonly #conversations = new Map<string, Conversation>();
  /** `<service>/<unique name>` → conversation SID. */
  readonly #names = new Map<string, string>();

  /** The conversation a path names, made on first use. */
  conversation(service: string | undefined, sidOrName: string): Conversation {
    // Stryker disable next-line LogicalOperator,StringLiteral: any scope no service SID can be serves the default family
    const scope = service ?? "";
    let sid = sidOrName;
    if (!isSid("ConversationSid", sidOrName)) {
      const key = `${scope}/${sidOrName}`;
      sid = this.#names.get(key) ?? newSid("ConversationSid");
      this.#names.set(key, sid);
    }
    const key = `${scope}/${sid}`;
    let conversation = this.#conversations.get(key);
    if (!conversation) {
      conversation = { sid, service, messages: new Collection(), receipts: new Map(), actions: [] };
      this.#conversations.set(key, conversation);
    }
    return conversation;
  }

  /** A message's receipts, made on first use. */
  receiptsOf(conversation: Conversation, messageSid: string): Collection<StoredReceipt> {
    let receipts = conversation.receipts.get(messageSid);
    if (!receipts) {
      receipts = new Collection();
      conversation.receipts.set(messageSid, receipts);
    }
    return receipts;
  }

  /** Deletes a message and its receipts. */
  deleteMessage(conversation: Conversation, sid: string): void {
    conversation.messages.delete(sid);
    conversation.receipts.delete(sid);
  }

  clear(): void {
    this.#conversations.clear();
    this.#names.clear();
  }
}
