// The four ways of fetching one message that the benchmark compares, all against the same server.
export const SID = `IM${"a".repeat(32)}`;
export const CONVERSATION = `CH${"a".repeat(32)}`;
export const ACCOUNT = `AC${"a".repeat(32)}`;
export const TOKEN = "bench-token";

export async function makeClients(lib, baseUrl) {
  if (lib === "raw fetch") {
    const authorization = `Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString("base64")}`;
    const url = `${baseUrl}/v1/Conversations/${CONVERSATION}/Messages/${SID}`;
    return {
      fetchOne: async () =>
        (await fetch(url, { headers: { Authorization: authorization, Accept: "application/json" } })).json(),
    };
  }
  if (lib === "twilio-node") {
    const { default: twilio } = await import("twilio");
    const client = twilio(ACCOUNT, TOKEN);
    client.conversations.baseUrl = baseUrl; // the only change: send to the local server
    const messages = client.conversations.v1.conversations(CONVERSATION).messages;
    return { fetchOne: () => messages(SID).fetch(), messages };
  }
  const pkg = await import("../../dist/index.js");
  if (lib === "our typed client") {
    const client = pkg.createConversationsClient({ username: ACCOUNT, password: TOKEN, baseUrl });
    const path = { ConversationSid: CONVERSATION, Sid: SID };
    return {
      fetchOne: async () =>
        (await client.GET("/v1/Conversations/{ConversationSid}/Messages/{Sid}", { params: { path } })).data,
    };
  }
  const messages = pkg
    .default(ACCOUNT, TOKEN, { baseUrl })
    .conversations.v1.conversations(CONVERSATION).messages;
  return { fetchOne: () => messages(SID).fetch(), messages };
}
