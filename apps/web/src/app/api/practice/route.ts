import { guardApi } from '../../../auth/guard';
import { db } from '../../../db';
import { apiRoute } from '../../../http/internal-error';
import { readJson } from '../../../http/read-json';
import { answerPractice } from '../../../practice/answer-practice';

export const dynamic = 'force-dynamic';

/**
 * POST /api/practice `{ course, lesson, widget, answer }` → the feedback for a quiz, ordering or
 * matching answer, checked on the server against a key the browser never sees.
 */
export const POST = apiRoute('POST /api/practice', async (request: Request) => {
  const user = await guardApi('learn');
  if (user instanceof Response) return user;
  const body = await readJson(request, 16 * 1024);
  if (body instanceof Response) return body;
  const outcome = await answerPractice(db(), user.id, body);
  if (outcome.status === 200) return Response.json({ feedback: outcome.feedback });
  return Response.json(
    outcome.status === 409
      ? { error: outcome.error, feedback: outcome.feedback }
      : { error: outcome.error },
    {
      status: outcome.status,
    },
  );
});
