// Each way a server can break what a check asks, one at a time, and what the verifier says about
// it: the check that fails, its rule, what it expected and what came back, word for word. The
// emulator is the server; a wrapper around its fetch is the defect.
import { describe, expect, it } from "vitest";
import { urlFor } from "../../src/core/operations.js";
import { newSid } from "../../src/core/sids.js";
import { Unreachable } from "../../src/verifier/index.js";
import { operationOf } from "../../src/verifier/spec.js";
import { CONVERSATION_SID, spec } from "../support/fixtures";
import type { Json } from "../support/spec";
import {
  answerJson,
  emulatorWithCredentials,
  FIXED_NOW,
  failing,
  failureLines,
  left,
  ON_MESSAGE,
  onWalk,
  request,
  run,
  twilioError,
} from "../support/verifier";

const server = () => emulatorWithCredentials({ now: FIXED_NOW });
const SERVER_ORIGIN = new URL(spec.servers[0].url).origin;
/** The list's URL on the spec's server, for the fixtures' conversation. */
const LIST_URL = urlFor(SERVER_ORIGIN, operationOf("default", "list").operation, {
  ConversationSid: CONVERSATION_SID,
});

const isList = (method: string, url: URL) => method === "GET" && /\/Messages$/.test(url.pathname);

const purposes = (report: { exchanges: { purpose: string }[] }, pattern: RegExp) =>
  report.exchanges.filter((x) => pattern.test(x.purpose)).length;

