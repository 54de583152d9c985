// HTTP Basic credentials (RFC 7617), written by the client and the verifier and read by the
// emulator. The user name and password are UTF-8 before base64, as RFC 7617's charset="UTF-8" has
// it: btoa takes only Latin-1, and an API Key secret or a test's password need not be ASCII.

/** The Authorization header's value for a user name and password: "Basic base64(user:password)". */
export function basicHeader(user: string, password: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${user}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * The user name and password of an HTTP Basic Authorization header, if it is one: neither may be
 * empty, and the password may hold colons (the user name ends at the first).
 */
export function readBasic(header: string | null): { user: string; password: string } | undefined {
  // Stryker disable next-line StringLiteral: no header matches no more than an empty one
  const match = /^Basic\s+(\S+)$/i.exec(header ?? "");
  // Stryker disable next-line ConditionalExpression: without it, reading match[1] throws inside the try below, with the same answer
  if (!match) return undefined;
  let decoded: string;
  try {
    const bytes = Uint8Array.from(atob(match[1] as string), (c) => c.charCodeAt(0));
    // Bytes that are no UTF-8 are no user name and password, rather than some guess at them.
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
