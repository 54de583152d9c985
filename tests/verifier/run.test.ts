// A run's bookkeeping, and the checks every answer goes through (status, content type, response
// schema, no server error), each judged only when it was chosen.
import { describe, expect, it } from "vitest";
import { RunStopped, Sender } from "../../src/verifier/exchange.js";
import {
  CHECK_DESCRIPTIONS,
  CHECKS,
  type CheckName,
  type Progress,
  Run,
  shortAnswer,
} from "../../src/verifier/run.js";
import { operationOf } from "../../src/verifier/spec.js";

const fetchOp = operationOf("default", "fetch");
const path = { ConversationSid: "CH0", Sid: "IM0" };

function runWith(answer: () => Response, checks: readonly CheckName[] = CHECKS) {
  const sender = new Sender({
    target: "http://verify.test",
    fetch: async () => answer(),
    username: "AC",
    password: "p",
    maxRequests: 10,
    maxWaitMs: 0,
    timeoutMs: 1000,
  });
  return new Run(sender, checks);
}

const exchangeOf = (text: string, status = 200) => ({
  n: 1,
  operation: "FetchConversationMessage",
  purpose: "p",
  request: { method: "GET", url: "http://x", headers: {}, credentials: "right" as const },
  status,
  headers: {},
  text,
});

describe("shortAnswer", () => {
  it("the status and the body, the body cut at 300 characters saying how long it was", () => {
    expect(shortAnswer(exchangeOf("", 204))).toBe("204");
    expect(shortAnswer(exchangeOf("x".repeat(300)))).toBe(`200 ${"x".repeat(300)}`);
    expect(shortAnswer(exchangeOf("x".repeat(301)))).toBe(`200 ${"x".repeat(300)}… (301 characters)`);
  });
});

describe("the checks every answer goes through", () => {
  it("a server error with Twilio's body: documented (as default), but a failure of no-server-error", async () => {
    const error = { code: 20500, message: "m", more_info: "https://x", status: 500 };
    const run = runWith(() => Response.json(error, { status: 500 }));
    await run.send({ op: fetchOp, purpose: "p", path });
    expect(run.failures.map((f) => [f.check, f.rule, f.expected, f.got])).toEqual([
      ["no-server-error", "a server error", "not a 5xx", `500 ${JSON.stringify(error)}`],
    ]);
    expect(run.results().map((r) => `${r.name} ${r.judged}`)).toEqual(
      CHECKS.map(
        (name) =>
          `${name} ${["status", "no-server-error", "content-type", "response-schema"].includes(name) ? 1 : 0}`,
      ),
    );
  });

  it("a success the operation does not document: a failure of status; its body is not judged", async () => {
    const run = runWith(() => new Response("made", { status: 201 }));
    await run.send({ op: fetchOp, purpose: "p", path });
    expect(run.failures.map((f) => [f.check, f.rule, f.expected, f.got])).toEqual([
      [
        "status",
        "status 201 is not documented for FetchConversationMessage",
        "a status the operation documents",
        "201 made",
      ],
    ]);
    expect(
      run
        .results()
        .filter((r) => r.judged > 0)
        .map((r) => r.name),
    ).toEqual(["status", "no-server-error"]);
  });

  it("a documented error whose body breaks its schema: the paths and messages of the first three errors", async () => {
    const run = runWith(() =>
      Response.json({ code: "x", message: 1, more_info: 2, status: "s" }, { status: 404 }),
    );
    await run.send({ op: fetchOp, purpose: "p", path });
    const [failure] = run.failures;
    expect(failure?.check).toBe("response-schema");
    expect(failure?.rule.split("; ")).toHaveLength(3);
    expect(failure?.rule).toMatch(/^\/\w+ must be \w+; \/\w+ must be \w+; \/\w+ must be \w+$/);
    expect(failure?.expected).toBe("a body valid against the spec's schema for FetchConversationMessage 404");
  });

  it("a body that is not an object is wrong at the root", async () => {
    const run = runWith(() => Response.json([1], { status: 404 }));
    await run.send({ op: fetchOp, purpose: "p", path });
    expect(run.failures.map((f) => f.rule)).toEqual(["(root) must be object"]);
  });

  it("a media type with parameters and in capitals is the media type", async () => {
    const run = runWith(
      () =>
        new Response(JSON.stringify({ code: 20404, message: "m", more_info: "https://x", status: 404 }), {
          status: 404,
          headers: { "content-type": "Application/JSON ; charset=utf-8" },
        }),
    );
    await run.send({ op: fetchOp, purpose: "p", path });
    expect(run.failures).toEqual([]);
  });

  it("only the checks chosen judge", async () => {
    const run = runWith(() => new Response("oops", { status: 500 }), ["auth"]);
    await run.send({ op: fetchOp, purpose: "p", path });
    const html = runWith(
      () => new Response("<p>", { status: 404, headers: { "content-type": "text/html" } }),
      ["status"],
    );
    await html.send({ op: fetchOp, purpose: "p", path });
    expect([...run.failures, ...html.failures]).toEqual([]);
    expect(run.results().map((r) => [r.name, r.status, r.reason])).toEqual([
      ["auth", "unjudged", "nothing to judge"],
    ]);
    expect(html.results().map((r) => [r.name, r.status, r.judged])).toEqual([["status", "passed", 1]]);
  });
});

