import { guardApi } from '../../../../../../auth/guard';
import { findLesson } from '../../../../../../content/widgets/lesson-widgets';
import { db } from '../../../../../../db';
import { env } from '../../../../../../env';
import { lessonExercisesState } from '../../../../../../grading/lesson-exercises-state';
import { apiRoute } from '../../../../../../http/internal-error';
import { lessonPracticeState } from '../../../../../../practice/lesson-progress';
import { lessonRow } from '../../../../../../practice/lesson-row';
import { lessonVariants } from '../../../../../../practice/lesson-variants';
import { lessonShownOrders } from '../../../../../../practice/shown-orders';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ course: string; lesson: string }> };

/** The signed-in learner and the lesson's database row, or the 401/403/404 response to return. */
async function learnerAndLesson(context: Context) {
  const user = await guardApi('learn');
  if (user instanceof Response) return user;
  const { course, lesson } = await context.params;
  const ref = findLesson(course, lesson);
  if (!ref)
    return Response.json({ error: `There is no lesson "${course}/${lesson}".` }, { status: 404 });
  const prisma = db();
  return { user, ref, prisma, row: await lessonRow(prisma, ref) };
}

/**
 * GET /api/lessons/:course/:lesson/state → the signed-in learner's answers and feedback for this
 * lesson, so a statically rendered lesson page can restore its widgets, and `shown`: the order
 * this learner sees each ordering's and match's items in (a per-learner shuffle, drawn without the key),
 * and `variants`: the props of this learner's values of each question with parameters.
 */
export const GET = apiRoute(
  'GET /api/lessons/[course]/[lesson]/state',
  async (_request: Request, context: Context) => {
    const found = await learnerAndLesson(context);
    if (found instanceof Response) return found;
    const { user, ref, prisma, row } = found;
    const [state, exercises] = await Promise.all([
      lessonPracticeState(prisma, user.id, ref, row.id),
      lessonExercisesState(prisma, user.id, ref),
    ]);
    const progress = await prisma.lessonProgress.findUnique({
      where: { userId_lessonId: { userId: user.id, lessonId: row.id } },
      select: { status: true },
    });
    return Response.json({
      ...state,
      shown: lessonShownOrders(ref, user.id, env().nextAuthSecret),
      variants: lessonVariants(ref, user.id),
      exercises,
      status: progress?.status ?? 'NOT_STARTED',
    });
  },
);

/**
 * POST /api/lessons/:course/:lesson/state → records that the learner opened the lesson (it
 * becomes "in progress" and the course page's "Continue" points at it).
 */
export const POST = apiRoute(
  'POST /api/lessons/[course]/[lesson]/state',
  async (_request: Request, context: Context) => {
    const found = await learnerAndLesson(context);
    if (found instanceof Response) return found;
    const { user, prisma, row } = found;
    const now = new Date();
    await prisma.lessonProgress.upsert({
      where: { userId_lessonId: { userId: user.id, lessonId: row.id } },
      create: {
        userId: user.id,
        lessonId: row.id,
        status: 'IN_PROGRESS',
        startedAt: now,
        lastViewedAt: now,
      },
      update: { lastViewedAt: now },
    });
    return new Response(null, { status: 204 });
  },
);
