import type { PrismaClient } from '@slope/db';
import type { GradeResult } from '@slope/grader';
import type { CourseItems } from './course-items';
import { CSV_BOM, type CsvColumn, toCsv } from './csv';
import { describeDiagnosis, PASSED } from './diagnosis';
import { DEFAULT_QUERY } from './matrix-query';
import { type Cell, type MatrixRow, progressMatrix } from './progress-matrix';

const BATCH = 200;

/**
 * A CSV file produced in batches, so a large class never sits in memory at once: the BOM and
 * header first, then each batch of rows as it is read.
 */
export function csvStream<T>(
  columns: ReadonlyArray<CsvColumn<T>>,
  batches: AsyncIterable<readonly T[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + toCsv(columns, [])));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      if (next.value.length) {
        controller.enqueue(encoder.encode(`${toCsv(columns, next.value, { header: false })}\r\n`));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function exerciseStatus(cell: Cell | undefined): string {
  if (cell?.kind !== 'exercise') return '';
  if (cell.status === 'passed') return cell.late ? 'passed late' : 'passed';
  if (cell.overdue) return cell.status === 'attempted' ? 'attempted, overdue' : 'overdue';
  return cell.status === 'attempted' ? 'attempted' : 'not started';
}

const LESSON_STATUS = {
  NOT_STARTED: 'not started',
  IN_PROGRESS: 'in progress',
  COMPLETED: 'completed',
};

/**
 * An exercise's points (its manifest's), the one unit of both CSV files: a score of 0.83 on a
 * 10-point exercise is 8.3 points, as an instructor would total them in a spreadsheet.
 */
function exercisePoints(course: CourseItems): (slug: string) => number {
  return (slug) => course.exercises.find((e) => e.slug === slug)?.manifest?.points ?? 1;
}

/** The gradebook's columns: the learner, totals, then per exercise and per lesson. */
export function gradebookColumns(course: CourseItems): CsvColumn<MatrixRow>[] {
  const points = exercisePoints(course);
  const maxPoints = course.exercises.reduce((sum, e) => sum + points(e.slug), 0);
  const columns: CsvColumn<MatrixRow>[] = [
    { header: 'Name', value: (r) => r.name ?? '' },
    { header: 'Email', value: (r) => r.email },
    { header: 'Joined', value: (r) => r.joinedAt.toISOString() },
    { header: `Lessons completed (of ${course.lessons.length})`, value: (r) => r.lessonsCompleted },
    { header: `Exercises passed (of ${course.exercises.length})`, value: (r) => r.exercisesPassed },
    {
      header: `Total points (of ${round2(maxPoints)})`,
      value: (r) =>
        round2(
          course.exercises.reduce((sum, e) => {
            const cell = r.cells[e.key];
            return sum + (cell?.kind === 'exercise' ? cell.bestScore * points(e.slug) : 0);
          }, 0),
        ),
    },
  ];
  for (const e of course.exercises) {
    const cell = (r: MatrixRow) => r.cells[e.key];
    columns.push(
      {
        header: `${e.title}: points (of ${points(e.slug)})`,
        value: (r) => {
          const c = cell(r);
          return c?.kind === 'exercise' ? round2(c.bestScore * points(e.slug)) : 0;
        },
      },
      {
        header: `${e.title}: attempts`,
        value: (r) => {
          const c = cell(r);
          return c?.kind === 'exercise' ? c.attempts : 0;
        },
      },
      { header: `${e.title}: status`, value: (r) => exerciseStatus(cell(r)) },
    );
  }
  for (const l of course.lessons) {
    columns.push({
      header: `Lesson ${l.position} ${l.title}: status`,
      value: (r) => {
        const c = r.cells[l.key];
        return c?.kind === 'lesson' ? LESSON_STATUS[c.status] : '';
      },
    });
    if (l.practice.length) {
      columns.push({
        header: `Lesson ${l.position} ${l.title}: questions right (of ${l.practice.length})`,
        value: (r) => {
          const c = r.cells[l.key];
          return c?.kind === 'lesson' ? c.correct : 0;
        },
      });
    }
  }
  return columns;
}

/** Every learner of the class, by name, a page of the progress matrix at a time. */
export async function* gradebookRows(
  prisma: PrismaClient,
  classId: string,
  course: CourseItems,
): AsyncGenerator<MatrixRow[]> {
  for (let page = 1; ; page++) {
    const matrix = await progressMatrix(prisma, classId, course, {
      ...DEFAULT_QUERY,
      size: BATCH,
      page,
    });
    if (matrix.page !== page) return; // past the end: the matrix clamps to the last page
    yield matrix.rows;
    if (page >= matrix.pages) return;
  }
}

export interface SubmissionRow {
  id: string;
  attempt: number;
  status: string;
  score: number | null;
  rawScore: number | null;
  diagnosis: string | null;
  result: unknown;
  errorMessage: string | null;
  code: string;
  createdAt: Date;
  gradedAt: Date | null;
  user: { name: string | null; email: string };
  exercise: { slug: string; title: string };
}

/** What the learner was told, as plain text: each test that did not pass, with its message. */
export function feedbackText(row: Pick<SubmissionRow, 'result' | 'errorMessage'>): string {
  if (row.errorMessage) return row.errorMessage;
  const result = row.result as GradeResult | null;
  if (!result) return '';
  if (!result.gradable) return (result.formatErrors ?? []).map((e) => e.message).join('\n');
  const failing = result.tests.filter((t) => !t.passed);
  if (failing.length === 0) return 'All tests passed.';
  return failing.map((t) => `${t.name}: ${t.message}`).join('\n');
}

/** The submissions file's columns; scores in points, like the gradebook's. */
export function submissionColumns(course: CourseItems): CsvColumn<SubmissionRow>[] {
  const points = exercisePoints(course);
  const inPoints = (score: number | null, slug: string) =>
    score === null ? null : round2(score * points(slug));
  return [
    { header: 'Name', value: (r) => r.user.name ?? '' },
    { header: 'Email', value: (r) => r.user.email },
    { header: 'Exercise', value: (r) => r.exercise.slug },
    { header: 'Exercise title', value: (r) => r.exercise.title },
    { header: 'Attempt', value: (r) => r.attempt },
    { header: 'Submitted', value: (r) => r.createdAt.toISOString() },
    { header: 'Graded', value: (r) => r.gradedAt?.toISOString() ?? '' },
    { header: 'Status', value: (r) => r.status.toLowerCase() },
    { header: 'Points', value: (r) => inPoints(r.score, r.exercise.slug) },
    { header: 'Max points', value: (r) => points(r.exercise.slug) },
    { header: 'Points before penalty', value: (r) => inPoints(r.rawScore, r.exercise.slug) },
    {
      header: 'Diagnosis',
      value: (r) =>
        r.diagnosis && r.diagnosis !== PASSED ? describeDiagnosis(r.diagnosis).label : '',
    },
    { header: 'Feedback', value: feedbackText },
    { header: 'Code', value: (r) => r.code },
  ];
}

/** Every submission of the class's learners to the course's exercises, oldest first. */
export async function* submissionRows(
  prisma: PrismaClient,
  classId: string,
  course: CourseItems,
): AsyncGenerator<SubmissionRow[]> {
  const exerciseIds = course.exercises.flatMap((e) => (e.id ? [e.id] : []));
  if (exerciseIds.length === 0) return;
  let cursor: string | undefined;
  for (;;) {
    const batch = await prisma.submission.findMany({
      where: {
        exerciseId: { in: exerciseIds },
        user: { classMemberships: { some: { classId, role: 'LEARNER' } } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        attempt: true,
        status: true,
        score: true,
        rawScore: true,
        diagnosis: true,
        result: true,
        errorMessage: true,
        code: true,
        createdAt: true,
        gradedAt: true,
        user: { select: { name: true, email: true } },
        exercise: { select: { slug: true, title: true } },
      },
    });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < BATCH) return;
    cursor = batch.at(-1)!.id;
  }
}
