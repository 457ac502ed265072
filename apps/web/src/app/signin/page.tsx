import type { Metadata } from 'next';
import Link from 'next/link';
import { signInMethods } from '../../auth/options';
import { SignInForm } from './signin-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only same-site paths are followed after sign-in. */
function safeReturn(value: string | undefined): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const { github } = signInMethods();
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">Pick up where you left off.</p>
      <SignInForm callbackUrl={safeReturn(callbackUrl)} github={github} />
      <p>
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </div>
  );
}
