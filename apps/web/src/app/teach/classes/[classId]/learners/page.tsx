import type { Metadata } from 'next';
import Link from 'next/link';
import { LocalTime } from '../../../../../components/local-time';
import { ScrollRegion } from '../../../../../components/scroll-region';
import { db } from '../../../../../db';
import { requireTaughtClass } from '../../../../../teach/class-guard';
import { classRoster } from '../../../../../teach/learners';
import { ClassHeader } from '../../../../../teach/ui/class-header';

export const metadata: Metadata = { title: 'Learners' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string }> };

/** Who joined the class and when, with their last submission. */
export default async function ClassLearnersPage({ params }: Props) {
  const { classId } = await params;
  const { klass } = await requireTaughtClass(classId, `/teach/classes/${classId}/learners`);
  const roster = await classRoster(db(), klass.id);
  return (
    <>
      <ClassHeader klass={klass} learners={roster.length} current="learners" />
      <h2>Learners</h2>
      {roster.length === 0 ? (
        <p className="muted">Nobody has joined yet.</p>
      ) : (
        <ScrollRegion label="Learners">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Email</th>
                <th scope="col">Joined</th>
                <th scope="col">Submissions</th>
                <th scope="col">Last submission</th>
              </tr>
            </thead>
            <tbody>
              {roster.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link href={`/teach/classes/${klass.id}/learners/${r.id}`}>
                      {r.name ?? r.email}
                    </Link>
                  </th>
                  <td>{r.email}</td>
                  <td>
                    <LocalTime date={r.joinedAt} />
                  </td>
                  <td>{r.submissions}</td>
                  <td>{r.lastSubmittedAt ? <LocalTime date={r.lastSubmittedAt} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
