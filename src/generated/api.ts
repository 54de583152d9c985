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
export type webhooks = Record<string, never>;
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
}