describe("lists: the walk over next_page_url", () => {
  it("a page that drops a message: the walk missed it, and a page shorter than its size had a next link", async () => {
    const e = server();
    const report = await run(
      onWalk(e, (page) => ({ ...page, messages: (page.messages as Json[]).slice(0, 1) })),
      { checks: ["lists"], service: undefined },
    );
    expect(failing(report)).toEqual(["lists"]);
    expect(failureLines(report)).toEqual([
      "lists | ListConversationMessage | Order=asc, PageSize=2 | pages as asked, in order, every message once | next_page_url after page 0 of 1, fewer than its page_size 2; the walk missed IM#1",
      "lists | ListConversationMessage | Order=desc, PageSize=2 | pages as asked, in order, every message once | next_page_url after page 0 of 1, fewer than its page_size 2; the walk missed IM#1",
    ]);
    expect(left(e)).toBe(0);
  });

  it("a next_page_url back to the same page: each message twice, and the walk stops at 100 pages", async () => {
    const e = server();
    const report = await run(
      onWalk(e, (page) => {
        const meta = page.meta as Json;
        return { ...page, meta: { ...meta, next_page_url: meta.url, page: 0 } };
      }),
      { checks: ["lists"], service: undefined },
    );
    expect(failing(report)).toEqual(["lists"]);
    expect(purposes(report, /^lists: follow next_page_url \(asc\)$/)).toBe(99);
    expect(purposes(report, /^lists: follow next_page_url \(desc\)$/)).toBe(99);
    const [asc] = report.failures;
    expect(asc?.rule).toBe("Order=asc, PageSize=2");
    const problems = asc?.got.split("; ") ?? [];
    expect(problems.filter((p) => / twice in the walk$/.test(p))).toHaveLength(99 * 2);
    expect(problems.filter((p) => /^meta\.page 0 on page \d+$/.test(p))).toHaveLength(99);
    expect(problems).toContain("meta.page 0 on page 1");
    expect(problems).toContain("meta.page 0 on page 99");
    expect(
      problems.some((p) => /^Order=asc walked index \d+, \d+, \d+, \d+, \d+, \d+, \d+, \d+, …$/.test(p)),
    ).toBe(true);
  });

  it("a correct server with a conversation too long to walk at two a page: lists is not judged, saying why", async () => {
    const e = server();
    e.seed(
      CONVERSATION_SID,
      Array.from({ length: 201 }, (_, i) => ({ body: `m${i}` })),
    );
    const report = await run(e.fetch, { checks: ["lists"], service: undefined });
    expect(report.checks.find((c) => c.name === "lists")).toMatchObject({
      status: "unjudged",
      reason:
        "the walk at PageSize=2 was longer than 100 pages: use a conversation of fewer than 200 messages",
    });
    expect(report.failures).toEqual([]);
  });

  it("a first page whose meta disagrees with the request: each disagreement named", async () => {
    const e = server();
    const report = await run(
      onWalk(e, (page, url) => {
        if (url.searchParams.has("Page")) return page;
        const meta = page.meta as Json;
        return {
          messages: [...(page.messages as Json[]), ...(page.messages as Json[])].slice(0, 3),
          meta: {
            ...meta,
            page: 1,
            page_size: 3,
            previous_page_url: meta.first_page_url,
            key: "items",
            url: String(meta.url).replace(/PageSize=2/, "PageSize=3"),
          },
        };
      }),
      { checks: ["lists"], service: undefined },
    );
    expect(failing(report)).toEqual(["lists"]);
    expect(failureLines(report, Infinity)).toEqual([
      `lists | ListConversationMessage | Order=asc, PageSize=2 | pages as asked, in order, every message once | 3 items on a page of 2; meta.page_size 3, asked 2; meta.page 1 on the first page; meta.previous_page_url on the first page; meta.key "items"; meta.url ${LIST_URL}?Order=asc&PageSize=3&Page=0 does not ask for PageSize=2; IM#1 twice in the walk; Order=asc walked index 0, 1, 0, 2`,
      `lists | ListConversationMessage | Order=desc, PageSize=2 | pages as asked, in order, every message once | 3 items on a page of 2; meta.page_size 3, asked 2; meta.page 1 on the first page; meta.previous_page_url on the first page; meta.key "items"; meta.url ${LIST_URL}?Order=desc&PageSize=3&Page=0 does not ask for PageSize=2; IM#2 twice in the walk; Order=desc walked index 2, 1, 2, 0`,
    ]);
  });

  it("a following page numbered wrong, with more messages than asked", async () => {
    const e = server();
    e.seed(CONVERSATION_SID, [{ body: "one" }, { body: "two" }, { body: "three" }]);
    const report = await run(
      onWalk(e, (page, url) => {
        if (!url.searchParams.has("Page")) return page;
        const messages = page.messages as Json[];
        return {
          ...page,
          meta: { ...(page.meta as Json), page: 7 },
          messages: [...messages, ...messages].slice(0, 3),
        };
      }),
      { checks: ["lists"], service: undefined },
    );
    expect(failing(report)).toEqual(["lists"]);
    const problems = report.failures.map((f) => f.got.split("; ").filter((p) => !/twice|walked/.test(p)));
    expect(problems[0]?.slice(0, 2)).toEqual(["meta.page 7 on page 1", "3 items on a following page of 2"]);
    expect(problems[1]?.slice(0, 2)).toEqual(["meta.page 7 on page 1", "3 items on a following page of 2"]);
  });

  it("a next_page_url that answers 404 ends the walk, named with its URL", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        if (
          isList(method, url) &&
          url.searchParams.get("PageSize") === "2" &&
          url.searchParams.get("Page") === "1"
        )
          return twilioError(404, "The requested resource was not found");
        return e.fetch(input, init);
      },
      { checks: ["lists"], service: undefined },
    );
    expect(failing(report)).toEqual(["lists"]);
    expect(failureLines(report, Infinity)).toEqual([
      `lists | ListConversationMessage | Order=asc, PageSize=2 | pages as asked, in order, every message once | next_page_url ${LIST_URL}?Order=asc&PageSize=2&Page=1&PageToken=PAIM#1 answered 404; the walk missed IM#2`,
      `lists | ListConversationMessage | Order=desc, PageSize=2 | pages as asked, in order, every message once | next_page_url ${LIST_URL}?Order=desc&PageSize=2&Page=1&PageToken=PAIM#1 answered 404; the walk missed IM#3`,
    ]);
  });

  it("a first page that is no page: the list could not be read, and nothing is walked", async () => {
    const e = server();
    const report = await run(
      onWalk(e, () => ({})),
      { checks: ["lists"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      "lists | ListConversationMessage | the list could not be read | 200 with a page | 200 {}",
      "lists | ListConversationMessage | the list could not be read | 200 with a page | 200 {}",
    ]);
    expect(purposes(report, /^lists: follow/)).toBe(0);
  });

  it("page links on the spec's server are followed on the target; relative ones on the target", async () => {
    const target = "http://verify.test:8080/";
    for (const rewrite of [
      (link: string) => link.replace("http://verify.test:8080", SERVER_ORIGIN),
      (link: string) => link.replace("http://verify.test:8080", ""),
    ]) {
      const e = server();
      const report = await run(
        onWalk(e, (page) => {
          const meta = page.meta as Json;
          const next = meta.next_page_url;
          return {
            ...page,
            meta: { ...meta, next_page_url: typeof next === "string" ? rewrite(next) : next },
          };
        }),
        { checks: ["lists"], service: undefined, target },
      );
      expect(report.failures).toEqual([]);
      const follows = report.exchanges.filter((x) => x.purpose.startsWith("lists: follow"));
      expect(follows.length).toBe(2);
      for (const x of follows)
        expect(x.request.url).toMatch(
          /^http:\/\/verify\.test:8080\/v1\/Conversations\/CH\w+\/Messages\?Order=(asc|desc)&PageSize=2&Page=1&PageToken=PA/,
        );
    }
  });

  it("a page link on another origin is a finding, never a request: the credentials stay on the target", async () => {
    const e = server();
    const report = await run(
      onWalk(e, (page) => {
        const meta = page.meta as Json;
        const next = meta.next_page_url;
        return {
          ...page,
          meta: {
            ...meta,
            next_page_url:
              typeof next === "string" ? next.replace(SERVER_ORIGIN, "http://elsewhere.test") : next,
          },
        };
      }),
      { checks: ["lists"], service: undefined },
    );
    expect(failureLines(report, 400)).toEqual(
      ["asc", "desc"].map(
        (order) =>
          `lists | ListConversationMessage | Order=${order}, PageSize=2 | pages as asked, in order, every message once | next_page_url "http://elsewhere.test/v1/Conversations/${CONVERSATION_SID}/Messages?Order=${order}&PageSize=2&Page=1&PageToken=PAIM#1" is not on ${SERVER_ORIGIN} or Twilio's API: not followed, so the credentials stay on the target; the walk missed IM#${order === "asc" ? 2 : 3}`,
      ),
    );
    expect(report.exchanges.map((x) => new URL(x.request.url).origin)).not.toContain("http://elsewhere.test");
    expect(purposes(report, /^lists: follow/)).toBe(0);
  });

  it("a page link that is no URL is a finding too; the walk stops there", async () => {
    const e = server();
    const report = await run(
      onWalk(e, (page) => ({
        ...page,
        meta: {
          ...(page.meta as Json),
          next_page_url: (page.meta as Json).next_page_url ? "http://[bad" : null,
        },
      })),
      { checks: ["lists"], service: undefined },
    );
    expect(report.failures.map((f) => f.got.replace(/; the walk missed .*/, ""))).toEqual([
      'next_page_url "http://[bad" is not a URL: not followed, so the credentials stay on the target',
      'next_page_url "http://[bad" is not a URL: not followed, so the credentials stay on the target',
    ]);
    expect(purposes(report, /^lists: follow/)).toBe(0);
  });

  it("a message to list that cannot be made ends the check with that", async () => {
    const e = server();
    const report = await run(
      async (input, init) =>
        /list 1$/.test(request(input, init).body.get("Body") ?? "")
          ? twilioError(400, "Invalid parameter: Body")
          : e.fetch(input, init),
      { checks: ["lists"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      `lists | CreateConversationMessage | a message to list could not be made | 201 | 400 {"code":20400,"message":"Invalid parameter: Body","more_info":"https://www.twilio.com/docs/errors/20001","status":400}`,
    ]);
    expect(purposes(report, /^lists: (asc|desc)/)).toBe(0);
    expect(left(e)).toBe(0);
  });
});

