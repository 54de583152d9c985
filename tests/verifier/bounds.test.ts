// A run that is stopped, told about, or given what no correct server gives: interrupted, it still
// cleans up; it says as it goes which check starts and what it waits for; refused credentials end
// it at once; and a hostile server (SIDs that are paths, links elsewhere, answers too large, a
// clock run out) gets findings, never a crash, a request elsewhere or an unbounded run.
import { describe, expect, it } from "vitest";
import { CredentialsRefused, type Progress, verify } from "../../src/verifier/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, spec } from "../support/fixtures";
import { json, startServer } from "../support/servers";
import type { Json } from "../support/spec";
import {
  answerJson,
  emulatorWithCredentials,
  FIXED_NOW,
  failureLines,
  left,
  onWalk,
  request,
  run,
} from "../support/verifier";

const server = (options: Parameters<typeof emulatorWithCredentials>[0] = {}) =>
  emulatorWithCredentials({ now: FIXED_NOW, ...options });
const SERVER_ORIGIN = new URL(spec.servers[0].url).origin;
const isCreate = (method: string, url: URL) => method === "POST" && /\/Messages$/.test(url.pathname);

describe("an interrupted run", () => {
  it("sends no request of the checks after the interrupt, deletes what it made, and says so", async () => {
    const e = server();
    const interrupt = new AbortController();
    const made: string[] = [];
    const gone: string[] = [];
    const report = await run(e.fetch, {
      signal: interrupt.signal,
      onProgress: (event) => {
        if (event.kind === "gone") gone.push(event.sid);
        if (event.kind !== "made") return;
        made.push(event.sid);
        if (made.length === 3) interrupt.abort();
      },
    });
    expect(report.stopped).toEqual({ kind: "interrupt", message: "the run was interrupted" });
    expect(report.checks.filter((c) => c.status === "passed")).toEqual([]);
    // The stateful check deleted one of the three itself; the clean-up, the other two.
    expect(gone).toHaveLength(3);
    expect(report.deleted.sort()).toEqual(made.filter((sid) => sid !== gone[0]).sort());
    expect(report.leftBehind).toEqual([]);
    expect(left(e)).toBe(0);
    // After the third create's answer, only the clean-up's deletes.
    const third = report.exchanges.findIndex((x) => (x.json as Json | undefined)?.sid === made[2]);
    expect(report.exchanges.slice(third + 1).map((x) => x.purpose)).toEqual(
      report.deleted.map(() => "clean-up: delete a message the run made"),
    );
    expect(report.requestsNeeded).toBeUndefined();
  });
});

describe("progress", () => {
  it("each check as it starts, in each family; each 429 waited out; messages made, gone and cleaned up", async () => {
    const e = server();
    // Twilio's rate limit, on the third create and on the first fetch.
    e.failNext({ status: 429, retryAfter: 1, operation: "fetch" });
    const events: Progress[] = [];
    const report = await run(e.fetch, { onProgress: (event) => events.push(event) });
    expect(report.failures).toEqual([]);
    const starts = events.flatMap((x) => (x.kind === "check" ? [`${x.family} ${x.check}`] : []));
    const order = ["auth", "stateful", "identity", "lists", "delivery", "positive-data", "negative-data"];
    expect(starts).toEqual([...order.map((c) => `default ${c}`), ...order.map((c) => `service ${c}`)]);
    expect(events.filter((x) => x.kind === "wait")).toEqual([
      {
        kind: "wait",
        ms: 1000,
        operation: "FetchConversationMessage",
        purpose: "stateful: fetch the created message",
      },
    ]);
    const made = events.flatMap((x) => (x.kind === "made" ? [`${x.family} ${x.sid}`] : []));
    const gone = events.flatMap((x) => (x.kind === "gone" ? [`${x.family} ${x.sid}`] : []));
    expect(made.filter((m) => m.startsWith("service "))).not.toEqual([]);
    expect(made.length).toBeGreaterThan(3);
    expect(gone.sort()).toEqual([...made].sort());
    const cleanUp = events.find((x) => x.kind === "cleanup");
    expect(cleanUp && cleanUp.kind === "cleanup" && cleanUp.sids.sort()).toEqual(report.deleted.sort());
    expect(report.deleted.length).toBeGreaterThan(0);
  }, 30_000);
});

