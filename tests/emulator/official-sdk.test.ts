// The official SDK (twilio-node, the `twilio` package) against the emulator, the way its users
// point it at another host: `client.conversations.baseUrl = await emulator.listen()`. The emulator
// is the spec's API, so the SDK's own calls work against it unchanged. And the environment
// variable this package reads for its base URL is this package's only: the SDK does not read it.
import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, responseExample, spec } from "../support/fixtures";

// As a CommonJS user has it: `require("twilio")(sid, token)`.
const require = createRequire(import.meta.url);
const officialTwilio = require("twilio");
const SERVER: string = spec.servers[0].url;

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  vi.unstubAllEnvs();
});

describe("the official twilio SDK", () => {
  it("works against the emulator once client.conversations.baseUrl is its URL", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const client = officialTwilio(ACCOUNT_SID, AUTH_TOKEN);
    client.conversations.baseUrl = await emulator.listen();
    const messages = client.conversations.v1.conversations(CONVERSATION_SID).messages;

    const created = await messages.create({ author: "smee", body: "Ahoy there!" });
    expect(created).toMatchObject({ author: "smee", body: "Ahoy there!", conversationSid: CONVERSATION_SID });
    const fetched = await messages(created.sid).fetch();
    expect(fetched.body).toBe("Ahoy there!");
    expect(fetched.dateCreated).toBeInstanceOf(Date);
    expect((await messages.list({ limit: 5 })).map((m: { sid: string }) => m.sid)).toEqual([created.sid]);
    await messages(created.sid).update({ body: "changed" });
    expect(emulator.messages(CONVERSATION_SID).map((m) => m.body)).toEqual(["changed"]);
    expect(await messages(created.sid).remove()).toBe(true);

    // Every request reached the emulator, from the SDK, with the credentials it expects.
    expect(emulator.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
      "CreateConversationMessage 201",
      "FetchConversationMessage 200",
      "ListConversationMessage 200",
      "UpdateConversationMessage 200",
      "DeleteConversationMessage 204",
    ]);
    expect(emulator.requests.every((r) => r.headers["user-agent"]?.startsWith("twilio-node/"))).toBe(true);
    expect(emulator.messages(CONVERSATION_SID)).toEqual([]);
  });

  it("lists and fetches the receipts deliver() made, and the message's delivery agrees", async () => {
    emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    const client = officialTwilio(ACCOUNT_SID, AUTH_TOKEN);
    client.conversations.baseUrl = await emulator.listen();
    const messages = client.conversations.v1.conversations(CONVERSATION_SID).messages;
    const created = await messages.create({ author: "smee", body: "Ahoy there!" });
    const read = emulator.deliver(CONVERSATION_SID, created.sid, {
      status: "read",
      channelMessageSid: `SM${"c".repeat(32)}`,
    });
    const sent = emulator.deliver(CONVERSATION_SID, created.sid, { status: "sent", errorCode: 30008 });

    const listed = await messages(created.sid).deliveryReceipts.list();
    expect(listed.map((r: { sid: string }) => r.sid)).toEqual([read.sid, sent.sid]);
    const fetched = await messages(created.sid).deliveryReceipts(read.sid).fetch();
    expect(fetched).toMatchObject({
      sid: read.sid,
      messageSid: created.sid,
      conversationSid: CONVERSATION_SID,
      channelMessageSid: read.channel_message_sid,
      participantSid: read.participant_sid,
      status: "read",
      url: `${client.conversations.baseUrl}${new URL(read.url).pathname}`,
    });
    expect(fetched.dateCreated).toBeInstanceOf(Date);
    expect(listed[1]).toMatchObject({ status: "sent", errorCode: 30008 });

    // The summary counts a read receipt as delivered and sent: the reference page's example.
    const { delivery } = await messages(created.sid).fetch();
    const [all, some, none] = spec.components.schemas.DeliveryStatus.enum;
    expect(delivery).toEqual({
      total: 2,
      sent: all,
      delivered: some,
      read: some,
      failed: none,
      undelivered: none,
    });
    expect(emulator.requests.map((r) => `${r.operation} ${r.status}`).slice(1)).toEqual([
      "ListConversationMessageReceipt 200",
      "FetchConversationMessageReceipt 200",
      "FetchConversationMessage 200",
    ]);
  });

  it("ignores TWILIO_CONVERSATIONS_BASE_URL: its requests still go to Twilio", async () => {
    vi.stubEnv("TWILIO_CONVERSATIONS_BASE_URL", "http://127.0.0.1:4010");
    // An httpClient (the SDK's own option) that records where each request would go.
    const uris: string[] = [];
    const httpClient = {
      request: async (request: { uri: string }) => {
        uris.push(request.uri);
        return { statusCode: 201, body: JSON.stringify(responseExample("create")), headers: {} };
      },
    };
    const client = officialTwilio(ACCOUNT_SID, AUTH_TOKEN, { httpClient });
    expect(client.conversations.baseUrl).toBe(SERVER);
    await client.conversations.v1.conversations(CONVERSATION_SID).messages.create({ body: "hi" });
    expect(uris).toEqual([`${SERVER}/v1/Conversations/${CONVERSATION_SID}/Messages`]);
  });
});
