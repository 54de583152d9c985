// Cutting text at characters, never inside one; and reading a body up to a limit and no further.
import { describe, expect, it } from "vitest";
import { readBounded } from "../../src/core/body.js";
import { clipUnits } from "../../src/core/text.js";
import { shown } from "../../src/core/validate.js";
import { head } from "../../src/verifier/text.js";

describe("head: the first characters of a text", () => {
  it("keeps a short text whole, and cuts a long one after so many characters", () => {
    expect(head("abc", 3)).toBe("abc");
    expect(head("abcd", 3)).toBe("abc");
    expect(head("", 3)).toBe("");
  });

  it("never splits a character: an emoji (two UTF-16 units), a flag, an accent written apart, a family", () => {
    const ship = "🚢";
    expect(head(ship.repeat(5), 3)).toBe(ship.repeat(3));
    expect(head(`a${ship}b`, 2)).toBe(`a${ship}`);
    const flag = "🇫🇷";
    expect(head(flag.repeat(3), 2)).toBe(flag.repeat(2));
    const accented = "e\u0301";
    expect(head(accented.repeat(4), 3)).toBe(accented.repeat(3));
    const family = "👨‍👩‍👧‍👦"; // 11 UTF-16 units
    expect(head(`${family}${family}x`, 1)).toBe(family);
  });

  it("a text of characters longer than the prefix it looks at: the last, maybe cut, is left out", () => {
    // Sixty accents on one letter make one character of 61 units, more than the 40 units looked at
    // for one character.
    const zalgo = `a${"\u0301".repeat(60)}`;
    expect(head(zalgo + zalgo, 1)).toBe("");
    expect(head(`xy${zalgo}${zalgo}`, 3)).toBe("xy");
  });

  it("looks at a prefix only: a text of millions of characters is cut the same", () => {
    const long = "🚢".repeat(4_000_000);
    expect(head(long, 300)).toBe("🚢".repeat(300));
  });
});

describe("clipUnits: a long text cut to so many UTF-16 units for a record", () => {
  it("cuts at the count, or one before it when that would split a pair", () => {
    expect(clipUnits("abcdef", 4)).toBe("abcd");
    expect(clipUnits("abc", 4)).toBe("abc");
    expect(clipUnits("abc🚢", 4)).toBe("abc");
    expect(clipUnits("ab🚢c", 4)).toBe("ab🚢");
  });
});

describe("shown: a value in an error message", () => {
  it("is cut between code points: a long emoji text never ends in half an emoji", () => {
    const text = shown("🚢".repeat(100));
    expect(text).toBe(`"${"🚢".repeat(28)}…`);
    expect(shown(`"${"🚢".repeat(100)}`)).toBe(`"\\"${"🚢".repeat(27)}…`);
    expect(text).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});

const stream = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe("readBounded: a body up to a limit", () => {
  it("reads a body within the limit whole, as UTF-8, a character split across chunks included", async () => {
    const bytes = new TextEncoder().encode("a🚢b");
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 3));
        controller.enqueue(bytes.subarray(3));
        controller.close();
      },
    });
    expect(await readBounded(split, 6)).toEqual({ text: "a🚢b", bytes: 6, over: false });
    expect(await readBounded(null, 6)).toEqual({ text: "", bytes: 0, over: false });
    expect(await readBounded(stream(["ab", "cd"]), 4)).toEqual({ text: "abcd", bytes: 4, over: false });
  });

  it("past the limit: stops, keeps the text up to the limit, and cancels the stream", async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("abc"));
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await readBounded(endless, 7)).toEqual({ text: "abcabca", bytes: 9, over: true });
    // A limit that falls inside a character: the character is left out, not half of it.
    expect(await readBounded(stream(["ab🚢cd"]), 4)).toEqual({ text: "ab", bytes: 8, over: true });
    expect(await readBounded(stream(["ab🚢cd"]), 6)).toEqual({ text: "ab🚢", bytes: 8, over: true });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(5);
  });
});
