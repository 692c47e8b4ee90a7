import { AsyncLocalStorage } from 'node:async_hooks';

// The id of the HTTP request (or of the request that made a job) that the current code runs for. The api sets it
// per request, the job producer copies it into each job, the worker sets it again around the job's handler, and
// every log line carries it (see libs/config/src/logging.ts).

interface RequestIdHolder {
  readonly id: string | undefined;
}

const store = new AsyncLocalStorage<RequestIdHolder>();

/**
 * Runs `fn` for a request: `requestId` is its id, or a function that reads it when asked (the HTTP layer names
 * the request after this code starts).
 */
export function withRequestId<T>(requestId: string | (() => string | undefined) | undefined, fn: () => T): T {
  if (requestId === undefined) return fn();
  const holder: RequestIdHolder =
    typeof requestId === 'function'
      ? {
          get id() {
            return requestId();
          },
        }
      : { id: requestId };
  return store.run(holder, fn);
}

/** The current request id, when the code runs for one. */
export function currentRequestId(): string | undefined {
  return store.getStore()?.id;
}
