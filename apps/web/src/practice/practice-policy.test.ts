import { matchShownOrder } from '@slope/ui/match/spec';
import { orderingShownOrder } from '@slope/ui/ordering/spec';
import { stableId } from '@slope/ui/spec-utils';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMemory, PRACTICE, practiceThrottle } from '../auth/throttle';
import { listCourses, listLessons } from '../content/courses';
import type { PracticeWidget } from '../content/widgets/extract-widgets';
import { findLesson, type LessonRef } from '../content/widgets/lesson-widgets';
import { lessonComponents } from '../lesson-widgets/lesson-components';
import { tempDatabase } from '../testing/temp-database';
import { answerPractice } from './answer-practice';
import { lessonShownOrders } from './shown-orders';

/**
 * Attacks on every practice widget of the real course in `content/`: what a learner (or a script
 * with a learner's session) can get out of the page and the API without knowing the answer.
 */
const lessons: LessonRef[] = listCourses().flatMap((course) =>
  listLessons(course).flatMap((lesson) => findLesson(course.slug, lesson.slug) ?? []),
);
const all = lessons.flatMap((ref) => ref.widgets.practice.map((widget) => ({ ref, widget })));
const named = (kind: PracticeWidget['practice']['widget']) =>
  all
    .filter(({ widget }) => widget.practice.widget === kind)
    .map(({ ref, widget }) => ({ name: `${ref.lesson.slug}#${widget.id}`, ref, widget }));
const quizzes = named('Quiz');
const shuffled = [...named('Ordering'), ...named('Match')];
const secret = 'test-secret-test-secret-test-secret!';

const matchItemId = (item: { id?: string | undefined; text: string }) =>
  item.id ?? stableId(item.text, 'm');

/** Texts that must not reach the browser before the question is finished. */
function secretsOf(widget: PracticeWidget): string[] {
  const { practice } = widget;
  const texts: (string | undefined)[] = [practice.spec.explanation];
  if (practice.widget === 'Quiz') texts.push(...practice.spec.choices.map((c) => c.feedback));
  if (practice.widget === 'Match') texts.push(...practice.spec.items.map((i) => i.feedback));
  return texts.filter((t): t is string => Boolean(t));
}

/** The key as an order: the right order, or (match) the items lined up with their targets. */
function keyOrder(widget: PracticeWidget): string[] {
  const { practice } = widget;
  if (practice.widget === 'Ordering') return practice.spec.items.map((t) => stableId(t, 'o'));
  if (practice.widget === 'Match') {
    const rank = new Map(practice.spec.targets.map((t, i) => [t.id, i]));
    const items = practice.spec.items.map((item) => ({ id: matchItemId(item), item }));
    return items
      .sort((a, b) => (rank.get(a.item.target) ?? 0) - (rank.get(b.item.target) ?? 0))
      .map((i) => i.id);
  }
  return [];
}

/** The same widget with another key: an ordering reversed, a match's items sent to other targets. */
function otherKey(widget: PracticeWidget): PracticeWidget {
  const { practice } = widget;
  if (practice.widget === 'Ordering') {
    const items = [...practice.spec.items].reverse();
    return { ...widget, practice: { ...practice, spec: { ...practice.spec, items } } };
  }
  if (practice.widget === 'Match') {
    const targets = practice.spec.targets.map((t) => t.id);
    const next = (id: string) => targets[(targets.indexOf(id) + 1) % targets.length] ?? id;
    const items = practice.spec.items.map((item) => ({ ...item, target: next(item.target) }));
    return { ...widget, practice: { ...practice, spec: { ...practice.spec, items } } };
  }
  return widget;
}

/** The props the lesson page hands the client widget (what is serialised into the HTML). */
function pageProps(widget: PracticeWidget): { props: { items?: { id: string }[] } } {
  const render = lessonComponents[widget.practice.widget] as (p: unknown) => ReactElement;
  return render({ id: widget.id, ...widget.practice.spec }).props as never;
}

describe('the course in content/', () => {
  it('has practice widgets of every kind to attack', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(12);
    expect(named('Ordering').length).toBeGreaterThanOrEqual(1);
    expect(named('Match').length).toBeGreaterThanOrEqual(1);
  });

  it.each(all.map(({ ref, widget }) => ({ name: `${ref.lesson.slug}#${widget.id}`, widget })))(
    'the page of $name holds no key, feedback or explanation',
    ({ widget }) => {
      const json = JSON.stringify(pageProps(widget));
      expect(json).not.toMatch(/"correct"|"target"|"explanation"|"feedback"/);
      for (const text of secretsOf(widget)) expect(json).not.toContain(JSON.stringify(text));
    },
  );

  it.each(shuffled)(
    '$name shows anonymous visitors one order, the page of the same items with another key too',
    ({ widget }) => {
      const shown = (pageProps(widget).props.items ?? []).map((i) => i.id);
      expect([...shown].sort()).toEqual([...keyOrder(widget)].sort());
      const other = otherKey(widget);
      expect((pageProps(other).props.items ?? []).map((i) => i.id)).toEqual(shown);
    },
  );

  it.each(shuffled)('$name shows each learner their own order', ({ ref, widget }) => {
    const orders = Array.from(
      { length: 8 },
      (_, i) => lessonShownOrders(ref, `learner-${i}`, secret)[widget.id] ?? [],
    );
    const key = keyOrder(widget);
    for (const order of orders) expect([...order].sort()).toEqual([...key].sort());
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
    // Stable for one learner; another secret gives another order.
    expect(lessonShownOrders(ref, 'learner-0', secret)[widget.id]).toEqual(orders[0]);
    const elsewhere = Array.from(
      { length: 8 },
      (_, i) => lessonShownOrders(ref, `learner-${i}`, `${secret}-other`)[widget.id]?.join() ?? '',
    );
    expect(elsewhere).not.toEqual(orders.map((o) => o.join()));
  });

  it.each(shuffled)(
    '$name: every seed shows the same order with another key (nothing to collect over pages)',
    ({ widget }) => {
      // Were the key avoided, pages would pile up "not this order" until one order was left.
      const other = otherKey(widget).practice;
      const { practice } = widget;
      for (let seed = 0; seed < 200; seed++) {
        if (practice.widget === 'Ordering' && other.widget === 'Ordering')
          expect(orderingShownOrder(other.spec, seed)).toEqual(
            orderingShownOrder(practice.spec, seed),
          );
        if (practice.widget === 'Match' && other.widget === 'Match')
          expect(matchShownOrder(other.spec, seed)).toEqual(matchShownOrder(practice.spec, seed));
      }
    },
  );
});