describe("stateful", () => {
  it("a create that fails: nothing else of the check runs", async () => {
    const e = server();
    const report = await run(
      async (input, init) =>
        / stateful$/.test(request(input, init).body.get("Body") ?? "")
          ? twilioError(400, "Invalid parameter")
          : e.fetch(input, init),
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      `stateful | CreateConversationMessage | the create did not succeed | 201 with the new message | 400 {"code":20400,"message":"Invalid parameter","more_info":"https://www.twilio.com/docs/errors/20001","status":400}`,
    ]);
    expect(report.exchanges.map((x) => x.purpose)).toEqual([
      "probe: list the conversation's messages",
      "stateful: create a message",
    ]);
  });

  it("a created message missing from the list: looked for on three newest-first pages", async () => {
    const e = server();
    e.seed(
      CONVERSATION_SID,
      Array.from({ length: 160 }, (_, i) => ({ body: `seeded ${i}` })),
    );
    const hidden = new Set<string>();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const response = await e.fetch(input, init);
        if (method === "POST" && / stateful$/.test(request(input, init).body.get("Body") ?? ""))
          hidden.add((await response.clone().json()).sid);
        if (!isList(method, url) || response.status !== 200) return response;
        return answerJson(response, (page) => ({
          ...page,
          messages: (page.messages as Json[]).filter((m) => !hidden.has(m.sid as string)),
        }));
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      "stateful | ListConversationMessage | the created message is not in the list | IM#1 among the messages | not found on the newest-first pages",
    ]);
    const looks = report.exchanges.filter(
      (x) => x.purpose === "stateful: look for the created message in the list",
    );
    expect(looks.map((x) => new URL(x.request.url).searchParams.get("Order"))).toEqual([
      "desc",
      "desc",
      "desc",
    ]);
    expect(looks.map((x) => new URL(x.request.url).searchParams.get("Page"))).toEqual([null, "1", "2"]);
  });

  it("a fetch that does not echo what the create sent names each field that differs", async () => {
    const e = server();
    let first = true;
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const response = await e.fetch(input, init);
        if (method !== "GET" || !ON_MESSAGE.test(url.pathname) || !first) return response;
        first = false;
        return answerJson(response, (m) => ({ ...m, body: "other", attributes: "{}" }));
      },
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      'stateful | FetchConversationMessage | what the create sent comes back on fetch | body "verify-# stateful", attributes "{\\"check\\":\\"stateful\\"}" | body "other", attributes "{}"',
    ]);
  });

  /** The emulator, but the first fetch of a message gets this answer instead. */
  const firstFetchFails = (answer: () => Response): typeof fetch => {
    const e = server();
    let failed = false;
    return async (input, init) => {
      const { method, url } = request(input, init);
      if (method === "GET" && ON_MESSAGE.test(url.pathname) && !failed) {
        failed = true;
        return answer();
      }
      return e.fetch(input, init);
    };
  };

  it("a fetch of the created message that fails: the echo cannot be judged", async () => {
    const report = await run(
      firstFetchFails(() => twilioError(404, "The requested resource was not found")),
      { checks: ["stateful"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      `stateful | FetchConversationMessage | what the create sent comes back on fetch | 200 with the message | 404 {"code":20404,"message":"The requested resource was not found","more_info":"https://www.twilio.com/docs/errors/20001","status":404}`,
    ]);
  });

  it("a server error on the fetch is no-server-error's to judge, not stateful's", async () => {
    const report = await run(
      firstFetchFails(() => twilioError(503, "Service Unavailable")),
      { checks: ["stateful", "no-server-error"], service: undefined },
    );
    expect(failing(report)).toEqual(["no-server-error"]);
  });
});

