import { type CourseMeta, listCourses } from '../courses';
import { ScaffoldError } from './slug';

/** The course named by `--course`, or the only course; refuses when that is ambiguous. */
export function pickCourse(dir: string, slug?: string): CourseMeta {
  const courses = listCourses(dir);
  if (slug) {
    const course = courses.find((candidate) => candidate.slug === slug);
    if (!course)
      throw new ScaffoldError(
        `there is no course "${slug}" in ${dir} (courses: ${courses.map((c) => c.slug).join(', ') || 'none'})`,
      );
    return course;
  }
  if (courses.length === 1) return courses[0]!;
  throw new ScaffoldError(
    courses.length
      ? `there are ${courses.length} courses: choose one with --course (${courses.map((c) => c.slug).join(', ')})`
      : `there is no course in ${dir}: create content/<course>/course.json first`,
  );
}
