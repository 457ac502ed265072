import type { GradeResult } from '@slope/grader';
import { GradeResultPanel } from '@slope/ui/grade-result-panel';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LocalTime } from '../../../../../../components/local-time';
import { db } from '../../../../../../db';
import { requireTaughtClass } from '../../../../../../teach/class-guard';
import { classSize } from '../../../../../../teach/classes';
import { courseItems } from '../../../../../../teach/course-items';
import {
  classLearner,
  learnerHintRequests,
  learnerSubmissions,
} from '../../../../../../teach/learners';
import { ClassHeader } from '../../../../../../teach/ui/class-header';
import { percent } from '../../../../../../teach/ui/format';

export const metadata: Metadata = { title: 'Learner' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string; learnerId: string }> };

/** One learner's submissions to the course: code, full feedback and times, newest first. */
export default async function ClassLearnerPage({ params }: Props) {
  const { classId, learnerId } = await params;
  const { klass } = await requireTaughtClass(
    classId,
    `/teach/classes/${classId}/learners/${learnerId}`,
  );
  const prisma = db();
  const [member, course, learners] = await Promise.all([
    classLearner(prisma, klass.id, learnerId),
    courseItems(prisma, klass.course.slug),
    classSize(prisma, klass.id),
  ]);
  if (!member || !course) notFound();
  const exercises = course.exercises.filter((e) => e.id);
  const ids = exercises.map((e) => e.id!);
  const [submissions, hintRequests] = await Promise.all([
    learnerSubmissions(prisma, learnerId, ids),
    learnerHintRequests(prisma, learnerId, ids),
  ]);
  const name = member.user.name ?? member.user.email;
  return (
    <>
      <ClassHeader klass={klass} learners={learners} current="learners" />
      <h2>{name}</h2>
      <p className="muted">
        {member.user.email} · joined <LocalTime date={member.joinedAt} /> · {submissions.length}{' '}
        submission
        {submissions.length === 1 ? '' : 's'}
      </p>
      {submissions.length === 0 && <p>No submissions yet.</p>}
      {exercises.map((exercise) => {
        const mine = submissions.filter((s) => s.exerciseId === exercise.id);
        const asked = hintRequests.filter((h) => h.exerciseId === exercise.id);
        if (mine.length === 0 && asked.length === 0) return null;
        return (
          <section key={exercise.slug} aria-labelledby={`ex-${exercise.slug}`}>
            <h3 id={`ex-${exercise.slug}`}>
              <Link href={`/teach/classes/${klass.id}/exercises/${exercise.slug}`}>
                {exercise.title}
              </Link>
            </h3>
            {asked.length > 0 && (
              <p className="muted">
                Asked for{' '}
                {asked.map((h, k) => (
                  <span key={h.index}>
                    {k > 0 && ', '}hint {h.index + 1} (<LocalTime date={h.createdAt} />)
                  </span>
                ))}{' '}
                before {asked.length === 1 ? 'it' : 'they'} opened by{' '}
                {asked.length === 1 ? 'itself' : 'themselves'}.
              </p>
            )}
            {mine.map((s, i) => (
              <details key={s.id} className="submission" open={i === 0}>
                <summary>
                  Attempt {s.attempt} · submitted <LocalTime date={s.createdAt} /> ·{' '}
                  {s.status === 'GRADED'
                    ? `score ${percent(s.score)}${s.rawScore !== null && s.score !== null && s.rawScore > s.score ? ` (${percent(s.rawScore)} before penalties)` : ''}`
                    : s.status.toLowerCase()}
                  {s.gradedAt && (
                    <>
                      {' '}
                      · graded <LocalTime date={s.gradedAt} />
                    </>
                  )}
                </summary>
                <h4>Code</h4>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long code scrolls; keyboard users need to reach it */}
                <pre className="code-block" tabIndex={0}>
                  <code>{s.code}</code>
                </pre>
                {s.result ? (
                  <GradeResultPanel
                    result={s.result as GradeResult}
                    title={`Feedback on attempt ${s.attempt}`}
                  />
                ) : (
                  s.errorMessage && <p className="form-error">{s.errorMessage}</p>
                )}
              </details>
            ))}
          </section>
        );
      })}
    </>
  );
}
