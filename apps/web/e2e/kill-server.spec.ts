import { expect, test } from '@playwright/test';
import { BURST_ENV, type SignedInLearner, signedInLearners, WRONG_ANSWER } from './answer-burst';
import { startOwnServer } from './own-server';
import { e2eDatabaseUrl, e2eDb } from './support';

// kill -9 of the server in the middle of a burst of answers: every answer it acknowledged
// (HTTP 200) is in the database after a restart, with its lesson progress, and no attempt
// number has a gap. A second server on the e2e database (SQLite, or PostgreSQL in the
// scale-out run), on the e2e port + 2.
const LEARNERS = 5;
const KILL_AFTER = 150;

test('a server killed mid-burst loses no acknowledged answer', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const port = Number(new URL(baseURL!).port) + 2;
  const prisma = e2eDb();
  let server = await startOwnServer(port, e2eDatabaseUrl(), BURST_ENV);
  try {
    const learners = await signedInLearners(browser, prisma, LEARNERS, 'kill', server.base);
    const acknowledged: Array<{ userId: string; attempt: number }> = [];
    let killed: Promise<void> | null = null;
    const answerUntilCutOff = async ({ id, request }: SignedInLearner) => {
      for (;;) {
        const response = await request
          .post('/api/practice', { data: WRONG_ANSWER })
          .catch(() => null); // the connection died with the server
        if (!response) return;
        if (response.ok()) {
          const { feedback } = await response.json();
          acknowledged.push({ userId: id, attempt: feedback.attemptsUsed });
        }
        if (acknowledged.length >= KILL_AFTER) killed ??= server.kill9();
      }
    };
    await Promise.all(learners.map(answerUntilCutOff));
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    server = await startOwnServer(port, e2eDatabaseUrl(), BURST_ENV);
    for (const { id, request } of learners) {
      const stored = (
        await prisma.practiceResponse.findMany({ where: { userId: id }, select: { attempt: true } })
      )
        .map((r) => r.attempt)
        .sort((a, b) => a - b);
      const acked = acknowledged.filter((a) => a.userId === id).map((a) => a.attempt);
      expect(stored).toEqual(expect.arrayContaining(acked));
      expect(stored).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
      expect(await prisma.lessonProgress.count({ where: { userId: id } })).toBe(1);
      // The restarted server carries on from the stored attempts.
      const next = await request.post('/api/practice', { data: WRONG_ANSWER });
      expect(next.status()).toBe(200);
      expect((await next.json()).feedback.attemptsUsed).toBe(stored.length + 1);
    }
  } finally {
    await server.stop();
    await prisma.$disconnect();
  }
});
