import type { PrismaClient } from '@slope/db';
import { toQuizProps } from '@slope/ui/quiz/spec';
import type { PracticeWidget } from '../content/widgets/extract-widgets';
import type { CourseItems, LessonItem } from './course-items';
import { analyseItem, type ItemAnalysis } from './item-analysis';
import { type LearnerScope, scopeSql, scopeWhere } from './scope';
import { type AnswerGroup, isFormulaWidget, type SlipCount, slipCounts } from './slip-counts';

export interface QuestionSummary {
  lesson: LessonItem;
  widget: PracticeWidget;
  /** learners who answered at least once */
  respondents: number;
  /** share right on the first attempt */
  firstTryCorrect: number | null;
  /** learners who got it right in the end */
  eventuallyCorrect: number;
}

/** Every practice question of a course with its first-try success, from grouped counts. */
export async function questionSummaries(
  prisma: PrismaClient,
  course: CourseItems,
  scope: LearnerScope,
): Promise<QuestionSummary[]> {
  const lessonIds = course.lessons.flatMap((l) => (l.id ? [l.id] : []));
  const groups = lessonIds.length
    ? await prisma.practiceResponse.groupBy({
        by: ['lessonId', 'widgetId', 'attempt', 'correct'],
        where: {
          lessonId: { in: lessonIds },
          ...scopeWhere(scope),
          OR: [{ attempt: 1 }, { correct: true }],
        },
        _count: { _all: true },
      })
    : [];
  const key = (lessonId: string, widgetId: string) => `${lessonId}\u0000${widgetId}`;
  const tally = new Map<string, { first: number; firstRight: number; right: number }>();
  for (const g of groups) {
    const k = key(g.lessonId, g.widgetId);
    const t = tally.get(k) ?? { first: 0, firstRight: 0, right: 0 };
    if (g.attempt === 1) t.first += g._count._all;
    if (g.attempt === 1 && g.correct) t.firstRight += g._count._all;
    if (g.correct) t.right += g._count._all;
    tally.set(k, t);
  }
  return course.lessons.flatMap((lesson) =>
    lesson.practice.map((widget) => {
      const t = (lesson.id && tally.get(key(lesson.id, widget.id))) || null;
      return {
        lesson,
        widget,
        respondents: t?.first ?? 0,
        firstTryCorrect: t?.first ? t.firstRight / t.first : null,
        eventuallyCorrect: t?.right ?? 0,
      };
    }),
  );
}

export interface ChoiceCount {
  id: string;
  text: string;
  correct: boolean;
  /** learners who picked it on their first attempt */
  first: number;
  /** picks over every attempt */
  all: number;
}

export interface QuestionDetail {
  analysis: ItemAnalysis;
  eventuallyCorrect: number;
  /** quizzes only */
  choices: ChoiceCount[] | null;
  /** first attempts whose answer chose nothing (a multiple-choice quiz) */
  firstEmpty: number;
  /** formula, number and matrix answers: the class's answers grouped by the slip named */
  slips: SlipCount[] | null;
}

/**
 * One question in depth: item analysis (difficulty, discrimination against the rest of the
 * course's questions) and, for a quiz, how often each choice was picked; for a formula, number
 * or matrix answer, how often each slip was made.
 */
