// The emulator's state: conversations (made on first use, by SID or unique name, within the
// default service or an explicit one) and their messages, in index order. Nothing here knows HTTP.
import { isSid, newSid } from "../core/sids.js";

/** A message as stored: its wire fields, less those worked out per answer (url, links, service). */
export interface StoredMessage {
  sid: string;
  account_sid: string;
  index: number;
  author: string;
  body: string | null;
  media: { sid: string; size: number; content_type: string; filename: string | null }[] | null;
  attributes: string;
  participant_sid: string | null;
  date_created: string;
  date_updated: string | null;
  delivery: null;
  content_sid: string | null;
}

export interface Conversation {
  /** The conversation's SID (also when it was named by its unique name). */
  readonly sid: string;
  /** The explicit Conversation Service, or undefined for the default family. */
  readonly service: string | undefined;
  /** Messages by SID, in the order they were added (index order). */
  readonly messages: Map<string, StoredMessage>;
  /** The index of every message ever added, deleted ones too: page tokens may name them. */
  readonly indices: Map<string, number>;
  /** The index the next message gets: indices only grow. */
  nextIndex: number;
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
      conversation = { sid, service, messages: new Map(), indices: new Map(), nextIndex: 0, actions: [] };
      this.#conversations.set(key, conversation);
    }
    return conversation;
  }

  add(conversation: Conversation, message: Omit<StoredMessage, "index">): StoredMessage {
    const stored = { ...message, index: conversation.nextIndex++ };
    conversation.messages.set(stored.sid, stored);
    conversation.indices.set(stored.sid, stored.index);
    return stored;
  }

  clear(): void {
    this.#conversations.clear();
    this.#names.clear();
  }
}
