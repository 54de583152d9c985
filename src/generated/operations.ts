// GENERATED FILE - DO NOT EDIT. Request constraints of every operation, the servers they are served from, and Twilio's error bodies.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

import type { fields } from "./fields.js";

export const operations = {
  "ListConversationMessage": {
    "method": "GET",
    "path": "/v1/Conversations/{ConversationSid}/Messages",
    "success": 200,
    "returns": "MessageList",
    "pagination": {
      "items": "messages",
      "sortedBy": "index",
      "parameters": {
        "order": "Order",
        "pageSize": "PageSize",
        "page": "Page",
        "pageToken": "PageToken"
      },
      "meta": {
        "at": "meta",
        "page": "page",
        "pageSize": "page_size",
        "url": "url",
        "firstPageUrl": "first_page_url",
        "previousPageUrl": "previous_page_url",
        "nextPageUrl": "next_page_url",
        "key": "key"
      }
    },
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Order",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "asc"
        }
      },
      {
        "name": "PageSize",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        }
      },
      {
        "name": "Page",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "PageToken",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ]
  },
  "CreateConversationMessage": {
    "method": "POST",
    "path": "/v1/Conversations/{ConversationSid}/Messages",
    "success": 201,
    "returns": "Message",
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "X-Twilio-Webhook-Enabled",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    ],
    "body": {
      "contentType": "application/x-www-form-urlencoded",
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "x-advisory-keywords": [
          "additionalProperties"
        ],
        "properties": {
          "Author": {
            "default": "system",
            "type": "string"
          },
          "Body": {
            "type": "string",
            "x-max-bytes": 32768
          },
          "DateCreated": {
            "type": "string",
            "format": "date-time"
          },
          "DateUpdated": {
            "type": "string",
            "format": "date-time"
          },
          "Attributes": {
            "default": "{}",
            "type": "string",
            "x-max-bytes": 4096,
            "contentMediaType": "application/json"
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
          "ContentVariables": {
            "type": "string",
            "contentMediaType": "application/json"
          },
          "Subject": {
            "type": "string",
            "maxLength": 256
          }
        }
      }
    }
  },
  "FetchConversationMessage": {
    "method": "GET",
    "path": "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
    "success": 200,
    "returns": "Message",
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      }
    ]
  },
  "UpdateConversationMessage": {
    "method": "POST",
    "path": "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
    "success": 200,
    "returns": "Message",
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "X-Twilio-Webhook-Enabled",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    ],
    "body": {
      "contentType": "application/x-www-form-urlencoded",
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "x-advisory-keywords": [
          "additionalProperties"
        ],
        "properties": {
          "Author": {
            "type": "string"
          },
          "Body": {
            "type": "string",
            "x-max-bytes": 32768
          },
          "DateCreated": {
            "type": "string",
            "format": "date-time"
          },
          "DateUpdated": {
            "type": "string",
            "format": "date-time"
          },
          "Attributes": {
            "type": "string",
            "x-max-bytes": 4096,
            "contentMediaType": "application/json"
          },
          "Subject": {
            "type": "string",
            "maxLength": 256
          }
        }
      }
    }
  },
  "DeleteConversationMessage": {
    "method": "DELETE",
    "path": "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
    "success": 204,
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "X-Twilio-Webhook-Enabled",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    ]
  },
  "ListConversationMessageReceipt": {
    "method": "GET",
    "path": "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts",
    "success": 200,
    "returns": "DeliveryReceiptList",
    "pagination": {
      "items": "delivery_receipts",
      "parameters": {
        "pageSize": "PageSize",
        "page": "Page",
        "pageToken": "PageToken"
      },
      "meta": {
        "at": "meta",
        "page": "page",
        "pageSize": "page_size",
        "url": "url",
        "firstPageUrl": "first_page_url",
        "previousPageUrl": "previous_page_url",
        "nextPageUrl": "next_page_url",
        "key": "key"
      }
    },
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "MessageSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "PageSize",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        }
      },
      {
        "name": "Page",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "PageToken",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ]
  },
  "FetchConversationMessageReceipt": {
    "method": "GET",
    "path": "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}",
    "success": 200,
    "returns": "DeliveryReceipt",
    "parameters": [
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "MessageSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^DY[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      }
    ]
  },
  "ListServiceConversationMessage": {
    "method": "GET",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
    "success": 200,
    "returns": "ServiceMessageList",
    "pagination": {
      "items": "messages",
      "sortedBy": "index",
      "parameters": {
        "order": "Order",
        "pageSize": "PageSize",
        "page": "Page",
        "pageToken": "PageToken"
      },
      "meta": {
        "at": "meta",
        "page": "page",
        "pageSize": "page_size",
        "url": "url",
        "firstPageUrl": "first_page_url",
        "previousPageUrl": "previous_page_url",
        "nextPageUrl": "next_page_url",
        "key": "key"
      }
    },
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Order",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "asc"
        }
      },
      {
        "name": "PageSize",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        }
      },
      {
        "name": "Page",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "PageToken",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ]
  },
  "CreateServiceConversationMessage": {
    "method": "POST",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
    "success": 201,
    "returns": "ServiceMessage",
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "X-Twilio-Webhook-Enabled",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    ],
    "body": {
      "contentType": "application/x-www-form-urlencoded",
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "x-advisory-keywords": [
          "additionalProperties"
        ],
        "properties": {
          "Author": {
            "default": "system",
            "type": "string"
          },
          "Body": {
            "type": "string",
            "x-max-bytes": 32768
          },
          "DateCreated": {
            "type": "string",
            "format": "date-time"
          },
          "DateUpdated": {
            "type": "string",
            "format": "date-time"
          },
          "Attributes": {
            "default": "{}",
            "type": "string",
            "x-max-bytes": 4096,
            "contentMediaType": "application/json"
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
          "ContentVariables": {
            "type": "string",
            "contentMediaType": "application/json"
          },
          "Subject": {
            "type": "string",
            "maxLength": 256
          }
        }
      }
    }
  },
  "FetchServiceConversationMessage": {
    "method": "GET",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
    "success": 200,
    "returns": "ServiceMessage",
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      }
    ]
  },
  "UpdateServiceConversationMessage": {
    "method": "POST",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
    "success": 200,
    "returns": "ServiceMessage",
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "X-Twilio-Webhook-Enabled",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    ],
    "body": {
      "contentType": "application/x-www-form-urlencoded",
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "x-advisory-keywords": [
          "additionalProperties"
        ],
        "properties": {
          "Author": {
            "type": "string"
          },
          "Body": {
            "type": "string",
            "x-max-bytes": 32768
          },
          "DateCreated": {
            "type": "string",
            "format": "date-time"
          },
          "DateUpdated": {
            "type": "string",
            "format": "date-time"
          },
          "Attributes": {
            "type": "string",
            "x-max-bytes": 4096,
            "contentMediaType": "application/json"
          },
          "Subject": {
            "type": "string",
            "maxLength": 256
          }
        }
      }
    }
  },
  "DeleteServiceConversationMessage": {
    "method": "DELETE",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
    "success": 204,
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "X-Twilio-Webhook-Enabled",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      }
    ]
  },
  "ListServiceConversationMessageReceipt": {
    "method": "GET",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts",
    "success": 200,
    "returns": "ServiceDeliveryReceiptList",
    "pagination": {
      "items": "delivery_receipts",
      "parameters": {
        "pageSize": "PageSize",
        "page": "Page",
        "pageToken": "PageToken"
      },
      "meta": {
        "at": "meta",
        "page": "page",
        "pageSize": "page_size",
        "url": "url",
        "firstPageUrl": "first_page_url",
        "previousPageUrl": "previous_page_url",
        "nextPageUrl": "next_page_url",
        "key": "key"
      }
    },
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "MessageSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "PageSize",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        }
      },
      {
        "name": "Page",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "PageToken",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ]
  },
  "FetchServiceConversationMessageReceipt": {
    "method": "GET",
    "path": "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}",
    "success": 200,
    "returns": "ServiceDeliveryReceipt",
    "parameters": [
      {
        "name": "ChatServiceSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IS[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "ConversationSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "MessageSid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^IM[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      },
      {
        "name": "Sid",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^DY[0-9a-fA-F]{32}$",
          "minLength": 34,
          "maxLength": 34
        }
      }
    ]
  }
} as const;

