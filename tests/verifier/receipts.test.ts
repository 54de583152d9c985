// The verifier judges receipts with the checks it has: a server whose receipts keep the spec passes
// every check in both families; one whose receipts break it fails the check for that defect, naming
// the operation. The server is a fixture (tests/support/receipts.ts): the emulator, with a message
// held in each family whose receipts are the spec's own example.
import { describe, expect, it } from "vitest";
import { allRoutes } from "../../src/core/operations.js";
import { textReport } from "../../src/verifier/report.js";
import { receiptServer } from "../support/receipts";
import type { Json } from "../support/spec";
import { failing, failureLines, left, run } from "../support/verifier";

const RECEIPT_OPERATIONS = allRoutes
  .filter((r) => r.resource.endsWith("/Receipts"))
  .map((r) => r.operationId);

describe("a server whose receipts keep the spec", async () => {
  const server = receiptServer();
  const report = await run(server.fetch);

  it("passes every check in both families, and leaves nothing behind", () => {
    expect(failureLines(report)).toEqual([]);
    expect(report.checks.map((c) => `${c.name} ${c.status}`)).toEqual(
      report.checks.map((c) => `${c.name} passed`),
    );
    expect(report.checks.flatMap((c) => c.notJudged ?? [])).toEqual([]);
    expect(left(server.emulator)).toBe(server.held.length);
  });

  it("sends every receipt operation, in both families, reaching them from the messages' links", () => {
    expect(RECEIPT_OPERATIONS).toHaveLength(4);
    const sent = new Set(report.exchanges.map((x) => x.operation));
    for (const operation of RECEIPT_OPERATIONS) expect(sent, operation).toContain(operation);
    // The held messages' receipts lists, asked for at the links their answers gave.
    const delivery = report.exchanges.filter((x) => /^delivery: /.test(x.purpose));
    for (const sid of server.held)
      expect(delivery.some((x) => x.request.url.endsWith(`/Messages/${sid}/Receipts`))).toBe(true);
  });

  it("sends a malformed MessageSid and Sid to the receipt operations, and judges them refused", () => {
    const negative = report.exchanges.filter(
      (x) => RECEIPT_OPERATIONS.includes(x.operation as never) && /^negative-data: path /.test(x.purpose),
    );
    const broken = new Set(negative.map((x) => `${x.operation} ${/path (\w+) breaks/.exec(x.purpose)?.[1]}`));
    expect([...broken].sort()).toEqual([
      "FetchConversationMessageReceipt MessageSid",
      "FetchConversationMessageReceipt Sid",
      "FetchServiceConversationMessageReceipt ChatServiceSid",
      "FetchServiceConversationMessageReceipt MessageSid",
      "FetchServiceConversationMessageReceipt Sid",
      "ListConversationMessageReceipt MessageSid",
      "ListServiceConversationMessageReceipt ChatServiceSid",
      "ListServiceConversationMessageReceipt MessageSid",
    ]);
    expect(negative.every((x) => x.status >= 400 && x.status < 500)).toBe(true);
    expect(
      report.exchanges.some(
        (x) => x.operation === "ListConversationMessageReceipt" && /query PageSize breaks/.test(x.purpose),
      ),
    ).toBe(true);
  });
});

