import { db } from '../../../../db';
import { gradingService } from '../../../../grading/grading-service';
import { apiRoute } from '../../../../http/internal-error';
import { isShuttingDown } from '../../../../lifecycle';
import { readiness } from '../../../../ops/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness: 200 when this process should get traffic (database and, in scale-out mode,
 * Redis answer; not shutting down), else 503 with what is wrong.
 */
export const GET = apiRoute('GET /api/health/ready', async () => {
  const prisma = db();
  const { ready, checks } = await readiness(prisma, gradingService(prisma), isShuttingDown());
  return Response.json(
    { status: ready ? 'ok' : 'unavailable', checks },
    { status: ready ? 200 : 503 },
  );
});
