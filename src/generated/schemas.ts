// GENERATED FILE - DO NOT EDIT. The spec's component schemas (JSON Schema 2020-12), for validation.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

export const schemas = {
  "AccountSid": {
    "type": "string",
    "pattern": "^AC[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ConversationSid": {
    "type": "string",
    "pattern": "^CH[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "MessageSid": {
    "type": "string",
    "pattern": "^IM[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ChatServiceSid": {
    "type": "string",
    "pattern": "^IS[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ParticipantSid": {
    "type": "string",
    "pattern": "^MB[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "MediaSid": {
    "type": "string",
    "pattern": "^ME[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ContentSid": {
    "type": "string",
    "pattern": "^HX[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "JsonText": {
    "type": "string",
    "contentMediaType": "application/json"
  },
  "MessageAuthor": {
    "type": "string"
  },
  "MessageBody": {
    "type": "string",
    "x-max-bytes": 32768
  },
  "MessageAttributes": {
    "$ref": "#/components/schemas/JsonText",
    "type": "string",
    "x-max-bytes": 4096
  },
  "MessageSubject": {
    "type": "string",
    "maxLength": 256
  },
  "Timestamp": {
    "type": "string",
    "format": "date-time"
  },
  "DeliveryStatus": {
    "type": "string",
    "enum": [
      "all",
      "some",
      "none"
    ]
  },
  "DeliveryReceiptSid": {
    "type": "string",
    "pattern": "^DY[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ChannelMessageSid": {
    "type": "string",
    "pattern": "^[a-zA-Z]{2}[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ReceiptStatus": {
    "type": "string",
    "enum": [
      "sent",
      "delivered",
      "read",
      "failed",
      "undelivered"
    ]
  },
  "CreateMessageRequest": {
    "type": "object",
    "additionalProperties": false,
    "x-advisory-keywords": [
      "additionalProperties"
    ],
    "properties": {
      "Author": {
        "$ref": "#/components/schemas/MessageAuthor",
        "default": "system"
      },
      "Body": {
        "$ref": "#/components/schemas/MessageBody"
      },
      "DateCreated": {
        "$ref": "#/components/schemas/Timestamp"
      },
      "DateUpdated": {
        "$ref": "#/components/schemas/Timestamp"
      },
      "Attributes": {
        "$ref": "#/components/schemas/MessageAttributes",
        "default": "{}"
      },
      "MediaSid": {
        "$ref": "#/components/schemas/MediaSid"
      },
      "ContentSid": {
        "$ref": "#/components/schemas/ContentSid"
      },
      "ContentVariables": {
        "$ref": "#/components/schemas/JsonText"
      },
      "Subject": {
        "$ref": "#/components/schemas/MessageSubject"
      }
    }
  },
  "UpdateMessageRequest": {
    "type": "object",
    "additionalProperties": false,
    "x-advisory-keywords": [
      "additionalProperties"
    ],
    "properties": {
      "Author": {
        "$ref": "#/components/schemas/MessageAuthor"
      },
      "Body": {
        "$ref": "#/components/schemas/MessageBody"
      },
      "DateCreated": {
        "$ref": "#/components/schemas/Timestamp"
      },
      "DateUpdated": {
        "$ref": "#/components/schemas/Timestamp"
      },
      "Attributes": {
        "$ref": "#/components/schemas/MessageAttributes"
      },
      "Subject": {
        "$ref": "#/components/schemas/MessageSubject"
      }
    }
  },
  "Message": {
    "type": "object",
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
    "properties": {
      "account_sid": {
        "$ref": "#/components/schemas/AccountSid"
      },
      "conversation_sid": {
        "$ref": "#/components/schemas/ConversationSid"
      },
      "sid": {
        "$ref": "#/components/schemas/MessageSid"
      },
      "index": {
        "type": "integer",
        "minimum": 0
      },
      "author": {
        "type": "string"
      },
      "body": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/MessageBody"
          },
          {
            "type": "null"
          }
        ]
      },
      "media": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "$ref": "#/components/schemas/MessageMedia"
        }
      },
      "attributes": {
        "$ref": "#/components/schemas/MessageAttributes"
      },
      "participant_sid": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/ParticipantSid"
          },
          {
            "type": "null"
          }
        ]
      },
      "date_created": {
        "type": "string",
        "format": "date-time"
      },
      "date_updated": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time"
      },
      "url": {
        "type": "string",
        "format": "uri"
      },
      "delivery": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/MessageDelivery"
          },
          {
            "type": "null"
          }
        ]
      },
      "links": {
        "$ref": "#/components/schemas/MessageLinks"
      },
      "content_sid": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/ContentSid"
          },
          {
            "type": "null"
          }
        ]
      }
    }
  },
  "ServiceMessage": {
    "allOf": [
      {
        "$ref": "#/components/schemas/Message"
      },
      {
        "type": "object",
        "required": [
          "chat_service_sid"
        ],
        "properties": {
          "chat_service_sid": {
            "$ref": "#/components/schemas/ChatServiceSid"
          }
        }
      }
    ]
  },
  "MessageMedia": {
    "type": "object",
    "required": [
      "sid",
      "size",
      "content_type",
      "filename"
    ],
    "properties": {
      "sid": {
        "$ref": "#/components/schemas/MediaSid"
      },
      "size": {
        "type": "integer",
        "minimum": 0
      },
      "content_type": {
        "type": "string"
      },
      "filename": {
        "type": [
          "string",
          "null"
        ]
      }
    }
  },
  "MessageDelivery": {
    "type": "object",
    "required": [
      "total",
      "sent",
      "delivered",
      "read",
      "failed",
      "undelivered"
    ],
    "properties": {
      "total": {
        "type": "integer",
        "minimum": 0
      },
      "sent": {
        "$ref": "#/components/schemas/DeliveryStatus"
      },
      "delivered": {
        "$ref": "#/components/schemas/DeliveryStatus"
      },
      "read": {
        "$ref": "#/components/schemas/DeliveryStatus"
      },
      "failed": {
        "$ref": "#/components/schemas/DeliveryStatus"
      },
      "undelivered": {
        "$ref": "#/components/schemas/DeliveryStatus"
      }
    }
  },
  "MessageLinks": {
    "type": "object",
    "required": [
      "delivery_receipts",
      "channel_metadata"
    ],
    "properties": {
      "delivery_receipts": {
        "type": "string",
        "format": "uri"
      },
      "channel_metadata": {
        "type": "string",
        "format": "uri"
      }
    }
  },
  "MessageList": {
    "type": "object",
    "required": [
      "meta",
      "messages"
    ],
    "properties": {
      "meta": {
        "$ref": "#/components/schemas/ListMeta"
      },
      "messages": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Message"
        }
      }
    }
  },
  "ServiceMessageList": {
    "type": "object",
    "required": [
      "meta",
      "messages"
    ],
    "properties": {
      "meta": {
        "$ref": "#/components/schemas/ListMeta"
      },
      "messages": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ServiceMessage"
        }
      }
    }
  },
  "ListMeta": {
    "type": "object",
    "required": [
      "page",
      "page_size",
      "first_page_url",
      "previous_page_url",
      "url",
      "next_page_url",
      "key"
    ],
    "properties": {
      "page": {
        "type": "integer",
        "minimum": 0
      },
      "page_size": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      "first_page_url": {
        "type": "string",
        "format": "uri"
      },
      "previous_page_url": {
        "type": [
          "string",
          "null"
        ],
        "format": "uri"
      },
      "url": {
        "type": "string",
        "format": "uri"
      },
      "next_page_url": {
        "type": [
          "string",
          "null"
        ],
        "format": "uri"
      },
      "key": {
        "type": "string"
      }
    }
  },
  "DeliveryReceipt": {
    "type": "object",
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
    "properties": {
      "account_sid": {
        "$ref": "#/components/schemas/AccountSid"
      },
      "conversation_sid": {
        "$ref": "#/components/schemas/ConversationSid"
      },
      "sid": {
        "$ref": "#/components/schemas/DeliveryReceiptSid"
      },
      "message_sid": {
        "$ref": "#/components/schemas/MessageSid"
      },
      "channel_message_sid": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/ChannelMessageSid"
          },
          {
            "type": "null"
          }
        ]
      },
      "participant_sid": {
        "$ref": "#/components/schemas/ParticipantSid"
      },
      "status": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/ReceiptStatus"
          },
          {
            "type": "null"
          }
        ]
      },
      "error_code": {
        "type": [
          "integer",
          "null"
        ]
      },
      "date_created": {
        "type": "string",
        "format": "date-time"
      },
      "date_updated": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time"
      },
      "url": {
        "type": "string",
        "format": "uri"
      }
    }
  },
  "ServiceDeliveryReceipt": {
    "allOf": [
      {
        "$ref": "#/components/schemas/DeliveryReceipt"
      },
      {
        "type": "object",
        "required": [
          "chat_service_sid"
        ],
        "properties": {
          "chat_service_sid": {
            "$ref": "#/components/schemas/ChatServiceSid"
          }
        }
      }
    ]
  },
  "DeliveryReceiptList": {
    "type": "object",
    "required": [
      "meta",
      "delivery_receipts"
    ],
    "properties": {
      "meta": {
        "$ref": "#/components/schemas/ListMeta"
      },
      "delivery_receipts": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/DeliveryReceipt"
        }
      }
    }
  },
  "ServiceDeliveryReceiptList": {
    "type": "object",
    "required": [
      "meta",
      "delivery_receipts"
    ],
    "properties": {
      "meta": {
        "$ref": "#/components/schemas/ListMeta"
      },
      "delivery_receipts": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ServiceDeliveryReceipt"
        }
      }
    }
  },
  "WebhookEventType": {
    "type": "string"
  },
  "WebhookSource": {
    "type": "string"
  },
  "WebhookEvent": {
    "type": "object",
    "required": [
      "AccountSid",
      "EventType",
      "Source"
    ],
    "properties": {
      "AccountSid": {
        "$ref": "#/components/schemas/AccountSid"
      },
      "EventType": {
        "$ref": "#/components/schemas/WebhookEventType"
      },
      "Source": {
        "$ref": "#/components/schemas/WebhookSource"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "MessageEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/WebhookEvent"
      },
      {
        "type": "object",
        "required": [
          "ConversationSid",
          "Author",
          "Attributes"
        ],
        "properties": {
          "ConversationSid": {
            "$ref": "#/components/schemas/ConversationSid"
          },
          "ChatServiceSid": {
            "$ref": "#/components/schemas/ChatServiceSid"
          },
          "Body": {
            "$ref": "#/components/schemas/MessageBody"
          },
          "Author": {
            "$ref": "#/components/schemas/MessageAuthor"
          },
          "ParticipantSid": {
            "$ref": "#/components/schemas/ParticipantSid"
          },
          "Attributes": {
            "$ref": "#/components/schemas/MessageAttributes"
          },
          "Media": {
            "$ref": "#/components/schemas/JsonText"
          }
        }
      }
    ]
  },
  "StoredMessageEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/MessageEvent"
      },
      {
        "type": "object",
        "required": [
          "MessageSid",
          "Index",
          "DateCreated"
        ],
        "properties": {
          "MessageSid": {
            "$ref": "#/components/schemas/MessageSid"
          },
          "Index": {
            "type": "integer",
            "minimum": 0
          },
          "DateCreated": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    ]
  },
  "OnMessageAddEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/MessageEvent"
      },
      {
        "type": "object",
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onMessageAdd"
            ]
          }
        }
      }
    ]
  },
  "OnMessageUpdateEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/StoredMessageEvent"
      },
      {
        "type": "object",
        "required": [
          "DateUpdated"
        ],
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onMessageUpdate"
            ]
          },
          "DateUpdated": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    ]
  },
  "OnMessageRemoveEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/StoredMessageEvent"
      },
      {
        "type": "object",
        "required": [
          "DateUpdated"
        ],
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onMessageRemove"
            ]
          },
          "DateUpdated": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    ]
  },
  "OnMessageAddedEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/StoredMessageEvent"
      },
      {
        "type": "object",
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onMessageAdded"
            ]
          },
          "MessagingServiceSid": {
            "type": "string",
            "pattern": "^MG[0-9a-fA-F]{32}$",
            "minLength": 34,
            "maxLength": 34
          }
        }
      }
    ]
  },
  "OnMessageUpdatedEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/StoredMessageEvent"
      },
      {
        "type": "object",
        "required": [
          "DateUpdated"
        ],
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onMessageUpdated"
            ]
          },
          "DateUpdated": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    ]
  },
  "OnMessageRemovedEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/StoredMessageEvent"
      },
      {
        "type": "object",
        "required": [
          "DateUpdated",
          "DateRemoved"
        ],
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onMessageRemoved"
            ]
          },
          "DateUpdated": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "DateRemoved": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    ]
  },
  "OnDeliveryUpdatedEvent": {
    "allOf": [
      {
        "$ref": "#/components/schemas/WebhookEvent"
      },
      {
        "type": "object",
        "required": [
          "ConversationSid",
          "ChatServiceSid",
          "MessageSid",
          "DeliveryReceiptSid",
          "ParticipantSid",
          "Status",
          "DateCreated"
        ],
        "properties": {
          "EventType": {
            "$ref": "#/components/schemas/WebhookEventType",
            "enum": [
              "onDeliveryUpdated"
            ]
          },
          "ConversationSid": {
            "$ref": "#/components/schemas/ConversationSid"
          },
          "ChatServiceSid": {
            "$ref": "#/components/schemas/ChatServiceSid"
          },
          "MessageSid": {
            "$ref": "#/components/schemas/MessageSid"
          },
          "DeliveryReceiptSid": {
            "$ref": "#/components/schemas/DeliveryReceiptSid"
          },
          "ChannelMessageSid": {
            "$ref": "#/components/schemas/ChannelMessageSid"
          },
          "ParticipantSid": {
            "$ref": "#/components/schemas/ParticipantSid"
          },
          "Status": {
            "$ref": "#/components/schemas/ReceiptStatus"
          },
          "ErrorCode": {
            "type": "integer"
          },
          "DateCreated": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "DateUpdated": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    ]
  },
  "PreEventAnswer": {
    "type": "object",
    "properties": {
      "body": {
        "$ref": "#/components/schemas/MessageBody"
      },
      "author": {
        "$ref": "#/components/schemas/MessageAuthor"
      },
      "attributes": {
        "$ref": "#/components/schemas/MessageAttributes"
      }
    }
  },
  "TwilioError": {
    "type": "object",
    "required": [
      "code",
      "message",
      "more_info",
      "status"
    ],
    "properties": {
      "code": {
        "type": "integer"
      },
      "message": {
        "type": "string"
      },
      "more_info": {
        "type": "string",
        "format": "uri"
      },
      "status": {
        "type": "integer"
      },
      "details": {
        "type": "object",
        "additionalProperties": true
      }
    }
  }
} as const;
