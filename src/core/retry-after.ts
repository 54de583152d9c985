// Reading a Retry-After header, for the client's retries and the verifier's 429 waits. Twilio
// sends delay-seconds; RFC 9110 also allows an HTTP date. Anything else is not read as a wait, so
// that a malformed header cannot make a caller wait an arbitrary time.

/** Retry-After in ms: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  // An HTTP date names its day and month ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would read
  // "1.5" or "-3" as dates of 2001.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
