import { guardApi } from '../../../auth/guard';
import { db } from '../../../db';
import { apiRoute } from '../../../http/internal-error';
import { readJson } from '../../../http/read-json';
import { answerPractice } from '../../../practice/answer-practice';

export const dynamic = 'force-dynamic';

/**
 * POST /api/practice `{ course, lesson, widget, answer }` → the feedback for a quiz, ordering or
 * matching answer, checked on the server against a key the browser never sees. 400 names the
 * malformed field; 429 (with `Retry-After`) after 5 checks of one question in a minute.
 */
export const POST = apiRoute('POST /api/practice', async (request: Request) => {
  const user = await guardApi('learn');
  if (user instanceof Response) return user;
  const body = await readJson(request, 16 * 1024);
  if (body instanceof Response) return body;
  const outcome = await answerPractice(db(), user.id, body);
  if (outcome.status === 200) return Response.json({ feedback: outcome.feedback });
  if (outcome.status === 409)
    return Response.json({ error: outcome.error, feedback: outcome.feedback }, { status: 409 });
  if (outcome.status === 429)
    return Response.json(
      { error: outcome.error, retryAfterSeconds: outcome.retryAfterSeconds },
      { status: 429, headers: { 'retry-after': String(outcome.retryAfterSeconds) } },
    );
  return Response.json({ error: outcome.error }, { status: outcome.status });
});
