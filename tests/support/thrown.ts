// The error a call throws at once, for tests that assert its class, fields and words.

/** What `run` throws; a call that throws nothing fails the test. */
export function thrownBy<E = Error>(run: () => unknown): E {
  try {
    run();
  } catch (error) {
    return error as E;
  }
  throw new Error("nothing thrown");
}
