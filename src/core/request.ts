// The request openapi-fetch builds, kept as it gave it: url, method, headers, a string body, the
// caller's signal, and whether it may be sent twice. openapi-fetch lets a client bring its own
// Request class; this one skips what a fetch Request costs to build (a body stream, a signal of
// its own), since the transport reads the parts and sends them itself. Middleware sees it as a
// Request (url, method, headers, signal, text(), json(), clone()), and may still hand back a
// real Request, which the transport reads the slow way.
const PLAIN = Symbol("PlainRequest");

export class PlainRequest {
  readonly [PLAIN] = PLAIN;
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal | undefined;
  readonly redirect: RequestRedirect | undefined;
  /** The form body as openapi-fetch serialized it, if any. */
  readonly bodyText: string | undefined;
  /** false for a create: after a 5xx or a dropped connection it may have been posted already. */
  readonly idempotent: boolean;

  constructor(url: string, init: RequestInit & { idempotent?: boolean } = {}) {
    this.url = url;
    // openapi-fetch always gives the method and redirect policy; the pipeline always says idempotent.
    this.method = init.method as string;
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.signal = init.signal ?? undefined;
    this.redirect = init.redirect;
    // openapi-fetch serializes the form body to a string before it builds the request.
    this.bodyText = init.body as string | undefined;
    this.idempotent = init.idempotent === true;
  }

  /** A real Request for code that needs one (a middleware that reads or copies it). */
  clone(): Request {
    return new Request(this.url, {
      method: this.method,
      headers: this.headers,
      body: this.bodyText,
      ...(this.signal && { signal: this.signal }),
    });
  }

  async text(): Promise<string> {
    return this.bodyText ?? "";
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.bodyText ?? "");
  }

  /** openapi-fetch checks what a middleware returns with `instanceof Request`: a real one counts too. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return (
      (typeof value === "object" && value !== null && PLAIN in value) || value instanceof globalThis.Request
    );
  }
}
