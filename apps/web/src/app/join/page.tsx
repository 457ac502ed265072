import type { Metadata } from 'next';
import { requirePermission } from '../../auth/guard';
import { JoinForm } from './join-form';

export const metadata: Metadata = { title: 'Join a class' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** Learners enter their instructor's join code here (a link may carry it: /join?code=…). */
export default async function JoinPage({ searchParams }: Props) {
  const { code } = await searchParams;
  await requirePermission('learn', '/join');
  return (
    <section className="narrow">
      <h1>Join a class</h1>
      <p className="lead">Your instructor then sees your progress in their class.</p>
      <JoinForm initialCode={(Array.isArray(code) ? code[0] : code)?.slice(0, 40) ?? ''} />
    </section>
  );
}
