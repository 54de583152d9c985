// The query string as twilio-node's last URL variants have it: `querystring.stringify(
// querystring.parse(query))` with Node's legacy `querystring` module, for back ends that signed an
// escaped form of a query value. Node's module is not in Workers or Deno's standard globals, so
// this is its behaviour over what reaches it, written again: the query of a URL `new URL()` has
// serialized, which holds ASCII only (every other character percent-encoded).

/** querystring.parse's default maxKeys: the pairs past the thousandth are dropped, not signed. */
const MAX_PAIRS = 1000;
/** A percent-escape: Node decodes a key or value only when it holds one. */
const ESCAPE = /%[0-9A-Fa-f]{2}/;
/** Buffer#toString keeps a leading byte order mark, which TextDecoder drops unless told. */
const LOOSE_UTF8 = /* @__PURE__ */ new TextDecoder("utf-8", { ignoreBOM: true });

/** The query (without its "?") parsed and stringified again, as Node's querystring does. */
export function legacyQuerystring(query: string): string {
  // Null prototype, as Node's parse has it: "__proto__" and "constructor" are keys like any other.
  const parsed: Record<string, string | string[]> = Object.create(null);
  for (const pair of query.split("&").slice(0, MAX_PAIRS)) {
    // An empty pair ("a=1&&b=2", a trailing "&") adds nothing, but counts towards the thousand.
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : decode(pair.slice(eq + 1));
    const seen = parsed[key];
    if (seen === undefined) parsed[key] = value;
    else if (typeof seen === "string") parsed[key] = [seen, value];
    else seen.push(value);
  }
  // Object.keys order: keys that are array indices ("0", "42") first, ascending, then the others in
  // the order they came, as in Node (the same object semantics in every engine).
  return Object.keys(parsed)
    .flatMap((key) =>
      ([] as string[]).concat(parsed[key] as string | string[]).map((v) => `${qsEscape(key)}=${qsEscape(v)}`),
    )
    .join("&");
}

/** querystring.unescape after "+" became a space: decodeURIComponent, or byte-wise if it throws. */
function decode(text: string): string {
  const spaced = text.replaceAll("+", " ");
  if (!ESCAPE.test(spaced)) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return unescapeBytes(spaced);
  }
}

/**
 * querystring.unescapeBuffer(text).toString(): each valid %XX is its byte, anything else (a "%"
 * without two hex digits after it) is kept; the bytes are read as UTF-8, a malformed sequence as
 * U+FFFD. (A character over 0xFF would keep its low byte, as Buffer's would: none reaches here.)
 */
function unescapeBytes(text: string): string {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const high = hexValue(text.charCodeAt(i + 1));
    const low = hexValue(text.charCodeAt(i + 2));
    if (text.charCodeAt(i) === 0x25 && high >= 0 && low >= 0) {
      bytes[length++] = high * 16 + low;
      i += 2;
    } else bytes[length++] = text.charCodeAt(i);
  }
  return LOOSE_UTF8.decode(bytes.subarray(0, length));
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * querystring.escape: the same characters kept as encodeURIComponent keeps (A–Z a–z 0–9 - _ . ! ~
 * * ' ( )), the others as UTF-8 %XX in upper case. They part only on a lone surrogate, which a
 * decoded query never holds (decodeURIComponent refuses an encoded one; bytes become U+FFFD).
 */
const qsEscape = (text: string): string => encodeURIComponent(text);
