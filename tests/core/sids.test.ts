// SIDs made from the spec's patterns: the emulator's new and stable SIDs, and the check it uses.
import { describe, expect, it } from "vitest";
import { isSid, newSid, type SidKind, stableSid } from "../../src/core/sids.js";
import { schemas } from "../../src/generated/schemas.js";

const patternOf = (kind: SidKind) => new RegExp((schemas[kind] as { pattern: string }).pattern);
const allKinds = Object.keys(schemas).filter((name) => name.endsWith("Sid")) as SidKind[];
// Every kind, those of a fixed prefix (IM, CH, DY…) and a channel's own message SID (any two letters).
const kinds = allKinds;

describe("SIDs", () => {
  it.each(kinds)("a new %s matches the spec's pattern, and no two are the same", (kind) => {
    const made = Array.from({ length: 50 }, () => newSid(kind));
    for (const sid of made) expect(sid).toMatch(patternOf(kind));
    expect(new Set(made).size).toBe(made.length);
    expect(isSid(kind, made[0])).toBe(true);
  });

  it.each(kinds)(
    "a stable %s matches the pattern, is the same for the same seed and differs by seed",
    (kind) => {
      expect(stableSid(kind, "CH1/smee")).toMatch(patternOf(kind));
      expect(stableSid(kind, "CH1/smee")).toBe(stableSid(kind, "CH1/smee"));
      expect(stableSid(kind, "CH1/smee")).not.toBe(stableSid(kind, "CH1/hook"));
      expect(stableSid(kind, "")).toMatch(patternOf(kind));
    },
  );

  it("a stable SID does not change between versions (a seeded participant keeps its SID)", () => {
    expect([stableSid("ParticipantSid", "CH1/smee"), stableSid("ParticipantSid", "")]).toMatchInlineSnapshot(`
      [
        "MBd41026b4ec13c9158528f292d28a5b33",
        "MB811c9dc5811c9dc4811c9dc7811c9dc6",
      ]
    `);
  });

  it("only a string of the kind's shape is a SID of that kind", () => {
    const sid = newSid("MessageSid");
    expect(isSid("ConversationSid", sid)).toBe(false);
    expect(isSid("MessageSid", `${sid}0`)).toBe(false);
    expect(isSid("MessageSid", { toString: () => sid })).toBe(false);
    expect(isSid("MessageSid", undefined)).toBe(false);
  });
});
