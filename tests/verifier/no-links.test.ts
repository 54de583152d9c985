// A spec whose create answers have no links to follow: the stateful check cannot chain its calls,
// and says so instead of guessing paths. (The spec in openapi/ has the links; this one is the
// generated contract with its links taken out.)
import { describe, expect, it, vi } from "vitest";
import { ACCOUNT_SID } from "../support/fixtures";
import { emulatorWithCredentials, FIXED_NOW, failureLines, run } from "../support/verifier";

vi.mock("../../src/generated/contract.js", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  links: {},
}));

describe("a spec without links", () => {
  it("stateful: the links cannot be followed, and the check stops there", async () => {
    const emulator = emulatorWithCredentials({ now: FIXED_NOW });
    const report = await run(emulator.fetch, { checks: ["stateful"], service: undefined });
    expect(failureLines(report, 60)).toEqual([
      `stateful | CreateConversationMessage | the spec's links could not be followed from the create answer | links to fetch, update and delete | 201 {"account_sid":"${ACCOUNT_SID}","con`,
    ]);
    expect(report.exchanges.map((x) => x.purpose)).toEqual([
      "probe: list the conversation's messages",
      "stateful: create a message",
      "clean-up: delete a message the run made",
    ]);
    expect(report.leftBehind).toEqual([]);
  });
});
