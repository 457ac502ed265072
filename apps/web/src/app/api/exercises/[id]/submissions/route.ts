import { guardApi } from '../../../../../auth/guard';
import { db } from '../../../../../db';
import { submissionHistory } from '../../../../../grading/submission-history';
import { apiRoute } from '../../../../../http/internal-error';

export const dynamic = 'force-dynamic';

/**
 * GET /api/exercises/:id/submissions[?before=n] → `{ total, submissions, nextBefore }`: the
 * signed-in learner's own submissions, newest first, 20 a page, each with its code and its
 * feedback as the learner may see it; `nextBefore` fetches the older ones.
 */
export const GET = apiRoute(
  'GET /api/exercises/[id]/submissions',
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const before = new URL(request.url).searchParams.get('before');
    const outcome = await submissionHistory(db(), user.id, (await context.params).id, { before });
    if (outcome.status !== 200)
      return Response.json({ error: outcome.error }, { status: outcome.status });
    return Response.json(outcome.page, { headers: { 'cache-control': 'private, no-store' } });
  },
);
