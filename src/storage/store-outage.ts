import { AsyncLocalStorage } from 'node:async_hooks';

type OutageScope = { storeFailed: boolean };

const scope = new AsyncLocalStorage<OutageScope>();

/**
 * Runs one HTTP request in a scope where a turn can report that a store it needed (conversation state,
 * intakes) failed, so the route can answer with a 503 (the kind error reply still goes in the body)
 * instead of a 200.
 */
export function withOutageScope<T>(work: () => T): { result: T; storeFailed: () => boolean } {
  const state: OutageScope = { storeFailed: false };
  const result = scope.run(state, work);
  return { result, storeFailed: () => state.storeFailed };
}

/** Called when reading or writing a store failed during a turn; a no-op outside a request scope. */
export function noteStoreFailure(): void {
  const current = scope.getStore();
  if (current) current.storeFailed = true;
}
