import type { Metadata } from 'next';
import { requirePermission } from '../../auth/guard';
import { db } from '../../db';
import { classesTaughtBy } from '../../teach/classes';

export const metadata: Metadata = { title: 'Teach' };
export const dynamic = 'force-dynamic';

/** Instructor home: the classes this instructor teaches. Admins see every class. */
export default async function TeachPage() {
  const user = await requirePermission('teach', '/teach');
  const classes = await classesTaughtBy(db(), user);
  return (
    <>
      <h1>Your classes</h1>
      <p className="lead">Share a join code with your learners; they enter it after signing in.</p>
      {classes.length === 0 ? (
        <p className="muted">You do not teach a class yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Course</th>
              <th scope="col">Join code</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {classes.map((klass) => (
              <tr key={klass.id}>
                <td>{klass.name}</td>
                <td>{klass.course.title}</td>
                <td>
                  <code>{klass.joinCode}</code>
                </td>
                <td>{klass.learners}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
