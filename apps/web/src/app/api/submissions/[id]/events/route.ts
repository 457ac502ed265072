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
    const { events } = gradingService(prisma);
    // Subscribed first, read once: a change after subscribing waits in `early` (it may arrive
    // twice, never not at all), and the one read both decides who may follow and is sent first.
    const early: SubmissionUpdate[] = [];
    let deliver = (update: SubmissionUpdate) => {
      early.push(update);
    };
    const unsubscribe = events.subscribe(id, (update) => deliver(update));
    let current: Awaited<ReturnType<typeof readSubmission>>;
    try {
      current = await readSubmission(prisma, user, id);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    if (current.status !== 200) {
      unsubscribe();
      return Response.json({ error: current.error }, { status: current.status });
    }
    const first = current.submission;
    const encoder = new TextEncoder();
    let cleanup = unsubscribe;

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false;
        const send = (update: SubmissionUpdate) => {
          if (closed) return;
          controller.enqueue(encoder.encode(`event: status\ndata: ${JSON.stringify(update)}\n\n`));
          if (FINAL.has(update.status)) close();
        };
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
        deliver = send;
        send(first);
        for (const update of early.splice(0)) send(update);
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
