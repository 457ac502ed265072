import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '../../../../db';
import { requireTaughtClass } from '../../../../teach/class-guard';
import { classSize } from '../../../../teach/classes';
import { courseItems } from '../../../../teach/course-items';
import { parseMatrixQuery } from '../../../../teach/matrix-query';
import { progressMatrix } from '../../../../teach/progress-matrix';
import { ClassHeader } from '../../../../teach/ui/class-header';
import { MatrixFilters, Pagination } from '../../../../teach/ui/matrix-controls';
import { MatrixTable } from '../../../../teach/ui/matrix-table';

export const metadata: Metadata = { title: 'Class progress' };
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The progress matrix of a class: learners × lessons and exercises, sortable and filterable. */
export default async function ClassProgressPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const { klass } = await requireTaughtClass(classId, `/teach/classes/${classId}`);
  const prisma = db();
  const query = parseMatrixQuery(await searchParams);
  const course = await courseItems(prisma, klass.course.slug);
  if (!course) notFound();
  const [matrix, learners] = await Promise.all([
    progressMatrix(prisma, klass.id, course, query),
    classSize(prisma, klass.id),
  ]);
  const base = `/teach/classes/${klass.id}`;
  return (
    <>
      <ClassHeader klass={klass} learners={learners} current="progress" />
      <h2>Progress</h2>
      {learners === 0 ? (
        <p className="muted">
          Nobody has joined yet. Learners sign in, open <strong>Join a class</strong> on their
          dashboard and enter the join code above.
        </p>
      ) : (
        <>
          <MatrixFilters base={base} query={query} items={course.items} />
          <MatrixTable classId={klass.id} matrix={matrix} query={query} allItems={course.items} />
          <Pagination base={base} query={query} page={matrix.page} pages={matrix.pages} />
          <p className="matrix-legend muted">
            ✓ passed / completed · ◐ started · · not started · “83% ·2”: best score after 2 attempts
            · “1/2”: questions right in the lesson · <em>late</em>: passed after the due date ·{' '}
            <em>overdue</em>: not passed by the due date. Click a column to sort by it; click a
            learner to read their submissions.
          </p>
        </>
      )}
    </>
  );
}
