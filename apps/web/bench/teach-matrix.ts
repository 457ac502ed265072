// Benchmark of the instructor dashboard on a class of 500 learners (`pnpm --filter @slope/web
// bench`; target: the progress matrix page answers in ≤ 300 ms server time).
//
// Part 1, in process, on SQLite and (when a local server answers) PostgreSQL: a synthetic course
// of 20 lessons with a quiz and an exercise each — a matrix of 40 columns, every learner with a
// history on most of them — timing the queries behind each instructor page against two naive
// baselines measured in the same run: "read every cell, sort in JavaScript" and "one query per
// cell".
// Part 2, over HTTP against the production build (`next start`), on the real course with the same
// class size: the pages as an instructor loads them, next to a trivial page as the floor.
// `--screenshots` also saves the pages of the large class as PNGs (data/teach-screens/, which
// Playwright's test runs do not wipe);
// `--no-http` / `--only-http` run one part.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient, seed } from '@slope/db';
import { applyMigrations } from '@slope/db/migrate';
import { toQuizProps } from '@slope/ui/quiz/spec';
import { getCourse, listLessons } from '../src/content/courses';
import { widgetsOf } from '../src/content/widgets/lesson-widgets';
import { exerciseLocations } from '../src/grading/exercise-registry';
import { type CourseItems, courseItems } from '../src/teach/course-items';
import { toCsv } from '../src/teach/csv';
import { gradebookColumns, gradebookRows } from '../src/teach/csv-exports';
import { exerciseStats } from '../src/teach/exercise-stats';
import { DEFAULT_QUERY, type MatrixQuery } from '../src/teach/matrix-query';
import { progressMatrix } from '../src/teach/progress-matrix';
import { questionDetail } from '../src/teach/question-stats';
import { tempDatabase, testDatabaseKinds } from '../src/testing/temp-database';
import { type LargeClassPlan, seedLargeClass } from './seed-large-class';

const LEARNERS = 500;
const RUNS = 15;
const TARGET_MS = 300;
const root = path.resolve(import.meta.dirname, '../../..');
const screenshots = process.argv.includes('--screenshots');

type Row = { what: string; p50: number; p95: number; runs: number };

async function time(what: string, fn: () => Promise<unknown>, runs = RUNS): Promise<Row> {
  await fn();
  await fn(); // warm: statement caches, page cache
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  return { what, p50: at(0.5), p95: at(0.95), runs };
}

function table(title: string, rows: Row[], baseline?: Row) {
  console.log(`\n${title}\n`);
  console.log('| measurement | runs | p50 ms | p95 ms | vs baseline |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const x = baseline ? baseline.p50 / r.p50 : 1;
    const ratio =
      !baseline || r === baseline
        ? ''
        : x >= 1
          ? `${x.toFixed(1)}× faster`
          : `${(1 / x).toFixed(1)}× slower`;
    const p95 = Number.isNaN(r.p95) ? '—' : r.p95.toFixed(1);
    console.log(`| ${r.what} | ${r.runs} | ${r.p50.toFixed(1)} | ${p95} | ${ratio} |`);
  }
}

// ---------------------------------------------------------------- part 1: queries, 40 columns

/** 20 lessons, each with a quiz and an exercise (manifest only: the matrix reads no more). */
function syntheticContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'slope-bench-content-'));
  const course = path.join(dir, 'bench-course');
  mkdirSync(course);
  writeFileSync(
    path.join(course, 'course.json'),
    JSON.stringify({ slug: 'bench-course', title: 'Bench course', summary: 'Forty columns.' }),
  );
  for (let i = 1; i <= 20; i++) {
    const nn = String(i).padStart(2, '0');
    const lesson = path.join(course, `${nn}-topic-${nn}`);
    mkdirSync(path.join(lesson, 'exercises', `bench-ex-${nn}`), { recursive: true });
    writeFileSync(
      path.join(lesson, 'index.mdx'),
      `---\ntitle: Topic ${i}\nsummary: Topic ${i}.\nobjectives:\n  - Learn topic ${i}\nminutes: 10\n---\n\n# Topic ${i}\n\n<Quiz id="q-${nn}" stem="Question ${i}?" choices={[{ id: "a", text: "A", correct: true }, { id: "b", text: "B" }, { id: "c", text: "C" }]} />\n\n<Exercise id="bench-ex-${nn}" />\n`,
    );
    writeFileSync(
      path.join(lesson, 'exercises', `bench-ex-${nn}`, 'manifest.json'),
      JSON.stringify({
        id: `bench-ex-${nn}`,
        title: `Exercise ${i}`,
        points: 10,
        signature: { name: 'grad', params: [{ name: 'w', type: 'vector' }] },
      }),
    );
  }
  return dir;
}

