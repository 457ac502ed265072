import { guardApi } from '../../../../auth/guard';
import { db } from '../../../../db';
import { readSubmission } from '../../../../grading/read-submission';
import { apiRoute } from '../../../../http/internal-error';

export const dynamic = 'force-dynamic';

/** GET /api/submissions/:id → the submission with its (visibility-filtered) result; owner only. */
export const GET = apiRoute(
  'GET /api/submissions/[id]',
  async (_request: Request, context: { params: Promise<{ id: string }> }) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const outcome = await readSubmission(db(), user, (await context.params).id);
    if (outcome.status !== 200)
      return Response.json({ error: outcome.error }, { status: outcome.status });
    return Response.json({ submission: outcome.submission });
  },
);
