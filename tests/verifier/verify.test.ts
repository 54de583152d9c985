// The verifier judged by servers whose truth is known: the emulator (a correct implementation) must
// pass every check, with its rate limit on and off; the emulator with one defect must fail the
// check for that defect and no other; and whatever happens, what the run made is deleted again.
import { describe, expect, it } from "vitest";
import { stableSid } from "../../src/core/sids.js";
import { type CheckName, verify } from "../../src/verifier/index.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  prismUrl,
  SERVICE_SID,
  spec,
} from "../support/fixtures";
import type { Json } from "../support/spec";
import {
  answerJson,
  type Defect,
  emulatorWithCredentials,
  FIXED_NOW,
  failing,
  failureLines,
  left,
  ON_MESSAGE,
  request,
  run,
  twilioError,
} from "../support/verifier";

/** A defect: a fetched message's answer carries these fields instead. */
const onFetched =
  (change: Json): Defect =>
  (e) =>
  async (input, init) => {
    const response = await e.fetch(input, init);
    const { method, url } = request(input, init);
    if (method !== "GET" || !ON_MESSAGE.test(url.pathname) || response.status !== 200) return response;
    return answerJson(response, (body) => ({ ...body, ...change }));
  };

describe("against the emulator, a correct implementation", () => {
  it("every check passes, none is skipped, and the run leaves nothing behind", async () => {
    const emulator = emulatorWithCredentials();
    const report = await run(emulator.fetch);
    expect(report.failures).toEqual([]);
    expect(report.checks.map((c) => `${c.name} ${c.status}`)).toEqual(
      report.checks.map((c) => `${c.name} passed`),
    );
    for (const check of report.checks) expect(check.judged, check.name).toBeGreaterThan(0);
    expect(report.leftBehind).toEqual([]);
    expect(left(emulator)).toBe(0);
    // It made its own messages with webhooks off: only the positive check of the header's other
    // value (once per write operation and family) turns them on.
    const writes = emulator.requests.filter((r) => r.method !== "GET");
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.every((r) => r.params.header["X-Twilio-Webhook-Enabled"] !== undefined)).toBe(true);
    expect(writes.filter((r) => r.params.header["X-Twilio-Webhook-Enabled"] === "true")).toHaveLength(6);
  });

  it("with Twilio's rate limit on, every check passes too: 429s are waited out, not failures", async () => {
    const emulator = emulatorWithCredentials({ rateLimit: 30 });
    const report = await run(emulator.fetch, { service: undefined });
    expect(report.failures).toEqual([]);
    expect(emulator.requests.some((r) => r.status === 429)).toBe(true);
    expect(report.waitedMs).toBeGreaterThan(0);
    expect(left(emulator)).toBe(0);
  }, 30_000);

  it("a unique name as the conversation works as well as a SID", async () => {
    const emulator = emulatorWithCredentials();
    const report = await run(emulator.fetch, { conversation: "verifier-room", service: undefined });
    expect(report.failures).toEqual([]);
    expect(emulator.messages("verifier-room")).toEqual([]);
  });
});

