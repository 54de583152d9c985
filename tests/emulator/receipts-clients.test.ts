// The package's two clients read the emulator's delivery receipts in-process (its fetch, no port),
// in both families: what `deliver()` made is listed in order, paged, walked and fetched back, and
// the message's `delivery` summary agrees with its receipts. The same through twilio-node over
// HTTP is in official-sdk.test.ts.
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/emulator/index.js";
import twilio, { createConversationsClient } from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import type { Json } from "../support/spec";

const [ALL, SOME, NONE] = spec.components.schemas.DeliveryStatus.enum as string[];
const PARTICIPANT = `MB${"b".repeat(32)}`;
const AUTH = { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` };

const families = [
  { family: "default", service: undefined, prefix: "/v1" },
  { family: "service", service: SERVICE_SID, prefix: "/v1/Services/{ChatServiceSid}" },
] as const;

/** An emulator holding one message with three receipts: one read (after sent), two sent. */
function setup(service: string | undefined) {
  const emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const where = service ? { service } : {};
  const [message] = emulator.seed(CONVERSATION_SID, [{ author: "smee", body: "Ahoy" }], where) as Json[];
  const first = emulator.deliver(
    CONVERSATION_SID,
    message.sid,
    { participantSid: PARTICIPANT, status: "sent" },
    where,
  );
  const second = emulator.deliver(CONVERSATION_SID, message.sid, { status: "sent" }, where);
  const third = emulator.deliver(CONVERSATION_SID, message.sid, { status: "sent" }, where);
  const read = emulator.deliver(
    CONVERSATION_SID,
    message.sid,
    { participantSid: PARTICIPANT, status: "read" },
    where,
  );
  expect(read.sid).toBe(first.sid);
  return { emulator, message, receipts: [read, second, third] as Json[] };
}

/** Read, then sent twice: every receipt sent, one of three delivered and read. */
const EXPECTED_SUMMARY = {
  total: 3,
  sent: ALL,
  delivered: SOME,
  read: SOME,
  failed: NONE,
  undelivered: NONE,
};

describe.each(families)("the emulator's receipts in-process, $family family", ({ service, prefix }) => {
  it("through the facade: list, page, each, for await, fetch, and the message's delivery summary", async () => {
    const { emulator, message, receipts } = setup(service);
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { fetch: emulator.fetch });
    const conversations = service
      ? client.conversations.v1.services(service).conversations
      : client.conversations.v1.conversations;
    const messages = conversations(CONVERSATION_SID).messages;
    const sids = receipts.map((r) => r.sid);

    const listed = await messages(message.sid).deliveryReceipts.list();
    expect(listed.map((r) => r.sid)).toEqual(sids);
    expect(listed[0]).toMatchObject({ messageSid: message.sid, participantSid: PARTICIPANT, status: "read" });
    expect(listed[0]?.dateUpdated).toBeInstanceOf(Date);
    if (service) expect((listed[0] as { chatServiceSid?: string }).chatServiceSid).toBe(service);

    const page = await messages(message.sid).deliveryReceipts.page({ pageSize: 2 });
    expect(page.instances.map((r) => r.sid)).toEqual(sids.slice(0, 2));
    const next = await page.nextPage();
    expect(next?.instances.map((r) => r.sid)).toEqual(sids.slice(2));
    expect(await next?.nextPage()).toBeUndefined();

    const walked: string[] = [];
    await messages(message.sid).deliveryReceipts.each({ pageSize: 1 }, (r) => {
      walked.push(r.sid);
    });
    expect(walked).toEqual(sids);
    const awaited: string[] = [];
    for await (const r of messages(message.sid).deliveryReceipts.list({
      pageSize: 1,
    }) as never as AsyncIterable<{
      sid: string;
    }>)
      awaited.push(r.sid);
    expect(awaited).toEqual(sids);

    const fetched = await messages(message.sid).deliveryReceipts(sids[1]).fetch();
    expect(fetched.toJSON()).toEqual((await messages(message.sid).deliveryReceipts.list())[1]?.toJSON());

    const instance = await messages(message.sid).fetch();
    expect(instance.delivery).toEqual(EXPECTED_SUMMARY);
    expect((await instance.deliveryReceipts().list()).length).toBe(EXPECTED_SUMMARY.total);
  });

  it("through the typed client: list, page, fetch, and the message's delivery summary", async () => {
    const { emulator, message, receipts } = setup(service);
    const client = createConversationsClient({
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      fetch: emulator.fetch,
    });
    const path = {
      ...(service ? { ChatServiceSid: service } : {}),
      ConversationSid: CONVERSATION_SID,
      MessageSid: message.sid,
    };
    const list = `${prefix}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts` as const;
    const loose = client as unknown as {
      GET(path: string, init: object): Promise<{ data?: Json; error?: Json; response: Response }>;
    };

    const all = await loose.GET(list, { params: { path } });
    expect(all.error).toBeUndefined();
    expect(all.data?.delivery_receipts).toEqual(receipts);
    const first = await loose.GET(list, { params: { path, query: { PageSize: 2 } } });
    expect(first.data?.delivery_receipts).toEqual(receipts.slice(0, 2));
    expect(first.data?.meta.next_page_url).toEqual(expect.any(String));
    const follow = async (url: string) =>
      (await (await emulator.fetch(url, { headers: AUTH })).json()) as Json;
    expect((await follow(first.data?.meta.next_page_url)).delivery_receipts).toEqual(receipts.slice(2));

    const one = await loose.GET(`${list}/{Sid}`, { params: { path: { ...path, Sid: receipts[2].sid } } });
    expect(one.data).toEqual(receipts[2]);

    const fetched = await loose.GET(`${prefix}/Conversations/{ConversationSid}/Messages/{Sid}`, {
      params: {
        path: {
          ...(service ? { ChatServiceSid: service } : {}),
          ConversationSid: CONVERSATION_SID,
          Sid: message.sid,
        },
      },
    });
    expect(fetched.data?.delivery).toEqual(EXPECTED_SUMMARY);
    expect((await follow(fetched.data?.links.delivery_receipts)).delivery_receipts).toEqual(receipts);
  });
});
