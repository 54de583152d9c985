// The few helpers that check values as the spec's keywords do. Ajv uses them when the tests compile
// the spec, and the generator copies their source into src/generated/runtime.ts, so the package
// checks exactly as the tests do without depending on Ajv at run time. Each must be self-contained.

/** An RFC 3339 date-time that is a real instant: 2015-02-30 or 25:00 are refused. */
export function isDateTime(text) {
  const m = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|([+-])(\d\d):(\d\d))$/.exec(
    text,
  );
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const offsetOk = m[7] === undefined || (Number(m[8]) < 24 && Number(m[9]) < 60);
  return days !== undefined && day >= 1 && day <= days && hour < 24 && minute < 60 && second < 61 && offsetOk;
}

/** A string that holds structurally valid JSON (contentMediaType: application/json). */
export function holdsJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Length in Unicode code points, as JSON Schema counts it (an emoji is one character). */
export function ucs2length(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/**
 * Length in bytes of UTF-8, as Twilio counts its byte limits (x-max-bytes), without encoding the
 * text: 1 byte up to U+007F, 2 up to U+07FF, 4 for a surrogate pair, 3 otherwise. A lone
 * surrogate counts 3, as the U+FFFD it is sent as.
 */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * An absolute URI (format: uri) by RFC 3986's characters: a scheme, a colon, then only characters a
 * URI may hold (unreserved, reserved, or percent-encoded). A little more permissive than a full
 * RFC 3986 parse (the authority's inner structure is not checked), never stricter: a checker must
 * not call a valid URL invalid.
 */
export function isUri(text) {
  return /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9a-f]{2})*$/i.test(text);
}
