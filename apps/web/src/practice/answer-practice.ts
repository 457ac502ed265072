import type { PrismaClient } from '@slope/db';
import { appThrottles } from '../auth/app-throttles';
import type { PracticeThrottle } from '../auth/throttle';
import type { PracticeWidget } from '../content/widgets/extract-widgets';
import { findLesson, type LessonRef } from '../content/widgets/lesson-widgets';
import { PRACTICE_WIDGETS } from '../content/widgets/practice-registry';
import { answerSchemaFor, practiceRequestSchema } from './answer-schemas';
import { checkAnswer, type PracticeFeedback } from './check-answer';
import { refreshLessonProgress } from './lesson-progress';
import { lessonRow } from './lesson-row';
import { variantSeed } from './variant-seed';

export type PracticeOutcome =
  | { status: 200; feedback: PracticeFeedback }
  | { status: 400 | 404; error: string }
  | { status: 409; error: string; feedback: PracticeFeedback }
  | { status: 429; error: string; retryAfterSeconds: number };

const MAX_RETRIES = 5;

/**
 * Checks one answer to a quiz, ordering or matching widget and records it as the next attempt.
 * Nothing is written for a request that is malformed (400, naming the field), names no such
 * lesson or widget (404), answers a widget that is already finished (409: correct, or out of
 * attempts) or comes too soon after 5 checks of the question in a minute (429).
 */
export async function answerPractice(
  prisma: PrismaClient,
  userId: string,
  body: unknown,
  options: { contentDir?: string; throttle?: PracticeThrottle } = {},
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
  const parsedAnswer = answerSchemaFor(found.practice).safeParse(answer);
  if (!parsedAnswer.success) {
    return {
      status: 400,
      error: `Malformed answer for a ${found.practice.widget}: ${summarizeIssues(parsedAnswer.error, 'answer')}`,
    };
  }

  // One check reserved atomically before anything is read, so answers sent at once cannot
  // all slip in under the limit; given back when it checked nothing.
  const throttle = options.throttle ?? appThrottles().practice;
  const throttleKey = `${userId}|${ref.course.slug}/${ref.lesson.slug}/${widget}`;
  const verdict = await throttle.begin(throttleKey);
  if (!verdict.allowed) {
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    return {
      status: 429,
      error: `Take a moment: try again in ${seconds} s.`,
      retryAfterSeconds: seconds,
    };
  }
  try {
    const outcome = await recordAnswer(prisma, userId, ref, found, parsedAnswer.data);
    // Nothing was checked against the key: a refusal, or an answer that could not be read.
    if (outcome.status !== 200 || outcome.feedback.counted === false)
      await throttle.unused(throttleKey);
    return outcome;
  } catch (error) {
    await throttle.unused(throttleKey);
    throw error;
  }
}

/** Numbers the answer as the learner's next attempt and stores it with the lesson progress. */
async function recordAnswer(
  prisma: PrismaClient,
  userId: string,
  ref: LessonRef,
  found: PracticeWidget,
  answer: unknown,
): Promise<PracticeOutcome> {
  const widget = found.id;
  const seed = variantSeed(
    found.practice,
    userId,
    `${ref.course.slug}/${ref.lesson.slug}/${widget}`,
  );
  const row = await lessonRow(prisma, ref);
  for (let retry = 0; ; retry++) {
    const previous = await prisma.practiceResponse.findFirst({
      where: { userId, lessonId: row.id, widgetId: widget },
      orderBy: { attempt: 'desc' },
      select: { attempt: true, answer: true },
    });
    if (previous) {
      const last = checkAnswer(found.practice, previous.answer, previous.attempt, seed);
      if (last.finished) {
        return {
          status: 409,
          error: 'This question is finished; its answer is shown.',
          feedback: last,
        };
      }
    }
    const attempt = (previous?.attempt ?? 0) + 1;
    const feedback = checkAnswer(found.practice, answer, attempt, seed);
    // An answer that could not be read (a formula that does not parse) is no attempt.
    if (feedback.counted === false) return { status: 200, feedback };
    try {
      // The answer and the lesson progress it changes are stored together, or not at all.
      await prisma.$transaction(async (tx) => {
        await tx.practiceResponse.create({
          data: {
            userId,
            lessonId: row.id,
            widgetId: widget,
            kind: PRACTICE_WIDGETS[found.practice.widget].kind,
            answer: answer as object,
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

/** `answer.selected: this question takes exactly one answer…`: the field, then the problem. */
function summarizeIssues(
  error: { issues: Array<{ path: PropertyKey[]; message: string }> },
  under?: string,
): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const field = [...(under ? [under] : []), ...issue.path.map(String)].join('.');
      return `${field || '(body)'}: ${issue.message}`;
    })
    .join('; ');
}
