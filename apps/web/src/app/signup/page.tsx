import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from './signup-form';

export const metadata: Metadata = { title: 'Create an account' };

export default function SignUpPage() {
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lead">Your answers, code and progress are kept for you.</p>
      <SignUpForm />
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
