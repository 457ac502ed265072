import type { PrismaClient } from '@slope/db';

/**
 * Runs `make` once per database client and key, and shares the promise: the rows that register
 * `content/` in the database (courses, lessons, exercises) are written on their first use in a
 * process, not on every request. A failure is not kept, so the next call tries again.
 */
export function oncePerClient<T>() {
  const byClient = new WeakMap<PrismaClient, Map<string, Promise<T>>>();
  return (prisma: PrismaClient, key: string, make: () => Promise<T>): Promise<T> => {
    let cache = byClient.get(prisma);
    if (!cache) {
      cache = new Map();
      byClient.set(prisma, cache);
    }
    let row = cache.get(key);
    if (!row) {
      row = make();
      cache.set(key, row);
      row.catch(() => cache.delete(key));
    }
    return row;
  };
}
