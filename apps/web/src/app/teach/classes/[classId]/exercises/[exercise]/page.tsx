import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '../../../../../../db';
import { requireTaughtClass } from '../../../../../../teach/class-guard';
import { classSize } from '../../../../../../teach/classes';
import { courseItems } from '../../../../../../teach/course-items';
import { classExerciseSettings } from '../../../../../../teach/exercise-settings';
import { exerciseStats } from '../../../../../../teach/exercise-stats';
import { DEFAULT_QUERY, matrixSearch } from '../../../../../../teach/matrix-query';
import { ClassHeader } from '../../../../../../teach/ui/class-header';
import { ExerciseSettingForm } from '../../../../../../teach/ui/exercise-setting-form';
import { ExerciseStatsView } from '../../../../../../teach/ui/exercise-stats-view';
import { policyText } from '../../../../../../teach/ui/policy-text';

export const metadata: Metadata = { title: 'Exercise statistics' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string; exercise: string }> };

/** One exercise for one class: attempts, pass rate, medians, scores and grouped mistakes. */
export default async function ClassExercisePage({ params }: Props) {
  const { classId, exercise: slug } = await params;
  const { klass } = await requireTaughtClass(
    classId,
    `/teach/classes/${classId}/exercises/${slug}`,
  );
  const prisma = db();
  const course = await courseItems(prisma, klass.course.slug);
  const exercise = course?.exercises.find((e) => e.slug === slug);
  if (!course || !exercise) notFound();
  const [learners, stats, settings] = await Promise.all([
    classSize(prisma, klass.id),
    exerciseStats(prisma, exercise.id, { classId: klass.id }),
    classExerciseSettings(prisma, klass.id),
  ]);
  const setting = settings.get(slug);
  const notDone = matrixSearch(DEFAULT_QUERY, {
    item: exercise.key,
    status: 'not-done',
    sort: exercise.key,
  });
  return (
    <>
      <ClassHeader klass={klass} learners={learners} current="exercises" />
      <h2>{exercise.title}</h2>
      <p>
        <Link href={`/teach/classes/${klass.id}/exercises`}>All exercises</Link> ·{' '}
        <Link href={`/teach/classes/${klass.id}${notDone}`}>Learners who have not passed it</Link>
      </p>
      <ExerciseStatsView stats={stats} who="learners of this class" />
      <h3>Due date and feedback for this class</h3>
      <ExerciseSettingForm
        classId={klass.id}
        exercise={{ slug, title: exercise.title }}
        dueAt={setting?.dueAt?.toISOString() ?? null}
        feedback={setting?.feedback ?? null}
        solutionAfterDue={exercise.hasSolution ? (setting?.solutionAfterDue ?? false) : null}
        defaultPolicy={policyText(exercise.manifest)}
      />
    </>
  );
}
