import { timingSafeEqual } from 'node:crypto';
import { guardApi } from '../../../auth/guard';
import { db } from '../../../db';
import { env } from '../../../env';
import { gradingService } from '../../../grading/grading-service';
import { apiRoute } from '../../../http/internal-error';
import { gradingMetrics, prometheusText } from '../../../ops/metrics';

export const dynamic = 'force-dynamic';

/**
 * GET /api/metrics → grading metrics in Prometheus' text format: queue depth by state,
 * submissions by status, grading latency percentiles. For admins, or a scraper sending
 * `Authorization: Bearer $METRICS_TOKEN`.
 */
export const GET = apiRoute('GET /api/metrics', async (request: Request) => {
  if (!hasMetricsToken(request.headers.get('authorization'))) {
    const user = await guardApi('admin');
    if (user instanceof Response) return user;
  }
  const prisma = db();
  const metrics = await gradingMetrics(prisma, gradingService(prisma));
  return new Response(prometheusText(metrics), {
    headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
  });
});

function hasMetricsToken(header: string | null): boolean {
  const token = env().metricsToken;
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
