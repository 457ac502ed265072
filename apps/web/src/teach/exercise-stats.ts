import type { PrismaClient } from '@slope/db';
import type { GradeResult } from '@slope/grader';
import { describeDiagnosis, diagnosisKey, PASSED } from './diagnosis';
import { type LearnerScope, scopeSql, scopeWhere } from './scope';
import { type Bin, median, scoreBins } from './stats-math';

/** A perfect raw score passes (the same rule as recording a grade). */
const PASS = 1 - 1e-9;

export interface DiagnosisCluster {
  key: string;
  label: string;
  hint: string;
  /** distinct learners who made this mistake at least once */
  learners: number;
  submissions: number;
}

export interface ExerciseStats {
  /** learners in scope: the class's, or (for all classes) everyone who submitted */
  learners: number;
  attempted: number;
  passed: number;
  submissions: number;
  /** passed / attempted; null when nobody attempted */
  passRate: number | null;
  /** submissions up to and including the first passing one, median over learners who passed */
  medianAttemptsToPass: number | null;
  /** first submission → first passing submission, in ms, median over learners who passed */
  medianTimeToPassMs: number | null;
  /** learners' best scores */
  scoreBins: Bin[];
  /** the most common mistakes, by learners */
  diagnoses: DiagnosisCluster[];
}

/**
 * Statistics of one exercise over a class (or every learner), aggregated by the database:
 * per-learner groups, a score histogram and the mistakes grouped across learners.
 */
export async function exerciseStats(
  prisma: PrismaClient,
  exerciseId: string | null,
  scope: LearnerScope,
  options: { topDiagnoses?: number } = {},
): Promise<ExerciseStats> {
  const classSize =
    scope === 'all'
      ? null
      : await prisma.classMembership.count({ where: { classId: scope.classId, role: 'LEARNER' } });
  if (!exerciseId) return emptyStats(classSize ?? 0);
  await backfillDiagnoses(prisma, exerciseId);
  const where = { exerciseId, ...scopeWhere(scope) };
  const [perLearner, passing, scores, diagnoses] = await Promise.all([
    prisma.submission.groupBy({
      by: ['userId'],
      where,
      _count: { _all: true },
      _min: { createdAt: true },
    }),
    prisma.submission.groupBy({
      by: ['userId'],
      where: { ...where, status: 'GRADED', rawScore: { gte: PASS } },
      _min: { attempt: true, createdAt: true },
    }),
    prisma.exerciseProgress.groupBy({
      by: ['bestScore'],
      where: { ...where, attempts: { gt: 0 } },
      _count: { _all: true },
    }),
    diagnosisClusters(prisma, exerciseId, scope, options.topDiagnoses ?? 8),
  ]);
  const firstSubmission = new Map(perLearner.map((g) => [g.userId, g._min.createdAt]));
  const attempted = perLearner.length;
  const timesToPass = passing.flatMap((g) => {
    const start = firstSubmission.get(g.userId);
    return start && g._min.createdAt ? [g._min.createdAt.getTime() - start.getTime()] : [];
  });
  return {
    learners: classSize ?? attempted,
    attempted,
    passed: passing.length,
    submissions: perLearner.reduce((sum, g) => sum + g._count._all, 0),
    passRate: attempted ? passing.length / attempted : null,
    medianAttemptsToPass: median(passing.flatMap((g) => (g._min.attempt ? [g._min.attempt] : []))),
    medianTimeToPassMs: median(timesToPass),
    scoreBins: scoreBins(scores.map((g) => ({ score: g.bestScore, count: g._count._all }))),
    diagnoses,
  };
}

function emptyStats(learners: number): ExerciseStats {
  return {
    learners,
    attempted: 0,
    passed: 0,
    submissions: 0,
    passRate: null,
    medianAttemptsToPass: null,
    medianTimeToPassMs: null,
    scoreBins: scoreBins([]),
    diagnoses: [],
  };
}

