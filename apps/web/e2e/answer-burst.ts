import type { APIRequestContext, Browser } from '@playwright/test';
import type { PrismaClient } from '@slope/db';
import { hashPassword } from '@slope/db/password';
import { expectSignedInAs, signIn } from './support';

/**
 * For a server that takes bursts of answers to one question: lifts the 5-checks-a-minute
 * throttle, which would otherwise (rightly) refuse all but 5 of each learner's answers.
 */
export const BURST_ENV = { PRACTICE_CHECKS_PER_MINUTE: '1000000' };

/** A wrong answer to a quiz with unlimited attempts: each one sent is one more stored row. */
export const WRONG_ANSWER = {
  course: 'calculus-for-ml',
  lesson: 'why-calculus',
  widget: 'step-direction',
  answer: { selected: ['increase'] },
};

export interface SignedInLearner {
  id: string;
  request: APIRequestContext;
}

/** `count` new learners, created in the database and signed in through the form at `baseURL`. */
export async function signedInLearners(
  browser: Browser,
  prisma: PrismaClient,
  count: number,
  label: string,
  baseURL?: string,
): Promise<SignedInLearner[]> {
  const password = `${label} password for the test`;
  const passwordHash = await hashPassword(password);
  const run = Date.now();
  const learners: SignedInLearner[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${label}-${run}-${i}@example.com`;
    const name = `${label} ${i}`;
    const { id } = await prisma.user.create({
      data: { email, name, passwordHash, role: 'LEARNER' },
    });
    const page = await (await browser.newContext({ baseURL })).newPage();
    await signIn(page, email, password);
    await expectSignedInAs(page, name);
    learners.push({ id, request: page.request });
  }
  return learners;
}
