import { createPrismaClient } from '@slope/db';
import { summarize } from '@slope/grader';
import type { Outcome } from './learners';

export interface Verdict {
  planned: number;
  stored: number;
  graded: number;
  failed: number;
  /** planned submissions with no row */
  lost: number;
  /** rows beyond one per planned submission */
  duplicated: number;
  /** rows still QUEUED or RUNNING */
  stuck: number;
  /** right code not scored 1, or wrong code scored 1 (results mixed up) */
  wrongScores: number;
  ok: boolean;
}

/**
 * What the database says about a run: every planned submission stored once, graded, with the
 * score its code deserves, and nothing left unfinished.
 */
export async function verify(
  databaseUrl: string,
  emails: string[],
  outcomes: Outcome[],
): Promise<Verdict> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const rows = await prisma.submission.findMany({
      where: { user: { email: { in: emails } } },
      select: { id: true, status: true, rawScore: true, result: true, idempotencyKey: true },
    });
    const byKey = new Map(rows.map((r) => [r.idempotencyKey, r]));
    const lost = outcomes.filter((o) => !byKey.has(o.idempotencyKey)).length;
    const wrongScores = outcomes.filter((o) => {
      const row = byKey.get(o.idempotencyKey);
      return row?.status === 'GRADED' && (row.rawScore === 1) !== o.right;
    }).length;
    const graded = rows.filter((r) => r.status === 'GRADED' && r.result !== null).length;
    const failed = rows.filter((r) => r.status === 'FAILED').length;
    const stuck = rows.filter((r) => r.status === 'QUEUED' || r.status === 'RUNNING').length;
    const verdict = {
      planned: outcomes.length,
      stored: rows.length,
      graded,
      failed,
      lost,
      duplicated: rows.length - (outcomes.length - lost),
      stuck,
      wrongScores,
    };
    return {
      ...verdict,
      ok:
        lost === 0 &&
        verdict.duplicated === 0 &&
        stuck === 0 &&
        failed === 0 &&
        wrongScores === 0 &&
        graded === outcomes.length,
    };
  } finally {
    await prisma.$disconnect();
  }
}

export interface RunRow {
  run: string;
  verdict: Verdict;
  wallS: number;
  latencies: number[];
  workerJobs: number | null;
}

/** The results as a Markdown table (paste-able into the README). */
export function table(rows: RunRow[]): string {
  const header =
    '| run | submissions | graded | lost | duplicated | stuck | wrong scores | wall s | graded/s | p50 ms | p95 ms | max ms | jobs run by workers |';
  const lines = rows.map(({ run, verdict: v, wallS, latencies, workerJobs }) => {
    const s = summarize(latencies);
    return `| ${run} | ${v.planned} | ${v.graded} | ${v.lost} | ${v.duplicated} | ${v.stuck} | ${v.wrongScores} | ${wallS.toFixed(1)} | ${(v.graded / wallS).toFixed(1)} | ${Math.round(s.p50)} | ${Math.round(s.p95)} | ${Math.round(s.max)} | ${workerJobs ?? '—'} |`;
  });
  return [header, `|${' --- |'.repeat(13)}`, ...lines].join('\n');
}
