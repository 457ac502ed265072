import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ScrollRegion } from '../../../../../components/scroll-region';
import { db } from '../../../../../db';
import { requireTaughtClass } from '../../../../../teach/class-guard';
import { classSize } from '../../../../../teach/classes';
import { courseItems } from '../../../../../teach/course-items';
import { classExerciseSettings } from '../../../../../teach/exercise-settings';
import { exerciseSummaries } from '../../../../../teach/exercise-stats';
import { ClassHeader } from '../../../../../teach/ui/class-header';
import { ExerciseSettingForm } from '../../../../../teach/ui/exercise-setting-form';
import { percent } from '../../../../../teach/ui/format';
import { policyText } from '../../../../../teach/ui/policy-text';

export const metadata: Metadata = { title: 'Exercises' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string }> };

/** Every exercise of the class's course: how the class does, and its due date and feedback. */
export default async function ClassExercisesPage({ params }: Props) {
  const { classId } = await params;
  const { klass } = await requireTaughtClass(classId, `/teach/classes/${classId}/exercises`);
  const prisma = db();
  const course = await courseItems(prisma, klass.course.slug);
  if (!course) notFound();
  const ids = course.exercises.flatMap((e) => (e.id ? [e.id] : []));
  const [learners, summaries, settings] = await Promise.all([
    classSize(prisma, klass.id),
    exerciseSummaries(prisma, ids, { classId: klass.id }),
    classExerciseSettings(prisma, klass.id),
  ]);
  return (
    <>
      <ClassHeader klass={klass} learners={learners} current="exercises" />
      <h2>Exercises</h2>
      <p className="muted">
        Due dates and feedback apply to this class’s learners. “Summary” shows each test’s result
        without the diagnosis; “summary until due” shows the full feedback once the due date has
        passed.
      </p>
      <ScrollRegion label="Exercises">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Attempted</th>
              <th scope="col">Passed</th>
              <th scope="col">Submissions</th>
              <th scope="col">Due date and feedback</th>
            </tr>
          </thead>
          <tbody>
            {course.exercises.map((exercise) => {
              const s = exercise.id ? summaries.get(exercise.id) : undefined;
              const setting = settings.get(exercise.slug);
              return (
                <tr key={exercise.slug}>
                  <th scope="row">
                    <Link href={`/teach/classes/${klass.id}/exercises/${exercise.slug}`}>
                      {exercise.title}
                    </Link>
                    <br />
                    <small className="muted">Lesson {exercise.lessonPosition}</small>
                  </th>
                  <td>
                    {s?.attempted ?? 0} of {learners}
                  </td>
                  <td>
                    {s?.passed ?? 0} ({percent(s?.attempted ? s.passed / s.attempted : null)})
                  </td>
                  <td>{s?.submissions ?? 0}</td>
                  <td>
                    <ExerciseSettingForm
                      classId={klass.id}
                      exercise={{ slug: exercise.slug, title: exercise.title }}
                      dueAt={setting?.dueAt?.toISOString() ?? null}
                      feedback={setting?.feedback ?? null}
                      solutionAfterDue={
                        exercise.hasSolution ? (setting?.solutionAfterDue ?? false) : null
                      }
                      defaultPolicy={policyText(exercise.manifest)}
                      compact
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