/** Schemas the client checks outside a request: the account a client acts for. */
export const namedSchemas = {
  "AccountSid": {
    "type": "string",
    "pattern": "^AC[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  }
} as const;

export const servers = [
  "https://conversations.twilio.com"
] as const;

/** Twilio's answer to an invalid request (the spec's example of its 400): status, code, page. */
export const invalidRequest = {
  "status": 400,
  "code": 20001,
  "more_info": "https://www.twilio.com/docs/errors/20001"
} as const;

export type OperationId = keyof typeof operations;

/** A JSON Schema of a parameter or body field, documentation dropped. */
export type SchemaEntry = { readonly [keyword: string]: unknown };
export interface ParameterEntry {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: SchemaEntry;
}
/** How a list pages (the spec's x-pagination): which names its items, order, parameters and meta have. */
export interface PaginationEntry {
  readonly items: string;
  /** The field the items are ordered by; absent when the list documents no order. */
  readonly sortedBy?: string;
  readonly parameters: {
    readonly order?: string;
    readonly pageSize: string;
    readonly page: string;
    readonly pageToken: string;
  };
  readonly meta: {
    readonly [K in "at" | "page" | "pageSize" | "url" | "firstPageUrl" | "previousPageUrl" | "nextPageUrl" | "key"]: string;
  };
}
export interface OperationEntry {
  readonly method: string;
  readonly path: string;
  readonly success: number;
  /** The component schema the success answer holds. */
  readonly returns?: keyof typeof fields;
  readonly pagination?: PaginationEntry;
  readonly parameters: readonly ParameterEntry[];
  readonly body?: {
    readonly contentType: string;
    readonly schema: SchemaEntry & {
      readonly properties: { readonly [field: string]: SchemaEntry };
      readonly "x-advisory-keywords"?: readonly string[];
    };
  };
}
/** Every operation, typed as OperationEntry. */
export const operationTable: { readonly [K in OperationId]: OperationEntry } = operations;