/** The mistakes of failing submissions, grouped by diagnosis and counted by distinct learner. */
export async function diagnosisClusters(
  prisma: PrismaClient,
  exerciseId: string,
  scope: LearnerScope,
  top: number,
): Promise<DiagnosisCluster[]> {
  const rows = await prisma.$queryRaw<
    Array<{ diagnosis: string; learners: unknown; submissions: unknown }>
  >`
    SELECT s.diagnosis AS diagnosis, COUNT(DISTINCT s."userId") AS learners, COUNT(*) AS submissions
    FROM "Submission" s
    WHERE s."exerciseId" = ${exerciseId} AND s.diagnosis IS NOT NULL AND s.diagnosis <> ${PASSED}
    ${scopeSql(scope, 's."userId"')}
    GROUP BY s.diagnosis
    ORDER BY learners DESC, submissions DESC, s.diagnosis ASC
    LIMIT ${top}`;
  return rows.map((row) => ({
    key: row.diagnosis,
    ...describeDiagnosis(row.diagnosis),
    learners: Number(row.learners),
    submissions: Number(row.submissions),
  }));
}

/**
 * Graded submissions stored before diagnoses were recorded get theirs now, a batch at a time
 * (new grades are diagnosed when they are recorded).
 */
export async function backfillDiagnoses(prisma: PrismaClient, exerciseId: string): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await prisma.submission.findMany({
      where: { exerciseId, status: 'GRADED', diagnosis: null },
      select: { id: true, result: true },
      take: 200,
    });
    if (batch.length === 0) return done;
    await prisma.$transaction(
      batch.map((row) =>
        prisma.submission.update({
          where: { id: row.id },
          data: { diagnosis: storedDiagnosis(row.result) },
        }),
      ),
    );
    done += batch.length;
  }
}

function storedDiagnosis(result: unknown): string {
  try {
    return result ? diagnosisKey(result as GradeResult) : PASSED;
  } catch {
    return PASSED; // not a GradeResult: nothing to group it under
  }
}

/** Pass counts of one exercise in each class that has learners on it (for authors). */
export async function exerciseByClass(
  prisma: PrismaClient,
  exerciseId: string | null,
): Promise<Array<{ classId: string; name: string; attempted: number; passed: number }>> {
  if (!exerciseId) return [];
  const rows = await prisma.$queryRaw<
    Array<{ classId: string; name: string; attempted: unknown; passed: unknown }>
  >`
    SELECT c.id AS "classId", c.name AS name, COUNT(*) AS attempted,
      SUM(CASE WHEN ep.passed THEN 1 ELSE 0 END) AS passed
    FROM "ExerciseProgress" ep
    JOIN "ClassMembership" m ON m."userId" = ep."userId" AND m.role = 'LEARNER'
    JOIN "Class" c ON c.id = m."classId"
    WHERE ep."exerciseId" = ${exerciseId} AND ep.attempts > 0
    GROUP BY c.id, c.name
    ORDER BY c.name ASC`;
  return rows.map((r) => ({
    classId: r.classId,
    name: r.name,
    attempted: Number(r.attempted),
    passed: Number(r.passed),
  }));
}

export interface ExerciseSummary {
  attempted: number;
  passed: number;
  submissions: number;
}

/** Attempted / passed / submissions for every exercise of a course, in two grouped queries. */
export async function exerciseSummaries(
  prisma: PrismaClient,
  exerciseIds: string[],
  scope: LearnerScope,
): Promise<Map<string, ExerciseSummary>> {
  const [progress, submissions] = await Promise.all([
    prisma.exerciseProgress.groupBy({
      by: ['exerciseId', 'passed'],
      where: { exerciseId: { in: exerciseIds }, attempts: { gt: 0 }, ...scopeWhere(scope) },
      _count: { _all: true },
    }),
    prisma.submission.groupBy({
      by: ['exerciseId'],
      where: { exerciseId: { in: exerciseIds }, ...scopeWhere(scope) },
      _count: { _all: true },
    }),
  ]);
  const out = new Map<string, ExerciseSummary>();
  const get = (id: string) => {
    let summary = out.get(id);
    if (!summary) {
      summary = { attempted: 0, passed: 0, submissions: 0 };
      out.set(id, summary);
    }
    return summary;
  };
  for (const g of progress) {
    const s = get(g.exerciseId);
    s.attempted += g._count._all;
    if (g.passed) s.passed += g._count._all;
  }
  for (const g of submissions) get(g.exerciseId).submissions = g._count._all;
  return out;
}
