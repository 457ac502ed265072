import { guardApi } from '../../../../auth/guard';
import { db } from '../../../../db';
import { apiRoute } from '../../../../http/internal-error';
import { readJson } from '../../../../http/read-json';
import { classesTaughtBy } from '../../../../teach/classes';
import { createClass } from '../../../../teach/manage-class';

export const dynamic = 'force-dynamic';

/** GET /api/teach/classes — the caller's classes; 401 for visitors, 403 for non-instructors. */
export const GET = apiRoute('GET /api/teach/classes', async () => {
  const user = await guardApi('teach');
  if (user instanceof Response) return user;
  return Response.json({ classes: await classesTaughtBy(db(), user) });
});

/** POST /api/teach/classes `{ name, course }` → 201 `{ class: { id, name, joinCode } }`. */
export const POST = apiRoute('POST /api/teach/classes', async (request: Request) => {
  const user = await guardApi('teach');
  if (user instanceof Response) return user;
  const body = await readJson(request, 4 * 1024);
  if (body instanceof Response) return body;
  const outcome = await createClass(db(), user, body);
  if ('error' in outcome)
    return Response.json({ error: outcome.error }, { status: outcome.status });
  return Response.json({ class: outcome.class }, { status: 201 });
});
