import type { PrismaClient } from '@slope/db';
import type { GradingService } from '../grading/grading-service';

export interface Readiness {
  ready: boolean;
  checks: { process: string; database: string; queue: string };
}

/**
 * Whether this process should get traffic: not shutting down, the database answers, and in
 * scale-out mode Redis answers (submissions would still be kept without it, but grading waits).
 */
export async function readiness(
  prisma: PrismaClient,
  service: GradingService,
  shuttingDown: boolean,
): Promise<Readiness> {
  const [database, queue] = await Promise.all([
    prisma.$queryRawUnsafe('SELECT 1').then(
      () => 'ok',
      (error: Error) => `unavailable: ${error.message}`,
    ),
    service.mode === 'embedded'
      ? Promise.resolve('ok (embedded)')
      : service.queue.stats().then(
          () => 'ok',
          (error: Error) => `unavailable: ${error.message}`,
        ),
  ]);
  const checks = { process: shuttingDown ? 'shutting down' : 'ok', database, queue };
  return { ready: Object.values(checks).every((c) => c.startsWith('ok')), checks };
}