describe("identity", () => {
  const identityOnly = { checks: ["identity"] as const, service: undefined };
  const withUrl =
    (e: ReturnType<typeof server>, url: unknown): typeof fetch =>
    async (input, init) => {
      const { method, url: asked } = request(input, init);
      const response = await e.fetch(input, init);
      if (method !== "GET" || !ON_MESSAGE.test(asked.pathname) || response.status !== 200) return response;
      return answerJson(response, (m) => ({ ...m, url }));
    };

  it("a url that is not the message's own, not absolute, or not http(s) is named with the path expected", async () => {
    for (const url of [
      `${LIST_URL}/${newSid("MessageSid")}`,
      `/v1/Conversations/${CONVERSATION_SID}/Messages/IM0`,
      `ftp://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}/Messages/IM0`,
      null,
    ]) {
      const e = server();
      const report = await run(withUrl(e, url), { ...identityOnly, checks: ["identity"] });
      const sid = e.requests.find((r) => r.action === "fetch")?.params.path.Sid;
      expect(report.failures.map((f) => [f.check, f.rule, f.expected, f.got])).toEqual([
        [
          "identity",
          "the answer is not the message the path names",
          "the path's SIDs and the message's own url",
          `url ${JSON.stringify(url)} (expected an absolute URL of /v1/Conversations/${CONVERSATION_SID}/Messages/${sid})`,
        ],
      ]);
    }
  });

  it("the same path on an http origin is the message's own url", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const response = await withUrl(e, "placeholder")(input, init);
        const { method, url } = request(input, init);
        if (method !== "GET" || !ON_MESSAGE.test(url.pathname) || response.status !== 200) return response;
        return answerJson(response, (m) => ({ ...m, url: `http://127.0.0.1:9${url.pathname}` }));
      },
      { checks: ["identity"], service: undefined },
    );
    expect(report.failures).toEqual([]);
    expect(report.checks.find((c) => c.name === "identity")?.status).toBe("passed");
  });

  it("a fetch that fails: the message could not be fetched", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        if (method === "GET" && ON_MESSAGE.test(url.pathname)) return twilioError(404, "Not found");
        return e.fetch(input, init);
      },
      { checks: ["identity"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      `identity | FetchConversationMessage | the message could not be fetched | 200 with the message | 404 {"code":20404,"message":"Not found","more_info":"https://www.twilio.com/docs/errors/20001","status":404}`,
    ]);
  });

  it("--live on an empty conversation: nothing to fetch, so identity is not judged, saying why", async () => {
    const e = server();
    const report = await run(e.fetch, { checks: ["identity", "lists"], service: undefined, live: true });
    expect(
      report.checks
        .filter((c) => c.status !== "skipped" || c.reason !== "not selected (--checks, --exclude-checks)")
        .map((c) => [c.name, c.status, c.reason]),
    ).toEqual([
      [
        "identity",
        "unjudged",
        "the conversation has no message to fetch, and writes are off (--allow-writes makes one)",
      ],
      ["lists", "passed", undefined],
    ]);
    const setUp = report.exchanges.filter((x) => x.purpose === "set-up: find a message to work on");
    expect(setUp).toHaveLength(1);
  });

  it("--live fetches the conversation's first message, found by a list", async () => {
    const e = server();
    e.seed(CONVERSATION_SID, [{ body: "first" }, { body: "second" }]);
    const report = await run(e.fetch, { checks: ["identity"], service: undefined, live: true });
    expect(report.failures).toEqual([]);
    const first = e.messages(CONVERSATION_SID)[0]?.sid;
    expect(e.requests.filter((r) => r.action === "fetch").map((r) => r.params.path.Sid)).toEqual([first]);
  });
});

