import path from 'node:path';
import { stableId } from '@slope/ui/spec-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMemory, practiceThrottle } from '../auth/throttle';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { answerPractice } from './answer-practice';

const contentDir = path.join(import.meta.dirname, 'fixtures');

describe.each(testDatabaseKinds)('an answer and its lesson progress on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase(kind);
  });
  afterAll(() => database.dispose());

  const answer = (userId: string) =>
    answerPractice(
      database.prisma,
      userId,
      {
        course: 'demo',
        lesson: 'practice',
        widget: 'gd-steps',
        answer: {
          order: ['Compute the gradient', 'Compute the loss', 'Step against the gradient'].map(
            (t) => stableId(t, 'o'),
          ),
        },
      },
      { contentDir, throttle: practiceThrottle(inMemory) },
    );

  it('are stored together, or neither when the progress write fails', async () => {
    const { prisma } = database;
    const userId = (await prisma.user.create({ data: { email: 'atomic@example.com' } })).id;
    // The progress table goes missing between the answer's write and the progress write.
    await prisma.$executeRawUnsafe('ALTER TABLE "LessonProgress" RENAME TO "LessonProgressAway"');
    try {
      await expect(answer(userId)).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE "LessonProgressAway" RENAME TO "LessonProgress"');
    }
    expect(await prisma.practiceResponse.count({ where: { userId } })).toBe(0);

    expect(await answer(userId)).toMatchObject({ status: 200 });
    expect(await prisma.practiceResponse.count({ where: { userId } })).toBe(1);
    expect(await prisma.lessonProgress.count({ where: { userId } })).toBe(1);
  });
});
