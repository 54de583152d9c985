// GENERATED FILE - DO NOT EDIT. The webhooks Twilio sends: when, how, their fields and what an answer may hold.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

export const webhooks = {
  "onMessageAdd": {
    "method": "POST",
    "phase": "pre",
    "resource": "Conversations/Messages",
    "actions": [
      "create"
    ],
    "timeoutMs": 5000,
    "onTimeout": "proceed",
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onMessageAdd"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Body": {
        "type": "string",
        "x-max-bytes": 32768
      },
      "Author": {
        "type": "string"
      },
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Attributes": {
        "type": "string",
        "x-max-bytes": 4096,
        "contentMediaType": "application/json"
      },
      "Media": {
        "type": "string",
        "contentMediaType": "application/json"
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "Author",
      "Attributes"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "Body": "body",
      "Author": "author",
      "ParticipantSid": "participant_sid",
      "Attributes": "attributes",
      "Media": "media"
    },
    "answer": {
      "fields": {
        "body": {
          "type": "string",
          "x-max-bytes": 32768
        },
        "author": {
          "type": "string"
        },
        "attributes": {
          "type": "string",
          "x-max-bytes": 4096,
          "contentMediaType": "application/json"
        }
      },
      "resourceFields": {
        "body": "body",
        "author": "author",
        "attributes": "attributes"
      }
    },
    "rejectedAnswer": {
      "status": 422,
      "code": 11217,
      "message": "The pre-event webhook rejected the action",
      "more_info": "https://www.twilio.com/docs/errors/11217"
    }
  },
  "onMessageUpdate": {
    "method": "POST",
    "phase": "pre",
    "resource": "Conversations/Messages",
    "actions": [
      "update"
    ],
    "timeoutMs": 5000,
    "onTimeout": "proceed",
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onMessageUpdate"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Body": {
        "type": "string",
        "x-max-bytes": 32768
      },
      "Author": {
        "type": "string"
      },
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Attributes": {
        "type": "string",
        "x-max-bytes": 4096,
        "contentMediaType": "application/json"
      },
      "Media": {
        "type": "string",
        "contentMediaType": "application/json"
      },
      "MessageSid": {
        "type": "string",
        "pattern": "^IM[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Index": {
        "type": "integer",
        "minimum": 0
      },
      "DateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "DateUpdated": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "Author",
      "Attributes",
      "MessageSid",
      "Index",
      "DateCreated",
      "DateUpdated"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "Body": "body",
      "Author": "author",
      "ParticipantSid": "participant_sid",
      "Attributes": "attributes",
      "Media": "media",
      "MessageSid": "sid",
      "Index": "index",
      "DateCreated": "date_created",
      "DateUpdated": "date_updated"
    },
    "answer": {
      "fields": {
        "body": {
          "type": "string",
          "x-max-bytes": 32768
        },
        "author": {
          "type": "string"
        },
        "attributes": {
          "type": "string",
          "x-max-bytes": 4096,
          "contentMediaType": "application/json"
        }
      },
      "resourceFields": {
        "body": "body",
        "author": "author",
        "attributes": "attributes"
      }
    },
    "rejectedAnswer": {
      "status": 422,
      "code": 11217,
      "message": "The pre-event webhook rejected the action",
      "more_info": "https://www.twilio.com/docs/errors/11217"
    }
  },
  "onMessageRemove": {
    "method": "POST",
    "phase": "pre",
    "resource": "Conversations/Messages",
    "actions": [
      "delete"
    ],
    "timeoutMs": 5000,
    "onTimeout": "proceed",
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onMessageRemove"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Body": {
        "type": "string",
        "x-max-bytes": 32768
      },
      "Author": {
        "type": "string"
      },
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Attributes": {
        "type": "string",
        "x-max-bytes": 4096,
        "contentMediaType": "application/json"
      },
      "Media": {
        "type": "string",
        "contentMediaType": "application/json"
      },
      "MessageSid": {
        "type": "string",
        "pattern": "^IM[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Index": {
        "type": "integer",
        "minimum": 0
      },
      "DateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "DateUpdated": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "Author",
      "Attributes",
      "MessageSid",
      "Index",
      "DateCreated",
      "DateUpdated"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "Body": "body",
      "Author": "author",
      "ParticipantSid": "participant_sid",
      "Attributes": "attributes",
      "Media": "media",
      "MessageSid": "sid",
      "Index": "index",
      "DateCreated": "date_created",
      "DateUpdated": "date_updated"
    },
    "rejectedAnswer": {
      "status": 422,
      "code": 11217,
      "message": "The pre-event webhook rejected the action",
      "more_info": "https://www.twilio.com/docs/errors/11217"
    }
  },
  "onMessageAdded": {
    "method": "POST",
    "phase": "post",
    "resource": "Conversations/Messages",
    "actions": [
      "create"
    ],
    "timeoutMs": 5000,
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onMessageAdded"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Body": {
        "type": "string",
        "x-max-bytes": 32768
      },
      "Author": {
        "type": "string"
      },
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Attributes": {
        "type": "string",
        "x-max-bytes": 4096,
        "contentMediaType": "application/json"
      },
      "Media": {
        "type": "string",
        "contentMediaType": "application/json"
      },
      "MessageSid": {
        "type": "string",
        "pattern": "^IM[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Index": {
        "type": "integer",
        "minimum": 0
      },
      "DateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "MessagingServiceSid": {
        "type": "string",
        "pattern": "^MG[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "Author",
      "Attributes",
      "MessageSid",
      "Index",
      "DateCreated"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "Body": "body",
      "Author": "author",
      "ParticipantSid": "participant_sid",
      "Attributes": "attributes",
      "Media": "media",
      "MessageSid": "sid",
      "Index": "index",
      "DateCreated": "date_created"
    }
  },
  "onMessageUpdated": {
    "method": "POST",
    "phase": "post",
    "resource": "Conversations/Messages",
    "actions": [
      "update"
    ],
    "timeoutMs": 5000,
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onMessageUpdated"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Body": {
        "type": "string",
        "x-max-bytes": 32768
      },
      "Author": {
        "type": "string"
      },
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Attributes": {
        "type": "string",
        "x-max-bytes": 4096,
        "contentMediaType": "application/json"
      },
      "Media": {
        "type": "string",
        "contentMediaType": "application/json"
      },
      "MessageSid": {
        "type": "string",
        "pattern": "^IM[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Index": {
        "type": "integer",
        "minimum": 0
      },
      "DateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "DateUpdated": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "Author",
      "Attributes",
      "MessageSid",
      "Index",
      "DateCreated",
      "DateUpdated"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "Body": "body",
      "Author": "author",
      "ParticipantSid": "participant_sid",
      "Attributes": "attributes",
      "Media": "media",
      "MessageSid": "sid",
      "Index": "index",
      "DateCreated": "date_created",
      "DateUpdated": "date_updated"
    }
  },
  "onMessageRemoved": {
    "method": "POST",
    "phase": "post",
    "resource": "Conversations/Messages",
    "actions": [
      "delete"
    ],
    "timeoutMs": 5000,
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onMessageRemoved"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Body": {
        "type": "string",
        "x-max-bytes": 32768
      },
      "Author": {
        "type": "string"
      },
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Attributes": {
        "type": "string",
        "x-max-bytes": 4096,
        "contentMediaType": "application/json"
      },
      "Media": {
        "type": "string",
        "contentMediaType": "application/json"
      },
      "MessageSid": {
        "type": "string",
        "pattern": "^IM[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Index": {
        "type": "integer",
        "minimum": 0
      },
      "DateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "DateUpdated": {
        "type": "string",
        "format": "date-time"
      },
      "DateRemoved": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "Author",
      "Attributes",
      "MessageSid",
      "Index",
      "DateCreated",
      "DateUpdated",
      "DateRemoved"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "Body": "body",
      "Author": "author",
      "ParticipantSid": "participant_sid",
      "Attributes": "attributes",
      "Media": "media",
      "MessageSid": "sid",
      "Index": "index",
      "DateCreated": "date_created",
      "DateUpdated": "date_updated"
    }
  },
  "onDeliveryUpdated": {
    "method": "POST",
    "phase": "post",
    "resource": "Conversations/Messages/Receipts",
    "actions": [
      "create",
      "update"
    ],
    "timeoutMs": 5000,
    "contentType": "application/x-www-form-urlencoded",
    "fields": {
      "AccountSid": {
        "type": "string",
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "EventType": {
        "type": "string",
        "enum": [
          "onDeliveryUpdated"
        ]
      },
      "Source": {
        "type": "string"
      },
      "ClientIdentity": {
        "type": "string"
      },
      "RetryCount": {
        "type": "integer",
        "minimum": 0
      },
      "ConversationSid": {
        "type": "string",
        "pattern": "^CH[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "ChatServiceSid": {
        "type": "string",
        "pattern": "^IS[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "MessageSid": {
        "type": "string",
        "pattern": "^IM[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
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
      "ParticipantSid": {
        "type": "string",
        "pattern": "^MB[0-9a-fA-F]{32}$",
        "minLength": 34,
        "maxLength": 34
      },
      "Status": {
        "type": "string",
        "enum": [
          "sent",
          "delivered",
          "read",
          "failed",
          "undelivered"
        ]
      },
      "ErrorCode": {
        "type": "integer"
      },
      "DateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "DateUpdated": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "AccountSid",
      "EventType",
      "Source",
      "ConversationSid",
      "ChatServiceSid",
      "MessageSid",
      "DeliveryReceiptSid",
      "ParticipantSid",
      "Status",
      "DateCreated"
    ],
    "resourceFields": {
      "AccountSid": "account_sid",
      "ConversationSid": "conversation_sid",
      "ChatServiceSid": "chat_service_sid",
      "MessageSid": "message_sid",
      "DeliveryReceiptSid": "sid",
      "ChannelMessageSid": "channel_message_sid",
      "ParticipantSid": "participant_sid",
      "Status": "status",
      "ErrorCode": "error_code",
      "DateCreated": "date_created",
      "DateUpdated": "date_updated"
    }
  }
} as const;

/** The spec's examples of each event's request body, by name (fields as the schema types them). */
export const webhookExamples = {
  "onMessageAdd": {
    "from-sdk": {
      "EventType": "onMessageAdd",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "SDK",
      "ClientIdentity": "dave",
      "RetryCount": 0,
      "Author": "dave",
      "ParticipantSid": "MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Body": "Hello",
      "Attributes": "{}"
    }
  },
  "onMessageUpdate": {
    "from-api": {
      "EventType": "onMessageUpdate",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "API",
      "RetryCount": 0,
      "Index": 0,
      "Author": "system",
      "Body": "Hello",
      "Attributes": "{}",
      "DateCreated": "2024-01-02T03:04:05.000Z",
      "DateUpdated": "2024-01-02T03:04:05.000Z"
    }
  },
  "onMessageRemove": {
    "from-api": {
      "EventType": "onMessageRemove",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "API",
      "RetryCount": 0,
      "Index": 0,
      "Author": "system",
      "Body": "Hello",
      "Attributes": "{}",
      "DateCreated": "2024-01-02T03:04:05.000Z",
      "DateUpdated": "2024-01-02T03:04:05.000Z"
    }
  },
  "onMessageAdded": {
    "from-sdk": {
      "EventType": "onMessageAdded",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "SDK",
      "ClientIdentity": "dave",
      "RetryCount": 0,
      "Index": 33,
      "Author": "dave",
      "ParticipantSid": "MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Body": "Hello",
      "Attributes": "{}",
      "DateCreated": "2021-08-10T18:00:58.111Z"
    },
    "from-sms": {
      "EventType": "onMessageAdded",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessagingServiceSid": "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "SMS",
      "RetryCount": 0,
      "Index": 0,
      "Author": "+15555550100",
      "ParticipantSid": "MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Body": "Hi there",
      "Attributes": "{}",
      "DateCreated": "2022-05-18T13:42:17.312Z"
    }
  },
  "onMessageUpdated": {
    "from-api": {
      "EventType": "onMessageUpdated",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "API",
      "RetryCount": 0,
      "Index": 0,
      "Author": "system",
      "Body": "Hello again",
      "Attributes": "{}",
      "DateCreated": "2024-01-02T03:04:05.000Z",
      "DateUpdated": "2024-01-02T03:05:00.000Z"
    }
  },
  "onMessageRemoved": {
    "from-api": {
      "EventType": "onMessageRemoved",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "API",
      "RetryCount": 0,
      "Index": 0,
      "Author": "system",
      "Body": "Hello",
      "Attributes": "{}",
      "DateCreated": "2024-01-02T03:04:05.000Z",
      "DateUpdated": "2024-01-02T03:04:05.000Z",
      "DateRemoved": "2024-01-02T03:06:00.000Z"
    }
  },
  "onDeliveryUpdated": {
    "read": {
      "EventType": "onDeliveryUpdated",
      "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "DeliveryReceiptSid": "DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ChannelMessageSid": "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ParticipantSid": "MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Source": "API",
      "RetryCount": 0,
      "Status": "read",
      "ErrorCode": 0,
      "DateCreated": "2024-01-02T03:04:05.000Z",
      "DateUpdated": "2024-01-02T03:05:00.000Z"
    }
  }
} as const;

/** How webhooks are signed: the header, and the algorithm (the security scheme with x-signature). */
export const signature = {
  "header": "X-Twilio-Signature",
  "algorithm": "hmac-sha1"
} as const;

export type WebhookEvent = keyof typeof webhooks;

type FieldSchema = { readonly [keyword: string]: unknown };
export interface WebhookEntry {
  readonly method: string;
  /** "pre": sent before the action, which waits for the answer; "post": sent after it. */
  readonly phase: "pre" | "post";
  /** The resource (literal path segments below the version) whose actions fire it. */
  readonly resource: string;
  readonly actions: readonly string[];
  /** How long Twilio waits for the answer, when the spec says. */
  readonly timeoutMs?: number;
  /** What happens when no answer comes in time: "proceed", the action goes ahead unchanged (pre-events). */
  readonly onTimeout?: string;
  readonly contentType: string;
  readonly fields: { readonly [field: string]: FieldSchema };
  readonly required: readonly string[];
  /** The field of the resource each event field carries (x-resource-field). */
  readonly resourceFields: { readonly [field: string]: string };
  /** What a 2xx answer's JSON body may set (pre-events), and the resource field each sets. */
  readonly answer?: {
    readonly fields: { readonly [field: string]: FieldSchema };
    readonly resourceFields: { readonly [field: string]: string };
  };
  /** What the REST caller gets when a pre-event rejects its action (the spec's x-rest-answer). */
  readonly rejectedAnswer?: { readonly status: number; readonly code: number; readonly message: string; readonly more_info: string };
}
/** Every webhook, typed as WebhookEntry. */
export const webhookTable: { readonly [K in WebhookEvent]: WebhookEntry } = webhooks;