describe("a server whose receipts break the spec", () => {
  it("a receipt status outside its enum: response-schema, on the receipts list and fetch", async () => {
    const server = receiptServer({ receipt: (r) => ({ ...r, status: "seen" }) });
    const report = await run(server.fetch, { checks: ["identity", "response-schema"], service: undefined });
    expect(failing(report)).toEqual(["response-schema"]);
    const operations = new Set(report.failures.map((f) => f.operation));
    expect([...operations].sort()).toEqual([
      "FetchConversationMessageReceipt",
      "ListConversationMessageReceipt",
    ]);
    expect(report.failures[0]?.rule).toMatch(/status/);
  });

  it("a delivery summary its receipts disagree with: delivery, on the message's fetch", async () => {
    const server = receiptServer({
      delivery: (d) => ({ ...d, read: d.delivered === "some" ? "none" : "some" }),
    });
    const report = await run(server.fetch, { checks: ["delivery"], service: undefined });
    expect(failing(report)).toEqual(["delivery"]);
    expect(failureLines(report, 400)).toEqual([
      `delivery | FetchConversationMessage | delivery does not follow from the message's receipts | {"total":2,"sent":"all","delivered":"some","read":"some","failed":"none","undelivered":"none"} from 2 receipts | delivery {"total":2,"sent":"all","delivered":"some","read":"none","failed":"none","undelivered":"none"}`,
    ]);
  });

  it("a receipt whose message_sid is another message: delivery, on the receipts list", async () => {
    const other = `IM${"b".repeat(32)}`;
    const server = receiptServer({ receipt: (r) => ({ ...r, message_sid: other }) });
    const report = await run(server.fetch, { checks: ["delivery"], service: undefined });
    expect(failing(report)).toEqual(["delivery"]);
    expect(failureLines(report, 400)).toEqual([
      `delivery | ListConversationMessageReceipt | a receipt of IM#1 names another message | message_sid IM#1 | DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: message_sid "IM#2"; DYbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: message_sid "IM#2"`,
    ]);
  });

  it("a page shorter than its page_size with a next link: lists, on the receipts list", async () => {
    const server = receiptServer({
      page: (page, { page: n, at }) =>
        n === 0
          ? {
              ...page,
              delivery_receipts: (page.delivery_receipts as Json[]).slice(0, 1),
              meta: { ...(page.meta as Json), next_page_url: at(1) },
            }
          : page,
    });
    const report = await run(server.fetch, { checks: ["lists"], service: undefined });
    expect(failing(report)).toEqual(["lists"]);
    expect(failureLines(report, 400)).toEqual([
      "lists | ListConversationMessageReceipt | PageSize=2 | pages as asked, every receipt once | next_page_url after page 0 of 1, fewer than its page_size 2",
    ]);
  });

  it("an empty page followed by more: lists, and the walk stops at the empty page", async () => {
    const server = receiptServer({
      page: (page, { page: n, at }) => ({
        ...page,
        meta: { ...(page.meta as Json), next_page_url: at(n + 1) },
      }),
    });
    const report = await run(server.fetch, { checks: ["lists"], service: undefined });
    expect(failing(report)).toEqual(["lists"]);
    expect(failureLines(report, 400)).toEqual([
      "lists | ListConversationMessageReceipt | PageSize=2 | pages as asked, every receipt once | next_page_url after the empty page 1: the walk stops there",
    ]);
    const followed = report.exchanges.filter(
      (x) => x.operation === "ListConversationMessageReceipt" && /^lists: follow/.test(x.purpose),
    );
    expect(followed).toHaveLength(1);
  });
});

describe("a server with no receipts to fetch", () => {
  it("passes what it judged, and names each receipt operation it could not judge, never as passed", async () => {
    const server = receiptServer({ empty: true });
    const report = await run(server.fetch, { checks: ["identity", "delivery"], service: undefined });
    expect(report.failures).toEqual([]);
    const identity = report.checks.find((c) => c.name === "identity");
    expect(identity?.notJudged).toEqual(["FetchConversationMessageReceipt: no receipt was found to fetch"]);
    expect(textReport(report)).toMatch(
      /PASS {2}identity +\d+ judged\n +not judged: FetchConversationMessageReceipt: no receipt was found to fetch\n/,
    );
    expect(report.exchanges.some((x) => x.operation === "FetchConversationMessageReceipt")).toBe(false);
    // The run's own message has no receipts, and its summary is null: that is judged.
    expect(report.checks.find((c) => c.name === "delivery")?.status).toBe("passed");
  });
});