describe('answering the course in content/', () => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  let n = 0;
  const learner = async () =>
    (await database.prisma.user.create({ data: { email: `attacker${n++}@example.com` } })).id;
  const answer = (userId: string, ref: LessonRef, widget: string, value: unknown) =>
    answerPractice(
      database.prisma,
      userId,
      { course: ref.course.slug, lesson: ref.lesson.slug, widget, answer: value },
      { throttle: practiceThrottle(inMemory) },
    );

  beforeAll(async () => {
    database = await tempDatabase('sqlite');
  });
  afterAll(() => database.dispose());

  it.each(quizzes)('selecting every choice of $name gets no key', async ({ ref, widget }) => {
    if (widget.practice.widget !== 'Quiz') return;
    const { spec } = widget.practice;
    const userId = await learner();
    const ids = (pageProps(widget).props as unknown as { choices: { id: string }[] }).choices.map(
      (c) => c.id,
    );
    const outcome = await answer(userId, ref, widget.id, { selected: ids });
    const json = JSON.stringify(outcome);
    for (const text of secretsOf(widget)) expect(json).not.toContain(JSON.stringify(text));
    if (spec.mode === 'single') {
      expect(outcome).toMatchObject({
        status: 400,
        error: expect.stringMatching(/answer\.selected: this question takes exactly one answer/),
      });
      expect(await database.prisma.practiceResponse.count({ where: { userId } })).toBe(0);
    } else if (spec.choices.some((c) => !c.correct)) {
      expect(outcome.status).toBe(200);
      if (outcome.status !== 200) return;
      expect(outcome.feedback).toMatchObject({ correct: false, explanation: null });
      for (const choice of outcome.feedback.choices as { correct: unknown }[])
        expect(choice.correct).toBeNull();
    }
  });

  it.each(quizzes)(
    '$name keeps its explanation until it is answered right',
    async ({ ref, widget }) => {
      if (widget.practice.widget !== 'Quiz') return;
      const { spec } = widget.practice;
      const userId = await learner();
      const choices = (pageProps(widget).props as unknown as { choices: { id: string }[] }).choices;
      const wrong = choices.find((_, i) => !spec.choices[i]?.correct);
      const right = choices.find((_, i) => spec.choices[i]?.correct);
      const first = await answer(userId, ref, widget.id, { selected: [wrong?.id] });
      expect(first.status).toBe(200);
      if (first.status !== 200) return;
      if (!first.feedback.finished) {
        expect(first.feedback.explanation).toBeNull();
        if (spec.explanation) expect(JSON.stringify(first)).not.toContain(spec.explanation);
        if (spec.mode === 'single') {
          const second = await answer(userId, ref, widget.id, { selected: [right?.id] });
          expect(second).toMatchObject({
            status: 200,
            feedback: { correct: true, explanation: spec.explanation ?? null },
          });
        }
      }
    },
  );

  it('throttles the 6th wrong answer to one question within a minute, writing nothing for it', async () => {
    const target = shuffled.find(
      ({ widget }) =>
        widget.practice.widget === 'Ordering' && widget.practice.spec.maxAttempts === null,
    );
    if (!target) throw new Error('no ordering in content/');
    const { ref, widget } = target;
    const userId = await learner();
    const throttle = practiceThrottle(inMemory);
    const wrong = [...keyOrder(widget)].reverse();
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof answerPractice>> | undefined;
    for (let i = 0; i < PRACTICE.perQuestion.points + 2; i++) {
      last = await answerPractice(
        database.prisma,
        userId,
        {
          course: ref.course.slug,
          lesson: ref.lesson.slug,
          widget: widget.id,
          answer: { order: wrong },
        },
        { throttle },
      );
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(last).toMatchObject({
      status: 429,
      error: expect.stringMatching(/^Take a moment: try again in \d+ s\.$/),
      retryAfterSeconds: expect.any(Number),
    });
    expect(await database.prisma.practiceResponse.count({ where: { userId } })).toBe(5);
    // (the key this file attacks with is the real one)
    const right = await answer(await learner(), ref, widget.id, { order: keyOrder(widget) });
    expect(right).toMatchObject({ status: 200, feedback: { correct: true } });
  });
});
