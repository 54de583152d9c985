// The typed fetch client: all ten operations against the Prism mock, and compile-time checks of
// paths, parameters and fields (the `@ts-expect-error` lines fail `npm run typecheck` if they ever
// stop being errors).
import { describe, expect, expectTypeOf, it } from "vitest";
import { type components, createConversationsClient, ValidationError } from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  prismUrl,
  recordingFetch,
  responseExample,
  SERVICE_SID,
} from "../support/fixtures";

type Message = components["schemas"]["Message"];
type MessageList = components["schemas"]["MessageList"];
type ServiceMessage = components["schemas"]["ServiceMessage"];
type ServiceMessageList = components["schemas"]["ServiceMessageList"];

function setup() {
  const recorder = recordingFetch();
  const client = createConversationsClient({
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    baseUrl: prismUrl(),
    fetch: recorder.fetch,
  });
  return { client, requests: recorder.requests };
}

const conversation = { ConversationSid: CONVERSATION_SID };
const message = { ConversationSid: CONVERSATION_SID, Sid: MESSAGE_SID };
const inService = { ChatServiceSid: SERVICE_SID, ConversationSid: CONVERSATION_SID };
const messageInService = { ...inService, Sid: MESSAGE_SID };

describe("typed client, all ten operations", () => {
  it("CreateConversationMessage", async () => {
    const { client, requests } = setup();
    const { data, error, response } = await client.POST("/v1/Conversations/{ConversationSid}/Messages", {
      params: { path: conversation, header: { "X-Twilio-Webhook-Enabled": "true" } },
      body: { Author: "smee", Body: "Ahoy there!", DateCreated: "2015-12-16T22:18:37Z" },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual(responseExample("create"));
    expectTypeOf(data).toEqualTypeOf<Message | undefined>();
    expect(requests[0]?.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);
    expect(requests[0]?.headers.get("x-twilio-webhook-enabled")).toBe("true");
  });

  it("ListConversationMessage", async () => {
    const { client, requests } = setup();
    const { data, response } = await client.GET("/v1/Conversations/{ConversationSid}/Messages", {
      params: { path: conversation, query: { Order: "desc", PageSize: 20 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(responseExample("list"));
    expectTypeOf(data).toEqualTypeOf<MessageList | undefined>();
    expect(requests[0]?.url.search).toBe("?Order=desc&PageSize=20");
  });

  it("FetchConversationMessage", async () => {
    const { client } = setup();
    const { data, response } = await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: message },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(responseExample("fetch"));
  });

  it("UpdateConversationMessage", async () => {
    const { client } = setup();
    const { data, response } = await client.POST("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: message },
      body: { Author: "regretfulUser", Body: "I take back what I said" },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(responseExample("update"));
  });

  it("DeleteConversationMessage", async () => {
    const { client } = setup();
    const { data, error, response } = await client.DELETE(
      "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
      {
        params: { path: message },
      },
    );
    expect([response.status, data, error]).toEqual([204, undefined, undefined]);
  });

  it("CreateServiceConversationMessage", async () => {
    const { client, requests } = setup();
    const { data, response } = await client.POST(
      "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
      { params: { path: inService }, body: { Author: "smee", Body: "Ahoy there!" } },
    );
    expect(response.status).toBe(201);
    expect(data).toEqual(responseExample("service-create"));
    expect(requests[0]?.url.pathname).toBe(
      `/v1/Services/${SERVICE_SID}/Conversations/${CONVERSATION_SID}/Messages`,
    );
  });

  it("ListServiceConversationMessage", async () => {
    const { client } = setup();
    const { data, response } = await client.GET(
      "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
      { params: { path: inService, query: { PageSize: 1000, Page: 0, PageToken: "PT" } } },
    );
    expect(response.status).toBe(200);
    expect(data).toEqual(responseExample("service-list"));
    expectTypeOf(data).toMatchTypeOf<ServiceMessageList | undefined>();
    expectTypeOf(data?.messages[0]?.chat_service_sid).toEqualTypeOf<string | undefined>();
  });

  it("FetchServiceConversationMessage", async () => {
    const { client } = setup();
    const { data } = await client.GET(
      "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
      { params: { path: messageInService } },
    );
    expect(data).toEqual(responseExample("service-fetch"));
    expectTypeOf(data).toMatchTypeOf<ServiceMessage | undefined>();
    expectTypeOf(data?.chat_service_sid).toEqualTypeOf<string | undefined>();
  });

  it("UpdateServiceConversationMessage", async () => {
    const { client } = setup();
    const { data } = await client.POST(
      "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
      {
        params: { path: messageInService, header: { "X-Twilio-Webhook-Enabled": "false" } },
        body: { Subject: "Re" },
      },
    );
    expect(data).toEqual(responseExample("service-update"));
  });

  it("DeleteServiceConversationMessage", async () => {
    const { client } = setup();
    const { response } = await client.DELETE(
      "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
      { params: { path: messageInService } },
    );
    expect(response.status).toBe(204);
  });

  it("an error answer comes back as Twilio's typed error body", async () => {
    const recorder = recordingFetch({ Prefer: "code=404" });
    const client = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      baseUrl: prismUrl(),
      fetch: recorder.fetch,
    });
    const { data, error, response } = await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", {
      params: { path: message },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error?.code).toBe(20404);
    expectTypeOf(error).toEqualTypeOf<components["schemas"]["TwilioError"] | undefined>();
  });
});

describe("typed client, calls that the spec refuses before sending", () => {
  it("a path that is no operation of the spec, or a call without its parameters, is a ValidationError", async () => {
    const { client, requests } = setup();
    const loose = client as unknown as { GET(path: string, init?: object): Promise<unknown> };
    const unknown = await loose
      .GET("/v1/Conversations/{ConversationSid}/Participants")
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown).toMatchObject({
      field: "url",
      rule: "unknown",
      message:
        "GET /v1/Conversations/{ConversationSid}/Participants is not an operation of the spec; nothing was sent",
    });
    // No init at all: the missing path parameter is named, not a TypeError.
    const bare = await loose.GET("/v1/Conversations/{ConversationSid}/Messages").catch((e: unknown) => e);
    expect(bare).toBeInstanceOf(ValidationError);
    expect((bare as ValidationError).rule).toBe("required");
    expect(requests).toHaveLength(0);
  });
});

describe("typed client, compile-time checks", () => {
  // These calls are never made: each line is a type test checked by `tsc --noEmit`.
  const { client } = setup();
  // biome-ignore format: each @ts-expect-error must stay on the line right before its call.
  const neverCalled = () => {
    // @ts-expect-error: no such path
    client.GET("/v1/Conversations/{ConversationSid}/Message", { params: { path: conversation } });
    // @ts-expect-error: Messages has no PUT
    client.PUT("/v1/Conversations/{ConversationSid}/Messages", { params: { path: conversation } });
    // @ts-expect-error: path parameter misspelt
    client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", { params: { path: { ConversationSid: "CH", sid: "IM" } } });
    // @ts-expect-error: misspelt body field
    client.POST("/v1/Conversations/{ConversationSid}/Messages", { params: { path: conversation }, body: { Bodyy: "x" } });
    // @ts-expect-error: snake_case is the response's style, not the request's
    client.POST("/v1/Conversations/{ConversationSid}/Messages", { params: { path: conversation }, body: { media_sid: "ME" } });
    // @ts-expect-error: MediaSid is only on create
    client.POST("/v1/Conversations/{ConversationSid}/Messages/{Sid}", { params: { path: message }, body: { MediaSid: "ME" } });
    // @ts-expect-error: Order is asc or desc
    client.GET("/v1/Conversations/{ConversationSid}/Messages", { params: { path: conversation, query: { Order: "up" } } });
    // @ts-expect-error: PageSize is a number
    client.GET("/v1/Conversations/{ConversationSid}/Messages", { params: { path: conversation, query: { PageSize: "5" } } });
    // @ts-expect-error: the webhook header is "true" or "false"
    client.DELETE("/v1/Conversations/{ConversationSid}/Messages/{Sid}", { params: { path: message, header: { "X-Twilio-Webhook-Enabled": true } } });
    // @ts-expect-error: the service family needs ChatServiceSid
    client.GET("/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages", { params: { path: conversation } });
  };

  it("are checked by the type check (this test only keeps them compiled)", () => {
    expectTypeOf(neverCalled).toBeFunction();
    expectTypeOf<Message["date_updated"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Message["participant_sid"]>().toEqualTypeOf<string | null>();
  });
});
