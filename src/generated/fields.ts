// GENERATED FILE - DO NOT EDIT. Property names of each object schema: required ones, date-times, nested object schemas.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

export const fields = {
  "MessageList": {
    "names": [
      "meta",
      "messages"
    ],
    "required": [
      "meta",
      "messages"
    ],
    "dateTime": [],
    "objects": {
      "meta": "ListMeta"
    },
    "arrays": {
      "messages": "Message"
    }
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
    "required": [
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
    ],
    "objects": {
      "delivery": "MessageDelivery",
      "links": "MessageLinks"
    },
    "arrays": {
      "media": "MessageMedia"
    }
  },
  "DeliveryReceiptList": {
    "names": [
      "meta",
      "delivery_receipts"
    ],
    "required": [
      "meta",
      "delivery_receipts"
    ],
    "dateTime": [],
    "objects": {
      "meta": "ListMeta"
    },
    "arrays": {
      "delivery_receipts": "DeliveryReceipt"
    }
  },
  "DeliveryReceipt": {
    "names": [
      "account_sid",
      "conversation_sid",
      "sid",
      "message_sid",
      "channel_message_sid",
      "participant_sid",
      "status",
      "error_code",
      "date_created",
      "date_updated",
      "url"
    ],
    "required": [
      "account_sid",
      "conversation_sid",
      "sid",
      "message_sid",
      "channel_message_sid",
      "participant_sid",
      "status",
      "error_code",
      "date_created",
      "date_updated",
      "url"
    ],
    "dateTime": [
      "date_created",
      "date_updated"
    ],
    "objects": {},
    "arrays": {}
  },
  "ServiceMessageList": {
    "names": [
      "meta",
      "messages"
    ],
    "required": [
      "meta",
      "messages"
    ],
    "dateTime": [],
    "objects": {
      "meta": "ListMeta"
    },
    "arrays": {
      "messages": "ServiceMessage"
    }
  },
  "ServiceMessage": {
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
      "content_sid",
      "chat_service_sid"
    ],
    "required": [
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
      "content_sid",
      "chat_service_sid"
    ],
    "dateTime": [
      "date_created",
      "date_updated"
    ],
    "objects": {
      "delivery": "MessageDelivery",
      "links": "MessageLinks"
    },
    "arrays": {
      "media": "MessageMedia"
    }
  },
  "ServiceDeliveryReceiptList": {
    "names": [
      "meta",
      "delivery_receipts"
    ],
    "required": [
      "meta",
      "delivery_receipts"
    ],
    "dateTime": [],
    "objects": {
      "meta": "ListMeta"
    },
    "arrays": {
      "delivery_receipts": "ServiceDeliveryReceipt"
    }
  },
  "ServiceDeliveryReceipt": {
    "names": [
      "account_sid",
      "conversation_sid",
      "sid",
      "message_sid",
      "channel_message_sid",
      "participant_sid",
      "status",
      "error_code",
      "date_created",
      "date_updated",
      "url",
      "chat_service_sid"
    ],
    "required": [
      "account_sid",
      "conversation_sid",
      "sid",
      "message_sid",
      "channel_message_sid",
      "participant_sid",
      "status",
      "error_code",
      "date_created",
      "date_updated",
      "url",
      "chat_service_sid"
    ],
    "dateTime": [
      "date_created",
      "date_updated"
    ],
    "objects": {},
    "arrays": {}
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
    "required": [
      "page",
      "page_size",
      "first_page_url",
      "previous_page_url",
      "url",
      "next_page_url",
      "key"
    ],
    "dateTime": [],
    "objects": {},
    "arrays": {}
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
    "required": [
      "total",
      "sent",
      "delivered",
      "read",
      "failed",
      "undelivered"
    ],
    "dateTime": [],
    "objects": {},
    "arrays": {}
  },
  "MessageLinks": {
    "names": [
      "delivery_receipts",
      "channel_metadata"
    ],
    "required": [
      "delivery_receipts",
      "channel_metadata"
    ],
    "dateTime": [],
    "objects": {},
    "arrays": {}
  },
  "MessageMedia": {
    "names": [
      "sid",
      "size",
      "content_type",
      "filename"
    ],
    "required": [
      "sid",
      "size",
      "content_type",
      "filename"
    ],
    "dateTime": [],
    "objects": {},
    "arrays": {}
  }
} as const;

/** Object schemas that summarize the items of a linked list (x-summary-of), and the rule they follow. */
export const summaries = {
  "MessageDelivery": {
    "link": "delivery_receipts",
    "field": "status",
    "total": "total",
    "counts": {
      "sent": [
        "sent",
        "delivered",
        "read"
      ],
      "delivered": [
        "delivered",
        "read"
      ],
      "read": [
        "read"
      ],
      "failed": [
        "failed"
      ],
      "undelivered": [
        "undelivered"
      ]
    }
  }
} as const;

/** Link fields: the path segment each adds to the URL of the object that holds it (x-path-segment). */
export const linkSegments = {
  "MessageLinks": {
    "delivery_receipts": "Receipts",
    "channel_metadata": "ChannelMetadata"
  }
} as const;
