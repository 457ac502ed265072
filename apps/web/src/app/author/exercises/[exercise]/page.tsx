import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '../../../../auth/guard';
import { ScrollRegion } from '../../../../components/scroll-region';
import { db } from '../../../../db';
import { exerciseLocations } from '../../../../grading/exercise-registry';
import { courseItems } from '../../../../teach/course-items';
import { exerciseByClass, exerciseStats } from '../../../../teach/exercise-stats';
import { ExerciseStatsView } from '../../../../teach/ui/exercise-stats-view';
import { percent } from '../../../../teach/ui/format';

export const metadata: Metadata = { title: 'Exercise statistics' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ exercise: string }> };

/** For authors: one exercise across every learner and class — is it too hard, where do people trip? */
export default async function AuthorExercisePage({ params }: Props) {
  const { exercise: slug } = await params;
  await requirePermission('author', `/author/exercises/${slug}`);
  const location = exerciseLocations().find((l) => l.id === slug);
  if (!location) notFound();
  const prisma = db();
  const course = await courseItems(prisma, location.course.slug);
  const exercise = course?.exercises.find((e) => e.slug === slug);
  const title = exercise?.title ?? slug;
  const id =
    exercise?.id ??
    (await prisma.exercise.findUnique({ where: { slug }, select: { id: true } }))?.id ??
    null;
  const [stats, byClass] = await Promise.all([
    exerciseStats(prisma, id, 'all'),
    exerciseByClass(prisma, id),
  ]);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/author">Authoring</Link> › {location.course.title} › Lesson{' '}
        {location.lesson.position}
      </p>
      <h1>{title}</h1>
      <p className="lead">Every learner who submitted, in a class or on their own.</p>
      <ExerciseStatsView stats={stats} who="learners" />
      <h2>By class</h2>
      {byClass.length === 0 ? (
        <p className="muted">No learner in a class has submitted yet.</p>
      ) : (
        <ScrollRegion label="By class">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col">Attempted</th>
                <th scope="col">Passed</th>
              </tr>
            </thead>
            <tbody>
              {byClass.map((c) => (
                <tr key={c.classId}>
                  <th scope="row">{c.name}</th>
                  <td>{c.attempted}</td>
                  <td>
                    {c.passed} ({percent(c.attempted ? c.passed / c.attempted : null)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
