// Reading a body that may be any size: what the emulator is sent and what the verifier is answered
// come from code the user does not control, so neither is read past a limit. A body over it is not
// held in memory: reading stops there and the stream is cancelled.

export interface BoundedBody {
  /** The body as UTF-8 text: all of it, or, when it was over the limit, the characters within it. */
  text: string;
  /** The bytes read (past the limit: the limit, plus the chunk that crossed it). */
  bytes: number;
  /** The body was larger than the limit; the rest was not read. */
  over: boolean;
}

/** Reads a body stream as UTF-8 text, at most `limit` bytes of it. */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
): Promise<BoundedBody> {
  if (!body) return { text: "", bytes: 0, over: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      chunks.push(value.subarray(0, value.byteLength - (bytes - limit)));
      // The rest is never read: a server that keeps sending is cut off here.
      await reader.cancel().catch(() => {});
      return { text: decode(chunks, limit, true), bytes, over: true };
    }
    chunks.push(value);
  }
  return { text: decode(chunks, bytes), bytes, over: false };
}

// One decoder for whole bodies: decoding without `stream` leaves nothing behind for the next.
const whole = new TextDecoder();

/** The chunks as UTF-8 text; `cut`: they end where the limit fell, maybe inside a character, which is left out. */
function decode(chunks: Uint8Array[], size: number, cut = false): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; joining one chunk gives the same text
  if (!cut && chunks.length === 1) return whole.decode(chunks[0]);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  // Decoding as a stream keeps a character cut short for a next chunk that never comes.
  return cut ? new TextDecoder().decode(all, { stream: true }) : whole.decode(all);
}