describe("the bookkeeping", () => {
  it("a skip keeps its first reason, skips only a chosen check, and a failure outranks it", () => {
    const run = runWith(() => new Response(""), ["auth", "lists"]);
    run.skip("auth", "first");
    run.skip("auth", "second");
    run.skip("status", "not chosen");
    expect(run.on("auth")).toBe(false);
    expect(run.on("lists")).toBe(true);
    expect(run.on("status")).toBe(false);
    run.skip("lists", "skipped");
    run.judge("lists", { operation: "o", rule: "r", expected: "e", got: "g" });
    // In the order of CHECKS: auth, then lists.
    expect(run.results()).toEqual([
      { name: "auth", status: "skipped", reason: "first", judged: 0, failures: [] },
      {
        name: "lists",
        status: "failed",
        judged: 1,
        failures: [{ check: "lists", operation: "o", rule: "r", expected: "e", got: "g" }],
      },
    ]);
  });

  it("a part reports its start, and has run to its end in a family only when it returns; its errors go on up", async () => {
    const events: Progress[] = [];
    const run = new Run(
      runWith(() => new Response("")).sender,
      ["status", "auth", "identity", "lists"],
      ["default", "service"],
      (e) => events.push(e),
    );
    await run.part("auth", "default", async () => run.judge("auth"));
    const spent = new RunStopped("budget", "the budget of 3 requests was spent");
    await expect(
      run.part("lists", "default", async () => {
        throw spent;
      }),
    ).rejects.toBe(spent);
    expect(events).toEqual([
      { kind: "check", check: "auth", family: "default" },
      { kind: "check", check: "lists", family: "default" },
    ]);
    // Until the run stops, what was judged passes.
    expect(run.results().map((r) => [r.name, r.status])).toEqual([
      ["status", "unjudged"],
      ["auth", "passed"],
      ["identity", "unjudged"],
      ["lists", "unjudged"],
    ]);
    run.stopped = { kind: spent.kind, message: spent.message };
    expect(run.results().map((r) => [r.name, r.status, r.reason, r.judged])).toEqual([
      ["status", "unjudged", "the budget of 3 requests was spent before the run finished", 0],
      ["auth", "unjudged", "the budget of 3 requests was spent before the service family", 1],
      ["identity", "unjudged", "the budget of 3 requests was spent before it started", 0],
      ["lists", "unjudged", "the budget of 3 requests was spent before it finished", 0],
    ]);
    await run.part("auth", "service", async () => {});
    expect(run.results().find((r) => r.name === "auth")?.status).toBe("passed");
    let ran = false;
    await run.part("positive-data", "default", async () => {
      ran = true;
    });
    expect(ran).toBe(false);
  });

  it("a verdict of a check not chosen is not kept: no failure is reported for it", () => {
    const run = runWith(() => new Response(""), ["auth"]);
    run.judge("no-server-error", { operation: "(connection)", rule: "r", expected: "e", got: "g" });
    run.judge("auth");
    expect(run.failures).toEqual([]);
    expect(run.results().map((r) => [r.name, r.status, r.judged])).toEqual([["auth", "passed", 1]]);
  });

  it("a check that cannot be judged is not a pass: it keeps its first reason; a failure outranks it", () => {
    const run = runWith(() => new Response(""), ["auth", "lists", "identity"]);
    run.judge("auth");
    run.cannotJudge("auth", "first");
    run.cannotJudge("auth", "second");
    run.cannotJudge("status", "not chosen");
    run.skip("lists", "asked");
    run.cannotJudge("lists", "after a skip");
    run.cannotJudge("identity", "no message");
    run.judge("identity", { operation: "o", rule: "r", expected: "e", got: "g" });
    expect(run.on("auth")).toBe(false);
    expect(run.results().map((r) => [r.name, r.status, r.reason])).toEqual([
      ["auth", "unjudged", "first"],
      ["identity", "failed", undefined],
      ["lists", "skipped", "asked"],
    ]);
  });

  it("every check has a description of what it asks, for --help and the report", () => {
    expect(Object.keys(CHECK_DESCRIPTIONS)).toEqual([...CHECKS]);
    const descriptions = Object.values(CHECK_DESCRIPTIONS);
    expect(new Set(descriptions).size).toBe(CHECKS.length);
    for (const description of descriptions) expect(description).toMatch(/^[a-zA-Z][^\n]{30,}[^.]$/);
  });
});
