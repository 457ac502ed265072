import type { Metadata } from 'next';
import Link from 'next/link';
import { safeRedirectPath } from '../../http/safe-redirect';
import { SignUpForm } from './signup-form';

export const metadata: Metadata = { title: 'Create an account' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  // Any fixed origin works here: only a path that stays on it is kept (see the sign-in page).
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl, 'http://slope.invalid');
  const signInHref =
    callbackUrl === '/' ? '/signin' : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lead">Your answers, code and progress are kept for you.</p>
      <SignUpForm callbackUrl={callbackUrl} signInHref={signInHref} />
      <p>
        Already have an account? <Link href={signInHref}>Sign in</Link>
      </p>
    </div>
  );
}
