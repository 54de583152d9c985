// The typed client's receipt operations, from the generated paths: typed, checked against the spec
// before sending (a malformed MessageSid or Sid, a PageSize out of range: a ValidationError naming
// the field, nothing sent), and answered by the Prism mock with bodies of the receipt schemas.
import { describe, expect, expectTypeOf, it } from "vitest";
import { routeAt } from "../../src/core/operations.js";
import { pagingOf } from "../../src/core/paging.js";
import { type components, createConversationsClient, ValidationError } from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  prismUrl,
  RECEIPT_SID,
  recordingFetch,
  responseExample,
  SERVICE_SID,
} from "../support/fixtures";

const LIST = "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts";
const FETCH = "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}";
const SERVICE_LIST =
  "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts";
const SERVICE_FETCH = `${SERVICE_LIST}/{Sid}` as const;
const message = { ConversationSid: CONVERSATION_SID, MessageSid: MESSAGE_SID };
const inService = { ChatServiceSid: SERVICE_SID, ...message };

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

// The page-size limits, as the spec gives them for the receipts list.
const listOperation = routeAt("GET", LIST)?.operation;
const pageSize = listOperation?.parameters.find(
  (p) => p.name === pagingOf(listOperation).paging.parameters.pageSize,
)?.schema as { minimum: number; maximum: number };

describe("typed client, the receipts in both families", () => {
  it("lists and fetches a message's receipts, typed by the receipt schemas", async () => {
    const { client, requests } = setup();
    const list = await client.GET(LIST, { params: { path: message, query: { PageSize: 2 } } });
    expect(list.response.status).toBe(200);
    expect(list.data).toEqual(responseExample("receipt-list"));
    expectTypeOf(list.data).toEqualTypeOf<components["schemas"]["DeliveryReceiptList"] | undefined>();
    expect(requests[0]?.url.search).toBe("?PageSize=2");
    const one = await client.GET(FETCH, { params: { path: { ...message, Sid: RECEIPT_SID } } });
    expect(one.data).toEqual(responseExample("receipt-fetch"));
    expectTypeOf(one.data).toEqualTypeOf<components["schemas"]["DeliveryReceipt"] | undefined>();
    const service = await client.GET(SERVICE_LIST, { params: { path: inService } });
    expect(service.data).toEqual(responseExample("service-receipt-list"));
    expectTypeOf(service.data?.delivery_receipts[0]?.chat_service_sid).toEqualTypeOf<string | undefined>();
    const serviceOne = await client.GET(SERVICE_FETCH, {
      params: { path: { ...inService, Sid: RECEIPT_SID } },
    });
    expect(serviceOne.data?.chat_service_sid).toBe(SERVICE_SID);
  });

  it.each([
    ["MessageSid", LIST, { path: { ...message, MessageSid: RECEIPT_SID } }, "pattern"],
    ["Sid", FETCH, { path: { ...message, Sid: MESSAGE_SID } }, "pattern"],
    ["Sid", SERVICE_FETCH, { path: { ...inService, Sid: MESSAGE_SID } }, "pattern"],
    ["PageSize", LIST, { path: message, query: { PageSize: pageSize.minimum - 1 } }, "minimum"],
    ["PageSize", SERVICE_LIST, { path: inService, query: { PageSize: pageSize.maximum + 1 } }, "maximum"],
  ] as const)(
    "a bad %s (%s) is a ValidationError naming it, and nothing is sent",
    async (field, path, params, rule) => {
      const { client, requests } = setup();
      const loose = client as unknown as { GET(path: string, init: object): Promise<unknown> };
      const error = await loose.GET(path, { params }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field, rule });
      expect(requests).toHaveLength(0);
    },
  );

  // biome-ignore format: each @ts-expect-error must stay on the line right before its call.
  const neverCalled = (client: ReturnType<typeof createConversationsClient>) => {
    // @ts-expect-error: the receipts list needs the MessageSid
    client.GET(LIST, { params: { path: { ConversationSid: CONVERSATION_SID } } });
    // @ts-expect-error: the receipts list takes no Order
    client.GET(LIST, { params: { path: message, query: { Order: "desc" } } });
    // @ts-expect-error: receipts cannot be created
    client.POST(LIST, { params: { path: message } });
  };
  it("are checked by the type check (this test only keeps them compiled)", () => {
    expectTypeOf(neverCalled).toBeFunction();
  });
});
