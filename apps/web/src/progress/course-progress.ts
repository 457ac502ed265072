import type { PrismaClient } from '@slope/db';
import { type CourseMeta, listLessons } from '../content/courses';
import { streakDays } from './streak';

export type LessonStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface CourseProgress {
  lessons: Array<{ slug: string; title: string; status: LessonStatus }>;
  completed: number;
  total: number;
  /** 0..100, rounded */
  percent: number;
  /** where to continue: the lesson last opened and not finished, else the first unfinished */
  next: { slug: string; title: string } | null;
  /** consecutive days with an answer or a submission */
  streak: number;
}

/** A learner's progress through one course, from the lessons in `content/` and their rows. */
export async function courseProgress(
  prisma: PrismaClient,
  userId: string,
  course: CourseMeta,
  /** the learner's IANA zone: the streak counts their calendar days */
  timeZone = 'UTC',
  now = new Date(),
): Promise<CourseProgress> {
  const lessons = listLessons(course);
  const rows = await prisma.lessonProgress.findMany({
    where: { userId, lesson: { course: { slug: course.slug } } },
    select: { status: true, lastViewedAt: true, lesson: { select: { slug: true } } },
  });
  const bySlug = new Map(rows.map((row) => [row.lesson.slug, row]));
  const withStatus = lessons.map((lesson) => ({
    slug: lesson.slug,
    title: lesson.title,
    status: (bySlug.get(lesson.slug)?.status ?? 'NOT_STARTED') as LessonStatus,
  }));
  const completed = withStatus.filter((l) => l.status === 'COMPLETED').length;
  const lastOpen = rows
    .filter((row) => row.status === 'IN_PROGRESS')
    .sort((a, b) => b.lastViewedAt.getTime() - a.lastViewedAt.getTime())[0];
  const nextLesson =
    withStatus.find((l) => l.slug === lastOpen?.lesson.slug) ??
    withStatus.find((l) => l.status !== 'COMPLETED');
  return {
    lessons: withStatus,
    completed,
    total: lessons.length,
    percent: lessons.length ? Math.round((100 * completed) / lessons.length) : 0,
    next: nextLesson ? { slug: nextLesson.slug, title: nextLesson.title } : null,
    streak: streakDays(await recentActivity(prisma, userId, now), now, timeZone),
  };
}

async function recentActivity(prisma: PrismaClient, userId: string, now: Date): Promise<Date[]> {
  const since = new Date(now.getTime() - 400 * 86_400_000);
  const [answers, submissions] = await Promise.all([
    prisma.practiceResponse.findMany({
      where: { userId, createdAt: { gte: since } },
      select: { createdAt: true },
    }),
    prisma.submission.findMany({
      where: { userId, createdAt: { gte: since } },
      select: { createdAt: true },
    }),
  ]);
  return [...answers, ...submissions].map((row) => row.createdAt);
}
