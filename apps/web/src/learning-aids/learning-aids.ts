import type { PrismaClient } from '@slope/db';
import type { Manifest } from '@slope/grader';
import type { LearningAidsView } from '@slope/ui/learning-aids';
import { attemptsSpent, SPENDS_AN_ATTEMPT } from '../grading/attempts';
import { classSettingsFor, effectiveDue } from '../grading/class-settings';
import { findExercise } from '../grading/exercise-registry';
import { PASS } from '../grading/pass';
import { type AidFiles, readAidFiles } from './aid-files';
import { type AidFacts, hintOpen, solutionOpenAfterDue, solutionReason } from './aids-policy';

/**
 * Whether a learner's class opened this exercise's worked solution because its due date
 * passed: their submissions are then closed (a copied solution must not earn a grade).
 */
export async function closedBySolution(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  manifest: Manifest,
  now: Date,
): Promise<boolean> {
  return solutionOpenAfterDue({ ...(await classSchedule(prisma, userId, slug, manifest)), now });
}

/** The due date in force for a learner and whether their class opens the solution after it. */
async function classSchedule(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  manifest: Manifest,
): Promise<Pick<AidFacts, 'due' | 'solutionAfterDue'>> {
  const setting = (await classSettingsFor(prisma, userId, [slug])).get(slug);
  return {
    due: effectiveDue(manifest.feedback, setting),
    solutionAfterDue: setting?.solutionAfterDue ?? false,
  };
}

/**
 * What decides the aids of exercise `slug` for a learner, read from the database (`exerciseId`
 * is the exercise's row id, or null when nobody has submitted to it yet).
 */
export async function aidFacts(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  exerciseId: string | null,
  manifest: Manifest,
  now = new Date(),
): Promise<AidFacts> {
  const schedule = await classSchedule(prisma, userId, slug, manifest);
  if (exerciseId === null) {
    return { failed: 0, spent: 0, passed: false, requested: new Set(), ...schedule, now };
  }
  const key = { userId, exerciseId };
  const [failed, spent, progress, reveals] = await Promise.all([
    prisma.submission.count({
      where: { ...key, AND: [SPENDS_AN_ATTEMPT, { status: 'GRADED', rawScore: { lt: PASS } }] },
    }),
    attemptsSpent(prisma, userId, exerciseId),
    prisma.exerciseProgress.findUnique({
      where: { userId_exerciseId: key },
      select: { passed: true },
    }),
    prisma.hintReveal.findMany({ where: key, select: { index: true } }),
  ]);
  return {
    failed,
    spent,
    passed: progress?.passed ?? false,
    requested: new Set(reveals.map((r) => r.index)),
    ...schedule,
    now,
  };
}

/**
 * The learning aids of an exercise as one learner may see them: the hints open for them (and
 * how the next one opens), the worked solution if it is open. Nothing that is not open leaves
 * the server — not even a locked hint's title. Null for an unknown exercise.
 */
export async function learningAids(
  prisma: PrismaClient,
  userId: string,
  slug: string,
): Promise<LearningAidsView | null> {
  const found = await findExercise(slug);
  if (!found) return null;
  const { manifest } = found.exercise;
  const row = await prisma.exercise.findUnique({ where: { slug }, select: { id: true } });
  const [files, facts] = await Promise.all([
    readAidFiles(found.location.dir),
    aidFacts(prisma, userId, slug, row?.id ?? null, manifest),
  ]);
  return aidsView(files, manifest, facts);
}

/** The view of the aids that `facts` open (see {@link learningAids}). */
export function aidsView(files: AidFiles, manifest: Manifest, facts: AidFacts): LearningAidsView {
  const open = files.hints.flatMap((hint, index) =>
    hintOpen(index, manifest.hints, facts)
      ? [{ index, title: hint.title, html: hint.html, asked: facts.requested.has(index) }]
      : [],
  );
  const nextIndex = files.hints.findIndex((_, index) => !hintOpen(index, manifest.hints, facts));
  const reason = solutionReason(manifest, facts);
  return {
    hints: {
      total: files.hints.length,
      open,
      next:
        nextIndex < 0
          ? null
          : {
              index: nextIndex,
              opensAfterFailed: manifest.hints.openAfterFailed[nextIndex] ?? null,
              failed: facts.failed,
              penalty: manifest.hints.requestPenalty,
            },
    },
    solution:
      files.solution === null
        ? null
        : reason
          ? { open: true, reason, html: files.solution }
          : {
              open: false,
              dueOpens: facts.solutionAfterDue && facts.due ? facts.due.toISOString() : null,
              attemptsOpen: manifest.attempts.max,
            },
    submissionsClosed: solutionOpenAfterDue(facts),
  };
}
