// A run that is stopped, told about, or given what no correct server gives: interrupted, it still
// cleans up; it says as it goes which check starts and what it waits for; refused credentials end
// it at once; and a hostile server (SIDs that are paths, links elsewhere, answers too large, a
// clock run out) gets findings, never a crash, a request elsewhere or an unbounded run.
import { describe, expect, it } from "vitest";
import { CredentialsRefused, type Progress, verify } from "../../src/verifier/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "../support/fixtures";
import { json, startServer } from "../support/servers";
import type { Json } from "../support/spec";
import {
  answerJson,
  emulatorWithCredentials,
  FIXED_NOW,
  failureLines,
  left,
  request,
  run,
} from "../support/verifier";

const server = (options: Parameters<typeof emulatorWithCredentials>[0] = {}) =>
  emulatorWithCredentials({ now: FIXED_NOW, ...options });
const SERVER_ORIGIN = new URL(spec.servers[0].url).origin;
/** Where the emulator behind a loopback server answers: the spec's own server. */
const TARGET_ORIGIN = SERVER_ORIGIN;
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
    expect(report.stopped).toBe("the run was interrupted");
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
    const e = server({ rateLimit: 30 });
    const events: Progress[] = [];
    const report = await run(e.fetch, { onProgress: (event) => events.push(event) });
    expect(report.failures).toEqual([]);
    const starts = events.flatMap((x) => (x.kind === "check" ? [`${x.family} ${x.check}`] : []));
    const order = ["auth", "stateful", "identity", "lists", "positive-data", "negative-data"];
    expect(starts).toEqual([...order.map((c) => `default ${c}`), ...order.map((c) => `service ${c}`)]);
    const waits = events.filter((x) => x.kind === "wait");
    expect(waits.length).toBeGreaterThan(0);
    expect(
      waits.every((x) => x.kind === "wait" && x.ms >= 1000 && /^[A-Z]\w+Message$/.test(x.operation)),
    ).toBe(true);
    const made = events.flatMap((x) => (x.kind === "made" ? [x.sid] : []));
    const gone = events.flatMap((x) => (x.kind === "gone" ? [x.sid] : []));
    expect(made.length).toBeGreaterThan(3);
    expect(gone.sort()).toEqual([...made].sort());
    const cleanUp = events.find((x) => x.kind === "clean-up");
    expect(cleanUp && cleanUp.kind === "clean-up" && cleanUp.sids.sort()).toEqual(report.deleted.sort());
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
      `stateful | ListConversationMessage | a next_page_url that leads away from the target | IM#1 among the messages, on pages of the target | next_page_url "https://evil.test/steal?Page=1" is not on the target's origin (${SERVER_ORIGIN}): not followed, so the credentials stay on the target`,
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
    ]);
  });

  it("a clock run out: no request of the checks after it, what is left not judged, the clean-up done", async () => {
    const e = server();
    let first = true;
    const report = await run(
      async (input, init) => {
        // The probe's answer comes after the time limit.
        if (first) await new Promise((resolve) => setTimeout(resolve, 80));
        first = false;
        return e.fetch(input, init);
      },
      { maxTimeMs: 50 },
    );
    expect(report.stopped).toBe("the time limit of 0.05 s was reached");
    expect(report.counted).toBe(1);
    expect(report.checks.map((c) => c.status)).toEqual(report.checks.map(() => "unjudged"));
    expect(report.checks.find((c) => c.name === "auth")?.reason).toBe(
      "the time limit of 0.05 s was reached before it started",
    );
    expect(report.requestsNeeded).toBeUndefined();
    expect(left(e)).toBe(0);
    expect(e.messages(CONVERSATION_SID, { service: SERVICE_SID })).toEqual([]);
  });
});

describe("a hostile server on loopback", () => {
  it("hands over links and redirects to another origin: none is followed, so no credential goes there", async () => {
    const elsewhere = await startServer((_request, response) => json(response, 200, {}));
    const e = server();
    const away = (text: string) => text.replaceAll(TARGET_ORIGIN, elsewhere.url);
    // The emulator behind a server that puts every URL it answers (url, links, page links) on
    // another origin, and answers a fetch of one message with a redirect there.
    const hostile = await startServer(async (request, response) => {
      const answer = await e.fetch(`${TARGET_ORIGIN}${request.url}`, {
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
        report.failures.filter((f) => f.got.includes(`is not on the target's origin (${hostile.url})`)),
      ).toHaveLength(2);
      expect(report.exchanges.every((x) => x.request.url.startsWith(hostile.url))).toBe(true);
      expect(left(e)).toBe(0);
    } finally {
      await hostile.close();
      await elsewhere.close();
    }
  });
});
