import { AsyncLocalStorage } from 'node:async_hooks';

type OutageScope = { stateStoreFailed: boolean };

const scope = new AsyncLocalStorage<OutageScope>();

/**
 * Runs one HTTP request in a scope where a turn can report that the state store failed, so the
 * route can answer with a 503 (the kind error reply still goes in the body) instead of a 200.
 */
export function withOutageScope<T>(work: () => T): { result: T; stateStoreFailed: () => boolean } {
  const state: OutageScope = { stateStoreFailed: false };
  const result = scope.run(state, work);
  return { result, stateStoreFailed: () => state.stateStoreFailed };
}

/** Called when reading or writing conversation state failed; a no-op outside a request scope. */
export function noteStateStoreFailure(): void {
  const current = scope.getStore();
  if (current) current.stateStoreFailed = true;
}
