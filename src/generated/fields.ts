// GENERATED FILE - DO NOT EDIT. Property names of each object schema, and which hold date-times.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

export const fields = {
  "CreateMessageRequest": {
    "names": [
      "Author",
      "Body",
      "DateCreated",
      "DateUpdated",
      "Attributes",
      "MediaSid",
      "ContentSid",
      "ContentVariables",
      "Subject"
    ],
    "dateTime": [
      "DateCreated",
      "DateUpdated"
    ]
  },
  "UpdateMessageRequest": {
    "names": [
      "Author",
      "Body",
      "DateCreated",
      "DateUpdated",
      "Attributes",
      "Subject"
    ],
    "dateTime": [
      "DateCreated",
      "DateUpdated"
    ]
  },
  "Message": {
    "names": [
      "account_sid",
      "conversation_sid",
      "sid",
      "index",
      "author",
      "body",
      "media",
      "attributes",
      "participant_sid",
      "date_created",
      "date_updated",
      "url",
      "delivery",
      "links",
      "content_sid"
    ],
    "dateTime": [
      "date_created",
      "date_updated"
    ]
  },
  "MessageMedia": {
    "names": [
      "sid",
      "size",
      "content_type",
      "filename"
    ],
    "dateTime": []
  },
  "MessageDelivery": {
    "names": [
      "total",
      "sent",
      "delivered",
      "read",
      "failed",
      "undelivered"
    ],
    "dateTime": []
  },
  "MessageLinks": {
    "names": [
      "delivery_receipts",
      "channel_metadata"
    ],
    "dateTime": []
  },
  "MessageList": {
    "names": [
      "meta",
      "messages"
    ],
    "dateTime": []
  },
  "ListMeta": {
    "names": [
      "page",
      "page_size",
      "first_page_url",
      "previous_page_url",
      "url",
      "next_page_url",
      "key"
    ],
    "dateTime": []
  },
  "TwilioError": {
    "names": [
      "code",
      "message",
      "more_info",
      "status",
      "details"
    ],
    "dateTime": []
  }
} as const;