/** Course, lesson and exercise rows for a course in `dir`, and a plan to fill the class. */
async function registerCourse(
  prisma: PrismaClient,
  slug: string,
  dir: string | undefined,
  instructorId: string,
  joinCode: string,
): Promise<LargeClassPlan> {
  const course = getCourse(slug, dir)!;
  const courseRow = await prisma.course.upsert({
    where: { slug },
    create: { slug, title: course.title, summary: course.summary },
    update: {},
  });
  const lessons: LargeClassPlan['lessons'] = [];
  for (const lesson of listLessons(course)) {
    const row = await prisma.lesson.upsert({
      where: { courseId_slug: { courseId: courseRow.id, slug: lesson.slug } },
      create: {
        courseId: courseRow.id,
        slug: lesson.slug,
        position: lesson.position,
        title: lesson.title,
        summary: lesson.summary,
        minutes: lesson.minutes,
      },
      update: {},
    });
    lessons.push({
      id: row.id,
      questions: widgetsOf(lesson).practice.map((w) => {
        if (w.practice.widget !== 'Quiz')
          return {
            id: w.id,
            kind: w.practice.widget === 'Ordering' ? 'ORDERING' : 'MATCH',
            choices: ['x', 'y'],
            correct: 'x',
          };
        const { spec } = w.practice;
        const ids = toQuizProps(spec).choices.map((c) => c.id);
        return {
          id: w.id,
          kind: 'QUIZ',
          choices: ids,
          correct: ids[spec.choices.findIndex((c) => c.correct)]!,
        };
      }),
    });
  }
  const exerciseIds: string[] = [];
  for (const location of exerciseLocations(dir).filter((l) => l.course.slug === slug)) {
    const lesson = await prisma.lesson.findFirstOrThrow({
      where: { courseId: courseRow.id, slug: location.lesson.slug },
    });
    const row = await prisma.exercise.upsert({
      where: { slug: location.id },
      create: { slug: location.id, lessonId: lesson.id, title: location.id, maxPoints: 10 },
      update: {},
    });
    exerciseIds.push(row.id);
  }
  return {
    courseId: courseRow.id,
    lessons,
    exerciseIds,
    instructorId,
    learners: LEARNERS,
    className: 'Big lecture — 500 learners',
    joinCode,
  };
}

