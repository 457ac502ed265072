import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '../../auth/guard';
import { ScrollRegion } from '../../components/scroll-region';
import { listCourses } from '../../content/courses';
import { db } from '../../db';
import { courseProgress } from '../../progress/course-progress';
import { viewerTimeZone } from '../../progress/viewer-time-zone';

export const metadata: Metadata = { title: 'Your progress' };
export const dynamic = 'force-dynamic';

/** The learner's dashboard: progress per course, streak, and every exercise's best score. */
export default async function DashboardPage() {
  const user = await requirePermission('learn', '/dashboard');
  const prisma = db();
  const timeZone = await viewerTimeZone();
  const courses = await Promise.all(
    listCourses().map(async (course) => ({
      course,
      progress: await courseProgress(prisma, user.id, course, timeZone),
    })),
  );
  const exercises = await prisma.exerciseProgress.findMany({
    where: { userId: user.id },
    orderBy: { lastSubmittedAt: 'desc' },
    select: {
      attempts: true,
      bestScore: true,
      passed: true,
      lastSubmittedAt: true,
      exercise: {
        select: {
          slug: true,
          title: true,
          maxPoints: true,
          lesson: { select: { slug: true, course: { select: { slug: true } } } },
        },
      },
    },
  });
  const classes = await prisma.classMembership.findMany({
    where: { userId: user.id, role: 'LEARNER' },
    orderBy: { joinedAt: 'asc' },
    select: { class: { select: { id: true, name: true, course: { select: { title: true } } } } },
  });
  const streak = Math.max(0, ...courses.map((c) => c.progress.streak));
  return (
    <>
      <h1>Your progress</h1>
      <p className="lead">
        {streak > 0
          ? `You have practised ${streak} day${streak === 1 ? '' : 's'} in a row.`
          : 'Answer a question or submit an exercise today to start a streak.'}
      </p>
      {courses.map(({ course, progress }) => (
        <section key={course.slug} className="card" aria-labelledby={`course-${course.slug}`}>
          <h2 id={`course-${course.slug}`}>{course.title}</h2>
          <p>
            <progress max={100} value={progress.percent} aria-label={`${course.title} progress`} />{' '}
            {progress.percent}% · {progress.completed} of {progress.total} lessons complete
          </p>
          {progress.next && (
            <p>
              <Link className="button" href={`/courses/${course.slug}/${progress.next.slug}`}>
                Continue: {progress.next.title}
              </Link>
            </p>
          )}
        </section>
      ))}
      <h2>Your classes</h2>
      {classes.length === 0 ? (
        <p className="muted">You are not in a class.</p>
      ) : (
        <ul>
          {classes.map(({ class: klass }) => (
            <li key={klass.id}>
              {klass.name} <span className="muted">({klass.course.title})</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/join">Join a class</Link> with the code your instructor gave you.
      </p>
      <h2>Exercises</h2>
      {exercises.length === 0 ? (
        <p className="muted">No submissions yet. Exercises are at the end of most lessons.</p>
      ) : (
        <ScrollRegion label="Your exercises">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Best score</th>
                <th scope="col">Attempts</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {exercises.map((row) => (
                <tr key={row.exercise.slug}>
                  <td>
                    <Link
                      href={`/courses/${row.exercise.lesson.course.slug}/${row.exercise.lesson.slug}#exercise-${row.exercise.slug}`}
                    >
                      {row.exercise.title}
                    </Link>
                  </td>
                  <td>{Math.round(row.bestScore * 100)}%</td>
                  <td>{row.attempts}</td>
                  <td>{row.passed ? 'Passed' : 'Not passed yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