const DEFECTS: [CheckName, string, Defect][] = [
  [
    "status",
    "a create answers 200 instead of 201",
    (e) => async (input, init) => {
      const response = await e.fetch(input, init);
      if (response.status !== 201) return response;
      return new Response(await response.text(), { status: 200, headers: response.headers });
    },
  ],
  [
    "content-type",
    "a fetch answers its JSON as text/plain",
    (e) => async (input, init) => {
      const response = await e.fetch(input, init);
      if (request(input, init).method !== "GET" || !ON_MESSAGE.test(request(input, init).url.pathname))
        return response;
      return new Response(await response.text(), {
        status: response.status,
        headers: { "content-type": "text/plain" },
      });
    },
  ],
  [
    "response-schema",
    "messages carry an account_sid that is no Account SID",
    onFetched({ account_sid: "not-an-account" }),
  ],
  [
    "response-schema",
    "a list answers a message's author as null (the spec's nullability policy says never)",
    (e) => async (input, init) => {
      const response = await e.fetch(input, init);
      const { method, url } = request(input, init);
      if (method !== "GET" || !/\/Messages$/.test(url.pathname) || response.status !== 200) return response;
      return answerJson(response, (page) => ({
        ...page,
        messages: (page.messages as Json[]).map((m) => ({ ...m, author: null })),
      }));
    },
  ],
  [
    "no-server-error",
    "the largest page size makes a 500",
    (e) => async (input, init) =>
      request(input, init).url.searchParams.get("PageSize") === "1000"
        ? twilioError(500, "Internal Server Error")
        : e.fetch(input, init),
  ],
  [
    "positive-data",
    "a subject of the longest allowed length is refused",
    (e) => async (input, init) =>
      (request(input, init).body.get("Subject")?.length ?? 0) >=
      spec.components.schemas.MessageSubject.maxLength
        ? twilioError(400, "Invalid parameter: Subject")
        : e.fetch(input, init),
  ],
  [
    "negative-data",
    "an Order outside its enum is taken as the default",
    (e) => async (input, init) => {
      const url = request(input, init).url;
      const order = url.searchParams.get("Order");
      if (order !== null && !["asc", "desc"].includes(order)) url.searchParams.delete("Order");
      return e.fetch(url.href, init);
    },
  ],
  [
    "auth",
    "credentials are not checked",
    (e) => async (input, init) => {
      const headers = request(input, init).headers;
      headers.set("authorization", `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}`);
      return e.fetch(input, { ...init, headers });
    },
  ],
  [
    "stateful",
    "an update answers with the change but does not keep it",
    (e) => async (input, init) => {
      const { method, url } = request(input, init);
      if (method !== "POST" || !ON_MESSAGE.test(url.pathname)) return e.fetch(input, init);
      const before = await (await e.fetch(input, { headers: init?.headers })).json();
      const answer = await e.fetch(input, init);
      // Put the old body back: the answer shows the change, the message does not keep it.
      if (answer.ok && typeof before.body === "string") {
        await e.fetch(input, { ...init, body: new URLSearchParams({ Body: before.body }).toString() });
      }
      return answer;
    },
  ],
  [
    "identity",
    "a fetch answers with the message in another conversation",
    onFetched({ conversation_sid: stableSid("ConversationSid", "another conversation") }),
  ],
  [
    "lists",
    "Order is ignored: newest first comes oldest first",
    (e) => async (input, init) => {
      const url = request(input, init).url;
      if (url.searchParams.get("Order") === "desc") url.searchParams.delete("Order");
      return e.fetch(url.href, init);
    },
  ],
  [
    "lists",
    "PageSize is ignored",
    (e) => async (input, init) => {
      const url = request(input, init).url;
      const pageSize = Number(url.searchParams.get("PageSize"));
      if (pageSize >= 1 && pageSize <= 1000) url.searchParams.delete("PageSize");
      return e.fetch(url.href, init);
    },
  ],
  [
    "stateful",
    "a deleted message can still be fetched",
    (e) => {
      const deleted = new Map<string, Response>();
      return async (input, init) => {
        const { method, url } = request(input, init);
        if (method === "GET" && deleted.has(url.pathname))
          return (deleted.get(url.pathname) as Response).clone();
        if (method === "DELETE") {
          const before = await e.fetch(input, { headers: init?.headers });
          if (before.ok) deleted.set(url.pathname, before);
        }
        return e.fetch(input, init);
      };
    },
  ],
];

describe("against the emulator with one defect", () => {
  it.each(DEFECTS)("%s catches it, and no other check does: %s", async (check, _, defect) => {
    const emulator = emulatorWithCredentials({ now: FIXED_NOW });
    const report = await run(defect(emulator));
    expect(failing(report)).toEqual([check]);
    // Every word of every failure: the operation, the rule broken, what was expected, what came.
    expect(failureLines(report)).toMatchSnapshot();
    // What the run made is deleted again, also when checks fail.
    expect(left(emulator)).toBe(0);
  });
});

