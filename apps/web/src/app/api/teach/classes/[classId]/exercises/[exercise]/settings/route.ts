import { db } from '../../../../../../../../db';
import { apiRoute } from '../../../../../../../../http/internal-error';
import { readJson } from '../../../../../../../../http/read-json';
import { guardClassApi } from '../../../../../../../../teach/class-guard';
import { updateExerciseSetting } from '../../../../../../../../teach/exercise-settings';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ classId: string; exercise: string }> };

/**
 * PUT /api/teach/classes/:id/exercises/:slug/settings `{ dueAt: ISO | null, feedback: 'FULL' |
 * 'SUMMARY' | 'AFTER_DUE' | null }` → `{ setting }`. Both null: the exercise's own policy.
 */
export const PUT = apiRoute(
  'PUT /api/teach/classes/[classId]/exercises/[exercise]/settings',
  async (request: Request, context: Context) => {
    const { classId, exercise } = await context.params;
    const found = await guardClassApi(classId);
    if (found instanceof Response) return found;
    const body = await readJson(request, 4 * 1024);
    if (body instanceof Response) return body;
    const outcome = await updateExerciseSetting(db(), found.klass, exercise, body);
    if ('error' in outcome)
      return Response.json({ error: outcome.error }, { status: outcome.status });
    return Response.json({ setting: outcome.setting });
  },
);
