// Bytes for the signature checks with web-standard globals only (TextEncoder, btoa), so that they
// run in Workers, Deno and Bun as in Node: twilio-node uses Buffer, which only Node has.

// Pure: an app that never checks a signature drops it with the rest of this module.
const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * A text as UTF-8, as Node's `Buffer.from(text, "utf-8")` has it: a lone surrogate becomes U+FFFD
 * (EF BF BD) in both, so a token or a parameter with half an emoji is signed over the same bytes.
 */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Standard base64 (with padding), as Node's `digest("base64")` writes it. */
export function base64(bytes: Uint8Array): string {
  // btoa takes a string of Latin-1 characters, one per byte.
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Whether two byte strings are equal, reading every byte of both whatever the first difference,
 * so that how long it takes tells nothing about how much of a forged signature was right. A length
 * that differs returns at once, as twilio-node's `safeCompare` does: the length of a signature (28
 * characters of base64) or a body hash (64 hex digits) is fixed by the algorithm, no secret.
 */
export function constantTimeEqual(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}
