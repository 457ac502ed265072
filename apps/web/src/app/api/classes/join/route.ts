import { guardApi } from '../../../../auth/guard';
import { db } from '../../../../db';
import { apiRoute } from '../../../../http/internal-error';
import { readJson } from '../../../../http/read-json';
import { joinClass } from '../../../../teach/join-class';

export const dynamic = 'force-dynamic';

/**
 * POST /api/classes/join `{ code }` → `{ joined, role, class }` (joined: false when already in
 * it); 400 malformed, 404 no such code, 409 class closed, 429 too many wrong codes.
 */
export const POST = apiRoute('POST /api/classes/join', async (request: Request) => {
  const user = await guardApi('learn');
  if (user instanceof Response) return user;
  const body = await readJson(request, 1024);
  if (body instanceof Response) return body;
  const outcome = await joinClass(db(), user.id, body);
  if ('error' in outcome)
    return Response.json({ error: outcome.error }, { status: outcome.status });
  const { status: _status, ...rest } = outcome;
  return Response.json(rest);
});
