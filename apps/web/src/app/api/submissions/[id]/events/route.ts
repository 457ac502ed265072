import { guardApi } from '../../../../../auth/guard';
import { db } from '../../../../../db';
import { gradingService } from '../../../../../grading/grading-service';
import { readSubmission } from '../../../../../grading/read-submission';
import type { SubmissionUpdate } from '../../../../../grading/submission-events';
import { apiRoute } from '../../../../../http/internal-error';

export const dynamic = 'force-dynamic';

const FINAL = new Set(['GRADED', 'FAILED']);

/**
 * GET /api/submissions/:id/events → server-sent events: the current status at once, then every
 * change (QUEUED → RUNNING → GRADED/FAILED, the last with the result); the stream ends there.
 */
export const GET = apiRoute(
  'GET /api/submissions/[id]/events',
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const user = await guardApi('learn');
    if (user instanceof Response) return user;
    const id = (await context.params).id;
    const prisma = db();
    const allowed = await readSubmission(prisma, user, id);
    if (allowed.status !== 200)
      return Response.json({ error: allowed.error }, { status: allowed.status });
    const { events } = gradingService(prisma);
    const encoder = new TextEncoder();
    let cleanup = () => {};

    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let closed = false;
        const send = (update: SubmissionUpdate) => {
          if (closed) return;
          controller.enqueue(encoder.encode(`event: status\ndata: ${JSON.stringify(update)}\n\n`));
          if (FINAL.has(update.status)) close();
        };
        const unsubscribe = events.subscribe(id, send);
        const heartbeat = setInterval(
          () => controller.enqueue(encoder.encode(': keep-alive\n\n')),
          15_000,
        );
        const close = () => {
          if (closed) return;
          closed = true;
          unsubscribe();
          clearInterval(heartbeat);
          controller.close();
        };
        cleanup = close;
        request.signal.addEventListener('abort', close);
        // Subscribed first, read second: a change in between arrives twice, never not at all.
        const current = await readSubmission(prisma, user, id);
        if (current.status === 200) send(current.submission);
        else close();
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
      },
    });
  },
);
