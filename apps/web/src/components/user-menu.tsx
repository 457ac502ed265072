'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import { can, ROLE_LABELS } from '../auth/roles';
import { signInHref } from '../auth/sign-in-href';

const AWAY = new Set(['/', '/signin', '/signup']);

/**
 * Client-side so lesson pages stay statically generated: the session is fetched by the
 * browser, not read from cookies while rendering.
 */
export function UserMenu() {
  const { data: session, status } = useSession();
  const pathname = usePathname();
  if (status === 'loading') return <div className="user-menu" aria-busy="true" />;
  if (!session?.user) {
    return (
      <div className="user-menu">
        {/* back to this page afterwards (not from the home page or the sign-in pages) */}
        <Link href={pathname && !AWAY.has(pathname) ? signInHref(pathname) : '/signin'}>
          Sign in
        </Link>
        <Link href="/signup" className="button">
          Sign up
        </Link>
      </div>
    );
  }
  const { role, name, email } = session.user;
  return (
    <div className="user-menu">
      <Link href="/dashboard">Dashboard</Link>
      {can(role, 'teach') && <Link href="/teach">Teach</Link>}
      {can(role, 'author') && <Link href="/author">Author</Link>}
      <span className="user-menu__who">
        {name ?? email} <span className="user-menu__role">{ROLE_LABELS[role]}</span>
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => {
          // Not next-auth's redirect: it would send people to NEXTAUTH_URL's host, not this one.
          await signOut({ redirect: false });
          window.location.assign('/');
        }}
      >
        Sign out
      </button>
    </div>
  );
}
