// A message's delivery receipts through the facade, with twilio-node 6.2's names and shapes, in both
// families: `messages(IM).deliveryReceipts.list / each / page / getPage / for await`,
// `messages(IM).deliveryReceipts(DY).fetch()` and a message instance's `deliveryReceipts()`. An
// answering fetch records each request and serves the spec's own receipt examples.
import { describe, expect, expectTypeOf, it } from "vitest";
import twilio, {
  type DeliveryReceiptInstance,
  type ServiceDeliveryReceiptInstance,
  ValidationError,
} from "../../src/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  RECEIPT_SID,
  responseExample,
  SERVICE_SID,
} from "../support/fixtures";
import type { Json } from "../support/spec";

// twilio-node 6.2's DeliveryReceiptInstance fields (lib/rest/conversations/v1/conversation/message/
// deliveryReceipt.d.ts), by the wire name each is read from.
const TWILIO_NODE_FIELDS = {
  accountSid: "account_sid",
  conversationSid: "conversation_sid",
  sid: "sid",
  messageSid: "message_sid",
  channelMessageSid: "channel_message_sid",
  participantSid: "participant_sid",
  status: "status",
  errorCode: "error_code",
  dateCreated: "date_created",
  dateUpdated: "date_updated",
  url: "url",
};
const DATES = ["dateCreated", "dateUpdated"];

const families = [
  {
    family: "default",
    base: `/v1/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}/Receipts`,
    messages: (client: ReturnType<typeof twilio>) =>
      client.conversations.v1.conversations(CONVERSATION_SID).messages,
    example: (name: string) => responseExample(name),
    names: TWILIO_NODE_FIELDS as Record<string, string>,
  },
  {
    family: "service",
    base: `/v1/Services/${SERVICE_SID}/Conversations/${CONVERSATION_SID}/Messages/${MESSAGE_SID}/Receipts`,
    messages: (client: ReturnType<typeof twilio>) =>
      client.conversations.v1.services(SERVICE_SID).conversations(CONVERSATION_SID).messages,
    example: (name: string) => responseExample(`service-${name}`),
    names: { ...TWILIO_NODE_FIELDS, chatServiceSid: "chat_service_sid" } as Record<string, string>,
  },
];

/** Asserts a decoded receipt holds the wire values under twilio-node's names, dates as Date. */
function expectDecoded(receipt: Json, wire: Json, names: Record<string, string>) {
  expect(Object.keys(receipt.toJSON()).sort()).toEqual(Object.keys(names).sort());
  for (const [name, wireName] of Object.entries(names)) {
    const value = wire[wireName];
    if (DATES.includes(name) && value !== null) {
      expect(receipt[name], name).toBeInstanceOf(Date);
      expect(receipt[name].getTime(), name).toBe(Date.parse(value));
    } else expect(receipt[name], name).toEqual(value);
  }
}