describe("refused credentials", () => {
  it("a 401 to the run's first request ends it: one request, nothing judged, nothing to clean up", async () => {
    const e = server({ authToken: "another-token" });
    const refused = run(e.fetch);
    await expect(refused).rejects.toThrow(CredentialsRefused);
    await expect(refused).rejects.toThrow(/^the server refused the credentials: 401 \{"code":20003,/);
    expect(e.requests).toHaveLength(1);
    expect(e.requests.every((r) => r.status === 401 && r.action === "list")).toBe(true);
  });
});

describe("a hostile server", () => {
  it("a created message whose SID is a path: never put in a path, and reported as left behind", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const response = await e.fetch(input, init);
        if (!isCreate(method, url) || response.status !== 201) return response;
        return answerJson(response, (message) => ({ ...message, sid: "../../../Services" }));
      },
      { checks: ["stateful", "identity"], service: undefined },
    );
    expect(failureLines(report, 12)).toEqual([
      `stateful | CreateConversationMessage | the create's answer has no SID a path can hold | 201 with the new message | 201 {"accoun`,
    ]);
    // The stateful check's message, and identity's: made, and never to be deleted by a path.
    expect(report.leftBehind).toEqual(["../../../Services", "../../../Services"]);
    expect(
      report.exchanges.map((x) => new URL(x.request.url).pathname).filter((p) => !p.endsWith("/Messages")),
    ).toEqual([]);
    expect(report.checks.find((c) => c.name === "identity")).toMatchObject({ status: "unjudged" });
  });

  it("a page link on another origin while looking for the created message: a finding, not a request", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const response = await e.fetch(input, init);
        if (method !== "GET" || url.searchParams.get("Order") !== "desc" || url.searchParams.has("PageSize"))
          return response;
        // The created message is not on the first page, which links to a page elsewhere.
        return answerJson(response, (page) => ({
          ...page,
          messages: [],
          meta: { ...(page.meta as Json), next_page_url: "https://evil.test/steal?Page=1" },
        }));
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report, 400)).toEqual([
      `stateful | ListConversationMessage | a next_page_url that leads away from the target | IM#1 among the messages, on pages of the target | next_page_url "https://evil.test/steal?Page=1" is not on ${SERVER_ORIGIN} or Twilio's API: not followed, so the credentials stay on the target`,
    ]);
    expect(report.exchanges.some((x) => x.request.url.includes("evil.test"))).toBe(false);
  });

  it("answers larger than the verifier reads: a failure naming the size, and the run goes on", async () => {
    const e = server();
    const report = await run(e.fetch, {
      checks: ["response-schema", "status", "auth"],
      service: undefined,
      maxAnswerBytes: 1000,
    });
    // The probe's page (the conversation is empty: under 1000 bytes) is read; the 401s too.
    expect(report.failures).toEqual([]);
    e.seed(CONVERSATION_SID, [{ body: "x".repeat(1000) }]);
    const big = await run(e.fetch, {
      checks: ["response-schema", "status", "auth"],
      service: undefined,
      maxAnswerBytes: 1000,
    });
    expect(failureLines(big)).toEqual([
      "response-schema | ListConversationMessage | the answer is larger than the 1000 bytes the verifier reads; the rest was not read | a body valid against the spec's schema for ListConversationMessage 200 | 200, more than 1000 bytes",
    ]);
    expect(big.checks.map((c) => [c.name, c.status])).toEqual([
      ["status", "passed"],
      ["content-type", "skipped"],
      ["response-schema", "failed"],
      ["no-server-error", "skipped"],
      ["positive-data", "skipped"],
      ["negative-data", "skipped"],
      ["auth", "passed"],
      ["stateful", "skipped"],
      ["identity", "skipped"],
      ["lists", "skipped"],
      ["delivery", "skipped"],
    ]);
  });

  it("a clock run out: no request of the checks after it, what is left not judged, the clean-up done past it", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const answer = await e.fetch(input, init);
        // The stateful check's create is answered after the time limit; its message is made.
        if (isCreate(method, url)) {
          await new Promise((resolve) => setTimeout(resolve, 150));
          // Twilio's rate limit on the clean-up's delete: waited out, past the time limit.
          e.failNext({ status: 429, retryAfter: 1, operation: "delete" });
        }
        return answer;
      },
      { maxTimeMs: 100, service: undefined },
    );
    expect(report.stopped).toEqual({ kind: "time", message: "the time limit of 0.1 s was reached" });
    expect(report.exchanges.map((x) => `${x.purpose} ${x.status}`)).toEqual([
      "probe: list the conversation's messages 200",
      "auth: none credentials 401",
      "auth: wrong credentials 401",
      // The messages' receipts too: reached with the spec's examples, nothing made for it.
      "auth: none credentials 401",
      "auth: wrong credentials 401",
      "stateful: create a message 201",
      "clean-up: delete a message the run made 204",
    ]);
    expect(report.waitedMs).toBe(1000);
    // auth ran to its end before the time ran out: it passed; every other check is not judged.
    expect(report.checks.filter((c) => c.status !== "unjudged").map((c) => c.name)).toEqual(["auth"]);
    expect(report.checks.find((c) => c.name === "stateful")?.reason).toBe(
      "the time limit of 0.1 s was reached before it finished",
    );
    expect(report.requestsNeeded).toBeUndefined();
    expect(report.deleted).toHaveLength(1);
    expect(left(e)).toBe(0);
  }, 10_000);

  it("page items that are no objects, and a page that is no list: findings, not a crash", async () => {
    const e = server();
    for (const items of [[null, 3, "x"], "abc"]) {
      const report = await run(
        async (input, init) => {
          const { method, url } = request(input, init);
          const answer = await e.fetch(input, init);
          if (method !== "GET" || !/\/Messages$/.test(url.pathname) || answer.status !== 200) return answer;
          return answerJson(answer, (page) => ({ ...page, messages: items }));
        },
        { checks: ["stateful", "lists", "identity"], service: undefined },
      );
      expect(report.checks.map((c) => c.status).filter((s) => s !== "skipped")).toEqual([
        "failed",
        "passed",
        "failed",
      ]);
      expect(left(e)).toBe(0);
    }
  });

  it("a page link with a user name and password on the target's origin: a finding, not a request", async () => {
    const e = server();
    const report = await run(
      onWalk(e, (page) => ({
        ...page,
        meta: {
          ...(page.meta as Json),
          next_page_url: `https://user:pw@${new URL(SERVER_ORIGIN).host}/v1/x`,
        },
      })),
      { checks: ["lists"], service: undefined },
    );
    expect(report.failures.map((f) => f.got.replace(/; the walk missed .*/, ""))).toEqual([
      `next_page_url "https://user:pw@${new URL(SERVER_ORIGIN).host}/v1/x" holds a user name or password: not followed, so the credentials stay on the target`,
      `next_page_url "https://user:pw@${new URL(SERVER_ORIGIN).host}/v1/x" holds a user name or password: not followed, so the credentials stay on the target`,
    ]);
    expect(report.exchanges.some((x) => x.request.url.includes("/v1/x"))).toBe(false);
  });
});

