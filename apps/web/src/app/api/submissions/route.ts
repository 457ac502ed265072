import { guardApi } from '../../../auth/guard';
import { db } from '../../../db';
import { gradingService } from '../../../grading/grading-service';
import { submitCode } from '../../../grading/submit-code';
import { apiRoute } from '../../../http/internal-error';
import { readJson } from '../../../http/read-json';

export const dynamic = 'force-dynamic';

/**
 * POST /api/submissions `{ exerciseId, code, idempotencyKey }` → 202 `{ submission }` queued
 * for grading (200 when the key was seen before); follow it at /api/submissions/:id/events.
 */
export const POST = apiRoute('POST /api/submissions', async (request: Request) => {
  const user = await guardApi('learn');
  if (user instanceof Response) return user;
  const body = await readJson(request, 128 * 1024);
  if (body instanceof Response) return body;
  const prisma = db();
  const outcome = await submitCode(prisma, gradingService(prisma), user.id, body);
  if ('error' in outcome)
    return Response.json({ error: outcome.error }, { status: outcome.status });
  return Response.json({ submission: outcome.submission }, { status: outcome.status });
});
