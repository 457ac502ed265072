import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eDb, expectAccessible, mseGradient, signUpLearner, typeCode } from './support';

// Scale-out mode only (playwright.scale.config.ts): PostgreSQL, BullMQ on Redis, and a grader
// worker process that scripts/e2e-server.mjs restarts whenever it dies.

const LESSON = '/courses/calculus-for-ml/partial-derivatives-and-the-gradient';
const PORT = process.env.E2E_SCALE_PORT ?? '3101';

/** A right MSE gradient that takes its time: long enough to kill the worker grading it. */
const slowButRight = `const until = Date.now() + 1000;
while (Date.now() < until) {}
${mseGradient()}`;

function workerPid(): number {
  const file = path.resolve(import.meta.dirname, `../../../data/e2e-worker-${PORT}.pid`);
  return Number(readFileSync(file, 'utf8'));
}

test('queue mode: a grader worker grades the submission and the page shows it live, even when that worker is killed mid-job', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ready = await (await page.request.get('/api/health/ready')).json();
  expect(ready).toEqual({
    status: 'ok',
    checks: { process: 'ok', database: 'ok', queue: 'ok' },
  });

  const email = await signUpLearner(page, 'queue-mode');
  await page.goto(LESSON);
  await typeCode(page, 'mse-gradient', slowButRight);
  const exercise = page.locator('#exercise-mse-gradient');
  const prisma = e2eDb(); // connected before the submit, so the polling below starts at once
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  await exercise.getByRole('button', { name: 'Submit' }).click();

  // The worker has it (the database says RUNNING): kill that process outright, as a crash or
  // an OOM kill would. The page says it is grading.
  await expect
    .poll(
      async () =>
        (await prisma.submission.findFirst({ where: { userId: user.id } }))?.status ?? 'none',
      { intervals: [25] },
    )
    .toBe('RUNNING');
  const killed = workerPid();
  process.kill(killed, 'SIGKILL');
  await expect(exercise.getByText('Grading against the hidden tests…')).toBeVisible();

  // Its lock lapses, the restarted worker takes the job over, and the page still gets the grade.
  await expect(exercise.getByText(/20 of 20 tests passed/)).toBeVisible({ timeout: 60_000 });
  expect(workerPid()).not.toBe(killed);
  await expectAccessible(page);

  try {
    const rows = await prisma.submission.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'GRADED', rawScore: 1 });
  } finally {
    await prisma.$disconnect();
  }
});
