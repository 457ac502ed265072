import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '../../auth/guard';
import { ScrollRegion } from '../../components/scroll-region';
import { listCourses } from '../../content/courses';
import { db } from '../../db';
import { classesTaughtBy } from '../../teach/classes';
import { CreateClassForm } from '../../teach/ui/create-class-form';

export const metadata: Metadata = { title: 'Teach' };
export const dynamic = 'force-dynamic';

/** Instructor home: the classes this instructor teaches (admins: every class), and a new one. */
export default async function TeachPage() {
  const user = await requirePermission('teach', '/teach');
  const classes = await classesTaughtBy(db(), user);
  const courses = listCourses().map(({ slug, title }) => ({ slug, title }));
  return (
    <>
      <h1>Your classes</h1>
      <p className="lead">Share a join code with your learners; they enter it after signing in.</p>
      {classes.length === 0 ? (
        <p className="muted">You do not teach a class yet.</p>
      ) : (
        <ScrollRegion label="Your classes">
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
                  <td>
                    <Link href={`/teach/classes/${klass.id}`}>{klass.name}</Link>
                  </td>
                  <td>{klass.course.title}</td>
                  <td>
                    <code>{klass.joinCode}</code>
                  </td>
                  <td>{klass.learners}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <section aria-labelledby="create-class-title">
        <h2 id="create-class-title">New class</h2>
        <CreateClassForm courses={courses} />
      </section>
    </>
  );
}
