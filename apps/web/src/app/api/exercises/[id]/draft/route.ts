import { guardApi } from '../../../../../auth/guard';
import { db } from '../../../../../db';
import { saveExerciseDraft } from '../../../../../grading/save-draft';
import { apiRoute } from '../../../../../http/internal-error';
import { readJson } from '../../../../../http/read-json';

export const dynamic = 'force-dynamic';

/** PUT /api/exercises/:id/draft `{ code }` → 204; the draft comes back in the lesson state. */
export const PUT = apiRoute(
  'PUT /api/exercises/[id]/draft',
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const body = await readJson(request, 128 * 1024);
    if (body instanceof Response) return body;
    const outcome = await saveExerciseDraft(db(), user.id, (await context.params).id, body);
    if (outcome.status === 204) return new Response(null, { status: 204 });
    return Response.json({ error: outcome.error }, { status: outcome.status });
  },
);
