import type { PrismaClient } from '@slope/db';
import type { LessonRef } from '../content/widgets/lesson-widgets';
import { oncePerClient } from './once-per-client';

const rows = oncePerClient<{ id: string; courseId: string }>();

/**
 * The database row of a lesson from `content/`, created on first use when the seed has not
 * registered it yet (a lesson added after the last `pnpm db:seed`). Looked up once per process.
 */
export function lessonRow(prisma: PrismaClient, ref: Pick<LessonRef, 'course' | 'lesson'>) {
  return rows(prisma, `${ref.course.slug}/${ref.lesson.slug}`, () => upsertLesson(prisma, ref));
}

async function upsertLesson(
  prisma: PrismaClient,
  { course, lesson }: Pick<LessonRef, 'course' | 'lesson'>,
) {
  const courseRow = await prisma.course.upsert({
    where: { slug: course.slug },
    create: { slug: course.slug, title: course.title, summary: course.summary },
    update: {},
    select: { id: true },
  });
  return prisma.lesson.upsert({
    where: { courseId_slug: { courseId: courseRow.id, slug: lesson.slug } },
    create: {
      courseId: courseRow.id,
      slug: lesson.slug,
      position: lesson.position,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      draft: lesson.draft,
    },
    update: {},
    select: { id: true, courseId: true },
  });
}
