import { guardApi } from '../../../../auth/guard';
import { db } from '../../../../db';
import { classesTaughtBy } from '../../../../teach/classes';

export const dynamic = 'force-dynamic';

/** GET /api/teach/classes — the caller's classes; 401 for visitors, 403 for non-instructors. */
export async function GET() {
  const user = await guardApi('teach');
  if (user instanceof Response) return user;
  return Response.json({ classes: await classesTaughtBy(db(), user) });
}
