import type { PrismaClient } from '@slope/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClassFixture, classFixture, QUIZ_ID, quizWidget } from '../testing/class-fixture';
import { type TempDatabase, tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { questionDetail, questionSummaries } from './question-stats';

describe.each(testDatabaseKinds)('question statistics on %s', (kind) => {
  let db: TempDatabase;
  let prisma: PrismaClient;
  let f: ClassFixture;

  /** A learner's answers to the fixture quiz (choices per attempt) and to another question. */
  async function answers(userId: string, picks: string[][], other: boolean | null) {
    for (const [i, selected] of picks.entries()) {
      const correct = selected.length === 1 && selected[0] === 'ascent';
      await prisma.practiceResponse.create({
        data: {
          userId,
          lessonId: f.lessons.limits,
          widgetId: QUIZ_ID,
          kind: 'QUIZ',
          answer: { selected },
          correct,
          score: correct ? 1 : 0,
          attempt: i + 1,
        },
      });
    }
    if (other === null) return;
    await prisma.practiceResponse.create({
      data: {
        userId,
        lessonId: f.lessons.gradients,
        widgetId: 'chain-order',
        kind: 'ORDERING',
        answer: { order: ['a', 'b'] },
        correct: other,
        score: other ? 1 : 0,
        attempt: 1,
      },
    });
  }

  beforeAll(async () => {
    db = await tempDatabase(kind);
    prisma = db.prisma;
    f = await classFixture(prisma);
    // Four learners: the two who got the other question right also got the quiz right first
    // time; the other two picked "descent" first.
    await answers(await f.addLearner('A'), [['ascent']], true);
    await answers(await f.addLearner('B'), [['ascent']], true);
    await answers(await f.addLearner('C'), [['descent'], ['ascent']], false);
    await answers(await f.addLearner('D'), [['descent'], ['level'], ['ascent']], false);
    await answers(await f.addLearner('E', f.otherClassId), [['level']], null);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('summarises every question of the course', async () => {
    const list = await questionSummaries(prisma, f.course, { classId: f.classId });
    expect(
      list.map((q) => [q.widget.id, q.respondents, q.firstTryCorrect, q.eventuallyCorrect]),
    ).toEqual([[QUIZ_ID, 4, 0.5, 4]]);
  });

  it('counts each choice on first attempts and over all attempts', async () => {
    const lesson = f.course.lessons[0]!;
    const detail = await questionDetail(prisma, f.course, lesson, quizWidget, {
      classId: f.classId,
    });
    expect(detail.choices).toEqual([
      { id: 'ascent', text: 'Steepest ascent', correct: true, first: 2, all: 4 },
      { id: 'descent', text: 'Steepest descent', correct: false, first: 2, all: 2 },
      { id: 'level', text: 'Along a level set', correct: false, first: 0, all: 1 },
    ]);
    expect(detail.eventuallyCorrect).toBe(4);
  });

  it('item analysis against the rest of the course', async () => {
    const lesson = f.course.lessons[0]!;
    const { analysis } = await questionDetail(prisma, f.course, lesson, quizWidget, {
      classId: f.classId,
    });
    // p = 2/4; groups of round(0.27·4) = 1: the top learner (rest 1) was right, the bottom
    // (rest 0) wrong → D = 1; item and rest agree perfectly → r = 1.
    expect(analysis).toMatchObject({
      respondents: 4,
      difficulty: 0.5,
      discrimination: 1,
      groupSize: 1,
    });
    expect(analysis.pointBiserial).toBeCloseTo(1, 10);
    const everyone = await questionDetail(prisma, f.course, lesson, quizWidget, 'all');
    expect(everyone.analysis.respondents).toBe(5);
    expect(everyone.choices?.find((c) => c.id === 'level')).toMatchObject({ first: 1, all: 2 });
  });
});
