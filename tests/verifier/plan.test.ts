// What the verifier sends, request by request, in a run against the emulator: written to a file
// beside this test (machine-written, like src/generated/), so that a change to what a run sends,
// in its order, its purposes, its values or what it deletes, shows as a diff to review. When the
// spec changes, the plan changes with it: `npx vitest run tests/verifier/plan.test.ts -u` writes it
// anew, and the diff says what the verifier will now send.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/verifier/index.js";
import { CONVERSATION_SID } from "../support/fixtures";
import { emulatorWithCredentials, FIXED_NOW, numbering, run } from "../support/verifier";

/** A value as the plan shows it: whole when short, else its start and its size in bytes. */
const shown = (value: string) =>
  value.length <= 40 ? value : `${value.slice(0, 12)}…(${new TextEncoder().encode(value).length} bytes)`;

/** One line per exchange: purpose, method, path and query, headers sent, form fields, status. */
function plan(report: Report): string {
  const number = numbering();
  const lines = report.exchanges.map((x) => {
    const url = new URL(x.request.url);
    const query = [...url.searchParams].map(([k, v]) => `${k}=${shown(v)}`).join("&");
    const headers = Object.entries(x.request.headers)
      .filter(([name]) => !["accept", "content-type"].includes(name))
      .map(([name, value]) => `${name}: ${value}`)
      .join(", ");
    const form = [...new URLSearchParams(x.request.body ?? "")].map(
      ([k, v]) => `${k}=${JSON.stringify(shown(v))}`,
    );
    return number(
      [
        `${x.n} ${x.purpose}`,
        `  ${x.request.method} ${url.pathname}${query ? `?${query}` : ""} [${x.request.credentials}] ${headers}`,
        ...(form.length ? [`  ${form.join(" ")}`] : []),
        `  → ${x.status}`,
      ].join("\n"),
    );
  });
  return `${lines.join("\n")}\n`;
}

describe("the plan of a run", () => {
  it("against the emulator, both families: every request in order, and the checks' verdicts", async () => {
    const report = await run(emulatorWithCredentials({ now: FIXED_NOW }).fetch);
    expect(report.failures).toEqual([]);
    await expect(plan(report)).toMatchFileSnapshot("__snapshots__/plan.emulator.txt");
    expect(report.checks.map((c) => `${c.name} ${c.status} ${c.judged}`)).toMatchSnapshot();
  });

  it("--live --allow-writes: the same checks without made-up references or webhooks", async () => {
    const report = await run(emulatorWithCredentials({ now: FIXED_NOW }).fetch, {
      live: true,
      allowWrites: true,
      service: undefined,
    });
    expect(report.failures).toEqual([]);
    await expect(plan(report)).toMatchFileSnapshot("__snapshots__/plan.live.txt");
  });

  it("--live without writes, on a conversation with messages: reads only", async () => {
    const emulator = emulatorWithCredentials({ now: FIXED_NOW });
    emulator.seed(CONVERSATION_SID, [{ body: "one" }, { body: "two" }, { body: "three" }]);
    const report = await run(emulator.fetch, { live: true, service: undefined });
    expect(report.failures).toEqual([]);
    await expect(plan(report)).toMatchFileSnapshot("__snapshots__/plan.read-only.txt");
  });
});
