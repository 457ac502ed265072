import path from 'node:path';
import { stableId } from '@slope/ui/spec-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMemory, practiceThrottle } from '../auth/throttle';
import { findLesson } from '../content/widgets/lesson-widgets';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { answerPractice } from './answer-practice';
import { lessonVariants } from './lesson-variants';

const contentDir = path.join(import.meta.dirname, 'fixtures');
describe.each(testDatabaseKinds)('on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  let userId: string;

  beforeAll(async () => {
    database = await tempDatabase(kind);
    userId = (await database.prisma.user.create({ data: { email: 'l@example.com' } })).id;
  });
  afterAll(() => database.dispose());

  // One throttle for the file, as one process has: every test uses its own learner or question.
  const throttle = practiceThrottle(inMemory);
  const answer = (widget: string, value: unknown, user = userId) =>
    answerPractice(
      database.prisma,
      user,
      { course: 'demo', lesson: 'practice', widget, answer: value },
      { contentDir, throttle },
    );
  /** The right answer to the `power` question in this learner's own values (from their stem). */
  const powerAnswer = (user: string) => {
    const ref = findLesson('demo', 'practice', contentDir)!;
    const stem = (lessonVariants(ref, user).power as { stem: string }).stem;
    const [, a, n] = /= (\d) x\^\{(\d)\}/.exec(stem)!.map(Number) as [number, number, number];
    return { text: `${a * n}x^${n - 1}`, stem };
  };
  const steps = ['Compute the loss', 'Compute the gradient', 'Step against the gradient'].map(
    (text) => stableId(text, 'o'),
  ) as [string, string, string];

  describe('answerPractice', () => {
    it('gives the misconception for a wrong choice, then accepts the right one and finishes', async () => {
      const wrong = await answer('direction', { selected: ['descent'] });
      expect(wrong.status).toBe(200);
      if (wrong.status !== 200) return;
      expect(wrong.feedback.correct).toBe(false);
      expect(wrong.feedback.attemptsLeft).toBe(1);
      expect(JSON.stringify(wrong.feedback)).toContain('That is the negative gradient.');
      // The key is not revealed while attempts remain.
      expect(JSON.stringify(wrong.feedback)).not.toContain('so we step against it');

      const right = await answer('direction', { selected: ['ascent'] });
      expect(right.status).toBe(200);
      if (right.status !== 200) return;
      expect(right.feedback).toMatchObject({ correct: true, finished: true, attemptsUsed: 2 });
      expect(right.feedback.explanation).toMatch(/points uphill/);

      const again = await answer('direction', { selected: ['descent'] });
      expect(again.status).toBe(409);
      const rows = await database.prisma.practiceResponse.findMany({
        where: { userId, widgetId: 'direction' },
      });
      expect(rows.map((r) => [r.attempt, r.correct])).toEqual([
        [1, false],
        [2, true],
      ]);
    });

    it('checks orderings per position and matches per pair', async () => {
      const [loss, grad, step] = steps;
      const ordering = await answer('gd-steps', { order: [grad, loss, step] });
      expect(ordering.status).toBe(200);
      if (ordering.status !== 200) return;
      expect(ordering.feedback).toMatchObject({ correct: false, positions: [false, false, true] });
      const match = await answer('terms', {
        placements: { derivative: 'curvature', hessian: 'slope' },
      });
      expect(match.status).toBe(200);
      if (match.status !== 200) return;
      expect(match.feedback.correct).toBe(false);
      expect((match.feedback.pairs as Array<{ correct: boolean }>).every((p) => !p.correct)).toBe(
        true,
      );
    });

    it.each([
      [{ course: 'demo' }, 400, /Malformed request/],
      [
        { course: 'demo', lesson: 'practice', widget: 'direction', answer: { selected: 'ascent' } },
        400,
        /Malformed answer for a Quiz/,
      ],
      [
        {
          course: 'demo',
          lesson: 'practice',
          widget: 'direction',
          answer: { selected: [], extra: 1 },
        },
        400,
        /Malformed answer/,
      ],
      [
        {
          course: 'demo',
          lesson: 'practice',
          widget: 'direction',
          answer: { selected: ['ascent', 'descent', 'zero'] },
        },
        400,
        /answer\.selected: this question takes exactly one answer/,
      ],
      [
        { course: 'demo', lesson: 'practice', widget: 'direction', answer: { selected: ['x'] } },
        400,
        /answer\.selected\.0: is not a choice of this quiz/,
      ],
      [
        { course: 'demo', lesson: 'practice', widget: 'gd-steps', answer: { order: ['x', 'y'] } },
        400,
        /answer\.order/,
      ],
      [
        {
          course: 'demo',
          lesson: 'practice',
          widget: 'terms',
          answer: { placements: { derivative: 'nowhere' } },
        },
        400,
        /answer\.placements\.derivative: is not a target/,
      ],
      [
        { course: 'demo', lesson: 'nope', widget: 'direction', answer: {} },
        404,
        /no lesson "demo\/nope"/,
      ],
      [
        { course: 'demo', lesson: 'practice', widget: 'nope', answer: {} },
        404,
        /has no question "nope"/,
      ],
      ['not an object', 400, /Malformed request/],
    ])('refuses %j with %i and writes nothing', async (body, status, message) => {
      const before = await database.prisma.practiceResponse.count();
      const outcome = await answerPractice(database.prisma, userId, body, {
        contentDir,
        throttle,
      });
      expect(outcome.status).toBe(status);
      if ('error' in outcome) expect(outcome.error).toMatch(message);
      expect(await database.prisma.practiceResponse.count()).toBe(before);
    });

    it('numbers concurrent answers from one learner without gaps or duplicates, and checks no more than 5', async () => {
      const other = (await database.prisma.user.create({ data: { email: 'c@example.com' } })).id;
      const wrong = [steps[2], steps[1], steps[0]];
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () => answer('gd-steps', { order: wrong }, other)),
      );
      expect(outcomes.map((o) => o.status).sort()).toEqual([
        200, 200, 200, 200, 200, 429, 429, 429,
      ]);
      const throttled = outcomes.find((o) => o.status === 429);
      expect(throttled).toMatchObject({
        error: expect.stringMatching(/^Take a moment: try again in \d+ s\.$/),
      });
      const attempts = (
        await database.prisma.practiceResponse.findMany({
          where: { userId: other, widgetId: 'gd-steps' },
        })
      )
        .map((r) => r.attempt)
        .sort((a, b) => a - b);
      expect(attempts).toEqual([1, 2, 3, 4, 5]);
    });

    it('a formula it cannot read is no attempt: nothing stored, the throttle given back', async () => {
      const other = (await database.prisma.user.create({ data: { email: 'f@example.com' } })).id;
      for (let i = 0; i < 8; i++) {
        const outcome = await answer('power', { text: '2x^' }, other);
        expect(outcome).toMatchObject({
          status: 200,
          feedback: {
            counted: false,
            attemptsUsed: 0,
            message: expect.stringMatching(/^Not understood: /),
          },
        });
      }
      expect(
        await database.prisma.practiceResponse.count({
          where: { userId: other, widgetId: 'power' },
        }),
      ).toBe(0);
    });

    it('each learner answers their own values: one learner’s answer is wrong for another', async () => {
      const users = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          database.prisma.user.create({ data: { email: `v${i}@example.com` } }),
        ),
      );
      const [first, ...rest] = users.map((u) => u.id);
      const mine = powerAnswer(first!);
      const other = rest.find((u) => powerAnswer(u).stem !== mine.stem)!;
      expect(other).toBeDefined();
      const theirs = await answer('power', { text: mine.text }, other);
      expect(theirs).toMatchObject({ status: 200, feedback: { correct: false, counted: true } });
      const own = await answer('power', { text: mine.text }, first);
      expect(own).toMatchObject({ status: 200, feedback: { correct: true, finished: true } });
    });

    it('marks the lesson complete once every widget is finished', async () => {
      const lesson = await database.prisma.lesson.findFirstOrThrow({ where: { slug: 'practice' } });
      const progress = () =>
        database.prisma.lessonProgress.findUniqueOrThrow({
          where: { userId_lessonId: { userId, lessonId: lesson.id } },
        });
      expect((await progress()).status).toBe('IN_PROGRESS');
      expect((await answer('gd-steps', { order: steps })).status).toBe(200);
      expect((await progress()).status).toBe('IN_PROGRESS');
      expect(
        (await answer('terms', { placements: { derivative: 'slope', hessian: 'curvature' } }))
          .status,
      ).toBe(200);
      expect((await progress()).status).toBe('IN_PROGRESS');
      const power = await answer('power', { text: powerAnswer(userId).text });
      expect(power).toMatchObject({ status: 200, feedback: { correct: true } });
      const done = await progress();
      expect(done.status).toBe('COMPLETED');
      expect(done.completedAt).toBeInstanceOf(Date);
    });
  });
});
