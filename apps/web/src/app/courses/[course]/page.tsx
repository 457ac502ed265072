import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  CourseProgressProvider,
  CourseProgressSummary,
  LessonStatus,
} from '../../../components/course-progress';
import { getCourse, listCourses, listLessons } from '../../../content/courses';

export const dynamicParams = false;

export function generateStaticParams() {
  return listCourses().map((course) => ({ course: course.slug }));
}

type Props = { params: Promise<{ course: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = getCourse((await params).course);
  return { title: course?.title ?? 'Course not found' };
}

export default async function CoursePage({ params }: Props) {
  const course = getCourse((await params).course);
  if (!course) notFound();
  const lessons = listLessons(course);
  return (
    <CourseProgressProvider course={course.slug}>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Courses</Link>
      </nav>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      {lessons[0] && <CourseProgressSummary first={lessons[0]} />}
      <ol className="card-list lesson-list" aria-label="Lessons">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="card">
            <span className="lesson-number" aria-hidden="true">
              {lesson.position}
            </span>
            <div>
              <h2>
                <Link href={`/courses/${course.slug}/${lesson.slug}`}>{lesson.title}</Link>
              </h2>
              <p>{lesson.summary}</p>
            </div>
            <span className="muted lesson-meta">
              {lesson.minutes} min
              <LessonStatus slug={lesson.slug} />
            </span>
          </li>
        ))}
      </ol>
    </CourseProgressProvider>
  );
}
