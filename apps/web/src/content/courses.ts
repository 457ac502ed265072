import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '@slope/db';
import { z } from 'zod';
import { ContentError } from './content-error';
import { type LessonFrontMatter, parseLessonSource } from './front-matter';

const courseSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  summary: z.string().min(1),
});

export interface CourseMeta {
  slug: string;
  title: string;
  summary: string;
  dir: string;
}

export interface LessonMeta extends LessonFrontMatter {
  courseSlug: string;
  slug: string;
  /** 1-based, from the NN- prefix of the folder */
  position: number;
  file: string;
}

const LESSON_DIR = /^(\d{2})-([a-z0-9-]+)$/;

/** The `content/` folder of the repository (override with `dir` in tests). */
export function contentDir(): string {
  return path.join(findRepoRoot(), 'content');
}

export function listCourses(dir = contentDir()): CourseMeta[] {
  // Content is read at build time; keep the tracer from copying the whole repo into the output.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'course.json')))
    .map((entry) => readCourse(path.join(dir, entry.name)))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function getCourse(slug: string, dir = contentDir()): CourseMeta | null {
  return listCourses(dir).find((course) => course.slug === slug) ?? null;
}

/** Reads and validates one course folder's course.json. */
export function readCourse(courseDir: string): CourseMeta {
  const file = path.join(courseDir, 'course.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(file, 1, 1, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = courseSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, 1, 1, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (parsed.data.slug !== path.basename(courseDir)) {
    throw new ContentError(
      file,
      1,
      1,
      `slug "${parsed.data.slug}" must match the folder name "${path.basename(courseDir)}"`,
    );
  }
  return { ...parsed.data, dir: courseDir };
}

export interface LessonEntry {
  slug: string;
  position: number;
  file: string;
}

/** The lesson folders of a course (`NN-slug/index.mdx`), in order, without reading them. */
export function lessonEntries(course: CourseMeta): LessonEntry[] {
  return readdirSync(/*turbopackIgnore: true*/ course.dir, { withFileTypes: true })
    .flatMap((entry) => {
      const match = entry.isDirectory() ? LESSON_DIR.exec(entry.name) : null;
      if (!match) return [];
      return [
        {
          slug: match[2]!,
          position: Number(match[1]),
          file: path.join(course.dir, entry.name, 'index.mdx'),
        },
      ];
    })
    .sort((a, b) => a.position - b.position);
}

/** Lessons of a course in order; drafts only when asked for (author preview). */
export function listLessons(
  course: CourseMeta,
  options: { includeDrafts?: boolean } = {},
): LessonMeta[] {
  return lessonEntries(course)
    .map((entry) => readLessonMeta(course, entry))
    .filter((lesson) => options.includeDrafts || !lesson.draft);
}

const frontMatters = new Map<string, { mtimeMs: number; frontMatter: LessonFrontMatter }>();

/**
 * Reads and validates one lesson's front matter, parsed again only when the file changes (every
 * lesson lookup of every request goes through here).
 */
export function readLessonMeta(course: CourseMeta, entry: LessonEntry): LessonMeta {
  if (!existsSync(entry.file))
    throw new ContentError(entry.file, undefined, undefined, 'lesson folder has no index.mdx');
  const { mtimeMs } = statSync(entry.file);
  let cached = frontMatters.get(entry.file);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const { frontMatter } = parseLessonSource(entry.file, readFileSync(entry.file, 'utf8'));
    cached = { mtimeMs, frontMatter };
    frontMatters.set(entry.file, cached);
  }
  return { ...cached.frontMatter, ...entry, courseSlug: course.slug };
}

export function getLesson(course: CourseMeta, slug: string): LessonMeta | null {
  return listLessons(course).find((lesson) => lesson.slug === slug) ?? null;
}
