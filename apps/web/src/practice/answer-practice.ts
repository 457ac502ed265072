import type { PrismaClient } from '@slope/db';
import { findLesson } from '../content/widgets/lesson-widgets';
import { PRACTICE_WIDGETS } from '../content/widgets/practice-registry';
import { answerSchemas, practiceRequestSchema } from './answer-schemas';
import { checkAnswer, type PracticeFeedback } from './check-answer';
import { refreshLessonProgress } from './lesson-progress';
import { lessonRow } from './lesson-row';

export type PracticeOutcome =
  | { status: 200; feedback: PracticeFeedback }
  | { status: 400 | 404; error: string }
  | { status: 409; error: string; feedback: PracticeFeedback };

const MAX_RETRIES = 5;

/**
 * Checks one answer to a quiz, ordering or matching widget and records it as the next attempt.
 * Nothing is written for a request that is malformed, names no such lesson or widget, or
 * answers a widget that is already finished (correct, or out of attempts).
 */
export async function answerPractice(
  prisma: PrismaClient,
  userId: string,
  body: unknown,
  options: { contentDir?: string } = {},
): Promise<PracticeOutcome> {
  const request = practiceRequestSchema.safeParse(body);
  if (!request.success)
    return { status: 400, error: `Malformed request: ${summarizeIssues(request.error)}` };
  const { course, lesson, widget, answer } = request.data;
  const ref = findLesson(course, lesson, options.contentDir);
  if (!ref) return { status: 404, error: `There is no lesson "${course}/${lesson}".` };
  const found = ref.widgets.practice.find((w) => w.id === widget);
  if (!found)
    return { status: 404, error: `The lesson "${ref.lesson.title}" has no question "${widget}".` };
  const parsedAnswer = answerSchemas[found.practice.widget].safeParse(answer);
  if (!parsedAnswer.success) {
    return {
      status: 400,
      error: `Malformed answer for a ${found.practice.widget}: ${summarizeIssues(parsedAnswer.error)}`,
    };
  }

  const row = await lessonRow(prisma, ref);
  for (let retry = 0; ; retry++) {
    const previous = await prisma.practiceResponse.findFirst({
      where: { userId, lessonId: row.id, widgetId: widget },
      orderBy: { attempt: 'desc' },
      select: { attempt: true, answer: true },
    });
    if (previous) {
      const last = checkAnswer(found.practice, previous.answer, previous.attempt);
      if (last.finished) {
        return {
          status: 409,
          error: 'This question is finished; its answer is shown.',
          feedback: last,
        };
      }
    }
    const attempt = (previous?.attempt ?? 0) + 1;
    const feedback = checkAnswer(found.practice, parsedAnswer.data, attempt);
    try {
      // The answer and the lesson progress it changes are stored together, or not at all.
      await prisma.$transaction(async (tx) => {
        await tx.practiceResponse.create({
          data: {
            userId,
            lessonId: row.id,
            widgetId: widget,
            kind: PRACTICE_WIDGETS[found.practice.widget].kind,
            answer: parsedAnswer.data,
            correct: feedback.correct,
            score: feedback.correct ? 1 : 0,
            attempt,
          },
        });
        await refreshLessonProgress(tx, userId, ref, row.id);
      });
    } catch (error) {
      // Two answers at once: the unique (user, lesson, widget, attempt) index lets one win;
      // the other re-reads and becomes the next attempt (or finds the question finished).
      if ((error as { code?: string }).code === 'P2002' && retry < MAX_RETRIES) continue;
      throw error;
    }
    return { status: 200, feedback };
  }
}

function summarizeIssues(error: {
  issues: Array<{ path: PropertyKey[]; message: string }>;
}): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}
