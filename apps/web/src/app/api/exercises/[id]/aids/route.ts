import { guardApi } from '../../../../../auth/guard';
import { db } from '../../../../../db';
import { apiRoute } from '../../../../../http/internal-error';
import { learningAids } from '../../../../../learning-aids/learning-aids';

export const dynamic = 'force-dynamic';

/**
 * GET /api/exercises/:id/aids → `{ aids }`: the hints open for the signed-in learner, how the
 * next one opens, and the worked solution once it is open for them (learning-aids/).
 */
export const GET = apiRoute(
  'GET /api/exercises/[id]/aids',
  async (_request: Request, context: { params: Promise<{ id: string }> }) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const id = (await context.params).id;
    const aids = await learningAids(db(), user.id, id);
    if (!aids) return Response.json({ error: `There is no exercise "${id}".` }, { status: 404 });
    return Response.json({ aids }, { headers: { 'cache-control': 'private, no-store' } });
  },
);
