import type { PrismaClient } from '@slope/db';
import { type QueueStats, summarize } from '@slope/grader';
import type { GradingService } from '../grading/grading-service';

/** How far back the latency percentiles look. */
export const LATENCY_WINDOW_MS = 15 * 60_000;

export interface GradingMetrics {
  mode: GradingService['mode'];
  queue: QueueStats | null;
  submissions: Record<'QUEUED' | 'RUNNING' | 'GRADED' | 'FAILED', number>;
  /** submitted → graded, and started → graded, in seconds, over LATENCY_WINDOW_MS */
  latency: { endToEnd: number[]; grading: number[] };
}

/**
 * Grading metrics every web process reports alike: queue depth from the queue, submission
 * counts and latencies from the database (the source of truth, shared by all processes).
 */
export async function gradingMetrics(
  prisma: PrismaClient,
  service: GradingService,
  now = new Date(),
): Promise<GradingMetrics> {
  const [queue, counts, recent] = await Promise.all([
    service.queue.stats().catch(() => null),
    prisma.submission.groupBy({ by: ['status'], _count: { _all: true } }),
    prisma.submission.findMany({
      where: { gradedAt: { gte: new Date(now.getTime() - LATENCY_WINDOW_MS) }, status: 'GRADED' },
      select: { createdAt: true, startedAt: true, gradedAt: true },
      take: 100_000,
    }),
  ]);
  const submissions = { QUEUED: 0, RUNNING: 0, GRADED: 0, FAILED: 0 };
  for (const row of counts) submissions[row.status] = row._count._all;
  const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;
  return {
    mode: service.mode,
    queue,
    submissions,
    latency: {
      endToEnd: recent.map((r) => seconds(r.createdAt, r.gradedAt!)),
      grading: recent.flatMap((r) => (r.startedAt ? [seconds(r.startedAt, r.gradedAt!)] : [])),
    },
  };
}

/** The metrics in Prometheus' text format. */
export function prometheusText(metrics: GradingMetrics): string {
  const lines: string[] = [];
  const family = (name: string, type: string, help: string) =>
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
  family('slope_grading_queue_jobs', 'gauge', 'Grading jobs in the queue by state.');
  if (metrics.queue) {
    for (const [state, n] of Object.entries(metrics.queue))
      lines.push(`slope_grading_queue_jobs{mode="${metrics.mode}",state="${state}"} ${n}`);
  }
  family('slope_submissions', 'gauge', 'Submissions in the database by status.');
  for (const [status, n] of Object.entries(metrics.submissions))
    lines.push(`slope_submissions{status="${status}"} ${n}`);
  const summary = (name: string, help: string, values: number[]) => {
    family(name, 'summary', help);
    const s = summarize(values);
    for (const [q, v] of [
      ['0.5', s.p50],
      ['0.95', s.p95],
      ['0.99', s.p99],
    ] as const)
      lines.push(`${name}{quantile="${q}"} ${v}`);
    lines.push(`${name}_sum ${values.reduce((a, b) => a + b, 0)}`, `${name}_count ${s.count}`);
  };
  const window = `${LATENCY_WINDOW_MS / 60_000} minutes`;
  summary(
    'slope_grading_latency_seconds',
    `Submitted to graded, for submissions graded in the last ${window}.`,
    metrics.latency.endToEnd,
  );
  summary(
    'slope_grading_run_seconds',
    `Grading started to graded, for submissions graded in the last ${window}.`,
    metrics.latency.grading,
  );
  return `${lines.join('\n')}\n`;
}
