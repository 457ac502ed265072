import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@slope/db';
import { type Manifest, parseManifest } from '@slope/grader';
import { type CourseMeta, getCourse, listLessons } from '../content/courses';
import type { PracticeWidget } from '../content/widgets/extract-widgets';
import { widgetsOf } from '../content/widgets/lesson-widgets';
import { exerciseLocations } from '../grading/exercise-registry';
import { hasWorkedSolution } from '../learning-aids/aid-files';

export interface LessonItem {
  kind: 'lesson';
  /** column key in URLs: `l:<lesson slug>` */
  key: string;
  slug: string;
  position: number;
  title: string;
  /** database id, or null when no learner has touched the lesson yet */
  id: string | null;
  practice: PracticeWidget[];
}

export interface ExerciseItem {
  kind: 'exercise';
  /** column key in URLs: `e:<exercise slug>` */
  key: string;
  slug: string;
  title: string;
  lessonSlug: string;
  lessonPosition: number;
  /** database id, or null when nobody has submitted yet */
  id: string | null;
  manifest: Manifest | null;
  /** the folder has a worked solution (`solution.md`) */
  hasSolution: boolean;
}

export type CourseItem = LessonItem | ExerciseItem;

export interface CourseItems {
  course: CourseMeta;
  /** lessons in order, each followed by its exercises */
  items: CourseItem[];
  lessons: LessonItem[];
  exercises: ExerciseItem[];
}

/**
 * The published lessons and exercises of a course from `content/` (the source of truth for what
 * a class works on), with their database ids where rows exist. Null for an unknown course.
 */
export async function courseItems(
  prisma: PrismaClient,
  courseSlug: string,
  dir?: string,
): Promise<CourseItems | null> {
  const course = getCourse(courseSlug, dir);
  if (!course) return null;
  const lessonMetas = listLessons(course);
  const published = new Set(lessonMetas.map((l) => l.slug));
  const locations = exerciseLocations(dir).filter(
    (l) => l.course.slug === courseSlug && published.has(l.lesson.slug),
  );
  const [lessonRows, exerciseRows] = await Promise.all([
    prisma.lesson.findMany({
      where: { course: { slug: courseSlug }, slug: { in: [...published] } },
      select: { id: true, slug: true },
    }),
    prisma.exercise.findMany({
      where: { slug: { in: locations.map((l) => l.id) } },
      select: { id: true, slug: true },
    }),
  ]);
  const lessonIds = new Map(lessonRows.map((r) => [r.slug, r.id]));
  const exerciseIds = new Map(exerciseRows.map((r) => [r.slug, r.id]));

  const lessons: LessonItem[] = lessonMetas.map((lesson) => ({
    kind: 'lesson',
    key: `l:${lesson.slug}`,
    slug: lesson.slug,
    position: lesson.position,
    title: lesson.title,
    id: lessonIds.get(lesson.slug) ?? null,
    practice: safeWidgets(lesson),
  }));
  const exercises: ExerciseItem[] = locations
    .sort((a, b) => a.lesson.position - b.lesson.position || a.id.localeCompare(b.id))
    .map((location) => {
      const manifest = readManifest(location.dir);
      return {
        kind: 'exercise',
        key: `e:${location.id}`,
        slug: location.id,
        title: manifest?.title ?? location.id,
        lessonSlug: location.lesson.slug,
        lessonPosition: location.lesson.position,
        id: exerciseIds.get(location.id) ?? null,
        manifest,
        hasSolution: hasWorkedSolution(location.dir),
      };
    });
  const items: CourseItem[] = lessons.flatMap((lesson) => [
    lesson,
    ...exercises.filter((e) => e.lessonSlug === lesson.slug),
  ]);
  return { course, items, lessons, exercises };
}

function safeWidgets(lesson: Parameters<typeof widgetsOf>[0]): PracticeWidget[] {
  try {
    return widgetsOf(lesson).practice;
  } catch {
    // A lesson with broken widgets shows on /author; its columns simply have no questions.
    return [];
  }
}

function readManifest(dir: string): Manifest | null {
  try {
    const parsed = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    return parsed.ok ? parsed.manifest : null;
  } catch {
    return null;
  }
}
