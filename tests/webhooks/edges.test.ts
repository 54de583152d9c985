// The rules of twilio-node 6's signature checks one at a time, each named, each answered as
// twilio-node answers it (its own code, the devDependency); then the odd inputs: where twilio-node
// answers, the same answer; where it crashes, a TypeError naming the argument; and the few values
// its code happens to read though its types refuse them, refused here (the deviations, named).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getExpectedTwilioSignature, validateRequest, validateRequestWithBody } from "../../src/index.js";
import twilio from "../support/twilio-node";

const TOKEN = "12345678901234567890123456789012";
const sign = (url: string, params: Record<string, unknown> = {}) =>
  twilio.getExpectedTwilioSignature(TOKEN, url, params);
const hex = (body: string) => createHash("sha256").update(body, "utf8").digest("hex");

describe("what is signed", () => {
  const rules: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      "keys are sorted by UTF-16 code unit, not by locale",
      { b: "1", B: "2", a: "3", é: "4", _: "5" },
      { B: "2", _: "5", a: "3", b: "1", é: "4" },
    ],
    [
      "an array's values are de-duplicated and sorted, each after its key",
      { Media: ["b", "a", "b"] },
      { Media: ["a", "b"] },
    ],
    ["an array's order does not matter", { M: ["x", "y"] }, { M: ["y", "x"] }],
    ["a nested array is flattened by the same rule", { M: [["b", "a"], "c"] }, { M: ["c", ["a", "b"]] }],
    ["a number is signed as its text", { Index: 5 }, { Index: "5" }],
    [
      "non-ASCII is signed as UTF-8: an emoji and a combining mark",
      { Body: "🚢 e\u0301" },
      { Body: "🚢 e\u0301" },
    ],
  ];
  it.each(rules)("%s", (_, params, same) => {
    const url = "https://example.com/hook";
    const ours = getExpectedTwilioSignature(TOKEN, url, params);
    expect(ours).toBe(sign(url, params));
    expect(ours).toBe(getExpectedTwilioSignature(TOKEN, url, same));
  });

  it.each([
    ["an empty array adds nothing, not even its key", { A: "1", M: [] }, { A: "1" }],
    ["an empty value adds its key", { A: "1", M: "" }, { A: "1" }],
    ["null and undefined values are signed as the words", { A: null, B: undefined }, { A: "" }],
  ] as const)("%s", (name, params, other) => {
    const url = "https://example.com/hook";
    expect(getExpectedTwilioSignature(TOKEN, url, params)).toBe(sign(url, params));
    const equal = name.startsWith("an empty array");
    expect(
      getExpectedTwilioSignature(TOKEN, url, params) === getExpectedTwilioSignature(TOKEN, url, other),
    ).toBe(equal);
  });
});

describe("which forms of the URL a signature holds for", () => {
  const table: [string, signedFor: string, received: string, valid: boolean][] = [
    [
      "https: the default port received, signed without it",
      "https://example.com/hook",
      "https://example.com:443/hook",
      true,
    ],
    [
      "https: no port received, signed with the default",
      "https://example.com:443/hook",
      "https://example.com/hook",
      true,
    ],
    [
      "http: the default port received, signed without it",
      "http://example.com/hook",
      "http://example.com:80/hook",
      true,
    ],
    [
      "http: no port received, signed with :80",
      "http://example.com:80/hook",
      "http://example.com/hook",
      true,
    ],
    [
      "any port is removed: :8080 received, signed without a port",
      "https://example.com/hook",
      "https://example.com:8080/hook",
      true,
    ],
    [
      "the other scheme's default is removed too: https with :80",
      "https://example.com/hook",
      "https://example.com:80/hook",
      true,
    ],
    [
      "but a default is added for the scheme only: https signed with :80",
      "https://example.com:80/hook",
      "https://example.com/hook",
      false,
    ],
    [
      "the scheme is signed: http does not hold for https",
      "http://example.com/hook",
      "https://example.com/hook",
      false,
    ],
    ["the path is signed", "https://example.com/hook", "https://example.com/other", false],
    ["the query is signed", "https://example.com/hook?a=1", "https://example.com/hook?a=2", false],
    ["user info stays where it is", "https://u:p@example.com/hook", "https://u:p@example.com:443/hook", true],
    [
      "user info ends at the last @",
      "https://u@x:p@example.com/hook",
      "https://u@x:p@example.com:443/hook",
      true,
    ],
    ["an IPv6 literal's colons are no port", "https://[::1]/hook", "https://[::1]:443/hook", true],
    [
      "as received first: a quote Twilio signed as it is",
      "https://example.com/it's",
      "https://example.com/it's",
      true,
    ],
    [
      "normalized: a space received, signed as %20",
      "https://example.com/a%20b",
      "https://example.com/a b",
      true,
    ],
    [
      "normalized: a host's capitals, signed lower case",
      "https://example.com/hook",
      "https://EXAMPLE.com/hook",
      true,
    ],
    [
      "legacy query: %7e received, signed as ~ (Node's querystring)",
      "https://example.com/hook?a=~",
      "https://example.com/hook?a=%7e",
      true,
    ],
    [
      "legacy query: with the port too",
      "https://example.com:443/hook?a=~",
      "https://example.com/hook?a=%7e",
      true,
    ],
    [
      "legacy query: integer keys first",
      "https://example.com/hook?1=x&b=y",
      "https://example.com/hook?b=y&1=x",
      true,
    ],
    [
      "legacy query: a key twice keeps both",
      "https://example.com/hook?a=1&a=2&b=3",
      "https://example.com/hook?a=1&b=3&a=2",
      true,
    ],
    [
      "an empty port (:) is a port: removed, never a default added",
      "https://example.com/hook",
      "https://example.com:/hook",
      true,
    ],
  ];
  it.each(table)("%s", (_, signedFor, received, valid) => {
    const params = { Body: "Ahoy" };
    const header = sign(signedFor, params);
    expect(twilio.validateRequest(TOKEN, header, received, params), "twilio-node's answer").toBe(valid);
    expect(validateRequest(TOKEN, header, received, params)).toBe(valid);
  });
});

