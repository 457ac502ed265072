import { db } from '../../../db';
import { apiRoute } from '../../../http/internal-error';

export const dynamic = 'force-dynamic';

/** Liveness and readiness: 200 when the database answers, 503 otherwise. */
export const GET = apiRoute('GET /api/health', async () => {
  try {
    await db().$queryRawUnsafe('SELECT 1');
    return Response.json({ status: 'ok' });
  } catch (error) {
    return Response.json(
      { status: 'unavailable', error: (error as Error).message },
      { status: 503 },
    );
  }
});
