import type { PrismaClient } from '@slope/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClassFixture, classFixture, progress, QUIZ_ID } from '../testing/class-fixture';
import { type TempDatabase, tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { DEFAULT_QUERY, type MatrixQuery } from './matrix-query';
import { progressMatrix } from './progress-matrix';

const NOW = new Date('2026-06-10T12:00:00Z');
const DUE = new Date('2026-06-05T12:00:00Z');
// The matrix is raw SQL: it runs on both databases the app supports.
describe.each(testDatabaseKinds)('progress matrix on %s', (kind) => {
  let db: TempDatabase;
  let prisma: PrismaClient;
  let f: ClassFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await tempDatabase(kind);
    prisma = db.prisma;
    f = await classFixture(prisma);
    for (const learner of ['Ada', 'Bob', 'Cy', 'Dee', 'Zoë 50%']) {
      ids[learner] = await f.addLearner(learner);
    }
    ids.Eve = await f.addLearner('Eve', f.otherClassId);
    // Ada is in the other class too, joined long ago: this class shows when she joined it.
    await prisma.classMembership.create({
      data: {
        classId: f.otherClassId,
        userId: ids.Ada!,
        joinedAt: new Date('2020-01-01T00:00:00Z'),
      },
    });
    // Ada: passed the first exercise on her 2nd try, finished the first lesson and its quiz.
    await progress(prisma, ids.Ada!, f.exercises.mse, { attempts: 2, bestScore: 1, passed: true });
    await prisma.lessonProgress.create({
      data: { userId: ids.Ada!, lessonId: f.lessons.limits, status: 'COMPLETED' },
    });
    for (const [attempt, correct] of [
      [1, false],
      [2, true],
    ] as const) {
      await prisma.practiceResponse.create({
        data: {
          userId: ids.Ada!,
          lessonId: f.lessons.limits,
          widgetId: QUIZ_ID,
          kind: 'QUIZ',
          answer: { selected: [correct ? 'ascent' : 'descent'] },
          correct,
          score: correct ? 1 : 0,
          attempt,
        },
      });
    }
    // Bob: stuck at half marks; opened the second lesson.
    await progress(prisma, ids.Bob!, f.exercises.mse, { attempts: 3, bestScore: 0.5 });
    await prisma.lessonProgress.create({
      data: { userId: ids.Bob!, lessonId: f.lessons.gradients, status: 'IN_PROGRESS' },
    });
    // Dee: passed both, the second after its due date.
    await progress(prisma, ids.Dee!, f.exercises.mse, { attempts: 1, bestScore: 1, passed: true });
    await progress(prisma, ids.Dee!, f.exercises.chain, {
      attempts: 1,
      bestScore: 1,
      passed: true,
      firstPassedAt: new Date('2026-06-07T00:00:00Z'),
    });
    // Only a saved draft: not an attempt.
    await progress(prisma, ids.Cy!, f.exercises.chain, { attempts: 0, bestScore: 0 });
    // Eve (another class) passed everything: she must never show up here.
    await progress(prisma, ids.Eve!, f.exercises.mse, { attempts: 1, bestScore: 1, passed: true });
    await prisma.classExerciseSetting.create({
      data: { classId: f.classId, exerciseId: f.exercises.chain, dueAt: DUE },
    });
  });
  afterAll(async () => {
    await db.dispose();
  });

  const names = async (change: Partial<MatrixQuery>) => {
    const m = await progressMatrix(
      prisma,
      f.classId,
      f.course,
      { ...DEFAULT_QUERY, ...change },
      NOW,
    );
    return m.rows.map((r) => r.name);
  };

  it('lists the class by name, with each cell and the totals', async () => {
    const m = await progressMatrix(prisma, f.classId, f.course, DEFAULT_QUERY, NOW);
    expect(m.rows.map((r) => r.name)).toEqual(['Ada', 'Bob', 'Cy', 'Dee', 'Zoë 50%']);
    expect(m.total).toBe(5);
    expect(m.columns.map((c) => c.key)).toEqual([
      'l:limits',
      'e:mse-gradient',
      'l:gradients',
      'e:chain-rule',
    ]);
    const ada = m.rows[0]!;
    expect(ada.cells['e:mse-gradient']).toEqual({
      kind: 'exercise',
      status: 'passed',
      bestScore: 1,
      attempts: 2,
      late: false,
      overdue: false,
    });
    expect(ada.cells['l:limits']).toEqual({
      kind: 'lesson',
      status: 'COMPLETED',
      correct: 1,
      questions: 1,
      answers: 2,
    });
    expect(ada).toMatchObject({ lessonsCompleted: 1, exercisesPassed: 1 });
    expect(ada.joinedAt.getUTCFullYear()).not.toBe(2020);
    const bob = m.rows[1]!;
    expect(bob.cells['e:mse-gradient']).toMatchObject({
      status: 'attempted',
      bestScore: 0.5,
      attempts: 3,
    });
    expect(bob.cells['l:gradients']).toMatchObject({ status: 'IN_PROGRESS' });
    // The second exercise was due on 5 June: not passed by then is overdue, passed after is late.
    expect(bob.cells['e:chain-rule']).toMatchObject({ status: 'not-started', overdue: true });
    expect(m.rows[3]!.cells['e:chain-rule']).toMatchObject({ status: 'passed', late: true });
    expect(m.rows[2]!.cells['e:chain-rule']).toMatchObject({ status: 'not-started', attempts: 0 });
  });

  it('sorts by a column: done first, then by best score and attempts', async () => {
    expect(await names({ sort: 'e:mse-gradient', dir: 'desc' })).toEqual([
      'Ada',
      'Dee',
      'Bob',
      'Cy',
      'Zoë 50%',
    ]);
    expect(await names({ sort: 'e:mse-gradient', dir: 'asc' })).toEqual([
      'Cy',
      'Zoë 50%',
      'Bob',
      'Dee',
      'Ada',
    ]);
    expect(await names({ sort: 'l:gradients', dir: 'desc' })).toEqual([
      'Bob',
      'Ada',
      'Cy',
      'Dee',
      'Zoë 50%',
    ]);
  });

  it('sorts by progress (items done) and by join date', async () => {
    expect((await names({ sort: 'progress', dir: 'desc' })).slice(0, 2)).toEqual(['Dee', 'Ada']);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual([
      'Zoë 50%',
      'Dee',
      'Cy',
      'Bob',
      'Ada',
    ]);
    expect(await names({ sort: 'joined' })).toEqual(['Ada', 'Bob', 'Cy', 'Dee', 'Zoë 50%']);
  });

  it('filters by the status of one column', async () => {
    expect(await names({ item: 'e:mse-gradient', status: 'not-done' })).toEqual([
      'Bob',
      'Cy',
      'Zoë 50%',
    ]);
    expect(await names({ item: 'e:mse-gradient', status: 'started' })).toEqual(['Bob']);
    expect(await names({ item: 'e:chain-rule', status: 'not-started' })).toEqual([
      'Ada',
      'Bob',
      'Cy',
      'Zoë 50%',
    ]);
    expect(await names({ item: 'l:limits', status: 'done', sort: 'l:limits' })).toEqual(['Ada']);
  });

  it('searches names and emails; % and _ are literal', async () => {
    expect(await names({ q: 'BO' })).toEqual(['Bob']);
    expect(await names({ q: 'dee@' })).toEqual(['Dee']);
    expect(await names({ q: '50%' })).toEqual(['Zoë 50%']);
    expect(await names({ q: '%' })).toEqual(['Zoë 50%']);
    expect(await names({ q: '_' })).toEqual([]);
  });

  it('pages, and a page past the end shows the last page', async () => {
    const second = await progressMatrix(
      prisma,
      f.classId,
      f.course,
      { ...DEFAULT_QUERY, size: 2, page: 2 },
      NOW,
    );
    expect(second.rows.map((r) => r.name)).toEqual(['Cy', 'Dee']);
    expect(second).toMatchObject({ total: 5, pages: 3, page: 2 });
    const beyond = await progressMatrix(
      prisma,
      f.classId,
      f.course,
      { ...DEFAULT_QUERY, size: 2, page: 9 },
      NOW,
    );
    expect(beyond.rows.map((r) => r.name)).toEqual(['Zoë 50%']);
    expect(beyond.page).toBe(3);
  });

  it('shows only lessons or only exercises when asked', async () => {
    const m = await progressMatrix(
      prisma,
      f.classId,
      f.course,
      { ...DEFAULT_QUERY, columns: 'exercises' },
      NOW,
    );
    expect(m.columns.map((c) => c.key)).toEqual(['e:mse-gradient', 'e:chain-rule']);
  });
});