export async function questionDetail(
  prisma: PrismaClient,
  course: CourseItems,
  lesson: LessonItem,
  widget: PracticeWidget,
  scope: LearnerScope,
): Promise<QuestionDetail> {
  const lessonIds = course.lessons.flatMap((l) => (l.id ? [l.id] : []));
  if (!lesson.id) {
    return {
      analysis: analyseItem([]),
      eventuallyCorrect: 0,
      choices: widget.practice.widget === 'Quiz' ? tallyChoices(widget, []) : null,
      firstEmpty: 0,
      slips: isFormulaWidget(widget) ? [] : null,
    };
  }
  const where = { lessonId: lesson.id, widgetId: widget.id, ...scopeWhere(scope) };
  const [firsts, totals, eventuallyCorrect, answers] = await Promise.all([
    prisma.practiceResponse.findMany({
      where: { ...where, attempt: 1 },
      select: { userId: true, correct: true },
      orderBy: { userId: 'asc' },
    }),
    // Every learner's first-attempt record over the whole course: answered and right.
    prisma.practiceResponse.groupBy({
      by: ['userId'],
      where: { lessonId: { in: lessonIds }, attempt: 1, ...scopeWhere(scope) },
      _count: { _all: true },
      _sum: { score: true },
    }),
    prisma.practiceResponse.count({ where: { ...where, correct: true } }),
    widget.practice.widget === 'Quiz'
      ? prisma.$queryRaw<Array<{ answer: unknown; first: unknown; n: unknown; userId?: string }>>`
          SELECT r.answer AS answer, CASE WHEN r.attempt = 1 THEN 1 ELSE 0 END AS first, COUNT(*) AS n
          FROM "PracticeResponse" r
          WHERE r."lessonId" = ${lesson.id} AND r."widgetId" = ${widget.id}
          ${scopeSql(scope, 'r."userId"')}
          GROUP BY r.answer, CASE WHEN r.attempt = 1 THEN 1 ELSE 0 END`
      : isFormulaWidget(widget)
        ? // per learner too: a question with parameters is checked in each learner's variant
          prisma.$queryRaw<Array<{ answer: unknown; first: unknown; n: unknown; userId?: string }>>`
          SELECT r."userId" AS "userId", r.answer AS answer, CASE WHEN r.attempt = 1 THEN 1 ELSE 0 END AS first, COUNT(*) AS n
          FROM "PracticeResponse" r
          WHERE r."lessonId" = ${lesson.id} AND r."widgetId" = ${widget.id}
          ${scopeSql(scope, 'r."userId"')}
          GROUP BY r."userId", r.answer, CASE WHEN r.attempt = 1 THEN 1 ELSE 0 END`
        : Promise.resolve([]),
  ]);
  const record = new Map(totals.map((t) => [t.userId, t]));
  const analysis = analyseItem(
    firsts.map((f) => {
      const t = record.get(f.userId);
      const item = f.correct ? 1 : 0;
      const others = (t?._count._all ?? 1) - 1;
      const rest = others > 0 ? ((t?._sum.score ?? 0) - item) / others : null;
      return { item, rest };
    }),
  );
  const grouped = answers.map((a) => ({
    selected: selectedOf(a.answer),
    first: Number(a.first) === 1,
    n: Number(a.n),
  }));
  return {
    analysis,
    eventuallyCorrect,
    choices: widget.practice.widget === 'Quiz' ? tallyChoices(widget, grouped) : null,
    firstEmpty: grouped
      .filter((g) => g.first && g.selected.length === 0)
      .reduce((sum, g) => sum + g.n, 0),
    slips: isFormulaWidget(widget)
      ? slipCounts(
          widget,
          `${course.course.slug}/${lesson.slug}/${widget.id}`,
          answers.map(
            (a): AnswerGroup => ({
              answer: typeof a.answer === 'string' ? safeJson(a.answer) : a.answer,
              first: Number(a.first) === 1,
              n: Number(a.n),
              ...(a.userId ? { userId: a.userId } : {}),
            }),
          ),
        )
      : null,
  };
}

function selectedOf(answer: unknown): string[] {
  const value = typeof answer === 'string' ? safeJson(answer) : answer;
  const selected = (value as { selected?: unknown } | null)?.selected;
  return Array.isArray(selected) ? selected.filter((s): s is string => typeof s === 'string') : [];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Per-choice counts from answers grouped by their exact content (few distinct answers). */
function tallyChoices(
  widget: PracticeWidget,
  grouped: ReadonlyArray<{ selected: string[]; first: boolean; n: number }>,
): ChoiceCount[] {
  if (widget.practice.widget !== 'Quiz') return [];
  const { spec } = widget.practice;
  const props = toQuizProps(spec);
  return props.choices.map((choice, i) => {
    let first = 0;
    let all = 0;
    for (const g of grouped) {
      if (!g.selected.includes(choice.id)) continue;
      all += g.n;
      if (g.first) first += g.n;
    }
    return {
      id: choice.id,
      text: choice.text,
      correct: Boolean(spec.choices[i]?.correct),
      first,
      all,
    };
  });
}
