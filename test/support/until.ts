/** Reads `what` every 50 ms until `done` holds for it, and returns it; throws with the last value seen at the timeout. */
export async function until<T>(what: () => T, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = what();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
