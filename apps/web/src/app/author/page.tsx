import { findRepoRoot } from '@slope/db';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '../../auth/guard';
import { LocalTime } from '../../components/local-time';
import { ScrollRegion } from '../../components/scroll-region';
import {
  fastReport,
  lastProof,
  type ProofStatus,
  proofStatus,
} from '../../content/check/author-status';
import { formatPlace } from '../../content/check/problem';
import { reportPath } from '../../content/check/report-file';
import type { CheckItem, Problem } from '../../content/check/types';
import { contentDir } from '../../content/courses';

export const metadata: Metadata = { title: 'Authoring' };
export const dynamic = 'force-dynamic';

/**
 * Author home: every lesson (drafts included) and exercise with its validation status. The fast
 * checks run here (cached until a content file changes); exercise proofs are slow, so they come
 * from the last `pnpm content:check`.
 */
export default async function AuthorPage() {
  await requirePermission('author', '/author');
  const root = findRepoRoot();
  const report = await fastReport(contentDir());
  const saved = lastProof(reportPath(root));
  const courses = [...new Set(report.items.map((item) => item.course))];
  return (
    <>
      <h1>Authoring</h1>
      <p className="lead">
        Every lesson and exercise in <code>content/</code>, checked as you edit. Exercise proofs
        come from the last <code>pnpm content:check</code>
        {saved ? (
          <>
            {' '}
            (<LocalTime date={saved.finishedAt} />)
          </>
        ) : (
          ' (none yet)'
        )}
        . Write a lesson and see it rendered as you type in the{' '}
        <Link href="/author/preview">live preview</Link>.
      </p>
      {courses.length === 0 && <p className="muted">There is no course in content/ yet.</p>}
      {courses.map((course) => (
        <CourseSection
          key={course}
          course={course}
          items={report.items.filter((item) => item.course === course)}
          proofs={(item) => proofStatus(item, saved)}
          root={root}
        />
      ))}
      <p className="muted">
        New content: <code>pnpm content:new lesson "Title"</code>,{' '}
        <code>pnpm content:new exercise &lt;id&gt; --lesson NN-slug</code>.
      </p>
    </>
  );
}

function CourseSection({
  course,
  items,
  proofs,
  root,
}: {
  course: string;
  items: CheckItem[];
  proofs: (item: CheckItem) => ProofStatus;
  root: string;
}) {
  const courseItem = items.find((item) => item.kind === 'course');
  const mistakesItem = items.find((item) => item.kind === 'mistakes');
  const lessons = items.filter((item) => item.kind === 'lesson');
  const exercises = items.filter((item) => item.kind === 'exercise');
  return (
    <section aria-labelledby={`course-${course}`}>
      <h2 id={`course-${course}`}>{courseItem?.title ?? course}</h2>
      {courseItem && courseItem.problems.length > 0 && (
        <Problems problems={courseItem.problems} root={root} />
      )}
      {mistakesItem && mistakesItem.problems.length > 0 && (
        <Problems problems={mistakesItem.problems} root={root} />
      )}
      <ScrollRegion label={`Lessons of ${courseItem?.title ?? course}`}>
        <table className="table">
          <caption>Lessons</caption>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Checks</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => {
              const slug = lesson.name.slice(3);
              const href = lesson.draft
                ? `/author/preview?lesson=${course}/${slug}`
                : `/courses/${course}/${slug}`;
              return (
                <tr key={lesson.file}>
                  <th scope="row">
                    <Link href={href}>{lesson.title ?? lesson.name}</Link>
                    {lesson.draft && <strong> (draft — preview)</strong>}
                    <br />
                    <small className="muted">{lesson.name}</small>
                  </th>
                  <td>
                    <Status item={lesson} root={root} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion label={`Exercises of ${courseItem?.title ?? course}`}>
        <table className="table">
          <caption>Exercises</caption>
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Checks</th>
              <th scope="col">Proof</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((exercise) => {
              const proof = proofs(exercise);
              return (
                <tr key={exercise.file}>
                  <th scope="row">
                    {exercise.title ?? exercise.name}
                    <br />
                    <small className="muted">{exercise.name}</small>
                  </th>
                  <td>
                    <Status item={exercise} root={root} />
                  </td>
                  <td>
                    {proof.state === 'proved' ? '✓ ' : proof.state === 'failed' ? '✗ ' : ''}
                    {proof.text}
                    {proof.problems.length > 0 && (
                      <Problems problems={proof.problems} root={root} />
                    )}
                  </td>
                  <td>
                    <Link href={`/author/exercises/${exerciseId(exercise)}`}>
                      Statistics
                      <span className="sr-only"> of {exercise.title ?? exercise.name}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** `04-partial…/mse-gradient` → `mse-gradient`: the statistics page is keyed by the exercise id. */
function exerciseId(item: CheckItem): string {
  return item.name.slice(item.name.lastIndexOf('/') + 1);
}

function Status({ item, root }: { item: CheckItem; root: string }) {
  if (item.problems.length === 0) return <>✓ ok</>;
  return <Problems problems={item.problems} root={root} />;
}

function Problems({ problems, root }: { problems: Problem[]; root: string }) {
  return (
    <ul className="form-error">
      {problems.map((problem) => (
        <li key={`${problem.file}:${problem.line}:${problem.column}:${problem.message}`}>
          <code>{formatPlace(problem, root)}</code>: {problem.message}
        </li>
      ))}
    </ul>
  );
}