describe("validateRequestWithBody", () => {
  const body = '{"Body":"Ahoy 🚢"}';
  const url = `https://example.com/json?bodySHA256=${hex(body)}`;
  const table: [string, url: string, header: string, body: string | Uint8Array, valid: boolean][] = [
    ["valid: the URL's signature, and the body's SHA-256 in bodySHA256", url, sign(url), body, true],
    [
      "the body as its bytes (a Buffer or Uint8Array) answers the same",
      url,
      sign(url),
      new TextEncoder().encode(body),
      true,
    ],
    ["a changed body does not hold", url, sign(url), `${body} `, false],
    ["the URL is signed with no params", url, sign(url, { Body: "x" }), body, false],
    [
      "the hash is compared exactly: upper case hex does not hold",
      url.toUpperCase().replace("HTTPS://EXAMPLE.COM/JSON?BODYSHA256", "https://example.com/json?bodySHA256"),
      sign(url.replace(hex(body), hex(body).toUpperCase())),
      body,
      false,
    ],
    [
      "no bodySHA256 parameter: no body holds",
      "https://example.com/json",
      sign("https://example.com/json"),
      body,
      false,
    ],
    ["the port forms hold here too", url.replace(".com/", ".com:443/"), sign(url), body, true],
  ];
  it.each(table)("%s", (_, at, header, sent, valid) => {
    expect(twilio.validateRequestWithBody(TOKEN, header, at, sent as string), "twilio-node's answer").toBe(
      valid,
    );
    expect(validateRequestWithBody(TOKEN, header, at, sent)).toBe(valid);
  });
});

