// Quiz-answer writes: throughput and latency of answerPractice (the code behind POST
// /api/practice, without HTTP and sessions), LEARNERS learners answering at once, ANSWERS
// writes per row, on
// - SQLite as it was before (Prisma's libsql adapter as shipped: rollback journal, busy
//   timeout 0, deferred transactions) — the baseline, in the same run;
// - SQLite with Slope's connection settings (WAL, busy timeout 5 s, synchronous NORMAL,
//   IMMEDIATE transactions, busy retry);
// - PostgreSQL, when a local server answers;
// each alone and beside a second process reading the database every 1–20 ms with a plain client
// (e2e/database-neighbour-process.mjs). Prints a table.
//
//   pnpm --filter @slope/web bench:writes [--answers 500]
import { parseArgs } from 'node:util';
import { createPrismaClient, type PrismaClient } from '@slope/db';
import { startDatabaseNeighbour } from '../e2e/database-neighbour';
import { inMemory, practiceThrottle } from '../src/auth/throttle';
import { answerPractice } from '../src/practice/answer-practice';

// The bench measures writes, not the 5-checks-a-minute throttle: lift it.
const unthrottled = { throttle: practiceThrottle(inMemory, Number.MAX_SAFE_INTEGER) };

import { tempDatabase, testDatabaseKinds } from '../src/testing/temp-database';

const { values } = parseArgs({ options: { answers: { type: 'string', default: '500' } } });
const ANSWERS = Number(values.answers);
const LEARNERS = 10;
const WRONG = {
  course: 'calculus-for-ml',
  lesson: 'why-calculus',
  widget: 'step-direction',
  answer: { selected: ['increase'] },
};

type Row = {
  database: string;
  reader: string;
  ok: number;
  failed: number;
  perSecond: number;
  p50: number;
  p95: number;
  firstError: string;
};

/** Learners, and the course rows registered, before any reader starts. */
async function setUp(prisma: PrismaClient): Promise<string[]> {
  const learners: string[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const user = await prisma.user.create({
      data: { email: `bench-${Date.now()}-${i}@example.com` },
    });
    learners.push(user.id);
  }
  await answerPractice(prisma, learners[0]!, WRONG, unthrottled);
  return learners;
}

async function burst(prisma: PrismaClient, learners: string[]) {
  const ms: number[] = [];
  const errors: string[] = [];
  const started = performance.now();
  await Promise.all(
    learners.map(async (userId) => {
      for (let i = 0; i < ANSWERS / LEARNERS; i++) {
        const t0 = performance.now();
        try {
          const outcome = await answerPractice(prisma, userId, WRONG, unthrottled);
          if (outcome.status !== 200) throw new Error(`status ${outcome.status}`);
          ms.push(performance.now() - t0);
        } catch (error) {
          errors.push(
            String((error as Error).message)
              .replace(/\s+/g, ' ')
              .slice(-80),
          );
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? Number.NaN;
  return {
    ok: ms.length,
    failed: errors.length,
    perSecond: ms.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    firstError: errors[0] ?? '',
  };
}

const configurations: Array<{ name: string; kind: 'sqlite' | 'postgresql'; asShipped?: boolean }> =
  [
    { name: 'SQLite, before (libsql as shipped)', kind: 'sqlite', asShipped: true },
    { name: 'SQLite, Slope settings (WAL …)', kind: 'sqlite' },
    ...(testDatabaseKinds.includes('postgresql')
      ? [{ name: 'PostgreSQL', kind: 'postgresql' as const }]
      : []),
  ];

const rows: Row[] = [];
for (const config of configurations) {
  for (const withReader of [false, true]) {
    const database = await tempDatabase(config.kind);
    let url = database.url;
    if (config.asShipped) {
      // A copy no connection with Slope's settings has opened, put back in the rollback journal.
      url = database.url.replace(/\.db$/, '-as-shipped.db');
      await database.prisma.$executeRawUnsafe(`VACUUM INTO '${url.slice('file:'.length)}'`);
    }
    const prisma = config.asShipped
      ? createPrismaClient(url, { asShipped: true })
      : database.prisma;
    if (config.asShipped) await prisma.$queryRawUnsafe('PRAGMA journal_mode = DELETE');
    const learners = await setUp(prisma);
    const reader = withReader ? await startDatabaseNeighbour('read', url) : null;
    try {
      const result = await burst(prisma, learners);
      const read = await reader?.stop();
      rows.push({
        database: config.name,
        reader: withReader ? `yes (${read?.runs} reads, ${read?.failures} failed)` : 'no',
        ...result,
      });
    } finally {
      if (prisma !== database.prisma) await prisma.$disconnect();
      await database.dispose();
    }
  }
}

console.log(`\nQuiz-answer writes: ${LEARNERS} learners at once, ${ANSWERS} answers per row\n`);
console.log(
  '| database | second-process reader | stored | failed | writes/s | p50 ms | p95 ms | first error |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');
for (const r of rows)
  console.log(
    `| ${r.database} | ${r.reader} | ${r.ok} | ${r.failed} | ${f(r.perSecond)} | ${f(r.p50)} | ${f(r.p95)} | ${r.firstError} |`,
  );
process.exit(0);
