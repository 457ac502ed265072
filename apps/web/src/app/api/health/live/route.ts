export const dynamic = 'force-dynamic';

/** Liveness: 200 while the process serves requests at all (restart it when this fails). */
export function GET() {
  return Response.json({ status: 'ok' });
}
