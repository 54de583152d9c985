// The verifier's reports, from a report of every kind of outcome: the text a person reads (a line
// per check, each failure with its rule, expectation, answer and a curl), JUnit XML and JSON for
// CI. The command line that writes them is tested in tests/package/verify-cli.test.ts.
import { describe, expect, it } from "vitest";
import { curlOf, type Exchange, type Report } from "../../src/verifier/index.js";
import { jsonReport, junitReport, textReport } from "../../src/verifier/report.js";

const TARGET = "http://127.0.0.1:4010";
const exchange = (request: Partial<Exchange["request"]>, answer: Partial<Exchange> = {}): Exchange => ({
  n: 7,
  operation: "CreateConversationMessage",
  purpose: "negative-data: Body",
  request: {
    method: "POST",
    url: `${TARGET}/v1/Conversations/CHx/Messages`,
    headers: {},
    credentials: "right",
    ...request,
  },
  status: 201,
  headers: { "content-type": "application/json" },
  text: '{"sid":"IMx"}',
  ...answer,
});

const created = exchange({
  headers: {
    authorization: "Basic ***",
    accept: "application/json",
    "content-type": "application/x-www-form-urlencoded",
    "x-twilio-webhook-enabled": "false",
  },
  body: new URLSearchParams({ Body: "x".repeat(201), Author: "it's me" }).toString(),
});

