// Seeds a class with a realistic history for benchmarks and for looking at the dashboard:
// every learner has touched most lessons, answered most questions (1–3 attempts) and
// submitted most exercises (1–5 times, with graded results whose diagnoses repeat across the
// class). Rows go in with createMany, in chunks.
import type { PrismaClient } from '@slope/db';
import type { GradeResult } from '@slope/grader';
import { diagnosisKey } from '../src/teach/diagnosis';

export interface LargeClassPlan {
  courseId: string;
  lessons: Array<{
    id: string;
    questions: Array<{
      id: string;
      kind: 'QUIZ' | 'ORDERING' | 'MATCH';
      choices: string[];
      correct: string;
    }>;
  }>;
  exerciseIds: string[];
  instructorId: string;
  learners: number;
  className: string;
  joinCode: string;
  seed?: number;
}

/** mulberry32: small, fast, seeded — the same class every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Alan',
  'Grace',
  'Emmy',
  'Kurt',
  'Sofia',
  'Srinivasa',
  'Hedy',
  'Claude',
  'Mary',
  'John',
  'Katherine',
  'Évariste',
  'Zoë',
  'Niels',
  'Lise',
];
const LAST = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Noether',
  'Gödel',
  'Kovalevskaya',
  'Ramanujan',
  'Lamarr',
  'Shannon',
  'Cartwright',
  'Nash',
  'Johnson',
  'Galois',
  'Wu',
  'Bohr',
  'Meitner',
];

/** A wrong gradient with a named mistake, as the grader would store it. */
function failing(
  kind: 'scaled' | 'transposed' | 'wrong-sign' | 'wrong-components',
  score: number,
): GradeResult {
  const diagnosis = {
    ok: false,
    kind,
    message: `bench: ${kind}`,
    expectedShape: [3],
    gotShape: [3],
    maxRelativeError: 1,
    worstIndex: [0],
    ...(kind === 'scaled' ? { scale: 2, scaleLabel: '×2' } : {}),
    ...(kind === 'wrong-components' ? { wrongComponents: [[0]] } : {}),
  };
  return {
    gradable: true,
    score,
    tests: [
      {
        name: 'case 1',
        status: 'failed',
        passed: false,
        points: 0,
        maxPoints: 1,
        message: diagnosis.message,
        diagnostics: [{ kind: 'gradient', diagnosis: diagnosis as never }],
      },
      {
        name: 'case 2',
        status: score > 0 ? 'passed' : 'failed',
        passed: score > 0,
        points: score > 0 ? 1 : 0,
        maxPoints: 1,
        message: 'ok',
      },
    ],
    timeMs: 20,
  };
}
const PASSING: GradeResult = {
  gradable: true,
  score: 1,
  tests: [
    {
      name: 'case 1',
      status: 'passed',
      passed: true,
      points: 1,
      maxPoints: 1,
      message: 'Correct.',
    },
  ],
  timeMs: 18,
};
const MISTAKES = [
  'scaled',
  'scaled',
  'scaled',
  'transposed',
  'wrong-sign',
  'wrong-components',
] as const;

async function insert<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await write(rows.slice(i, i + 1000));
}

