// The verifier at the edges of what a server can answer: bodies that are not JSON or empty, a 3xx
// where a success belongs, a target URL with trailing slashes, a spec without links, and errors of
// its own that must not pass for the server's.
import { describe, expect, it } from "vitest";
import { Unreachable } from "../../src/verifier/index.js";
import { CONVERSATION_SID } from "../support/fixtures";
import type { Json } from "../support/spec";
import {
  answerJson,
  emulatorWithCredentials,
  FIXED_NOW,
  failing,
  failureLines,
  left,
  request,
  run,
  TARGET,
} from "../support/verifier";

const server = () => emulatorWithCredentials({ now: FIXED_NOW });
const isCreate = (method: string, url: URL) => method === "POST" && /\/Messages$/.test(url.pathname);

describe("answers that are not what a check needs", () => {
  it("a server that answers every request 200 with no body: each check says so, none throws", async () => {
    const report = await run(async () => new Response(null, { status: 200 }), { service: undefined });
    const rules = [...new Set(report.failures.map((f) => `${f.check}: ${f.rule}`))];
    expect(
      rules.filter((r) => !/^(status|response-schema|content-type|positive-data|negative-data):/.test(r)),
    ).toEqual([
      "auth: no credentials were not refused",
      "auth: wrong credentials were not refused",
      "stateful: the create's answer has no SID a path can hold",
      "lists: a message to list could not be made",
    ]);
    // Every breach was accepted: each is named.
    expect(
      rules.filter((r) => r.startsWith("negative-data: accepted a request that ")).length,
    ).toBeGreaterThan(10);
    expect(report.checks.find((c) => c.name === "identity")).toMatchObject({ status: "unjudged" });
    expect(report.leftBehind).toEqual([]);
  });

  it("a create answered with a 3xx and the message: not a success, so not the run's to delete", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const response = await e.fetch(input, init);
        const { method, url } = request(input, init);
        if (!isCreate(method, url) || response.status !== 201) return response;
        return new Response(await response.text(), { status: 300, headers: response.headers });
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report).map((line) => line.slice(0, 98))).toEqual([
      "stateful | CreateConversationMessage | the create did not succeed | 201 with the new message | 300",
    ]);
    // It was made all the same; a 300 is no success, so the run does not know it as its own.
    expect(report.leftBehind).toEqual([]);
    expect(left(e)).toBe(1);
  });

  it("a list without its items while looking for the created message: not found", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const response = await e.fetch(input, init);
        const { method, url } = request(input, init);
        if (method !== "GET" || url.searchParams.get("Order") !== "desc" || url.searchParams.has("PageSize"))
          return response;
        return answerJson(response, (page) => ({ meta: page.meta }));
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      "stateful | ListConversationMessage | the created message is not in the list | IM#1 among the messages | not found on the newest-first pages",
    ]);
  });

  it("a created message hidden from a one-page list: one page looked at, then not found", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const response = await e.fetch(input, init);
        const { method, url } = request(input, init);
        if (method !== "GET" || !/\/Messages$/.test(url.pathname) || response.status !== 200) return response;
        return answerJson(response, (page) => ({ ...page, messages: [] }));
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(report.failures.map((f) => f.rule)).toEqual(["the created message is not in the list"]);
    expect(
      report.exchanges.filter((x) => x.purpose === "stateful: look for the created message in the list"),
    ).toHaveLength(1);
  });

  it("a server error on the identity fetch or the first page of a list is no-server-error's alone", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const fetchOfMessage = method === "GET" && /\/Messages\/IM/.test(url.pathname);
        const firstPage =
          method === "GET" && url.searchParams.get("PageSize") === "2" && !url.searchParams.has("Page");
        if (fetchOfMessage || firstPage)
          return Response.json(
            { code: 20500, message: "x", more_info: "https://x", status: 500 },
            { status: 500 },
          );
        return e.fetch(input, init);
      },
      { checks: ["identity", "lists", "no-server-error"], service: undefined },
    );
    expect(failing(report)).toEqual(["no-server-error"]);
    expect(report.checks.find((c) => c.name === "identity")).toMatchObject({
      status: "unjudged",
      reason: "nothing to judge",
    });
    // The first direction's 500 ends the lists check: no second direction is asked.
    expect(
      report.exchanges.filter((x) => /^lists: (asc|desc), /.test(x.purpose)).map((x) => x.purpose),
    ).toEqual(["lists: asc, 2 a page"]);
  });

  it("a server error on a valid or an invalid request is no-server-error's alone", async () => {
    const e = server();
    const report = await run(
      async (input, init) =>
        request(input, init).url.searchParams.has("Order")
          ? Response.json({ code: 20500, message: "x", more_info: "https://x", status: 500 }, { status: 500 })
          : e.fetch(input, init),
      { checks: ["positive-data", "negative-data", "no-server-error"], service: undefined },
    );
    expect(failing(report)).toEqual(["no-server-error"]);
  });

  it("an update answered with another body: the update answer has the change, named", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url, body } = request(input, init);
        const response = await e.fetch(input, init);
        if (
          method !== "POST" ||
          !/\/Messages\/IM/.test(url.pathname) ||
          !/ updated$/.test(body.get("Body") ?? "")
        )
          return response;
        return answerJson(response, (m: Json) => ({ ...m, author: "someone else" }));
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      'stateful | UpdateConversationMessage | the update answer has the change | author "verify-# updated" | author "someone else"',
    ]);
  });
});

describe("the target and the run's own errors", () => {
  it("trailing slashes on the target are dropped, also when page links are re-based onto it", async () => {
    const e = server();
    const report = await run(e.fetch, {
      target: `${TARGET}//`,
      checks: ["lists", "stateful"],
      service: undefined,
    });
    expect(report.failures).toEqual([]);
    for (const x of report.exchanges)
      expect(x.request.url).toMatch(/^https:\/\/conversations\.twilio\.com\/v1\//);
    expect(report.target).toBe(`${TARGET}//`);
  });

  it("an error of the verifier's own (not the server's connection) is thrown, not reported as the server's", async () => {
    const broken = run(
      async () => ({ status: 200, headers: null, text: async () => "" }) as unknown as Response,
      {
        service: undefined,
      },
    );
    await expect(broken).rejects.toThrow(TypeError);
  });

  it("Unreachable is named so, and the report's duration is the run's", async () => {
    const failed = await run(
      async () => {
        throw new TypeError("fetch failed");
      },
      { service: undefined },
    ).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Unreachable);
    expect((failed as Error).name).toBe("Unreachable");
    const started = Date.now();
    const report = await run(server().fetch, { checks: ["auth"], service: undefined });
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    expect(report.durationMs).toBeLessThanOrEqual(Date.now() - started);
  });

  it("a check not chosen is reported whole: skipped, why, nothing judged, no failures", async () => {
    const report = await run(server().fetch, { checks: ["auth"], service: undefined });
    expect(report.checks.find((c) => c.name === "lists")).toEqual({
      name: "lists",
      status: "skipped",
      reason: "not selected (--checks, --exclude-checks)",
      judged: 0,
      failures: [],
    });
  });

  it("a clean-up delete answered with a 3xx leaves the message in the report", async () => {
    const e = server();
    const report = await run(
      async (input, init) =>
        init?.method === "DELETE" ? new Response(null, { status: 300 }) : e.fetch(input, init),
      { checks: ["lists"], service: undefined },
    );
    expect(report.leftBehind).toHaveLength(3);
    expect(report.leftBehind).toEqual(e.messages(CONVERSATION_SID).map((m) => m.sid));
  });
});
