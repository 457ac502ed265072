import type { DatabaseClient } from '@slope/db';
import type { LessonRef } from '../content/widgets/lesson-widgets';
import { checkAnswer } from './check-answer';
import { variantSeed } from './variant-seed';

export interface LessonPracticeState {
  /** widget id → the latest answer and its feedback, for restoring the widgets */
  practice: Record<string, { answer: unknown; feedback: Record<string, unknown> }>;
  /** every practice widget finished (answered correctly or out of attempts) */
  practiceDone: boolean;
}

/** The learner's latest answer to every practice widget of a lesson, with recomputed feedback. */
export async function lessonPracticeState(
  prisma: DatabaseClient,
  userId: string,
  ref: LessonRef,
  lessonId: string,
): Promise<LessonPracticeState> {
  const latest = await prisma.practiceResponse.findMany({
    where: { userId, lessonId },
    orderBy: [{ widgetId: 'asc' }, { attempt: 'desc' }],
    distinct: ['widgetId'],
    select: { widgetId: true, answer: true, attempt: true },
  });
  const byWidget = new Map(latest.map((row) => [row.widgetId, row]));
  const practice: LessonPracticeState['practice'] = {};
  let practiceDone = true;
  for (const widget of ref.widgets.practice) {
    const row = byWidget.get(widget.id);
    if (!row) {
      practiceDone = false;
      continue;
    }
    const key = `${ref.course.slug}/${ref.lesson.slug}/${widget.id}`;
    const seed = variantSeed(widget.practice, userId, key);
    const feedback = checkAnswer(widget.practice, row.answer, row.attempt, seed);
    practice[widget.id] = { answer: row.answer, feedback };
    if (!feedback.finished) practiceDone = false;
  }
  return { practice, practiceDone };
}

/**
 * Recomputes a lesson's status for a learner: COMPLETED once every practice widget is finished
 * and every exercise passed, IN_PROGRESS otherwise.
 */
export async function refreshLessonProgress(
  prisma: DatabaseClient,
  userId: string,
  ref: LessonRef,
  lessonId: string,
): Promise<'IN_PROGRESS' | 'COMPLETED'> {
  const { practiceDone } = await lessonPracticeState(prisma, userId, ref, lessonId);
  const exerciseSlugs = ref.widgets.exercises.map((e) => e.id);
  const passed = exerciseSlugs.length
    ? await prisma.exerciseProgress.count({
        where: { userId, passed: true, exercise: { slug: { in: exerciseSlugs } } },
      })
    : 0;
  const complete = practiceDone && passed === exerciseSlugs.length;
  const status = complete ? 'COMPLETED' : 'IN_PROGRESS';
  const now = new Date();
  const existing = await prisma.lessonProgress.findUnique({
    where: { userId_lessonId: { userId, lessonId } },
    select: { completedAt: true },
  });
  await prisma.lessonProgress.upsert({
    where: { userId_lessonId: { userId, lessonId } },
    create: {
      userId,
      lessonId,
      status,
      startedAt: now,
      lastViewedAt: now,
      completedAt: complete ? now : null,
    },
    update: {
      status,
      lastViewedAt: now,
      completedAt: complete ? (existing?.completedAt ?? now) : null,
    },
  });
  return status;
}
