import Link from 'next/link';

export default function Forbidden() {
  return (
    <section className="status-page">
      <p className="code">403</p>
      <h1>This page is not for your account</h1>
      <p className="muted">
        You are signed in, but your role does not give access here. If you teach this class, ask an
        admin to give your account the instructor role.
      </p>
      <Link href="/" className="button">
        Back to courses
      </Link>
    </section>
  );
}
