import { guardApi } from '../../../../../auth/guard';
import { getCourse } from '../../../../../content/courses';
import { db } from '../../../../../db';
import { apiRoute } from '../../../../../http/internal-error';
import { courseProgress } from '../../../../../progress/course-progress';
import { viewerTimeZone } from '../../../../../progress/viewer-time-zone';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ course: string }> };

/** GET /api/courses/:course/progress → the signed-in learner's lesson statuses, percent, next lesson, streak. */
export const GET = apiRoute(
  'GET /api/courses/[course]/progress',
  async (_request: Request, context: Context) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const course = getCourse((await context.params).course);
    if (!course) return Response.json({ error: 'There is no such course.' }, { status: 404 });
    return Response.json(await courseProgress(db(), user.id, course, await viewerTimeZone()));
  },
);
