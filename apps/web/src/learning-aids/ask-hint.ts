import type { PrismaClient } from '@slope/db';
import type { LearningAidsView } from '@slope/ui/learning-aids';
import { z } from 'zod';
import { findExercise } from '../grading/exercise-registry';
import { exerciseRow } from '../grading/exercise-row';
import { readAidFiles } from './aid-files';
import { hintOpen } from './aids-policy';
import { aidFacts, aidsView } from './learning-aids';

const askSchema = z.object({ index: z.number().int().min(0).max(100) }).strict();

export type AskOutcome =
  | { status: 200; aids: LearningAidsView }
  | { status: 400 | 404 | 409; error: string };

/**
 * A learner asks for hint `index` before it opens by itself: hints open in order, so it must be
 * the first one still closed. Recorded once (asking again is a no-op); the record takes the
 * manifest's `hints.requestPenalty` off later submissions and instructors see it.
 */
export async function askHint(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  body: unknown,
): Promise<AskOutcome> {
  const parsed = askSchema.safeParse(body);
  if (!parsed.success)
    return { status: 400, error: 'Send { "index": <the hint number, from 0> }.' };
  const found = await findExercise(slug);
  if (!found) return { status: 404, error: `There is no exercise "${slug}".` };
  const { manifest } = found.exercise;
  const files = await readAidFiles(found.location.dir);
  const { hints } = files;
  const { index } = parsed.data;
  if (index >= hints.length)
    return { status: 404, error: `This exercise has no hint ${index + 1}.` };
  const row = await exerciseRow(prisma, found.location, found.exercise);
  let facts = await aidFacts(prisma, userId, slug, row.id, manifest);
  if (!hintOpen(index, manifest.hints, facts)) {
    const firstClosed = hints.findIndex((_, i) => !hintOpen(i, manifest.hints, facts));
    if (firstClosed !== index) {
      return { status: 409, error: `Hints open in order: ask for hint ${firstClosed + 1} first.` };
    }
    // The unique (user, exercise, index) makes a double click one record.
    await prisma.hintReveal
      .create({ data: { userId, exerciseId: row.id, index } })
      .catch((error: { code?: string }) => {
        if (error.code !== 'P2002') throw error;
      });
    facts = { ...facts, requested: new Set([...facts.requested, index]) };
  }
  return { status: 200, aids: aidsView(files, manifest, facts) };
}
