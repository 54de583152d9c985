// The legacy querystring round trip (src/webhooks/legacy-querystring.ts) against Node's own
// `querystring.stringify(querystring.parse(q))`, which twilio-node calls: on generated queries of
// the kind `new URL()` serializes (ASCII, with valid and broken escapes, "+", empty pairs, repeated
// and integer keys), and on the rules one at a time.
import { parse, stringify } from "node:querystring";
import { describe, expect, it } from "vitest";
import { legacyQuerystring } from "../../src/webhooks/legacy-querystring.js";
import { prng } from "./generated.js";

const node = (query: string) => stringify(parse(query));

describe("legacyQuerystring, as Node's querystring round trip", () => {
  const rules: [string, string][] = [
    ["a value's escapes are decoded, then escaped again as encodeURIComponent does", "a=%27x%27&b=%7e"],
    ["'+' is a space (%20), and '%2B' a plus (%2B)", "a=b+c&d=%2B"],
    ["a key without '=' has an empty value", "flag&a=1"],
    ["empty pairs and a trailing '&' add nothing", "a=1&&b=2&"],
    ["a key given twice keeps both values, in order, side by side", "a=1&b=2&a=3"],
    ["keys that are array indices come first, ascending", "b=1&10=x&2=y&a=2"],
    ["'__proto__' and 'constructor' are keys like any other", "__proto__=1&constructor=2"],
    ["an escape that is no UTF-8 becomes U+FFFD (%EF%BF%BD)", "a=%FF&b=%E2%82"],
    ["a leading byte order mark is kept", "a=%EF%BB%BF%FF"],
    ["'%' without two hex digits is kept (as %25)", "a=%zz%4&b=100%"],
    ["a second '=' is part of the value", "a=b=c"],
    ["an empty key is kept", "=x&=y"],
    ["a fragment is part of the last value ('#' comes back as %23)", "a=1#frag"],
  ];
  it.each(rules)("%s", (_, query) => {
    expect(legacyQuerystring(query)).toBe(node(query));
  });

  it("parses the first thousand pairs only, empty ones counted, as Node's maxKeys does", () => {
    const many = Array.from({ length: 1005 }, (_, i) => (i === 3 ? "" : `k${i}=${i}`)).join("&");
    expect(legacyQuerystring(many)).toBe(node(many));
    expect(legacyQuerystring(many)).toContain("k999=999");
    expect(legacyQuerystring(many)).not.toContain("k1000");
  });

  it("agrees on 2,000 generated queries", () => {
    const r = prng(7);
    const pieces = [
      "a",
      "B",
      "0",
      "7",
      "~",
      "'",
      "*",
      "!",
      "-",
      ".",
      "_",
      "+",
      "=",
      "&",
      "&",
      "%",
      "%2",
      "%27",
      "%2B",
      "%20",
      "%C3%A9",
      "%F0%9F%9A%A2",
      "%FF",
      "%E2%82",
      "%EF%BB%BF",
      "%zz",
      "#",
      "/",
      "?",
      ":",
      "@",
      ";",
      ",",
    ];
    for (let n = 0; n < 2000; n++) {
      let query = "";
      for (let k = r.int(16); k > 0; k--) query += r.pick(pieces);
      expect(legacyQuerystring(query), query).toBe(node(query));
    }
  });
});