describe("safety", () => {
  it("--live without --allow-writes sends no write, and skips the checks that need one", async () => {
    const emulator = emulatorWithCredentials();
    emulator.seed(CONVERSATION_SID, [{ body: "already there" }, { body: "and this" }, { body: "and that" }]);
    const report = await run(emulator.fetch, { live: true, service: undefined });
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(report.checks.find((c) => c.name === "stateful")).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/--allow-writes/),
    });
    expect(report.failures).toEqual([]);
    expect(emulator.messages(CONVERSATION_SID)).toHaveLength(3);
  });

  it("--live --allow-writes writes only what it deletes again, and never sends a made-up reference", async () => {
    const emulator = emulatorWithCredentials();
    emulator.seed(CONVERSATION_SID, [{ body: "not the run's" }]);
    const report = await run(emulator.fetch, { live: true, allowWrites: true, service: undefined });
    expect(report.failures).toEqual([]);
    expect(emulator.messages(CONVERSATION_SID).map((m) => m.body)).toEqual(["not the run's"]);
    const deleted = emulator.requests.filter((r) => r.method === "DELETE").map((r) => r.params.path.Sid);
    const kept = emulator.messages(CONVERSATION_SID)[0]?.sid;
    expect(deleted).not.toContain(kept);
    // Media and templates it did not make cannot exist on Twilio: no valid request names one.
    const made = emulator.requests
      .filter((r) => r.action === "create" && r.status === 201)
      .map((r) => r.params.body ?? {});
    expect(made.length).toBeGreaterThan(3);
    expect(made.some((b) => "MediaSid" in b || "ContentSid" in b)).toBe(false);
    expect(
      emulator.requests
        .filter((r) => r.method !== "GET")
        .every((r) => r.params.header["X-Twilio-Webhook-Enabled"] === "false"),
    ).toBe(true);
  });

  it("a spent budget: what is left is not judged, nothing passes, and the clean-up still runs", async () => {
    const emulator = emulatorWithCredentials();
    const report = await run(emulator.fetch, { maxRequests: 25 });
    expect(report.checks.filter((c) => c.status !== "unjudged")).toEqual([]);
    expect(
      report.checks.every((c) => /^the budget of 25 requests was spent before /.test(c.reason ?? "")),
    ).toBe(true);
    expect(report.failures).toEqual([]);
    expect(report.deleted.length).toBeGreaterThan(0);
    expect(left(emulator)).toBe(0);
  });

  it("--checks and --exclude-checks choose what runs; the rest is reported as not selected", async () => {
    const emulator = emulatorWithCredentials();
    const report = await run(emulator.fetch, {
      checks: ["auth", "status"],
      exclude: ["status"],
      service: undefined,
    });
    expect(report.checks.filter((c) => c.status !== "skipped").map((c) => c.name)).toEqual(["auth"]);
    expect(report.checks.find((c) => c.name === "lists")?.reason).toMatch(/not selected/);
    expect(report.requests).toBeLessThan(10);
  });
});

describe("against the Prism mock of the spec (stateless)", () => {
  it("without --stateless: the stateful checks fail, and the report says --stateless exists", async () => {
    const report = await verify({
      target: prismUrl(),
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      conversation: CONVERSATION_SID,
      service: undefined,
      checks: ["stateful", "identity"],
    });
    expect(report.checks.find((c) => c.name === "stateful")?.status).toBe("failed");
    expect(report.hints).toEqual([
      `The server gave a message the run created the spec's own example SID (${MESSAGE_SID}), as a mock without state does: --stateless skips the checks that need state (stateful, identity, lists, delivery).`,
    ]);
  });

  it("--stateless skips what needs state; what a mock can pass, it passes", async () => {
    const report = await verify({
      target: prismUrl(),
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      conversation: CONVERSATION_SID,
      service: SERVICE_SID,
      stateless: true,
    });
    const byStatus = Object.fromEntries(report.checks.map((c) => [c.name, c.status]));
    expect(byStatus).toEqual({
      status: "passed",
      "content-type": "passed",
      "response-schema": "passed",
      "no-server-error": "passed",
      "positive-data": "passed",
      // Prism checks JSON Schema's own keywords only: not the spec's byte limits (x-max-bytes), and
      // not that a JSON-text field holds JSON (contentMediaType, an annotation in JSON Schema).
      "negative-data": "failed",
      // Prism only asks that credentials be there, not that they be right.
      auth: "failed",
      stateful: "skipped",
      identity: "skipped",
      lists: "skipped",
      delivery: "skipped",
    });
    for (const check of ["stateful", "identity", "lists", "delivery"])
      expect(report.checks.find((c) => c.name === check)?.reason).toBe(
        "--stateless: a mock without state cannot keep it",
      );
    const negative = report.failures.filter((f) => f.check === "negative-data").map((f) => f.rule);
    expect(negative.length).toBeGreaterThan(0);
    expect(negative.filter((rule) => !/breaks (x-max-bytes|contentMediaType) /.test(rule))).toEqual([]);
    expect(report.failures.filter((f) => f.check === "auth").map((f) => `${f.operation} ${f.rule}`)).toEqual([
      "ListConversationMessage wrong credentials were not refused",
      "ListConversationMessageReceipt wrong credentials were not refused",
      "ListServiceConversationMessage wrong credentials were not refused",
      "ListServiceConversationMessageReceipt wrong credentials were not refused",
    ]);
  });
});
