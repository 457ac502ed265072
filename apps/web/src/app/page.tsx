import Link from 'next/link';
import { listCourses, listLessons } from '../content/courses';

export default function HomePage() {
  const courses = listCourses();
  return (
    <>
      <h1>Learn the mathematics of machine learning by doing it</h1>
      <p className="lead">
        Read lessons with real math, play with live plots, and write gradient code that is graded on
        the spot.
      </p>
      <h2>Courses</h2>
      {courses.length === 0 ? (
        <p className="muted">No courses yet: add one under content/.</p>
      ) : (
        <ul className="card-list" aria-label="Courses">
          {courses.map((course) => {
            const lessons = listLessons(course);
            const minutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
            return (
              <li key={course.slug} className="card">
                <h3>
                  <Link href={`/courses/${course.slug}`}>{course.title}</Link>
                </h3>
                <p>{course.summary}</p>
                <p className="muted">
                  {lessons.length} lesson{lessons.length === 1 ? '' : 's'} · about {minutes} minutes
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
