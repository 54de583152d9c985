// The verifier's report: one line per check (passed, failed, or skipped and why), then each
// failure with its operation, the rule broken, what was expected and what came back, and a curl
// command that sends the request again (the token left to $TWILIO_AUTH_TOKEN); and the same as
// JUnit XML and as JSON for CI. No credential appears in any of them.
import { curlOf, type Exchange, type Report } from "./index.js";
import { printable } from "./text.js";

const MARK = { passed: "PASS", failed: "FAIL", skipped: "SKIP", unjudged: "----" } as const;

export function textReport(report: Report): string {
  const lines: string[] = [];
  const width = Math.max(...report.checks.map((c) => c.name.length));
  for (const check of report.checks) {
    const detail =
      check.status === "skipped"
        ? check.reason
        : check.status === "unjudged"
          ? `not judged: ${check.reason}${check.judged ? ` (${check.judged} judged)` : ""}`
          : check.status === "failed"
            ? `${check.failures.length} of ${check.judged} judged`
            : `${check.judged} judged`;
    lines.push(`  ${MARK[check.status]}  ${check.name.padEnd(width)}  ${printable(detail ?? "")}`);
    // An operation it could not judge is named under it: its verdict is not that operation's.
    for (const note of check.notJudged ?? [])
      lines.push(`        ${" ".repeat(width)}  not judged: ${printable(note)}`);
  }
  if (report.failures.length) {
    lines.push("", "Failures:");
    report.failures.forEach((failure, i) => {
      const request = failure.exchange?.request;
      // What a server answered is printed with its control characters escaped.
      lines.push(
        `${i + 1}. ${failure.check}: ${failure.operation}${request ? ` (${request.method} ${new URL(request.url).pathname})` : ""}`,
        `   rule:      ${printable(failure.rule)}`,
        `   expected:  ${printable(failure.expected)}`,
        `   got:       ${printable(failure.got)}`,
      );
      if (failure.exchange) lines.push(`   reproduce: ${printable(curlOf(failure.exchange))}`);
    });
  }
  const unjudged = report.checks.filter((c) => c.status === "unjudged");
  if (unjudged.length) {
    lines.push(
      "",
      `Not judged: ${unjudged.map((c) => c.name).join(", ")}. A run with a check not judged is not a pass.`,
    );
    if (report.requestsNeeded !== undefined)
      lines.push(
        `A full run with these options takes ${report.requestsNeeded} requests against a correct server: give --max-requests ${report.requestsNeeded} or more.`,
      );
  }
  for (const hint of report.hints) lines.push("", `Hint: ${hint}`);
  if (report.leftBehind.length) {
    lines.push("", `Left behind (could not be deleted): ${report.leftBehind.join(", ")}`);
  }
  const count = (status: keyof typeof MARK) => report.checks.filter((c) => c.status === status).length;
  const waited = report.waitedMs ? `, ${(report.waitedMs / 1000).toFixed(1)} s of it waiting out 429s` : "";
  const notJudged = unjudged.length ? `, ${unjudged.length} not judged` : "";
  lines.push(
    "",
    `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s${waited}: ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped${notJudged}.`,
  );
  return lines.join("\n");
}

/** Text for XML: markup escaped, and control characters (most of which XML does not allow) too. */
const xml = (text: string) =>
  printable(text).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );

/**
 * JUnit XML: a test case per check, a failure element per failure, skipped ones with their reason,
 * and one not judged as an error (it could not run to its end: a CI gate must not read it as passed).
 */
export function junitReport(report: Report): string {
  const count = (status: string) => report.checks.filter((c) => c.status === status).length;
  const cases = report.checks.map((check) => {
    const name = `name="${xml(check.name)}" classname="conversations-message-verify"`;
    if (check.status === "skipped")
      return `    <testcase ${name}><skipped message="${xml(check.reason ?? "")}"/></testcase>`;
    if (check.status === "unjudged")
      return `    <testcase ${name}><error message="${xml(`not judged: ${check.reason ?? ""}`)}"/></testcase>`;
    if (check.status === "passed") return `    <testcase ${name}/>`;
    const failures = check.failures
      .map(
        (f) =>
          `      <failure message="${xml(`${f.operation}: ${f.rule}`)}">${[
            `expected: ${f.expected}`,
            `got: ${f.got}`,
            ...(f.exchange ? [`reproduce: ${curlOf(f.exchange)}`] : []),
          ]
            .map(xml)
            .join("\n")}</failure>`,
      )
      .join("\n");
    return `    <testcase ${name}>\n${failures}\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="conversations-message-verify ${xml(report.target)}" tests="${report.checks.length}" failures="${count("failed")}" errors="${count("unjudged")}" skipped="${count("skipped")}" time="${(report.durationMs / 1000).toFixed(3)}">
${cases.join("\n")}
  </testsuite>
</testsuites>
`;
}

/** JSON: the checks, the failures with their whole exchanges, and every exchange of the run. */
export function jsonReport(report: Report): string {
  return `${JSON.stringify(
    {
      ...report,
      failures: report.failures.map((f) => ({ ...f, reproduce: f.exchange && curlOf(f.exchange) })),
    },
    null,
    2,
  )}\n`;
}

/**
 * One report of a REST run and a webhook run (--target and --webhook together): the checks of
 * both, the counts added, and the exchanges numbered on from the first run's.
 */
export function combinedReport(first: Report, second: Report): Report {
  const offset = first.exchanges.length;
  const renumbered = new Map(second.exchanges.map((x) => [x, { ...x, n: x.n + offset }]));
  const moved = (x: Exchange | undefined) => (x && renumbered.get(x)) ?? x;
  return {
    ...first,
    durationMs: first.durationMs + second.durationMs,
    requests: first.requests + second.requests,
    counted: first.counted + second.counted,
    waitedMs: first.waitedMs + second.waitedMs,
    checks: [...first.checks, ...second.checks],
    failures: [...first.failures, ...second.failures.map((f) => ({ ...f, exchange: moved(f.exchange) }))],
    stopped: first.stopped ?? second.stopped,
    hints: [...first.hints, ...second.hints],
    exchanges: [...first.exchanges, ...second.exchanges.map((x) => moved(x) as Exchange)],
  };
}
