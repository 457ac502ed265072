import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="status-page">
      <p className="code">404</p>
      <h1>We could not find that page</h1>
      <p className="muted">The course or lesson may have moved, or the address has a typo.</p>
      <Link href="/" className="button">
        See all courses
      </Link>
    </section>
  );
}