describe("auth", () => {
  it("a 401 without Twilio's error body is not the refusal the spec documents", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const response = await e.fetch(input, init);
        return response.status === 401 ? Response.json({ error: "no" }, { status: 401 }) : response;
      },
      { checks: ["auth"], service: undefined },
    );
    expect(failureLines(report)).toEqual([
      `auth | ListConversationMessage | no credentials were not refused | 401 with Twilio's error body | 401 {"error":"no"}`,
      `auth | ListConversationMessage | wrong credentials were not refused | 401 with Twilio's error body | 401 {"error":"no"}`,
      `auth | ListConversationMessageReceipt | no credentials were not refused | 401 with Twilio's error body | 401 {"error":"no"}`,
      `auth | ListConversationMessageReceipt | wrong credentials were not refused | 401 with Twilio's error body | 401 {"error":"no"}`,
    ]);
  });
});

describe("the answers every request gets", () => {
  it("a delete that answers a body where none is documented, and a fetch answering no JSON", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const response = await e.fetch(input, init);
        if (method === "DELETE" && response.status === 204) return new Response("gone", { status: 200 });
        if (method === "GET" && ON_MESSAGE.test(url.pathname) && response.status === 200)
          return new Response("not json", { status: 200, headers: { "content-type": "application/json" } });
        return response;
      },
      { checks: ["stateful", "response-schema", "status"], service: undefined },
    );
    const lines = [...new Set(failureLines(report).filter((line) => !line.startsWith("stateful")))];
    expect(lines).toEqual([
      "response-schema | FetchConversationMessage | the body is not JSON | a body valid against the spec's schema for FetchConversationMessage 200 | 200 not json",
      "status | DeleteConversationMessage | status 200 is not documented for DeleteConversationMessage | a status the operation documents | 200 gone",
    ]);
  });

  it("a 204 with a body, and a JSON answer without a Content-Type", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url } = request(input, init);
        const response = await e.fetch(input, init);
        // A 204 with a body: no Response can be made with one, so an object that answers like it.
        if (method === "DELETE" && response.status === 204)
          return { status: 204, headers: new Headers(), body: new Blob(["gone"]).stream() } as Response;
        if (method === "GET" && ON_MESSAGE.test(url.pathname) && response.status === 200) {
          const text = await response.text();
          const bare = new Response(text, { status: 200 });
          bare.headers.delete("content-type");
          return bare;
        }
        return response;
      },
      { checks: ["stateful", "content-type"], service: undefined },
    );
    expect([...new Set(failureLines(report).filter((line) => !line.startsWith("stateful")))]).toEqual([
      "content-type | FetchConversationMessage | Content-Type (none) | application/json | 200 Content-Type: (none)",
      "content-type | DeleteConversationMessage | a body where the spec documents none | no body | 204 Content-Type: (none)",
    ]);
  });
});