/** Creates the class and its history; returns the class id and row counts. */
export async function seedLargeClass(prisma: PrismaClient, plan: LargeClassPlan) {
  const random = rng(plan.seed ?? 7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const klass = await prisma.class.create({
    data: {
      name: plan.className,
      courseId: plan.courseId,
      joinCode: plan.joinCode,
      createdById: plan.instructorId,
      memberships: { create: { userId: plan.instructorId, role: 'INSTRUCTOR' } },
    },
  });
  const start = Date.UTC(2026, 8, 1);
  const users = Array.from({ length: plan.learners }, (_, i) => ({
    id: `bench-learner-${plan.joinCode}-${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i + 1}`,
    email: `learner${i + 1}.${plan.joinCode.toLowerCase()}@bench.example`,
  }));
  await insert(users, (chunk) => prisma.user.createMany({ data: chunk }));
  await insert(users, (chunk) =>
    prisma.classMembership.createMany({
      data: chunk.map((u, i) => ({
        classId: klass.id,
        userId: u.id,
        joinedAt: new Date(start + i * 60_000),
      })),
    }),
  );

  const lessonRows: object[] = [];
  const answers: object[] = [];
  const submissions: object[] = [];
  const progress: object[] = [];
  for (const [index, user] of users.entries()) {
    // Some learners race ahead, some stall: reach is how far into the course they got.
    const reach = Math.min(1, 0.25 + random() * 0.9);
    const skill = random();
    plan.lessons.forEach((lesson, li) => {
      if (li / plan.lessons.length > reach) return;
      let allRight = true;
      for (const q of lesson.questions) {
        if (random() < 0.1) {
          allRight = false;
          continue;
        }
        const tries = skill > 0.6 ? 1 : 1 + Math.floor(random() * 3);
        for (let attempt = 1; attempt <= tries; attempt++) {
          const correct = attempt === tries && random() < 0.9;
          if (!correct && attempt === tries) allRight = false;
          const choice = correct ? q.correct : pick(q.choices.filter((c) => c !== q.correct));
          answers.push({
            userId: user.id,
            lessonId: lesson.id,
            widgetId: q.id,
            kind: q.kind,
            answer: q.kind === 'QUIZ' ? { selected: [choice] } : { order: ['a', 'b'] },
            correct,
            score: correct ? 1 : 0,
            attempt,
            createdAt: new Date(start + index * 60_000 + li * 86_400_000 + attempt * 60_000),
          });
        }
      }
      lessonRows.push({
        userId: user.id,
        lessonId: lesson.id,
        status: allRight && li / plan.lessons.length < reach - 0.1 ? 'COMPLETED' : 'IN_PROGRESS',
        startedAt: new Date(start + li * 86_400_000),
        lastViewedAt: new Date(start + li * 86_400_000 + 3_600_000),
      });
    });
    plan.exerciseIds.forEach((exerciseId, ei) => {
      if (ei / plan.exerciseIds.length > reach || random() < 0.08) return;
      const tries = 1 + Math.floor(random() * (skill > 0.5 ? 2 : 5));
      const passes = random() < 0.55 + skill * 0.4;
      const mistake = pick(MISTAKES);
      let best = 0;
      let firstPassedAt: Date | null = null;
      for (let attempt = 1; attempt <= tries; attempt++) {
        const last = attempt === tries;
        const result = last && passes ? PASSING : failing(mistake, random() < 0.5 ? 0.5 : 0);
        const createdAt = new Date(start + ei * 86_400_000 + index * 1000 + attempt * 7 * 60_000);
        best = Math.max(best, result.score);
        if (result.score === 1) firstPassedAt ??= createdAt;
        submissions.push({
          userId: user.id,
          exerciseId,
          attempt,
          code: `export function grad(w, X, y) {\n  // attempt ${attempt}: ${last && passes ? 'right' : mistake}\n  return w.map(() => 0);\n}`,
          status: 'GRADED',
          idempotencyKey: `bench-${user.id}-${exerciseId}-${attempt}`,
          seed: 1,
          score: result.score,
          rawScore: result.score,
          result,
          diagnosis: diagnosisKey(result),
          createdAt,
          startedAt: createdAt,
          gradedAt: new Date(createdAt.getTime() + 200),
        });
      }
      progress.push({
        userId: user.id,
        exerciseId,
        attempts: tries,
        bestScore: best,
        passed: best === 1,
        firstPassedAt,
        lastSubmittedAt: new Date(start + ei * 86_400_000 + tries * 7 * 60_000),
      });
    });
  }
  await insert(lessonRows, (chunk) => prisma.lessonProgress.createMany({ data: chunk as never }));
  await insert(answers, (chunk) => prisma.practiceResponse.createMany({ data: chunk as never }));
  await insert(submissions, (chunk) => prisma.submission.createMany({ data: chunk as never }));
  await insert(progress, (chunk) => prisma.exerciseProgress.createMany({ data: chunk as never }));
  return {
    classId: klass.id,
    rows: {
      learners: users.length,
      lessonProgress: lessonRows.length,
      practiceResponses: answers.length,
      submissions: submissions.length,
      exerciseProgress: progress.length,
    },
  };
}
