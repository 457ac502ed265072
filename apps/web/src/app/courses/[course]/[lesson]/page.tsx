import { MathHtmlProvider } from '@slope/ui/math';
import { plotPresetMath } from '@slope/ui/plot-math';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCourse, getLesson, listCourses, listLessons } from '../../../../content/courses';
import { loadLesson } from '../../../../content/lesson';
import { lessonComponents } from '../../../../lesson-widgets/lesson-components';
import { LessonStateProvider } from '../../../../lesson-widgets/lesson-state';

export const dynamicParams = false;

export function generateStaticParams() {
  return listCourses().flatMap((course) =>
    listLessons(course).map((lesson) => ({ course: course.slug, lesson: lesson.slug })),
  );
}

type Props = { params: Promise<{ course: string; lesson: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const course = getCourse(courseSlug);
  const lesson = course && getLesson(course, lessonSlug);
  return lesson
    ? { title: lesson.title, description: lesson.summary }
    : { title: 'Lesson not found' };
}

export default async function LessonPage({ params }: Props) {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const course = getCourse(courseSlug);
  const loaded = course && (await loadLesson(course, lessonSlug));
  if (!course || !loaded) notFound();
  const { meta, Content, previous, next } = loaded;
  return (
    <article className="lesson">
      <div>
        <header className="lesson-header">
          <nav className="breadcrumbs" aria-label="Breadcrumbs">
            <Link href="/">Courses</Link> /{' '}
            <Link href={`/courses/${course.slug}`}>{course.title}</Link> / Lesson {meta.position}
          </nav>
          <h1>{meta.title}</h1>
          <p className="lead">{meta.summary}</p>
          <p className="muted">About {meta.minutes} minutes</p>
          <section className="objectives" aria-labelledby="objectives-heading">
            <h2 id="objectives-heading">You will be able to</h2>
            <ul>
              {meta.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        </header>
        <div className="prose">
          <LessonStateProvider course={course.slug} lesson={meta.slug}>
            {/* Plot legends get their math pre-rendered here: no KaTeX in the browser. */}
            <MathHtmlProvider value={plotPresetMath()}>
              <Content components={lessonComponents} />
            </MathHtmlProvider>
          </LessonStateProvider>
        </div>
        <nav className="lesson-nav" aria-label="Lesson navigation">
          {previous ? (
            <Link href={`/courses/${course.slug}/${previous.slug}`} rel="prev">
              <small>Previous</small>
              {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`/courses/${course.slug}/${next.slug}`} rel="next">
              <small>Next</small>
              {next.title}
            </Link>
          ) : (
            <Link href={`/courses/${course.slug}`}>
              <small>Done</small>Back to the course
            </Link>
          )}
        </nav>
      </div>
    </article>
  );
}
