/**
 * Waits for `promise` at most `ms`: its value, or undefined when the time ran out first (`onTimeout` runs then).
 * The promise goes on; only the wait for it ends.
 */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
  onTimeout?: () => void,
): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => {
          onTimeout?.();
          resolve(undefined);
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** As `within`, but rejects with "`what` did not answer within `ms` ms" when the time runs out. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