describe("odd inputs", () => {
  const url = "https://example.com/hook";
  const good = sign(url);
  type Call = (f: typeof validateRequest) => unknown;
  // Each: what twilio-node does with it, and what these do.
  const answered: [string, Call, boolean][] = [
    ["no header (undefined) is no signature: false", (f) => f(TOKEN, undefined, url, {}), false],
    ["a null header: false", (f) => f(TOKEN, null, url, {}), false],
    ["an empty header: false", (f) => f(TOKEN, "", url, {}), false],
    [
      "an empty token is a key like any other",
      (f) => f("", twilio.getExpectedTwilioSignature("", url, {}), url, {}),
      true,
    ],
    [
      "an unparseable URL with its own signature: true (the URL as received matched first)",
      (f) => f(TOKEN, sign("not a url"), "not a url", {}),
      true,
    ],
    ["params as an array: its indices are the keys", (f) => f(TOKEN, good, url, ["a"] as never), false],
  ];
  it.each(answered)("%s, as twilio-node answers", (_, call, answer) => {
    expect(call(twilio.validateRequest as typeof validateRequest)).toBe(answer);
    expect(call(validateRequest)).toBe(answer);
  });

  const crashes: [string, Call, argument: string][] = [
    ["an undefined token", (f) => f(undefined as never, good, url, {}), "authToken"],
    ["an undefined URL", (f) => f(TOKEN, good, undefined as never, {}), "url"],
    [
      "a URL object (twilio-node calls its string methods)",
      (f) => f(TOKEN, good, new URL(url) as never, {}),
      "url",
    ],
    ["undefined params", (f) => f(TOKEN, good, url, undefined as never), "params"],
    ["null params (without bodySHA256 in the URL)", (f) => f(TOKEN, good, url, null as never), "params"],
    ["a number for the header", (f) => f(TOKEN, 5 as never, url, {}), "twilioHeader"],
    ["an unparseable URL with a wrong signature", (f) => f(TOKEN, good, "not a url", {}), "url"],
  ];
  it.each(crashes)("%s: twilio-node throws; here a TypeError naming the argument", (_, call, argument) => {
    expect(() => call(twilio.validateRequest as typeof validateRequest)).toThrow(TypeError);
    expect(() => call(validateRequest)).toThrow(new RegExp(`^validateRequest: ${argument} must be`));
    expect(() => call(validateRequest)).toThrow(TypeError);
  });

  it("null params are {} when the URL holds bodySHA256, as in twilio-node", () => {
    const json = `${url}?bodySHA256=${hex("{}")}`;
    expect(getExpectedTwilioSignature(TOKEN, json, null as never)).toBe(
      twilio.getExpectedTwilioSignature(TOKEN, json, null as never),
    );
    expect(validateRequest(TOKEN, sign(json), json, null as never)).toBe(true);
  });

  it("validateRequestWithBody reads the body only once the signature matched, as twilio-node does", () => {
    const json = `${url}?bodySHA256=${hex("{}")}`;
    expect(twilio.validateRequestWithBody(TOKEN, "forged", json, undefined as never)).toBe(false);
    expect(validateRequestWithBody(TOKEN, "forged", json, undefined as never)).toBe(false);
    expect(() => twilio.validateRequestWithBody(TOKEN, sign(json), json, undefined as never)).toThrow(
      TypeError,
    );
    expect(() => validateRequestWithBody(TOKEN, sign(json), json, undefined as never)).toThrow(
      /^validateRequestWithBody: body must be/,
    );
  });

  it("validateRequestWithBody parses the URL first: unparseable throws even with its signature", () => {
    expect(() => twilio.validateRequestWithBody(TOKEN, sign("not a url"), "not a url", "{}")).toThrow(
      TypeError,
    );
    expect(() => validateRequestWithBody(TOKEN, sign("not a url"), "not a url", "{}")).toThrow(
      /^validateRequestWithBody: url must be an absolute URL/,
    );
  });

  it("getExpectedTwilioSignature names a missing argument", () => {
    expect(() => getExpectedTwilioSignature(undefined as never, url, {})).toThrow(
      /^getExpectedTwilioSignature: authToken must be a string, got undefined$/,
    );
    expect(() => getExpectedTwilioSignature(TOKEN, 42 as never, {})).toThrow(
      /^getExpectedTwilioSignature: url must be a string, got number$/,
    );
    expect(() => getExpectedTwilioSignature(TOKEN, url, null as never)).toThrow(/params must be .*got null$/);
  });

  it("the URL stays out of the error (a webhook URL may carry credentials)", () => {
    expect(() => validateRequest(TOKEN, good, "https://user:hunter2@exa mple.com/", {})).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });

  // The deviations: values twilio-node's types refuse but its code reads (through Buffer.from and
  // createHmac, or by coercing to text); here they are refused, naming the argument.
  const deviations: [string, Call, argument: string][] = [
    [
      "a Buffer token (twilio-node: the key's bytes)",
      (f) => f(Buffer.from(TOKEN) as never, good, url, {}),
      "authToken",
    ],
    [
      "a Buffer header (twilio-node: compared as bytes)",
      (f) => f(TOKEN, Buffer.from(good) as never, url, {}),
      "twilioHeader",
    ],
    [
      "an array header (twilio-node: its items as bytes, so false)",
      (f) => f(TOKEN, [good] as never, url, {}),
      "twilioHeader",
    ],
  ];
  it.each(deviations)("deviation: %s is refused, naming the argument", (_, call, argument) => {
    expect(() => call(twilio.validateRequest as typeof validateRequest)).not.toThrow();
    expect(() => call(validateRequest)).toThrow(new RegExp(`^validateRequest: ${argument} must be`));
  });
});
