import type { PrismaClient } from '@slope/db';

/**
 * A fixed-window counter stored in the database, so every web process sees the same
 * counts. Used for submissions and class joins (sign-in and sign-up use auth/throttle.ts).
 * Expired rows are deleted whenever a new window opens.
 */
export interface Limit {
  /** failures allowed inside one window */
  max: number;
  windowMs: number;
}

export interface LimitState {
  limited: boolean;
  retryAfterMs: number;
}

export async function checkLimit(
  prisma: PrismaClient,
  key: string,
  limit: Limit,
  now = new Date(),
): Promise<LimitState> {
  const row = await prisma.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now || row.count < limit.max) {
    return { limited: false, retryAfterMs: 0 };
  }
  return { limited: true, retryAfterMs: row.resetAt.getTime() - now.getTime() };
}

/** Counts one event (a failed sign-in, a submission) against `key`, opening a new window when the old one has passed. */
export async function recordHit(
  prisma: PrismaClient,
  key: string,
  limit: Limit,
  now = new Date(),
): Promise<void> {
  const bumped = await prisma.rateLimit.updateMany({
    where: { key, resetAt: { gt: now } },
    data: { count: { increment: 1 } },
  });
  if (bumped.count > 0) return;
  // Opening a window is rare (once per key and window): the moment to drop every expired row.
  await prisma.rateLimit.deleteMany({ where: { resetAt: { lte: now } } });
  const resetAt = new Date(now.getTime() + limit.windowMs);
  await prisma.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, resetAt },
    update: { count: 1, resetAt },
  });
}

export async function clearLimit(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}

/** "3 minutes", "1 minute", "40 seconds" */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
