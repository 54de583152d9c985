// The byte helpers of the signature checks: UTF-8 as Buffer has it, base64 as Node's digest writes
// it, and the comparison that reads every byte of both, whatever the first difference (a property
// of its structure, checked without timing anything).
import { describe, expect, it } from "vitest";
import { base64, constantTimeEqual, utf8 } from "../../src/webhooks/bytes.js";

describe("utf8", () => {
  it.each(["", "Ahoy", "é", "e\u0301", "🚢", "\ud800 lone", "tail \udc00"])(
    "%j is Buffer.from(text, 'utf-8')",
    (text) => {
      expect([...utf8(text)]).toEqual([...Buffer.from(text, "utf-8")]);
    },
  );
});

describe("base64", () => {
  it.each([[[]], [[0]], [[255, 254]], [[1, 2, 3]], [Array.from({ length: 20 }, (_, i) => i * 13)]])(
    "%j is Buffer's base64, padded",
    (bytes) => {
      expect(base64(Uint8Array.from(bytes))).toBe(Buffer.from(bytes).toString("base64"));
    },
  );
});

describe("constantTimeEqual", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ["equal strings are equal", "LLkpuWeYpqqFOD4y5xSKDek8H1c=", "LLkpuWeYpqqFOD4y5xSKDek8H1c=", true],
    ["empty strings are equal", "", "", true],
    ["the same length, differing at the first byte", "abcd", "xbcd", false],
    ["the same length, differing at the last byte", "abcd", "abcx", false],
    ["the same length, differing in one bit", "abcd", "abce", false],
    ["a prefix is not equal (different lengths)", "abc", "abcd", false],
    ["a longer one is not equal (different lengths)", "abcde", "abcd", false],
    ["nothing against something (different lengths)", "", "a", false],
  ] as const)("%s", (_, a, b, equal) => {
    expect(constantTimeEqual(bytes(a), bytes(b))).toBe(equal);
  });

  it("reads every byte of both even when the first differs: no early return on a difference", () => {
    const read: string[] = [];
    const watched = (name: string, text: string) =>
      new Proxy(bytes(text), {
        get(target, key) {
          if (typeof key === "string" && /^\d+$/.test(key)) read.push(`${name}${key}`);
          return Reflect.get(target, key);
        },
      });
    expect(constantTimeEqual(watched("a", "xbcd"), watched("b", "abcd"))).toBe(false);
    expect(read.sort()).toEqual(["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3"]);
  });
});