const report: Report = {
  target: TARGET,
  durationMs: 12_345,
  requests: 42,
  counted: 40,
  waitedMs: 2_500,
  checks: [
    { name: "status", status: "passed", judged: 12, failures: [] },
    {
      name: "negative-data",
      status: "failed",
      judged: 5,
      failures: [
        {
          check: "negative-data",
          operation: "CreateConversationMessage",
          rule: "Body x-max-bytes <32768>",
          expected: "a documented 4xx",
          got: '201 {"sid":"IMx"}',
          exchange: created,
        },
        {
          check: "negative-data",
          operation: "ListConversationMessage",
          rule: "PageSize & maximum",
          expected: "a documented 4xx",
          got: "no answer",
        },
      ],
    },
    {
      name: "stateful",
      status: "skipped",
      reason: "--stateless: a mock keeps no state",
      judged: 0,
      failures: [],
    },
    {
      name: "lists",
      status: "unjudged",
      reason: "the budget of 40 requests was spent before it finished",
      judged: 3,
      failures: [],
    },
  ],
  failures: [],
  stopped: { kind: "budget", message: "the budget of 40 requests was spent" },
  requestsNeeded: 199,
  deleted: ["IMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"],
  leftBehind: ["IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
  hints: ["try --stateless <here>"],
  exchanges: [created],
};
report.failures = report.checks.flatMap((c) => c.failures);

const CURL =
  `curl -sS -X POST '${TARGET}/v1/Conversations/CHx/Messages' -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" ` +
  `-H 'x-twilio-webhook-enabled: false' ` +
  `--data-urlencode 'Body=${"x".repeat(40)}… (201 characters; all of it in the --json report)' ` +
  `--data-urlencode 'Author=it'\\''s me'`;

describe("the curl reproducer", () => {
  it("sends the request again: method, URL, the headers that matter, each form field; the token left to the shell", () => {
    expect(curlOf(created)).toBe(CURL);
  });

  it("says which credentials were sent: none, or the wrong ones on purpose", () => {
    expect(curlOf(exchange({ method: "GET", credentials: "none" }))).toBe(
      `curl -sS -X GET '${TARGET}/v1/Conversations/CHx/Messages'`,
    );
    expect(curlOf(exchange({ method: "GET", credentials: "wrong" }))).toBe(
      `curl -sS -X GET '${TARGET}/v1/Conversations/CHx/Messages' -u "$TWILIO_ACCOUNT_SID:wrong-token"`,
    );
  });

  it("keeps a value of 200 characters whole", () => {
    const body = new URLSearchParams({ Body: "y".repeat(200) }).toString();
    expect(curlOf(exchange({ body }))).toContain(`--data-urlencode 'Body=${"y".repeat(200)}'`);
  });
});

describe("the text report", () => {
  it("a line per check, each failure in full, what was left behind, and the totals", () => {
    expect(textReport(report)).toBe(
      [
        "  PASS  status         12 judged",
        "  FAIL  negative-data  2 of 5 judged",
        "  SKIP  stateful       --stateless: a mock keeps no state",
        "  ----  lists          not judged: the budget of 40 requests was spent before it finished (3 judged)",
        "",
        "Failures:",
        "1. negative-data: CreateConversationMessage (POST /v1/Conversations/CHx/Messages)",
        "   rule:      Body x-max-bytes <32768>",
        "   expected:  a documented 4xx",
        '   got:       201 {"sid":"IMx"}',
        `   reproduce: ${CURL}`,
        "2. negative-data: ListConversationMessage",
        "   rule:      PageSize & maximum",
        "   expected:  a documented 4xx",
        "   got:       no answer",
        "",
        "Not judged: lists. A run with a check not judged is not a pass.",
        "A full run with these options takes 199 requests against a correct server: give --max-requests 199 or more.",
        "",
        "Hint: try --stateless <here>",
        "",
        "Left behind (could not be deleted): IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "",
        "42 requests in 12.3 s, 2.5 s of it waiting out 429s: 1 passed, 1 failed, 1 skipped, 1 not judged.",
      ].join("\n"),
    );
  });

  it("a clean run: no failure section, no wait mentioned, nothing not judged", () => {
    const clean: Report = {
      ...report,
      checks: [report.checks[0] as Report["checks"][number]],
      failures: [],
      leftBehind: [],
      hints: [],
      waitedMs: 0,
    };
    expect(textReport(clean)).toBe(
      ["  PASS  status  12 judged", "", "42 requests in 12.3 s: 1 passed, 0 failed, 0 skipped."].join("\n"),
    );
  });
});

describe("what a server said, in a report", () => {
  it("is printed with its control characters escaped: no terminal escape, no broken line or XML", () => {
    const hostile: Report = {
      ...report,
      checks: [
        {
          name: "auth",
          status: "failed",
          judged: 1,
          failures: [
            {
              check: "auth",
              operation: "ListConversationMessage",
              rule: "wrong credentials were not refused",
              expected: "401",
              got: "200 \u001b[2J\u001b]0;owned\u0007\nFAKE LINE\u0000\u009b",
            },
          ],
        },
      ],
    };
    hostile.failures = hostile.checks.flatMap((c) => c.failures);
    const text = textReport(hostile);
    expect(text).toContain(
      "   got:       200 \\u001b[2J\\u001b]0;owned\\u0007\\u000aFAKE LINE\\u0000\\u009b\n",
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
    expect(text.split("\n").join("")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const junit = junitReport(hostile);
    expect(junit).toContain(
      "got: 200 \\u001b[2J\\u001b]0;owned\\u0007\\u000aFAKE LINE\\u0000\\u009b</failure>",
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML allows none of these
    expect(junit).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe("the JUnit report", () => {
  it("a test case per check, a failure element per failure, skipped ones with their reason, one not judged as an error, all escaped", () => {
    expect(junitReport(report)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="conversations-message-verify ${TARGET}" tests="4" failures="1" errors="1" skipped="1" time="12.345">
    <testcase name="status" classname="conversations-message-verify"/>
    <testcase name="negative-data" classname="conversations-message-verify">
      <failure message="CreateConversationMessage: Body x-max-bytes &lt;32768&gt;">expected: a documented 4xx
got: 201 {&quot;sid&quot;:&quot;IMx&quot;}
reproduce: ${CURL.replace(/'/g, "&apos;").replace(/"/g, "&quot;")}</failure>
      <failure message="ListConversationMessage: PageSize &amp; maximum">expected: a documented 4xx
got: no answer</failure>
    </testcase>
    <testcase name="stateful" classname="conversations-message-verify"><skipped message="--stateless: a mock keeps no state"/></testcase>
    <testcase name="lists" classname="conversations-message-verify"><error message="not judged: the budget of 40 requests was spent before it finished"/></testcase>
  </testsuite>
</testsuites>
`);
  });
});

describe("the JSON report", () => {
  it("is the report itself, each failure with its reproducer when it has an exchange", () => {
    const json = JSON.parse(jsonReport(report));
    expect(jsonReport(report).endsWith("}\n")).toBe(true);
    expect(json.failures.map((f: { reproduce?: string }) => f.reproduce)).toEqual([CURL, undefined]);
    const { failures: _f, ...rest } = json;
    const { failures: _g, ...expected } = report;
    expect(rest).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(json.failures[0].exchange).toEqual(JSON.parse(JSON.stringify(created)));
  });
});
