import { expect, test } from '@playwright/test';
import { BURST_ENV, signedInLearners, WRONG_ANSWER } from './answer-burst';
import { startDatabaseNeighbour } from './database-neighbour';
import { startOwnServer } from './own-server';
import { e2eDatabaseUrl, e2eDb } from './support';

// 1,000 quiz answers through the API while a second process reads the database (a plain
// client, none of Slope's connection settings) and a third runs `pnpm db:seed` over and over.
// Runs on SQLite (playwright.config.ts) and on PostgreSQL (playwright.scale.config.ts), on a
// server of its own (the e2e port + 3) whose practice throttle lets 100 answers a learner through.
const LEARNERS = 10;
const ANSWERS_EACH = 100;

test('1,000 answers beside a second-process reader and writer: every one stored, none failed', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const prisma = e2eDb();
  const server = await startOwnServer(
    Number(new URL(baseURL!).port) + 3,
    e2eDatabaseUrl(),
    BURST_ENV,
  );
  const learners = await signedInLearners(browser, prisma, LEARNERS, 'writes', server.base);

  const reader = await startDatabaseNeighbour('read', e2eDatabaseUrl());
  const writer = await startDatabaseNeighbour('seed', e2eDatabaseUrl());
  const failed: string[] = [];
  await Promise.all(
    learners.map(async ({ request }) => {
      for (let i = 0; i < ANSWERS_EACH; i++) {
        const response = await request.post('/api/practice', { data: WRONG_ANSWER });
        if (response.status() !== 200)
          failed.push(`${response.status()} ${(await response.text()).slice(0, 200)}`);
      }
    }),
  );
  const [read, seeded] = [await reader.stop(), await writer.stop()];
  await server.stop();

  expect(failed).toEqual([]);
  for (const { id } of learners) {
    const rows = await prisma.practiceResponse.findMany({
      where: { userId: id },
      select: { attempt: true },
      orderBy: { attempt: 'asc' },
    });
    expect(rows.map((r) => r.attempt)).toEqual(
      Array.from({ length: ANSWERS_EACH }, (_, i) => i + 1),
    );
    expect(await prisma.lessonProgress.count({ where: { userId: id } })).toBe(1);
  }
  expect(
    await prisma.practiceResponse.count({ where: { userId: { in: learners.map((l) => l.id) } } }),
  ).toBe(LEARNERS * ANSWERS_EACH);
  expect(read).toMatchObject({ failures: 0, errors: [] });
  expect(read.runs).toBeGreaterThan(0);
  expect(seeded).toMatchObject({ failures: 0, errors: [] });
  expect(seeded.runs).toBeGreaterThan(0);
  await prisma.$disconnect();
});
