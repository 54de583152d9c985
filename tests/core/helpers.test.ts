// The small helpers the client, the emulator and the verifier share, each written once in
// src/core/: reading Retry-After, an error's causes in one line, HTTP Basic credentials both
// ways, the abortable delay, what is a JSON object, and camelCase.
import { afterEach, describe, expect, it, vi } from "vitest";
import { basicHeader, readBasic } from "../../src/core/basic.js";
import { describeCauses } from "../../src/core/causes.js";
import { delay } from "../../src/core/delay.js";
import { camelCase } from "../../src/core/names.js";
import { isObject } from "../../src/core/objects.js";
import { retryAfterMs } from "../../src/core/retry-after.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("retryAfterMs", () => {
  it("reads delay-seconds, spaces around them allowed", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs("0")).toBe(0);
    expect(retryAfterMs(" 2 ")).toBe(2000);
  });

  it("reads an HTTP date as the time until then; one past is no wait", () => {
    vi.useFakeTimers({ now: Date.parse("2025-01-01T00:00:00Z") });
    expect(retryAfterMs("Wed, 01 Jan 2025 00:00:10 GMT")).toBe(10_000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT")).toBe(0);
  });

  it("reads nothing else: absent, empty, negative, fractional, a word, digits with a word", () => {
    // Date.parse takes "1.5" and "-3" for dates in 2001: they must not become waits.
    expect(Date.parse("1.5")).not.toBeNaN();
    for (const unreadable of [null, undefined, "", "  ", "-3", "-1", "1.5", "1e3", "soon", "5x", "x5"])
      expect(retryAfterMs(unreadable), String(unreadable)).toBeUndefined();
  });
});

describe("describeCauses", () => {
  const coded = (message: string, code: unknown, cause?: unknown) =>
    Object.assign(new Error(message, { cause }), { code });

  it("says an error and its causes in one line, each with the code its message does not name", () => {
    const refused = coded("connect ECONNREFUSED 127.0.0.1:9", "ECONNREFUSED");
    expect(describeCauses(new TypeError("fetch failed", { cause: refused }))).toBe(
      "fetch failed: connect ECONNREFUSED 127.0.0.1:9",
    );
    const closed = coded("other side closed", "UND_ERR_SOCKET");
    expect(describeCauses(new TypeError("fetch failed", { cause: closed }))).toBe(
      "fetch failed: other side closed (UND_ERR_SOCKET)",
    );
    expect(describeCauses(coded("outer", "E_OUTER"))).toBe("outer (E_OUTER)");
    // A code that is no string is left out.
    expect(describeCauses(coded("refused", 111))).toBe("refused");
  });

  it("says four of a chain at most, and stops at a cause that is no Error", () => {
    let chain: Error = coded("e5", "C5");
    for (const n of [4, 3, 2, 1]) chain = coded(`e${n}`, `C${n}`, chain);
    expect(describeCauses(chain)).toBe("e1 (C1): e2 (C2): e3 (C3): e4 (C4)");
    expect(describeCauses(new Error("outer", { cause: "a reason" }))).toBe("outer");
  });

  it("says something thrown that is no Error as it is", () => {
    expect(describeCauses("boom")).toBe("boom");
    expect(describeCauses(undefined)).toBe("undefined");
    expect(describeCauses({ message: "not an Error" })).toBe("[object Object]");
  });
});

describe("HTTP Basic credentials", () => {
  it("writes base64 of user:password, UTF-8 first", () => {
    expect(basicHeader("ACuser", "secret")).toBe(`Basic ${btoa("ACuser:secret")}`);
    const header = basicHeader("ACé", "ü🚢");
    expect(Buffer.from(header.replace(/^Basic /, ""), "base64").toString("utf8")).toBe("ACé:ü🚢");
  });

  it("reads back what it writes, non-ASCII and colons in the password included", () => {
    for (const [user, password] of [
      ["ACuser", "secret"],
      ["ACé", "ü🚢"],
      ["SKkey", "a:b:c"],
    ] as const)
      expect(readBasic(basicHeader(user, password))).toEqual({ user, password });
  });

  it("reads the scheme in any case, and one or more spaces after it", () => {
    expect(readBasic(`basic ${btoa("a:b")}`)).toEqual({ user: "a", password: "b" });
    expect(readBasic(`BASIC  ${btoa("a:b")}`)).toEqual({ user: "a", password: "b" });
  });

  it("reads nothing from what is no Basic credentials", () => {
    for (const header of [
      null,
      "",
      `Bearer ${btoa("a:b")}`,
      `XBasic ${btoa("a:b")}`,
      `Basic ${btoa("a:b")} extra`,
      "Basic !!!not-base64",
      `Basic ${btoa("no-colon")}`,
      `Basic ${btoa(":password")}`,
      `Basic ${btoa("user:")}`,
      // Latin-1 "é" alone is no UTF-8.
      `Basic ${btoa("user:\xe9")}`,
    ])
      expect(readBasic(header), String(header)).toBeUndefined();
  });
});

describe("delay", () => {
  it("resolves after the time given", async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = delay(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it("rejects with the signal's reason, at once when it was aborted already, or when it is", async () => {
    const before = new AbortController();
    before.abort(new Error("before"));
    await expect(delay(10_000, before.signal)).rejects.toThrow("before");
    const during = new AbortController();
    const waiting = delay(10_000, during.signal);
    during.abort(new Error("during"));
    await expect(waiting).rejects.toThrow("during");
  });

  it("takes a null signal as none", async () => {
    vi.useFakeTimers();
    const waiting = delay(5, null);
    await vi.advanceTimersByTimeAsync(5);
    await expect(waiting).resolves.toBeUndefined();
  });
});

describe("isObject", () => {
  it("is an object with fields: not null, not an array, not a primitive", () => {
    expect([{}, { a: 1 }, Object.create(null)].map(isObject)).toEqual([true, true, true]);
    expect([null, [], [1], "x", 1, true, undefined].map(isObject)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("camelCase", () => {
  it("camelCases wire names of every style", () => {
    expect(
      ["account_sid", "DateCreated", "X-Twilio-Webhook-Enabled", "a__b", "a-_b", "Sid", ""].map((n) =>
        camelCase(n),
      ),
    ).toEqual(["accountSid", "dateCreated", "xTwilioWebhookEnabled", "aB", "aB", "sid", ""]);
  });
});
