import { Prisma, type PrismaClient } from '@slope/db';
import type { CourseItem, CourseItems, ExerciseItem, LessonItem } from './course-items';
import type { MatrixQuery } from './matrix-query';

export type LessonStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface LessonCell {
  kind: 'lesson';
  status: LessonStatus;
  /** practice questions answered correctly, of `questions` */
  correct: number;
  questions: number;
  /** answers given (every attempt) */
  answers: number;
}

export interface ExerciseCell {
  kind: 'exercise';
  status: 'not-started' | 'attempted' | 'passed';
  /** 0..1, after attempt penalties */
  bestScore: number;
  attempts: number;
  /** passed after the class's due date */
  late: boolean;
  /** not passed and the due date is past */
  overdue: boolean;
}

export type Cell = LessonCell | ExerciseCell;

export interface MatrixRow {
  id: string;
  name: string | null;
  email: string;
  joinedAt: Date;
  lessonsCompleted: number;
  exercisesPassed: number;
  /** by column key */
  cells: Record<string, Cell>;
}

export interface ProgressMatrix {
  columns: CourseItem[];
  /** due dates set by the class, by exercise slug */
  due: Record<string, Date>;
  rows: MatrixRow[];
  /** learners matching the search and filter */
  total: number;
  page: number;
  pages: number;
  size: number;
}

const EMPTY_IDS = Prisma.sql`(NULL)`;
const inList = (ids: string[]) => (ids.length ? Prisma.sql`(${Prisma.join(ids)})` : EMPTY_IDS);

/**
 * One page of a class's progress matrix: learners × lessons and exercises. Sorting, filtering,
 * counting and paging happen in one SQL query over per-learner aggregates; only the cells of
 * the learners on the page are then read (a page of 50 learners × 40 items is ~2 000 cells,
 * whatever the class size).
 */
