/** SQLite's primary result codes for "another connection holds the lock". */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

/**
 * Whether `error` is SQLite saying the database is busy or locked: transient, and safe to
 * retry when nothing of the statement or transaction has been applied. Recognizes libsql's
 * errors (`rawCode`, extended codes included) and Prisma's wrapping of them (P1008 "Operation
 * has timed out", the SQLite code in `meta.driverAdapterError.cause.originalCode`).
 */
export function isBusyError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as {
      rawCode?: unknown;
      originalCode?: unknown;
      code?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    const raw = typeof e.rawCode === 'number' ? e.rawCode : Number(e.originalCode ?? Number.NaN);
    if (Number.isInteger(raw) && [SQLITE_BUSY, SQLITE_LOCKED].includes(raw & 0xff)) return true;
    if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') return true;
    current = e.meta?.driverAdapterError ?? e.cause;
  }
  return false;
}

export interface BusyRetryOptions {
  /** further tries after the first (default 6) */
  retries?: number;
  /** first back-off in ms, doubled each try, with up to 50% random jitter (default 20) */
  backoffMs?: number;
  /** called before each back-off, e.g. to log it */
  onRetry?: (error: unknown, retry: number) => void;
}

/**
 * Runs `operation`, and again after a growing pause while it fails with a busy/locked error,
 * at most `retries` more times; any other error, or the last busy one, is thrown. Only for
 * operations that a busy failure leaves without effect (a statement outside a transaction,
 * a BEGIN). The pause is asynchronous: the event loop serves other requests meanwhile.
 *
 * @example
 * await retryWhileBusy(() => client.execute('INSERT …'), { retries: 3 });
 */
export async function retryWhileBusy<T>(
  operation: () => Promise<T>,
  { retries = 6, backoffMs = 20, onRetry }: BusyRetryOptions = {},
): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await operation();
    } catch (error) {
      if (retry > retries || !isBusyError(error)) throw error;
      onRetry?.(error, retry);
      const pause = backoffMs * 2 ** (retry - 1);
      await new Promise((resolve) => setTimeout(resolve, pause * (1 + Math.random() / 2)));
    }
  }
}
