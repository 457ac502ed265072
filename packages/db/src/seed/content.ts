import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface CourseEntry {
  slug: string;
  title: string;
  summary: string;
  lessons: LessonEntry[];
}

export interface LessonEntry {
  slug: string;
  position: number;
  title: string;
  summary: string;
  objectives: string[];
  minutes: number;
  draft: boolean;
}

const LESSON_DIR = /^(\d+)-([a-z0-9][a-z0-9-]*)$/;

/**
 * Reads every course under `contentDir` (`<course>/course.json`) and its lessons
 * (`<course>/NN-slug/index.mdx` front matter). Throws one error naming the file and the
 * problem when something is missing or malformed.
 */
export async function readContent(contentDir: string): Promise<CourseEntry[]> {
  if (!existsSync(contentDir)) return [];
  const courses: CourseEntry[] = [];
  for (const dir of await subdirectories(contentDir)) {
    const courseFile = join(contentDir, dir, 'course.json');
    if (!existsSync(courseFile)) continue;
    const course = parseCourse(courseFile, await readFile(courseFile, 'utf8'));
    const lessons: LessonEntry[] = [];
    for (const lessonDir of await subdirectories(join(contentDir, dir))) {
      const match = LESSON_DIR.exec(lessonDir);
      const file = join(contentDir, dir, lessonDir, 'index.mdx');
      if (!match || !existsSync(file)) continue;
      const meta = parseLessonFrontMatter(file, await readFile(file, 'utf8'));
      lessons.push({ slug: match[2]!, position: Number(match[1]), ...meta });
    }
    lessons.sort((a, b) => a.position - b.position);
    courses.push({ ...course, lessons });
  }
  return courses;

  async function subdirectories(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  }

  function parseCourse(file: string, text: string): Omit<CourseEntry, 'lessons'> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw contentError(file, `is not valid JSON (${(error as Error).message})`);
    }
    const record = asRecord(data);
    return {
      slug: requireString(record, 'slug', file),
      title: requireString(record, 'title', file),
      summary: requireString(record, 'summary', file),
    };
  }

  function contentError(file: string, problem: string): Error {
    return new Error(`${relative(process.cwd(), file) || file}: ${problem}`);
  }

  function parseLessonFrontMatter(file: string, text: string) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) throw contentError(file, 'has no front matter (a --- block at the top)');
    let data: unknown;
    try {
      data = parseYaml(match[1]!);
    } catch (error) {
      throw contentError(file, `front matter is not valid YAML (${(error as Error).message})`);
    }
    const record = asRecord(data);
    const minutes = record.minutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
      throw contentError(file, 'front matter needs "minutes", a positive number');
    }
    const objectives = record.objectives ?? [];
    if (!Array.isArray(objectives) || objectives.some((o) => typeof o !== 'string')) {
      throw contentError(file, 'front matter "objectives" must be a list of strings');
    }
    const draft = record.draft ?? false;
    if (typeof draft !== 'boolean') throw contentError(file, '"draft" must be true or false');
    return {
      title: requireString(record, 'title', file),
      summary: requireString(record, 'summary', file),
      objectives: objectives as string[],
      minutes: Math.round(minutes),
      draft,
    };
  }

  function requireString(record: Record<string, unknown>, key: string, file: string): string {
    const value = record[key];
    if (typeof value !== 'string' || value.trim() === '') {
      throw contentError(file, `needs "${key}", a non-empty string`);
    }
    return value.trim();
  }
}

function asRecord(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}