/** Baseline 1: every cell of the class read into memory, the matrix built and sorted in JS. */
async function everyCellInJs(prisma: PrismaClient, classId: string, course: CourseItems) {
  const members = await prisma.classMembership.findMany({
    where: { classId, role: 'LEARNER' },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  const ids = members.map((m) => m.userId);
  const [exercises, lessons, answers] = await Promise.all([
    prisma.exerciseProgress.findMany({ where: { userId: { in: ids } } }),
    prisma.lessonProgress.findMany({ where: { userId: { in: ids } } }),
    prisma.practiceResponse.findMany({
      where: { userId: { in: ids } },
      select: { userId: true, lessonId: true, correct: true },
    }),
  ]);
  const done = new Map<string, number>();
  for (const e of exercises) if (e.passed) done.set(e.userId, (done.get(e.userId) ?? 0) + 1);
  for (const l of lessons)
    if (l.status === 'COMPLETED') done.set(l.userId, (done.get(l.userId) ?? 0) + 1);
  const right = new Map<string, number>();
  for (const a of answers)
    if (a.correct)
      right.set(`${a.userId}/${a.lessonId}`, (right.get(`${a.userId}/${a.lessonId}`) ?? 0) + 1);
  const sorted = members.sort((a, b) => (done.get(b.userId) ?? 0) - (done.get(a.userId) ?? 0));
  return { rows: sorted.slice(0, 50), columns: course.items.length };
}

/** Baseline 2: one query per cell, as a template looping over learners × items would do. */
async function queryPerCell(prisma: PrismaClient, classId: string, course: CourseItems) {
  const members = await prisma.classMembership.findMany({ where: { classId, role: 'LEARNER' } });
  let cells = 0;
  for (const m of members) {
    for (const item of course.items) {
      if (!item.id) continue;
      if (item.kind === 'exercise') {
        await prisma.exerciseProgress.findUnique({
          where: { userId_exerciseId: { userId: m.userId, exerciseId: item.id } },
        });
      } else {
        await prisma.lessonProgress.findUnique({
          where: { userId_lessonId: { userId: m.userId, lessonId: item.id } },
        });
      }
      cells++;
    }
  }
  return cells;
}

async function partOne(name: string, prisma: PrismaClient, dir: string) {
  const instructor = await prisma.user.create({
    data: { email: 'bench-teacher@bench.example', role: 'INSTRUCTOR' },
  });
  const plan = await registerCourse(prisma, 'bench-course', dir, instructor.id, 'BNCH-0001');
  const t0 = performance.now();
  const { classId, rows } = await seedLargeClass(prisma, plan);
  console.log(
    `\n${name}: seeded ${JSON.stringify(rows)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const course = (await courseItems(prisma, 'bench-course', dir))!;
  console.log(
    `${name}: ${course.items.length} columns (${course.lessons.length} lessons, ${course.exercises.length} exercises)`,
  );
  const matrix = (q: Partial<MatrixQuery>) => () =>
    progressMatrix(prisma, classId, course, { ...DEFAULT_QUERY, ...q });
  const ex = course.exercises[3]!;
  const baseline = await time(
    'baseline: read every cell, sort in JS (then page 1)',
    () => everyCellInJs(prisma, classId, course),
    5,
  );
  const perCellStart = performance.now();
  const perCell = await queryPerCell(prisma, classId, course);
  const perCellRow = {
    what: `baseline: one query per cell (${perCell} queries, once)`,
    p50: performance.now() - perCellStart,
    p95: Number.NaN,
    runs: 1,
  };
  const rowsOut = [
    perCellRow,
    baseline,
    await time('matrix: page 1 of 10, by name', matrix({})),
    await time('matrix: sorted by items done', matrix({ sort: 'progress', dir: 'desc' })),
    await time('matrix: sorted by one exercise', matrix({ sort: ex.key, dir: 'desc' })),
    await time(
      'matrix: filtered (not passed) + search',
      matrix({ item: ex.key, status: 'not-done', q: 'ada' }),
    ),
    await time('matrix: last page, 200 per page', matrix({ page: 3, size: 200 })),
    await time('exercise statistics (clusters, medians, histogram)', () =>
      exerciseStats(prisma, ex.id, { classId }),
    ),
    await time('question: item analysis + choices', () =>
      questionDetail(prisma, course, course.lessons[2]!, course.lessons[2]!.practice[0]!, {
        classId,
      }),
    ),
    await time(
      'gradebook CSV, whole class',
      async () => {
        const columns = gradebookColumns(course);
        let text = '';
        for await (const batch of gradebookRows(prisma, classId, course))
          text += toCsv(columns, batch, { header: false });
        return text.length;
      },
      5,
    ),
  ];
  table(
    `Part 1 — ${name}, ${LEARNERS} learners × ${course.items.length} columns (in process)`,
    rowsOut,
    baseline,
  );
}

// ---------------------------------------------------------------- part 2: the pages over HTTP

async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('the server exited');
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return `${jar}; ${session.split(';')[0]}`;
}

async function partTwo() {
  const port = process.env.TEACH_BENCH_PORT ?? '3201';
  const base = `http://localhost:${port}`;
  const dbFile = path.join(root, 'data', 'bench-teach.db');
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  const url = `file:${dbFile}`;
  await applyMigrations({ url, log: () => {} });
  const prisma = createPrismaClient(url);
  await seed(prisma, { contentDir: path.join(root, 'content'), demo: true });
  const instructor = await prisma.user.findUniqueOrThrow({
    where: { email: 'instructor@slope.dev' },
  });
  const plan = await registerCourse(
    prisma,
    'calculus-for-ml',
    undefined,
    instructor.id,
    'BIGC-LASS',
  );
  const { classId, rows } = await seedLargeClass(prisma, plan);
  await prisma.$disconnect();
  console.log(
    `\nPart 2: seeded the real course ${JSON.stringify(rows)} into ${path.relative(root, dbFile)}`,
  );

  const server = spawn('pnpm', ['exec', 'next', 'start', '--port', port], {
    cwd: path.join(root, 'apps/web'),
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      NODE_ENV: 'production',
      SLOPE_DEMO: 'true',
      PORT: port,
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(`${base}/api/health`, server);
    const cookie = await signInCookie(base, 'instructor@slope.dev', 'instructor-demo-pw');
    const page = (p: string) => async () => {
      const response = await fetch(`${base}${p}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${p}: ${response.status}`);
      return (await response.text()).length;
    };
    const cls = `/teach/classes/${classId}`;
    const floor = await time('floor: /teach (class list)', page('/teach'));
    const rowsOut = [
      floor,
      await time('progress matrix page, 50 learners × 21 columns', page(cls)),
      await time('progress matrix, sorted by items done', page(`${cls}?sort=progress&dir=desc`)),
      await time(
        'progress matrix, sorted by an exercise',
        page(`${cls}?sort=e%3Amse-gradient&dir=desc`),
      ),
      await time(
        'progress matrix, filter + search',
        page(`${cls}?item=e%3Amse-gradient&status=not-done&q=ada`),
      ),
      await time('progress matrix, 200 per page', page(`${cls}?size=200`)),
      await time('exercise statistics page', page(`${cls}/exercises/mse-gradient`)),
      await time('exercises page (settings)', page(`${cls}/exercises`)),
      await time(
        'gradebook CSV download (500 rows)',
        page(`/api/teach/classes/${classId}/gradebook`),
        5,
      ),
    ];
    table(
      `Part 2 — pages over HTTP (next start, SQLite), ${LEARNERS} learners, real course`,
      rowsOut,
    );
    const matrixP50 = rowsOut[1]!.p50;
    console.log(
      `\nProgress matrix page: p50 ${matrixP50.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${matrixP50 <= TARGET_MS ? 'met' : 'NOT met'}); a trivial page costs ${floor.p50.toFixed(0)} ms here.`,
    );
    if (screenshots) await takeScreenshots(base, cookie, cls);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

async function takeScreenshots(base: string, cookie: string, cls: string) {
  const { chromium } = await import('@playwright/test');
  const out = path.join(root, 'data/teach-screens');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name: name!, value: value.join('='), url: base };
    }),
  );
  const page = await context.newPage();
  const shots: Array<[string, string]> = [
    ['matrix', cls],
    ['matrix-sorted', `${cls}?sort=e%3Amse-gradient&dir=desc`],
    ['matrix-filtered', `${cls}?item=e%3Achain-rule&status=not-done&columns=exercises`],
    ['exercises', `${cls}/exercises`],
    ['exercise-stats', `${cls}/exercises/mse-gradient`],
    ['questions', `${cls}/questions`],
    ['learners', `${cls}/learners`],
  ];
  for (const [name, p] of shots) {
    await page.goto(base + p);
    // The user menu fetches the session in the browser: shoot once it is there.
    await page.locator('.user-menu:not([aria-busy])').waitFor();
    await page.screenshot({
      path: path.join(out, `${name}.png`),
      fullPage: name !== 'matrix' && name !== 'matrix-sorted',
    });
  }
  await page.goto(`${base}${cls}/questions`);
  await page.getByRole('row').filter({ hasText: 'quiz' }).first().getByRole('link').click();
  await page.waitForURL(/\/questions\/[^/]+\/[^/]+$/);
  await page.screenshot({ path: path.join(out, 'question.png'), fullPage: true });
  await page.goto(`${base}${cls}`);
  await page.locator('tbody th a').first().click();
  await page.waitForURL(/\/learners\/[^/]+$/);
  await page.screenshot({ path: path.join(out, 'learner.png') });
  await browser.close();
  console.log(`\nScreenshots in ${path.relative(root, out)}/`);
}

// ----------------------------------------------------------------

const dir = syntheticContent();
try {
  if (!process.argv.includes('--only-http')) await partOneBoth();
  if (!process.argv.includes('--no-http')) await partTwo();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);

async function partOneBoth() {
  // SQLite always; PostgreSQL when a local server answers (temp-database says when it skipped).
  for (const kind of testDatabaseKinds) {
    const db = await tempDatabase(kind);
    try {
      await partOne(kind === 'sqlite' ? 'SQLite' : 'PostgreSQL', db.prisma, dir);
    } finally {
      await db.dispose();
    }
  }
}
