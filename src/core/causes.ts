// An error's causes said in one line, for the errors that wrap another: a fetch's "fetch failed"
// says little, its causes ("other side closed", "connect ECONNREFUSED") say what went wrong.

/** How many errors of a chain are said: the error and three causes. Deeper ones add little. */
const SAID = 4;

/**
 * An error and its causes in one line ("fetch failed: other side closed (UND_ERR_SOCKET)"), each
 * with its code when it has one its message does not name already. A cause that is no Error ends
 * the line; something thrown that is no Error is said as it is.
 */
export function describeCauses(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts: string[] = [];
  for (let cause: unknown = error; cause instanceof Error && parts.length < SAID; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    const named = typeof code !== "string" || cause.message.includes(code);
    parts.push(named ? cause.message : `${cause.message} (${code})`);
  }
  return parts.join(": ");
}