describe.each(families)("delivery receipts, $family family", ({ base, messages, example, names }) => {
  const list = example("receipt-list");
  const [first, second] = list.delivery_receipts;
  const origin = new URL(list.meta.url).origin;
  // The list's two receipts as two pages of one, linked by next_page_url.
  const pageOf = (index: number) => ({
    meta: {
      ...list.meta,
      page: index,
      page_size: 1,
      url: `${origin}${base}?PageSize=1&Page=${index}`,
      next_page_url: index === 0 ? `${origin}${base}?PageSize=1&Page=1&PageToken=PT1` : null,
      previous_page_url: index === 1 ? `${origin}${base}?PageSize=1&Page=0` : null,
    },
    delivery_receipts: [index === 0 ? first : second],
  });

  const setup = (
    answer: (url: URL) => unknown = (url) => pageOf(Number(url.searchParams.get("Page") ?? 0)),
  ) => {
    const requests: URL[] = [];
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, {
      fetch: async (input: RequestInfo | URL) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        requests.push(url);
        const { pathname } = url;
        if (pathname.endsWith("/Receipts")) return Response.json(answer(url));
        return Response.json(example(pathname.includes("/Receipts/") ? "receipt-fetch" : "fetch"));
      },
    });
    return { receipts: messages(client)(MESSAGE_SID).deliveryReceipts, messages: messages(client), requests };
  };

  it("page() asks the receipts path with twilio-node's option names and decodes a page", async () => {
    const { receipts, requests } = setup();
    const page = await receipts.page({ pageSize: 1, pageNumber: 0, pageToken: "PT0" });
    expect(requests[0]?.pathname).toBe(base);
    expect(Object.fromEntries(requests[0]?.searchParams ?? [])).toEqual({
      PageSize: "1",
      Page: "0",
      PageToken: "PT0",
    });
    expect(page.instances).toHaveLength(1);
    expectDecoded(page.instances[0], first, names);
    expect(page.nextPageUrl).toBe(pageOf(0).meta.next_page_url);
    const next = await page.nextPage();
    expectDecoded(next?.instances[0], second, names);
    expect(requests[1]?.searchParams.get("PageToken")).toBe("PT1");
  });

  it("list() walks every page; `for await` one receipt at a time; a limit sets the page size", async () => {
    const { receipts, requests } = setup();
    expect((await receipts.list()).map((r) => r.sid)).toEqual([first.sid, second.sid]);
    const walked: string[] = [];
    for await (const receipt of receipts.list()) walked.push(receipt.sid);
    expect(walked).toEqual([first.sid, second.sid]);
    requests.length = 0;
    expect((await receipts.list({ limit: 1 })).map((r) => r.sid)).toEqual([first.sid]);
    expect(requests.map((url) => url.searchParams.get("PageSize"))).toEqual(["1"]);
  });

  it("each() calls back per receipt and at the end; getPage() follows a link the API gave", async () => {
    const { receipts } = setup();
    const seen: string[] = [];
    let finished: unknown = "not called";
    await receipts.each({ done: (error?: unknown) => (finished = error) }, (receipt) =>
      seen.push(receipt.sid),
    );
    expect(seen).toEqual([first.sid, second.sid]);
    expect(finished).toBeUndefined();
    const page = await receipts.getPage(pageOf(0).meta.next_page_url as string);
    expect(page.instances.map((r) => r.sid)).toEqual([second.sid]);
  });

  it("deliveryReceipts(sid).fetch() gets one receipt, by promise or by callback", async () => {
    const { receipts, requests } = setup();
    const receipt = await receipts(RECEIPT_SID).fetch();
    expect(requests[0]?.pathname).toBe(`${base}/${RECEIPT_SID}`);
    expectDecoded(receipt, example("receipt-fetch"), names);
    const viaCallback = await new Promise<Json>((resolve, reject) =>
      receipts.get(RECEIPT_SID).fetch((error, result) => (error ? reject(error) : resolve(result))),
    );
    expect(viaCallback.sid).toBe(receipt.sid);
    // A receipt fetches itself again, as twilio-node's instance does.
    expect((await receipt.fetch()).sid).toBe(receipt.sid);
    expect(requests.map((url) => url.pathname)).toEqual(Array(3).fill(`${base}/${RECEIPT_SID}`));
  });

  it("a message instance's deliveryReceipts() lists that message's receipts", async () => {
    const { messages: list, requests } = setup(() => pageOf(1));
    const message = await list(MESSAGE_SID).fetch();
    const receipts = message.deliveryReceipts();
    expect(receipts.toJSON()).toMatchObject({ ConversationSid: CONVERSATION_SID, MessageSid: message.sid });
    expect((await receipts.list()).map((r) => r.sid)).toEqual([second.sid]);
    expect(requests[1]?.pathname).toBe(base);
  });

  it("an option the receipts list does not take is a ValidationError naming it, and nothing is sent", async () => {
    const { receipts, requests } = setup();
    // Messages take an order; receipts do not (the spec's list has no Order parameter).
    const error = await receipts.page({ order: "desc" } as Json).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "order", rule: "unknown" });
    expect(requests).toHaveLength(0);
  });

  it("a malformed receipt SID or page size is a ValidationError naming the field, and nothing is sent", async () => {
    const { receipts, requests } = setup();
    await expect(receipts(MESSAGE_SID).fetch()).rejects.toMatchObject({ field: "sid", rule: "pattern" });
    await expect(receipts.page({ pageSize: 0 })).rejects.toMatchObject({
      field: "pageSize",
      rule: "minimum",
    });
    expect(requests).toHaveLength(0);
  });
});

it("the receipt types are twilio-node's, with chatServiceSid in the service family", () => {
  expectTypeOf<DeliveryReceiptInstance["dateCreated"]>().toEqualTypeOf<Date>();
  expectTypeOf<DeliveryReceiptInstance["status"]>().toEqualTypeOf<
    "sent" | "delivered" | "read" | "failed" | "undelivered"
  >();
  expectTypeOf<ServiceDeliveryReceiptInstance["chatServiceSid"]>().toEqualTypeOf<string>();
  expectTypeOf<DeliveryReceiptInstance>().not.toHaveProperty("chatServiceSid");
});
