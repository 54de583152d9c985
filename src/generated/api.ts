// GENERATED FILE - DO NOT EDIT. TypeScript types of the API, by openapi-typescript.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

export interface paths {
    "/v1/Conversations/{ConversationSid}/Messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List messages (default service)
         * @description Retrieves a page of the conversation's messages.
         */
        get: operations["ListConversationMessage"];
        put?: never;
        /**
         * Create a message (default service)
         * @description Adds a new message to the conversation.
         */
        post: operations["CreateConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a message (default service)
         * @description Retrieves one message of the conversation.
         */
        get: operations["FetchConversationMessage"];
        put?: never;
        /**
         * Update a message (default service)
         * @description Changes the author, body, dates, attributes or subject of a message.
         */
        post: operations["UpdateConversationMessage"];
        /**
         * Delete a message (default service)
         * @description Removes a message from the conversation.
         */
        delete: operations["DeleteConversationMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        /**
         * List a message's delivery receipts (default service)
         * @description Retrieves a page of the message's delivery and read receipts: one per non-chat participant
         *     (SMS, WhatsApp and the like) the message was sent to.
         */
        get: operations["ListConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
                /**
                 * @description A 34 character string that uniquely identifies this delivery receipt.
                 * @example DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a delivery receipt (default service)
         * @description Retrieves one delivery or read receipt of the message.
         */
        get: operations["FetchConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List messages (explicit service)
         * @description Retrieves a page of the messages of a conversation of the given Conversation Service.
         */
        get: operations["ListServiceConversationMessage"];
        put?: never;
        /**
         * Create a message (explicit service)
         * @description Adds a new message to a conversation of the given Conversation Service.
         */
        post: operations["CreateServiceConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a message (explicit service)
         * @description Retrieves one message of a conversation of the given Conversation Service.
         */
        get: operations["FetchServiceConversationMessage"];
        put?: never;
        /**
         * Update a message (explicit service)
         * @description Changes a message of a conversation of the given Conversation Service.
         */
        post: operations["UpdateServiceConversationMessage"];
        /**
         * Delete a message (explicit service)
         * @description Removes a message from a conversation of the given Conversation Service.
         */
        delete: operations["DeleteServiceConversationMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        /**
         * List a message's delivery receipts (explicit service)
         * @description Retrieves a page of the message's delivery and read receipts: one per non-chat participant
         *     (SMS, WhatsApp and the like) the message was sent to.
         */
        get: operations["ListServiceConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
                /**
                 * @description A 34 character string that uniquely identifies this delivery receipt.
                 * @example DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a delivery receipt (explicit service)
         * @description Retrieves one delivery or read receipt of the message.
         */
        get: operations["FetchServiceConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    onMessageAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Before a message is added
         * @description Sent to the pre-event URL before a message is added, whoever adds it. The message does
         *     not exist yet, so the event has no `MessageSid`, `Index` or dates (Twilio's parameter
         *     table). A 2xx answer lets the message be added, and a JSON body may change it first; any
         *     other answer rejects it, and it is not added. With no answer within the timeout, Twilio
         *     adds it unchanged ("Conversations will publish the change unmodified after a timeout of 5
         *     seconds").
         */
        post: operations["onMessageAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onMessageUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Before a message is changed
         * @description Sent to the pre-event URL before a message is changed, with the message as it is. A 2xx
         *     answer lets the change through, and a JSON body may change it further; any other answer
         *     rejects it, and the message stays as it was. With no answer within the timeout, Twilio
         *     makes the change unmodified.
         */
        post: operations["onMessageUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onMessageRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Before a message is removed
         * @description Sent to the pre-event URL before a message is removed. A 2xx answer lets it be removed
         *     (Twilio documents no field an answer can change here); any other answer rejects the
         *     removal. With no answer within the timeout, Twilio removes it.
         */
        post: operations["onMessageRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onMessageAdded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After a message was added
         * @description Sent to the post-event URL after a message was added. Twilio reads no body, and the
         *     answer changes nothing: the message stays added whatever it is.
         */
        post: operations["onMessageAdded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onMessageUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After a message was changed
         * @description Sent to the post-event URL after a message was changed. The answer changes nothing.
         */
        post: operations["onMessageUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onMessageRemoved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After a message was removed
         * @description Sent to the post-event URL after a message was removed. The answer changes nothing.
         */
        post: operations["onMessageRemoved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onDeliveryUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After a delivery receipt was made or changed
         * @description Sent to the post-event URL when a message's delivery receipt for a non-chat participant
         *     is made or changes status (Twilio's parameter table for `onDeliveryUpdated`; Event
         *     Streams does not carry this event). The answer changes nothing.
         */
        post: operations["onDeliveryUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The SID of a Twilio Account. */
        AccountSid: string;
        /** @description The SID of a Conversation. */
        ConversationSid: string;
        /** @description The SID of a Message. */
        MessageSid: string;
        /** @description The SID of a Conversation Service. */
        ChatServiceSid: string;
        /** @description The SID of a Conversation Participant. */
        ParticipantSid: string;
        /** @description The SID of a Media resource. */
        MediaSid: string;
        /** @description The SID of a multi-channel Rich Content template. */
        ContentSid: string;
        /** @description A string that holds structurally valid JSON. */
        JsonText: string;
        /** @description The channel specific identifier of the message's author. Defaults to `system`. */
        MessageAuthor: string;
        /**
         * @description The content of the message: up to 32 KB, counted as 32,768 bytes of UTF-8 (Twilio's
         *     Conversations limits page: "Message Body: 32 KB", inbound and outbound to chat
         *     participants). The reference page's "up to 1,600 characters" is the limit of the SMS and
         *     WhatsApp channels: Twilio cuts or refuses a longer body when it delivers the message to an
         *     SMS or WhatsApp participant, downstream of this API, which accepts the message all the
         *     same. Keep bodies meant for those channels within 1,600 characters.
         */
        MessageBody: string;
        /**
         * @description Metadata as a string holding valid JSON: up to 4 KB, counted as 4,096 bytes of UTF-8
         *     (Twilio's Conversations limits page: "Message Attributes: 4 KB").
         */
        MessageAttributes: components["schemas"]["JsonText"];
        /** @description The subject of the message, up to 256 characters long. */
        MessageSubject: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time, e.g. `2015-12-16T22:18:37Z`.
         */
        Timestamp: string;
        /**
         * @description How many of the message's delivery receipts count toward this state.
         * @enum {string}
         */
        DeliveryStatus: "all" | "some" | "none";
        /** @description The SID of a delivery receipt. */
        DeliveryReceiptSid: string;
        /**
         * @description The channel's own identifier of the message delivered to a participant: `SM...` for SMS,
         *     `WA...` for WhatsApp and so on.
         */
        ChannelMessageSid: string;
        /**
         * @description How far the message got to the participant.
         * @enum {string}
         */
        ReceiptStatus: "sent" | "delivered" | "read" | "failed" | "undelivered";
        /** @description The fields of a new message. */
        CreateMessageRequest: {
            /** @default system */
            Author?: components["schemas"]["MessageAuthor"];
            Body?: components["schemas"]["MessageBody"];
            /** @description The date that this message was created; defaults to now. */
            DateCreated?: components["schemas"]["Timestamp"];
            /** @description The date that this message was last updated. */
            DateUpdated?: components["schemas"]["Timestamp"];
            /** @default {} */
            Attributes?: components["schemas"]["MessageAttributes"];
            /** @description The Media SID to be attached to the new message. */
            MediaSid?: components["schemas"]["MediaSid"];
            /** @description The Rich Content template to send. When set, `Body` and `MediaSid` are ignored. */
            ContentSid?: components["schemas"]["ContentSid"];
            /** @description Values for the Rich Content template's variables, as a string holding valid JSON. */
            ContentVariables?: components["schemas"]["JsonText"];
            Subject?: components["schemas"]["MessageSubject"];
        };
        /** @description The fields of a message to change. */
        UpdateMessageRequest: {
            Author?: components["schemas"]["MessageAuthor"];
            Body?: components["schemas"]["MessageBody"];
            /** @description The date that this message was created. */
            DateCreated?: components["schemas"]["Timestamp"];
            /** @description The date that this message was last updated. */
            DateUpdated?: components["schemas"]["Timestamp"];
            Attributes?: components["schemas"]["MessageAttributes"];
            Subject?: components["schemas"]["MessageSubject"];
        };
        /** @description A message in a Conversation. Its `x-self` field holds the absolute URL of the message itself. */
        Message: {
            /** @description The Account responsible for this message. */
            account_sid: components["schemas"]["AccountSid"];
            /** @description The Conversation this message belongs to. */
            conversation_sid: components["schemas"]["ConversationSid"];
            /** @description A 34 character string that uniquely identifies this message. */
            sid: components["schemas"]["MessageSid"];
            /**
             * @description The index of the message within the Conversation. Indices may skip numbers, but are
             *     always in the order the messages were received.
             */
            index: number;
            /** @description The channel specific identifier of the message's author. Defaults to `system`. */
            author: string;
            /** @description The content of the message; null when the message carries only media. */
            body: components["schemas"]["MessageBody"] | null;
            /** @description The message's media, or null when it has none. */
            media: components["schemas"]["MessageMedia"][] | null;
            /** @description Metadata as a string holding valid JSON; `{}` when never set. */
            attributes: components["schemas"]["MessageAttributes"];
            /** @description The author's Participant; null for a message sent by the system. */
            participant_sid: components["schemas"]["ParticipantSid"] | null;
            /**
             * Format: date-time
             * @description When this message was created.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description When this message was last updated; null if it has never been edited.
             */
            date_updated: string | null;
            /**
             * Format: uri
             * @description The absolute URL of this message.
             */
            url: string;
            /** @description Summary of delivery statuses to non-chat participants; null when there are none. */
            delivery: components["schemas"]["MessageDelivery"] | null;
            links: components["schemas"]["MessageLinks"];
            /** @description The Rich Content template of this message; null when it has none. */
            content_sid: components["schemas"]["ContentSid"] | null;
        };
        /**
         * @description A message reached through an explicit Conversation Service: every field of Message, plus
         *     the SID of the service (Twilio's service-scoped message carries it; the default family's
         *     does not).
         */
        ServiceMessage: components["schemas"]["Message"] & {
            /** @description The Conversation Service this message belongs to. */
            chat_service_sid: components["schemas"]["ChatServiceSid"];
        };
        /** @description One media file attached to a message. */
        MessageMedia: {
            sid: components["schemas"]["MediaSid"];
            /** @description The media's file size in bytes. */
            size: number;
            /** @description The MIME type of the media. */
            content_type: string;
            /** @description The name of the media file, if it has one. */
            filename: string | null;
        };
        /**
         * @description How far the message got to its non-chat recipients: a summary of its delivery receipts
         *     (`links.delivery_receipts`), one receipt per recipient. `x-summary-of` states the rule:
         *     `total` is the number of receipts, and each status field is `all`, `some` or `none` of
         *     them by how many receipts have one of the statuses listed for it. A receipt that is `read`
         *     was delivered and sent, and one that is `delivered` was sent, so those count toward the
         *     earlier states too. Twilio's reference page does not spell the rule out; its own example
         *     reads this way (total 2; sent all, delivered some, read some: one receipt read, one only
         *     sent), and so do its receipts page ("verify that Messages have been sent, delivered, or
         *     even read"). While a message has no receipts, `delivery` is null.
         */
        MessageDelivery: {
            /** @description The number of the message's delivery receipts. */
            total: number;
            sent: components["schemas"]["DeliveryStatus"];
            delivered: components["schemas"]["DeliveryStatus"];
            read: components["schemas"]["DeliveryStatus"];
            failed: components["schemas"]["DeliveryStatus"];
            undelivered: components["schemas"]["DeliveryStatus"];
        };
        /**
         * @description URLs of resources related to this message. Each is the message's own URL followed by the
         *     path segment its `x-path-segment` names, as Twilio's examples show; where the spec has
         *     operations on that path (the receipts), the link leads to their list.
         */
        MessageLinks: {
            /**
             * Format: uri
             * @description The delivery and read receipts of this message.
             */
            delivery_receipts: string;
            /**
             * Format: uri
             * @description The channel metadata of this message. Twilio's published OpenAPI description has no
             *     operation on this path, and twilio-node no call for it: only the link is known.
             */
            channel_metadata: string;
        };
        /** @description One page of messages. */
        MessageList: {
            meta: components["schemas"]["ListMeta"];
            messages: components["schemas"]["Message"][];
        };
        /**
         * @description One page of the messages of a conversation of a Conversation Service: MessageList's page,
         *     with ServiceMessage items. (Not an allOf of MessageList: its items would then be judged as
         *     plain Messages too, which a strict validator refuses for the extra `chat_service_sid`.)
         */
        ServiceMessageList: {
            meta: components["schemas"]["ListMeta"];
            messages: components["schemas"]["ServiceMessage"][];
        };
        /** @description Where this page sits in the whole list. */
        ListMeta: {
            page: number;
            page_size: number;
            /** Format: uri */
            first_page_url: string;
            /** Format: uri */
            previous_page_url: string | null;
            /** Format: uri */
            url: string;
            /**
             * Format: uri
             * @description The next page, or null on the last page.
             */
            next_page_url: string | null;
            /**
             * @description The name of the property that holds the page's items (`messages`, `delivery_receipts`):
             *     the `items` of the list's `x-pagination`.
             */
            key: string;
        };
        /**
         * @description How far one message got to one non-chat participant. Twilio's published OpenAPI
         *     description marks every field nullable, as a blanket rule, and its reference page shows
         *     no example. This document follows the reference page's words: the identifiers, the
         *     creation date and the URL are always set; `channel_message_sid` (known once the channel
         *     took the message), `status` ("can be read, failed, delivered, undelivered, sent or
         *     null"), `error_code` (for a `failed` status) and `date_updated` ("null if the delivery
         *     receipt has not been updated") may be null.
         */
        DeliveryReceipt: {
            /** @description The Account responsible for the message. */
            account_sid: components["schemas"]["AccountSid"];
            /** @description The Conversation of the message. */
            conversation_sid: components["schemas"]["ConversationSid"];
            /** @description A 34 character string that uniquely identifies this receipt. */
            sid: components["schemas"]["DeliveryReceiptSid"];
            /** @description The message this receipt belongs to. */
            message_sid: components["schemas"]["MessageSid"];
            /** @description The channel's identifier of the message delivered to the participant. */
            channel_message_sid: components["schemas"]["ChannelMessageSid"] | null;
            /** @description The participant this receipt belongs to. */
            participant_sid: components["schemas"]["ParticipantSid"];
            /** @description How far the message got to the participant. */
            status: components["schemas"]["ReceiptStatus"] | null;
            /**
             * @description The delivery error code (Twilio's error dictionary) for a `failed` or `undelivered`
             *     status; 0 or null otherwise.
             */
            error_code: number | null;
            /**
             * Format: date-time
             * @description When this receipt was created.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description When this receipt last changed; null if it never has.
             */
            date_updated: string | null;
            /**
             * Format: uri
             * @description The absolute URL of this receipt.
             */
            url: string;
        };
        /**
         * @description A delivery receipt reached through an explicit Conversation Service: every field of
         *     DeliveryReceipt, plus the SID of the service.
         */
        ServiceDeliveryReceipt: components["schemas"]["DeliveryReceipt"] & {
            /** @description The Conversation Service of the message. */
            chat_service_sid: components["schemas"]["ChatServiceSid"];
        };
        /** @description One page of a message's delivery receipts. */
        DeliveryReceiptList: {
            meta: components["schemas"]["ListMeta"];
            delivery_receipts: components["schemas"]["DeliveryReceipt"][];
        };
        /** @description One page of a message's delivery receipts, in its Conversation Service. */
        ServiceDeliveryReceiptList: {
            meta: components["schemas"]["ListMeta"];
            delivery_receipts: components["schemas"]["ServiceDeliveryReceipt"][];
        };
        /** @description The event, as the webhook's name in this document and as the service's `Filters` name it. */
        WebhookEventType: string;
        /**
         * @description Where the action came from. Twilio's page lists `SDK` and `API`; captured requests also show
         *     `SMS` for a message from an SMS participant. Other channels are not documented, so any
         *     text is allowed: a receiver must not refuse an event for a source it does not know.
         */
        WebhookSource: string;
        /**
         * @description What every webhook carries: "In addition to the event-specific parameters, each request also
         *     contains" `AccountSid`, `EventType`, `Source` and, for actions of the chat SDK,
         *     `ClientIdentity` (Twilio's page). `RetryCount` is not in Twilio's tables, but is on every
         *     captured request. Twilio may add fields: a receiver keeps the ones it does not know.
         */
        WebhookEvent: {
            /** @description The Account the conversation belongs to. */
            AccountSid: components["schemas"]["AccountSid"];
            EventType: components["schemas"]["WebhookEventType"];
            Source: components["schemas"]["WebhookSource"];
            /** @description The identity of the chat user who did the action (actions of the chat SDK only). */
            ClientIdentity?: string;
            /** @description How many times Twilio sent this event before (0 in every captured request). */
            RetryCount?: number;
        };
        /**
         * @description A message event: the webhook's fields and the message's. `Body` is not required: Twilio's
         *     tables do not mark it optional, but a message may carry media only, and no captured event
         *     of one was found, so a receiver does not refuse an event without it. `ChatServiceSid` is
         *     in no message event's table and in no captured message event, but public handlers read
         *     it: it may be there.
         */
        MessageEvent: components["schemas"]["WebhookEvent"] & {
            /** @description The Conversation of the message. */
            ConversationSid: components["schemas"]["ConversationSid"];
            /** @description The Conversation Service of the conversation, when Twilio sends it. */
            ChatServiceSid?: components["schemas"]["ChatServiceSid"];
            Body?: components["schemas"]["MessageBody"];
            Author: components["schemas"]["MessageAuthor"];
            /** @description The author's Participant, when the author is one. */
            ParticipantSid?: components["schemas"]["ParticipantSid"];
            /** @description The message's metadata, as a string holding JSON; `{}` when never set. */
            Attributes: components["schemas"]["MessageAttributes"];
            /**
             * @description The message's media, when it has some: a string holding a JSON array of the media
             *     objects. Twilio's page says "Stringified JSON array of attached media objects" and
             *     gives no shape; public handlers read each as `{ Sid, Filename, ContentType, Size }`,
             *     the message's `media` fields with their names in PascalCase, as the emulator sends them.
             */
            Media?: components["schemas"]["JsonText"];
        };
        /** @description An event about a message that exists already (every message event but `onMessageAdd`). */
        StoredMessageEvent: components["schemas"]["MessageEvent"] & {
            /** @description The message. */
            MessageSid: components["schemas"]["MessageSid"];
            /** @description The message's index in the conversation. */
            Index: number;
            /** @description When the message was created. Captured events give milliseconds (`2021-08-10T18:00:58.111Z`). */
            DateCreated: components["schemas"]["Timestamp"];
        };
        /**
         * @description `onMessageAdd`: a message is about to be added. Twilio's table: `ConversationSid`, `Body`,
         *     `Author`, `ParticipantSid`, `Attributes`, `Media`.
         */
        OnMessageAddEvent: components["schemas"]["MessageEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
        };
        /** @description `onMessageUpdate`: a message is about to change. It carries the message as it is. */
        OnMessageUpdateEvent: components["schemas"]["StoredMessageEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
            /** @description When the message last changed. */
            DateUpdated: components["schemas"]["Timestamp"];
        };
        /** @description `onMessageRemove`: a message is about to be removed. */
        OnMessageRemoveEvent: components["schemas"]["StoredMessageEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
            /** @description When the message last changed. */
            DateUpdated: components["schemas"]["Timestamp"];
        };
        /**
         * @description `onMessageAdded`: a message was added. Twilio's table has no `DateUpdated`, and adds
         *     `MessagingServiceSid`, which a captured SMS event has and a captured chat event has not.
         */
        OnMessageAddedEvent: components["schemas"]["StoredMessageEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
            /** @description The Messaging Service of the conversation, when it has one. */
            MessagingServiceSid?: string;
        };
        /** @description `onMessageUpdated`: a message changed. It carries the message as it now is. */
        OnMessageUpdatedEvent: components["schemas"]["StoredMessageEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
            /** @description When the message last changed. */
            DateUpdated: components["schemas"]["Timestamp"];
        };
        /** @description `onMessageRemoved`: a message was removed. It carries the message as it was. */
        OnMessageRemovedEvent: components["schemas"]["StoredMessageEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
            /** @description When the message last changed. */
            DateUpdated: components["schemas"]["Timestamp"];
            /** @description When the message was removed. */
            DateRemoved: components["schemas"]["Timestamp"];
        };
        /**
         * @description `onDeliveryUpdated`: a delivery receipt was made or changed (Twilio's table). Its
         *     `ChannelMessageSid`, `ErrorCode` and `DateUpdated` are not required: the receipt's own
         *     fields may be null (no channel message yet, no error, never updated), and an absent field
         *     is how a form says so. Twilio's table lists no `Source`; the common fields say every
         *     request has one, so it is required with the rest of them.
         */
        OnDeliveryUpdatedEvent: components["schemas"]["WebhookEvent"] & {
            /** @enum {unknown} */
            EventType?: components["schemas"]["WebhookEventType"];
            /** @description The Conversation of the message. */
            ConversationSid: components["schemas"]["ConversationSid"];
            /** @description The Conversation Service of the conversation. */
            ChatServiceSid: components["schemas"]["ChatServiceSid"];
            /** @description The message the receipt belongs to. */
            MessageSid: components["schemas"]["MessageSid"];
            /** @description The receipt. */
            DeliveryReceiptSid: components["schemas"]["DeliveryReceiptSid"];
            ChannelMessageSid?: components["schemas"]["ChannelMessageSid"];
            /** @description The participant the receipt belongs to. */
            ParticipantSid: components["schemas"]["ParticipantSid"];
            Status: components["schemas"]["ReceiptStatus"];
            /** @description The delivery error code (Twilio's error dictionary), for a failed or undelivered status. */
            ErrorCode?: number;
            /** @description When the receipt was made. */
            DateCreated: components["schemas"]["Timestamp"];
            /** @description When the receipt last changed. */
            DateUpdated?: components["schemas"]["Timestamp"];
        };
        /**
         * @description What a pre-event's answer may change in the message, in lowercase as Twilio's page has
         *     them (its example: `{"body": "modified message text", "author": "modified author name",
         *     "attributes": "{\"key\" : \"value\"}"}`); each is optional.
         */
        PreEventAnswer: {
            body?: components["schemas"]["MessageBody"];
            author?: components["schemas"]["MessageAuthor"];
            attributes?: components["schemas"]["MessageAttributes"];
        };
        /** @description The body of every error Twilio returns. */
        TwilioError: {
            /** @description Twilio's error code; `more_info` explains it. */
            code: number;
            /** @description What went wrong. */
            message: string;
            /**
             * Format: uri
             * @description A page about this error code.
             */
            more_info: string;
            /** @description The HTTP status of the response. */
            status: number;
            /** @description Further details some errors carry. */
            details?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /**
         * @description The action goes ahead. A JSON body may change the message before it is published ("All
         *     values are optional, and missing fields will be left unmodified"; Twilio's page lists
         *     `body`, `author` and `attributes` as the fields an answer to `onMessageAdd` and
         *     `onMessageUpdate` may change). An empty body, `{}` or a body that is not JSON changes
         *     nothing. Twilio checks the changed values as it checks a REST request, and "if modified
         *     values fail validation, the error will be returned to the SDK (or REST client)".
         */
        PreEventAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PreEventAnswer"];
            };
        };
        /**
         * @description Any answer but a 2xx rejects the action: "Conversations will reject the change and no
         *     publication will be made" (Twilio's page, for 40x and 50x). What Twilio answers the REST
         *     caller whose request a pre-event rejected is not documented (not in the webhooks page, the
         *     error dictionary, twilio-oai or public issues): `x-rest-answer` is this document's
         *     convention, which the emulator answers, and no check judges a server by it. Its code is
         *     the error dictionary's 11217, "Twilio sent a webhook to your server and your server
         *     responded with a 4xx or 5xx status code".
         */
        PreEventRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Received. Twilio reads no body. */
        PostEventReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The receiver failed. The action stands: a post-event is sent after publication, and its
         *     answer changes nothing. Twilio documents no retry for Conversations webhooks.
         */
        PostEventFailed: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The created message. */
        MessageCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        /** @description The message. */
        MessageOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        /** @description The updated message. */
        MessageUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        /** @description One page of the conversation's messages. */
        MessagePage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageList"];
            };
        };
        /** @description The created message, in its Conversation Service. */
        ServiceMessageCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceMessage"];
            };
        };
        /** @description The message, in its Conversation Service. */
        ServiceMessageOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceMessage"];
            };
        };
        /** @description The updated message, in its Conversation Service. */
        ServiceMessageUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceMessage"];
            };
        };
        /** @description One page of the messages of a conversation of a Conversation Service. */
        ServiceMessagePage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceMessageList"];
            };
        };
        /** @description The delivery receipt. */
        ReceiptOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeliveryReceipt"];
            };
        };
        /** @description One page of the message's delivery receipts. */
        ReceiptPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeliveryReceiptList"];
            };
        };
        /** @description The delivery receipt, in its Conversation Service. */
        ServiceReceiptOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceDeliveryReceipt"];
            };
        };
        /** @description One page of the message's delivery receipts, in its Conversation Service. */
        ServiceReceiptPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceDeliveryReceiptList"];
            };
        };
        /** @description The message was deleted. */
        Deleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A parameter is missing or invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The credentials are missing or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The conversation, service, message or delivery receipt does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description Too many requests; wait as long as `Retry-After` says, then try again. */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait, or an HTTP date, before trying again.
                 * @example 1
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description Twilio could not handle the request (any other status, usually 5xx). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
    };
    parameters: {
        /**
         * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
         *     again carries the same token. Twilio does not document it: a receiver may use it to skip
         *     an event it already handled.
         * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
         */
        IdempotencyToken: string;
        /**
         * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
         *     parameter has no pattern.
         * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConversationSid: string;
        /**
         * @description A 34 character string that uniquely identifies this message.
         * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        Sid: components["schemas"]["MessageSid"];
        /**
         * @description The message the receipts belong to.
         * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        MessageSid: components["schemas"]["MessageSid"];
        /**
         * @description A 34 character string that uniquely identifies this delivery receipt.
         * @example DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ReceiptSid: components["schemas"]["DeliveryReceiptSid"];
        /**
         * @description The SID of the Conversation Service the conversation belongs to.
         * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ChatServiceSid: components["schemas"]["ChatServiceSid"];
        /**
         * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
         *     sends the `x-safe-value` so that its own writes call no webhook.
         * @example true
         */
        XTwilioWebhookEnabled: "true" | "false";
        /**
         * @description The sort order of the returned messages, by index.
         * @example desc
         */
        Order: "asc" | "desc";
        /**
         * @description How many items to return in each page. For delivery receipts, Twilio's OpenAPI
         *     description now says "The default is 50, and the maximum is 50", where its earlier
         *     versions and the reference page said the maximum is 1000. A client must never refuse what
         *     Twilio accepts, so 1000 is the limit here; a server may answer with smaller pages, and
         *     `meta.page_size` says how large each page is.
         * @example 50
         */
        PageSize: number;
        /**
         * @description The page index. This value is simply for client state.
         * @example 0
         */
        Page: number;
        /**
         * @description The page token. This is provided by the API in `next_page_url`.
         * @example PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        PageToken: string;
    };
    requestBodies: {
        /** @description The new message. Every field is optional. */
        CreateMessage: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateMessageRequest"];
            };
        };
        /** @description The fields to change. Every field is optional. */
        UpdateMessage: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateMessageRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListConversationMessage: {
        parameters: {
            query?: {
                /**
                 * @description The sort order of the returned messages, by index.
                 * @example desc
                 */
                Order?: components["parameters"]["Order"];
                /**
                 * @description How many items to return in each page. For delivery receipts, Twilio's OpenAPI
                 *     description now says "The default is 50, and the maximum is 50", where its earlier
                 *     versions and the reference page said the maximum is 1000. A client must never refuse what
                 *     Twilio accepts, so 1000 is the limit here; a server may answer with smaller pages, and
                 *     `meta.page_size` says how large each page is.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state.
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in `next_page_url`.
                 * @example PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessagePage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    CreateConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
                 *     sends the `x-safe-value` so that its own writes call no webhook.
                 * @example true
                 */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateMessage"];
        responses: {
            201: components["responses"]["MessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    FetchConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessageOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    UpdateConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
                 *     sends the `x-safe-value` so that its own writes call no webhook.
                 * @example true
                 */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateMessage"];
        responses: {
            200: components["responses"]["MessageUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    DeleteConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
                 *     sends the `x-safe-value` so that its own writes call no webhook.
                 * @example true
                 */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    ListConversationMessageReceipt: {
        parameters: {
            query?: {
                /**
                 * @description How many items to return in each page. For delivery receipts, Twilio's OpenAPI
                 *     description now says "The default is 50, and the maximum is 50", where its earlier
                 *     versions and the reference page said the maximum is 1000. A client must never refuse what
                 *     Twilio accepts, so 1000 is the limit here; a server may answer with smaller pages, and
                 *     `meta.page_size` says how large each page is.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state.
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in `next_page_url`.
                 * @example PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReceiptPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    FetchConversationMessageReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
                /**
                 * @description A 34 character string that uniquely identifies this delivery receipt.
                 * @example DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReceiptOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    ListServiceConversationMessage: {
        parameters: {
            query?: {
                /**
                 * @description The sort order of the returned messages, by index.
                 * @example desc
                 */
                Order?: components["parameters"]["Order"];
                /**
                 * @description How many items to return in each page. For delivery receipts, Twilio's OpenAPI
                 *     description now says "The default is 50, and the maximum is 50", where its earlier
                 *     versions and the reference page said the maximum is 1000. A client must never refuse what
                 *     Twilio accepts, so 1000 is the limit here; a server may answer with smaller pages, and
                 *     `meta.page_size` says how large each page is.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state.
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in `next_page_url`.
                 * @example PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceMessagePage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    CreateServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
                 *     sends the `x-safe-value` so that its own writes call no webhook.
                 * @example true
                 */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateMessage"];
        responses: {
            201: components["responses"]["ServiceMessageCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    FetchServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceMessageOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    UpdateServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
                 *     sends the `x-safe-value` so that its own writes call no webhook.
                 * @example true
                 */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateMessage"];
        responses: {
            200: components["responses"]["ServiceMessageUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    DeleteServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Whether this request should trigger the Conversation Service's webhooks. A contract checker
                 *     sends the `x-safe-value` so that its own writes call no webhook.
                 * @example true
                 */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description A 34 character string that uniquely identifies this message.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    ListServiceConversationMessageReceipt: {
        parameters: {
            query?: {
                /**
                 * @description How many items to return in each page. For delivery receipts, Twilio's OpenAPI
                 *     description now says "The default is 50, and the maximum is 50", where its earlier
                 *     versions and the reference page said the maximum is 1000. A client must never refuse what
                 *     Twilio accepts, so 1000 is the limit here; a server may answer with smaller pages, and
                 *     `meta.page_size` says how large each page is.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state.
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in `next_page_url`.
                 * @example PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceReceiptPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    FetchServiceConversationMessageReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Conversation Service the conversation belongs to.
                 * @example ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /**
                 * @description The SID of the Conversation (`CH...`) or its unique name. Twilio accepts either, so this
                 *     parameter has no pattern.
                 * @example CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConversationSid: components["parameters"]["ConversationSid"];
                /**
                 * @description The message the receipts belong to.
                 * @example IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                MessageSid: components["parameters"]["MessageSid"];
                /**
                 * @description A 34 character string that uniquely identifies this delivery receipt.
                 * @example DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceReceiptOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    onMessageAdd: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnMessageAddEvent"];
            };
        };
        responses: {
            200: components["responses"]["PreEventAccepted"];
            403: components["responses"]["PreEventRejected"];
            default: components["responses"]["PreEventRejected"];
        };
    };
    onMessageUpdate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnMessageUpdateEvent"];
            };
        };
        responses: {
            200: components["responses"]["PreEventAccepted"];
            403: components["responses"]["PreEventRejected"];
            default: components["responses"]["PreEventRejected"];
        };
    };
    onMessageRemove: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnMessageRemoveEvent"];
            };
        };
        responses: {
            /** @description The removal goes ahead; Twilio reads no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["PreEventRejected"];
            default: components["responses"]["PreEventRejected"];
        };
    };
    onMessageAdded: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnMessageAddedEvent"];
            };
        };
        responses: {
            200: components["responses"]["PostEventReceived"];
            403: components["responses"]["PostEventFailed"];
            default: components["responses"]["PostEventFailed"];
        };
    };
    onMessageUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnMessageUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["PostEventReceived"];
            403: components["responses"]["PostEventFailed"];
            default: components["responses"]["PostEventFailed"];
        };
    };
    onMessageRemoved: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnMessageRemovedEvent"];
            };
        };
        responses: {
            200: components["responses"]["PostEventReceived"];
            403: components["responses"]["PostEventFailed"];
            default: components["responses"]["PostEventFailed"];
        };
    };
    onDeliveryUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A token Twilio sends with a webhook (seen on captured requests, a UUID); the same event sent
                 *     again carries the same token. Twilio does not document it: a receiver may use it to skip
                 *     an event it already handled.
                 * @example 4f8a1d3e-2b6c-4e8f-9a0d-1c2b3a4d5e6f
                 */
                "I-Twilio-Idempotency-Token"?: components["parameters"]["IdempotencyToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnDeliveryUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["PostEventReceived"];
            403: components["responses"]["PostEventFailed"];
            default: components["responses"]["PostEventFailed"];
        };
    };
}