describe("a hostile server on loopback", () => {
  it("hands over links and redirects to another origin: none is followed, so no credential goes there", async () => {
    const elsewhere = await startServer((_request, response) => json(response, 200, {}));
    const e = server();
    const away = (text: string) => text.replaceAll(SERVER_ORIGIN, elsewhere.url);
    // The emulator behind a server that puts every URL it answers (url, links, page links) on
    // another origin, and answers a fetch of one message with a redirect there.
    const hostile = await startServer(async (request, response) => {
      const answer = await e.fetch(`${SERVER_ORIGIN}${request.url}`, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.method === "POST" ? request.body : undefined,
      });
      if (request.method === "GET" && /\/Messages\/IM\w+$/.test(request.url)) {
        response.writeHead(302, { location: `${elsewhere.url}${request.url}` });
        return response.end();
      }
      const text = away(await answer.text());
      response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" });
      response.end(text);
    });
    try {
      const report = await verify({
        target: hostile.url,
        username: ACCOUNT_SID,
        password: AUTH_TOKEN,
        conversation: CONVERSATION_SID,
        service: undefined,
        checks: ["stateful", "identity", "lists", "status"],
      });
      expect(elsewhere.received).toEqual([]);
      // A redirect is an answer, judged where it came (the fetched message is not there), never
      // followed; a page link elsewhere is a finding of its own.
      expect(report.failures.map((f) => `${f.check}: ${f.rule}: ${f.got.slice(0, 14)}`)).toEqual([
        "stateful: what the create sent comes back on fetch: 302",
        "stateful: an update is kept: 302",
        "stateful: a deleted message can still be fetched: 302",
        "identity: the message could not be fetched: 302",
        "lists: Order=asc, PageSize=2: next_page_url ",
        "lists: Order=desc, PageSize=2: next_page_url ",
      ]);
      expect(
        report.failures.filter((f) => f.got.includes(`is not on ${hostile.url} or Twilio's API`)),
      ).toHaveLength(2);
      expect(report.exchanges.every((x) => x.request.url.startsWith(hostile.url))).toBe(true);
      expect(left(e)).toBe(0);
    } finally {
      await hostile.close();
      await elsewhere.close();
    }
  });
});
