import { guardApi } from '../../../../../auth/guard';
import { db } from '../../../../../db';
import { apiRoute } from '../../../../../http/internal-error';
import { readJson } from '../../../../../http/read-json';
import { askHint } from '../../../../../learning-aids/ask-hint';

export const dynamic = 'force-dynamic';

/**
 * POST /api/exercises/:id/hints `{ index }` → `{ aids }`: the learner asks for the next hint
 * before it opens by itself (recorded; may cost points, see the manifest's `hints`).
 */
export const POST = apiRoute(
  'POST /api/exercises/[id]/hints',
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const body = await readJson(request, 1024);
    if (body instanceof Response) return body;
    const outcome = await askHint(db(), user.id, (await context.params).id, body);
    if ('error' in outcome)
      return Response.json({ error: outcome.error }, { status: outcome.status });
    return Response.json({ aids: outcome.aids });
  },
);
