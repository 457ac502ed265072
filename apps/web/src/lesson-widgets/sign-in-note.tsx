'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signInHref } from '../auth/sign-in-href';

/** For a visitor: a link to sign in that comes back to this widget, and what signing in gives. */
export function SignInNote({ anchor, gives }: { anchor: string; gives: string }) {
  const pathname = usePathname() ?? '/';
  return (
    <p className="muted sign-in-note">
      <Link href={signInHref(`${pathname}#${anchor}`)}>Sign in</Link> {gives}
    </p>
  );
}