export async function progressMatrix(
  prisma: PrismaClient,
  classId: string,
  course: CourseItems,
  query: MatrixQuery,
  now = new Date(),
): Promise<ProgressMatrix> {
  const lessonIds = course.lessons.flatMap((l) => (l.id ? [l.id] : []));
  const exerciseIds = course.exercises.flatMap((e) => (e.id ? [e.id] : []));
  const columns = course.items.filter(
    (item) =>
      query.columns === 'all' ||
      (query.columns === 'lessons' ? item.kind === 'lesson' : item.kind === 'exercise'),
  );
  const settings = await prisma.classExerciseSetting.findMany({
    where: { classId, dueAt: { not: null } },
    select: { dueAt: true, exercise: { select: { slug: true } } },
  });
  const due: Record<string, Date> = {};
  for (const s of settings) if (s.dueAt) due[s.exercise.slug] = s.dueAt;

  const rank = (q: MatrixQuery) => rankLearners(prisma, classId, course, q, lessonIds, exerciseIds);
  let page = query.page;
  let ranked = await rank(query);
  if (ranked.length === 0 && page > 1) {
    // Past the last page (the class shrank, or a hand-edited URL): show the last page instead.
    const first = await rank({ ...query, page: 1 });
    page = Math.max(1, Math.ceil(Number(first[0]?.total ?? 0) / query.size));
    ranked = page === 1 ? first : await rank({ ...query, page });
  }
  const total = Number(ranked[0]?.total ?? 0);
  const ids = ranked.map((r) => r.id);
  const rows = await cellsFor(prisma, classId, ids, course, due, now);
  return {
    columns,
    due,
    rows: ranked.map((r) => ({
      ...rows.get(r.id)!,
      exercisesPassed: Number(r.passed),
      lessonsCompleted: Number(r.done),
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / query.size)),
    size: query.size,
  };
}

/**
 * The learners of one page, in order, with their done counts and the number of learners that
 * match (window COUNT): one query, aggregated and sorted by the database.
 */
function rankLearners(
  prisma: PrismaClient,
  classId: string,
  course: CourseItems,
  query: MatrixQuery,
  lessonIds: string[],
  exerciseIds: string[],
) {
  return prisma.$queryRaw<Array<{ id: string; passed: unknown; done: unknown; total: unknown }>>(
    rankSql(classId, course, query, lessonIds, exerciseIds),
  );
}

/** The SQL of {@link rankLearners} (exported to EXPLAIN it). */
export function rankSql(
  classId: string,
  course: CourseItems,
  query: MatrixQuery,
  lessonIds: string[],
  exerciseIds: string[],
): Prisma.Sql {
  const byKey = new Map(course.items.map((item) => [item.key, item]));
  const sortItem = byKey.get(query.sort);
  const filterItem = query.status ? byKey.get(query.item) : undefined;
  const search = query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const offset = (query.page - 1) * query.size;
  const filterAlias = filterItem === sortItem ? 'sc' : 'fc';
  // Per-learner counts are correlated subqueries, each meant to be one range scan of the
  // (userId, …) unique index: the plan then stays the same whatever the planner believes about
  // row counts (joined aggregates were re-run per learner on PostgreSQL before its statistics
  // caught up). COALESCE on the non-null id column keeps the planner from also scanning the
  // exerciseId/lessonId index for every learner (3 000+ entries each time, for ~10 rows).
  return Prisma.sql`
    WITH members AS (
      SELECT m."userId" AS id, LOWER(COALESCE(u.name, u.email)) AS sortname, m."joinedAt" AS joined
      FROM "ClassMembership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."classId" = ${classId} AND m.role = 'LEARNER'
      ${
        search
          ? Prisma.sql`AND (LOWER(COALESCE(u.name, '')) LIKE ${`%${search}%`} ESCAPE '\\'
              OR LOWER(u.email) LIKE ${`%${search}%`} ESCAPE '\\')`
          : Prisma.empty
      }
    ),
    scored AS (
      SELECT members.id AS id, members.sortname AS sortname, members.joined AS joined,
        (SELECT COUNT(*) FROM "ExerciseProgress" ep
          WHERE ep."userId" = members.id AND COALESCE(ep."exerciseId", '') IN ${inList(exerciseIds)} AND ep.passed) AS passed,
        (SELECT COALESCE(SUM(ep."bestScore"), 0) FROM "ExerciseProgress" ep
          WHERE ep."userId" = members.id AND COALESCE(ep."exerciseId", '') IN ${inList(exerciseIds)}) AS score,
        (SELECT COUNT(*) FROM "LessonProgress" lp
          WHERE lp."userId" = members.id AND COALESCE(lp."lessonId", '') IN ${inList(lessonIds)} AND lp.status = 'COMPLETED') AS done
      FROM members
    )
    SELECT members.id AS id, members.passed AS passed, members.done AS done, COUNT(*) OVER () AS total
    FROM scored members
    ${cellJoin(sortItem, 'sc')}
    ${filterItem && filterAlias === 'fc' ? cellJoin(filterItem, 'fc') : Prisma.empty}
    WHERE ${filterItem ? statusCondition(filterItem, filterAlias, query.status) : Prisma.sql`1 = 1`}
    ORDER BY ${orderBy(query, sortItem)}, members.sortname ASC, members.id ASC
    LIMIT ${query.size} OFFSET ${offset}`;
}

/** The cell of one column, joined for sorting or filtering. */
function cellJoin(item: CourseItem | undefined, alias: 'sc' | 'fc'): Prisma.Sql {
  if (!item?.id) return Prisma.empty;
  const a = Prisma.raw(alias);
  return item.kind === 'exercise'
    ? Prisma.sql`LEFT JOIN "ExerciseProgress" ${a} ON ${a}."userId" = members.id AND ${a}."exerciseId" = ${item.id}`
    : Prisma.sql`LEFT JOIN "LessonProgress" ${a} ON ${a}."userId" = members.id AND ${a}."lessonId" = ${item.id}`;
}

/** 2 done, 1 started, 0 not started: one rank for both kinds of column. */
function statusRank(item: CourseItem, alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return item.kind === 'exercise'
    ? Prisma.sql`(CASE WHEN ${a}.passed THEN 2 WHEN ${a}.attempts > 0 THEN 1 ELSE 0 END)`
    : Prisma.sql`(CASE WHEN ${a}.status = 'COMPLETED' THEN 2 WHEN ${a}.status = 'IN_PROGRESS' THEN 1 ELSE 0 END)`;
}

function statusCondition(
  item: CourseItem,
  alias: string,
  status: MatrixQuery['status'],
): Prisma.Sql {
  // A column nobody has touched yet has no row to join: everyone is "not started".
  const r = item.id ? statusRank(item, alias) : Prisma.sql`0`;
  switch (status) {
    case 'done':
      return Prisma.sql`${r} = 2`;
    case 'started':
      return Prisma.sql`${r} = 1`;
    case 'not-done':
      return Prisma.sql`${r} < 2`;
    case 'not-started':
      return Prisma.sql`${r} = 0`;
    default:
      return Prisma.sql`1 = 1`;
  }
}

function orderBy(query: MatrixQuery, sortItem: CourseItem | undefined): Prisma.Sql {
  const dir = Prisma.raw(query.dir === 'desc' ? 'DESC' : 'ASC');
  if (sortItem) {
    if (!sortItem.id) return Prisma.sql`members.sortname ${dir}`;
    return sortItem.kind === 'exercise'
      ? Prisma.sql`${statusRank(sortItem, 'sc')} ${dir}, COALESCE(sc."bestScore", 0) ${dir}, COALESCE(sc.attempts, 0) ${dir}`
      : Prisma.sql`${statusRank(sortItem, 'sc')} ${dir}`;
  }
  if (query.sort === 'joined') return Prisma.sql`members.joined ${dir}`;
  if (query.sort === 'progress')
    return Prisma.sql`(members.done + members.passed) ${dir}, members.score ${dir}`;
  return Prisma.sql`members.sortname ${dir}`;
}

/** The cells of the given learners, read with one query per table (no per-cell queries). */
async function cellsFor(
  prisma: PrismaClient,
  classId: string,
  userIds: string[],
  course: CourseItems,
  due: Record<string, Date>,
  now: Date,
): Promise<Map<string, Omit<MatrixRow, 'lessonsCompleted' | 'exercisesPassed'>>> {
  const out = new Map<string, Omit<MatrixRow, 'lessonsCompleted' | 'exercisesPassed'>>();
  if (userIds.length === 0) return out;
  const lessonIds = course.lessons.flatMap((l) => (l.id ? [l.id] : []));
  const exerciseIds = course.exercises.flatMap((e) => (e.id ? [e.id] : []));
  const [users, exercises, lessons, practice] = await Promise.all([
    prisma.classMembership.findMany({
      where: { classId, userId: { in: userIds }, role: 'LEARNER' },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    prisma.exerciseProgress.findMany({
      where: { userId: { in: userIds }, exerciseId: { in: exerciseIds } },
      select: {
        userId: true,
        exerciseId: true,
        attempts: true,
        bestScore: true,
        passed: true,
        firstPassedAt: true,
      },
    }),
    prisma.lessonProgress.findMany({
      where: { userId: { in: userIds }, lessonId: { in: lessonIds } },
      select: { userId: true, lessonId: true, status: true },
    }),
    prisma.practiceResponse.groupBy({
      by: ['userId', 'lessonId', 'correct'],
      where: { userId: { in: userIds }, lessonId: { in: lessonIds } },
      _count: { _all: true },
    }),
  ]);
  const exerciseById = new Map(course.exercises.flatMap((e) => (e.id ? [[e.id, e] as const] : [])));
  const lessonById = new Map(course.lessons.flatMap((l) => (l.id ? [[l.id, l] as const] : [])));
  for (const { joinedAt, user } of users) {
    const cells: Record<string, Cell> = {};
    for (const item of course.items) cells[item.key] = emptyCell(item, due, now);
    out.set(user.id, { id: user.id, name: user.name, email: user.email, joinedAt, cells });
  }
  for (const p of exercises) {
    const item = exerciseById.get(p.exerciseId);
    const row = out.get(p.userId);
    if (!item || !row) continue;
    const dueAt = due[item.slug];
    row.cells[item.key] = {
      kind: 'exercise',
      status: p.passed ? 'passed' : p.attempts > 0 ? 'attempted' : 'not-started',
      bestScore: p.bestScore,
      attempts: p.attempts,
      late: Boolean(p.passed && dueAt && p.firstPassedAt && p.firstPassedAt > dueAt),
      overdue: Boolean(!p.passed && dueAt && dueAt <= now),
    };
  }
  for (const p of lessons) {
    const item = lessonById.get(p.lessonId);
    const cell = item && out.get(p.userId)?.cells[item.key];
    if (cell?.kind === 'lesson') cell.status = p.status as LessonStatus;
  }
  for (const g of practice) {
    const item = lessonById.get(g.lessonId);
    const cell = item && out.get(g.userId)?.cells[item.key];
    if (cell?.kind !== 'lesson') continue;
    cell.answers += g._count._all;
    // A question takes no answer once answered correctly: correct rows = questions got right.
    if (g.correct) cell.correct += g._count._all;
  }
  return out;
}

function emptyCell(item: CourseItem, due: Record<string, Date>, now: Date): Cell {
  if (item.kind === 'lesson') return emptyLesson(item);
  return emptyExercise(item, due, now);
}

function emptyLesson(item: LessonItem): LessonCell {
  return {
    kind: 'lesson',
    status: 'NOT_STARTED',
    correct: 0,
    questions: item.practice.length,
    answers: 0,
  };
}

function emptyExercise(item: ExerciseItem, due: Record<string, Date>, now: Date): ExerciseCell {
  const dueAt = due[item.slug];
  return {
    kind: 'exercise',
    status: 'not-started',
    bestScore: 0,
    attempts: 0,
    late: false,
    overdue: Boolean(dueAt && dueAt <= now),
  };
}
