// Load: 1,000 concurrent creates against a local server all complete, each posted once, with no
// failure and no unhandled rejection.
import { afterAll, beforeAll, expect, it } from "vitest";
import twilio from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, responseExample } from "../support/fixtures";
import { json, startServer, type TestServer } from "../support/servers";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) =>
    json(response, 201, {
      ...responseExample("create"),
      body: new URLSearchParams(request.body).get("Body"),
    }),
  );
});
afterAll(() => server.close());

it("1,000 concurrent creates", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const messages = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: server.url }).conversations.v1.conversations(
      CONVERSATION_SID,
    ).messages;
    const results = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) => messages.create({ body: `message ${i}` })),
    );
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason)).slice(0, 3)).toEqual([]);
    const bodies = results.map((r) => (r as PromiseFulfilledResult<{ body: string | null }>).value.body);
    expect(new Set(bodies).size).toBe(1000);
    expect(server.received).toHaveLength(1000);
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
