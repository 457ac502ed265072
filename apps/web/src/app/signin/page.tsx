import type { Metadata } from 'next';
import Link from 'next/link';
import { signInMethods } from '../../auth/options';
import { safeRedirectPath } from '../../http/safe-redirect';
import { SignInForm } from './signin-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const { github } = signInMethods();
  // Any fixed origin works here: only a path that stays on it is kept. The form checks
  // again against the origin the browser is really on.
  const returnTo = safeRedirectPath(callbackUrl, 'http://slope.invalid');
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">Pick up where you left off.</p>
      <SignInForm callbackUrl={returnTo} github={github} />
      <p>
        New here?{' '}
        <Link
          href={
            returnTo === '/' ? '/signup' : `/signup?callbackUrl=${encodeURIComponent(returnTo)}`
          }
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