describe("the run as a whole", () => {
  it("a connection lost mid-run is a failure of no-server-error, and the clean-up still runs", async () => {
    const e = server();
    let sent = 0;
    const report = await run(
      async (input, init) => {
        // The twelfth request of the checks (a delete is the clean-up's, or a check's own).
        if (init?.method !== "DELETE" && ++sent === 12)
          throw new TypeError("fetch failed", { cause: new Error("socket hang up") });
        return e.fetch(input, init);
      },
      { service: undefined },
    );
    expect(report.failures.map((f) => [f.check, f.operation, f.rule, f.expected, f.got])).toEqual([
      [
        "no-server-error",
        "(connection)",
        "the connection failed mid-run",
        "an answer",
        "fetch failed: socket hang up",
      ],
    ]);
    expect(left(e)).toBe(0);
    expect(report.leftBehind).toEqual([]);
  });

  it("a target that cannot be reached at all throws Unreachable, naming it and the cause", async () => {
    const attempt = run(
      async () => {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
        });
      },
      { target: "http://127.0.0.1:9" },
    );
    await expect(attempt).rejects.toThrow(Unreachable);
    await expect(attempt).rejects.toThrow(
      /^cannot reach http:\/\/127\.0\.0\.1:9: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:9$/,
    );
  });

  it("a delete that answers 404 in the clean-up means gone; one that fails leaves the SID in the report", async () => {
    const gone = server();
    const report = await run(
      async (input, init) => {
        const response = await gone.fetch(input, init);
        return init?.method === "DELETE" ? twilioError(404, "Not found") : response;
      },
      { checks: ["lists"], service: undefined },
    );
    expect(report.leftBehind).toEqual([]);
    expect(left(gone)).toBe(0);

    const stuck = server();
    const failed = await run(
      async (input, init) =>
        init?.method === "DELETE" ? twilioError(500, "Internal Server Error") : stuck.fetch(input, init),
      { checks: ["lists"], service: undefined },
    );
    expect(failed.leftBehind).toEqual(stuck.messages(CONVERSATION_SID).map((m) => m.sid));
    expect(failed.leftBehind).toHaveLength(3);
    const cleanUps = failed.exchanges.filter((x) => x.purpose === "clean-up: delete a message the run made");
    expect(cleanUps.map((x) => x.status)).toEqual([500, 500, 500]);
  });

  it("a spent budget: no check passes; each not judged says how big the budget was, and where it ran out", async () => {
    const e = server();
    const report = await run(e.fetch, { maxRequests: 8 });
    expect(report.checks.map((c) => [c.name, c.status, c.reason])).toEqual([
      ["status", "unjudged", "the budget of 8 requests was spent before the run finished"],
      ["content-type", "unjudged", "the budget of 8 requests was spent before the run finished"],
      ["response-schema", "unjudged", "the budget of 8 requests was spent before the run finished"],
      ["no-server-error", "unjudged", "the budget of 8 requests was spent before the run finished"],
      ["positive-data", "unjudged", "the budget of 8 requests was spent before it started"],
      ["negative-data", "unjudged", "the budget of 8 requests was spent before it started"],
      ["auth", "unjudged", "the budget of 8 requests was spent before the service family"],
      ["stateful", "unjudged", "the budget of 8 requests was spent before it finished"],
      ["identity", "unjudged", "the budget of 8 requests was spent before it started"],
      ["lists", "unjudged", "the budget of 8 requests was spent before it started"],
      ["delivery", "unjudged", "the budget of 8 requests was spent before it started"],
    ]);
    expect(report.stopped).toEqual({ kind: "budget", message: "the budget of 8 requests was spent" });
    expect(report.counted).toBe(8);
    expect(report.requests).toBe(8 + report.exchanges.filter((x) => x.purpose.startsWith("clean-up")).length);
    // What a full run takes: the same run against a correct server with no budget.
    const full = await run(server().fetch);
    expect(report.requestsNeeded).toBe(full.counted);
    expect(full.requestsNeeded).toBeUndefined();
    expect(left(e)).toBe(0);
  });

  it("a budget spent in a check skips the rest of it; one spent by the first family skips the second", async () => {
    const e = server();
    const one = await run(e.fetch, { maxRequests: 1, checks: ["auth"], service: undefined });
    expect(one.checks.find((c) => c.name === "auth")).toMatchObject({
      status: "unjudged",
      reason: "the budget of 1 requests was spent before it finished",
      judged: 0,
    });
    const services: string[] = [];
    const three = await run(
      async (input, init) => {
        const { pathname } = request(input, init).url;
        if (/\/Services\//.test(pathname)) services.push(pathname);
        return e.fetch(input, init);
      },
      { maxRequests: 5, checks: ["auth"] },
    );
    // The probe, then no and wrong credentials on the messages and on their receipts.
    expect(services).toEqual([]);
    expect(three.checks.find((c) => c.name === "auth")).toMatchObject({
      status: "unjudged",
      reason: "the budget of 5 requests was spent before the service family",
      judged: 4,
    });
    expect(three.exchanges.map((x) => x.purpose)).toEqual([
      "probe: list the conversation's messages",
      "auth: none credentials",
      "auth: wrong credentials",
      "auth: none credentials",
      "auth: wrong credentials",
    ]);
  });

  it("an accepted create of a body over its byte limit is named, cut to 40 characters, and cleaned up", async () => {
    const e = server();
    const report = await run(
      async (input, init) => {
        const { method, url, body } = request(input, init);
        const text = body.get("Body");
        if (method === "POST" && !ON_MESSAGE.test(url.pathname) && text && text.length > 30_000) {
          body.set("Body", text.slice(0, 10));
          return e.fetch(input, { ...init, body: body.toString() });
        }
        return e.fetch(input, init);
      },
      { checks: ["negative-data"], service: undefined },
    );
    expect(failing(report)).toEqual(["negative-data"]);
    expect(report.failures.map((f) => f.rule)).toEqual([
      `accepted a request that body Body breaks x-max-bytes ("${"a".repeat(37)}…")`,
    ]);
    expect(left(e)).toBe(0);
  });
});
