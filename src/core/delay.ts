// A wait that a signal can cut short: for the client's waits before a retry, the emulator's delay
// faults and the verifier's 429 waits.

/** Resolves after `ms`; rejects with the signal's reason as soon as it is aborted. */
export function delay(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      // Stryker disable next-line StringLiteral: a listener left behind after the timer only clears a spent timer
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      // Stryker disable next-line OptionalChaining: onAbort runs only when there is a signal
      reject(signal?.reason);
    };
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: abort fires once; the listener is removed when the timer fires
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
