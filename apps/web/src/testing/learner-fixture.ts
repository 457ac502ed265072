import type { PrismaClient } from '@slope/db';
import { findExercise } from '../grading/exercise-registry';
import { exerciseRow } from '../grading/exercise-row';
import { GRADED_SUBMISSION } from '../grading/record-result';

let learners = 0;

/**
 * A new learner and one exercise of `content/` in a test database, with `submission()`: stores
 * a submission as submitCode leaves it (QUEUED), numbered after the learner's others, selected
 * as recordResult wants it.
 */
export async function learnerOn(prisma: PrismaClient, slug: string, email?: string) {
  const found = await findExercise(slug);
  if (!found) throw new Error(`no exercise ${slug} in content/`);
  const exercise = await exerciseRow(prisma, found.location, found.exercise);
  const user = await prisma.user.create({
    data: { email: email ?? `learner-${process.pid}-${learners++}@example.com` },
  });
  const key = { userId: user.id, exerciseId: exercise.id };
  const submission = async () => {
    const attempt = (await prisma.submission.count({ where: key })) + 1;
    const { id } = await prisma.submission.create({
      data: { ...key, attempt, code: 'x', idempotencyKey: `k-${attempt}`, seed: 1 },
    });
    return prisma.submission.findUniqueOrThrow({ where: { id }, select: GRADED_SUBMISSION });
  };
  return { user, exercise, found, manifest: found.exercise.manifest, key, submission };
}
