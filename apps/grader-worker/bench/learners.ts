// Simulated learners for the scale benchmarks: real accounts, signed in through next-auth's
// credentials endpoint, submitting through POST /api/submissions and following each
// submission's server-sent events, as the lesson page does (with EventSource's reconnects).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient, hashPassword } from '@slope/db';
import { root, sleep } from './cluster';

const PASSWORD = 'bench-learner-password';

export interface Learner {
  email: string;
  cookie: string;
}

/** `count` learner accounts (one password hash for all: hashing is not what is measured). */
export async function createLearners(
  databaseUrl: string,
  count: number,
  label: string,
): Promise<string[]> {
  const prisma = createPrismaClient(databaseUrl);
  const passwordHash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: count }, (_, i) => `${label}-${i}@bench.slope.dev`);
  await prisma.user.createMany({
    data: emails.map((email) => ({ email, name: email, passwordHash })),
  });
  await prisma.$disconnect();
  return emails;
}

/** Signs in through next-auth (CSRF token, then the credentials callback) and returns the session cookie. */
export async function signIn(base: string, email: string): Promise<Learner> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookies(csrf.headers);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: 'true' }),
  });
  const session = cookies(response.headers);
  if (!session.includes('session-token'))
    throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return { email, cookie: session };
}

function cookies(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!, i);
      }
    }),
  );
  return results;
}

/** The course's exercises with right (reference) and wrong (starter) code. */
export function exerciseCodes(): { id: string; right: string; wrong: string }[] {
  const course = path.join(root, 'content/calculus-for-ml');
  const ids: [string, string][] = [
    ['02-limits-and-the-derivative', 'central-difference'],
    ['04-partial-derivatives-and-the-gradient', 'mse-gradient'],
    ['04-partial-derivatives-and-the-gradient', 'numerical-gradient'],
    ['05-linear-approximation-and-gradient-descent', 'gradient-descent'],
    ['06-chain-rule-and-backprop', 'chain-rule'],
    ['07-jacobians-and-hessians', 'two-layer-backprop'],
    ['08-learning-rate-and-optimizers', 'lr-schedule'],
    ['08-learning-rate-and-optimizers', 'warmup-schedule'],
    ['09-regularization-l1-l2', 'regularized-gradient'],
    ['10-debugging-training', 'clip-global-norm'],
  ];
  return ids.map(([lesson, id]) => {
    const dir = path.join(course, lesson, 'exercises', id);
    return {
      id,
      right: readFileSync(path.join(dir, 'solution.ts'), 'utf8'),
      wrong: readFileSync(path.join(dir, 'starter.ts'), 'utf8'),
    };
  });
}

export interface Planned {
  learner: Learner;
  exerciseId: string;
  code: string;
  right: boolean;
  idempotencyKey: string;
}

export interface Outcome extends Planned {
  id: string;
  status: 'GRADED' | 'FAILED';
  rawScoreSeen: number | null;
  /** POST sent → final event received, ms */
  latencyMs: number;
  postTries: number;
}

/**
 * Submits one piece of code and follows it to its grade. Like the page: a POST that fails to
 * connect (a web process restarting) is sent again with the same idempotency key; an event
 * stream that breaks is opened again. `bases` are the web processes, used round-robin.
 */
export async function submitAndFollow(
  bases: string[],
  plan: Planned,
  deadline: number,
): Promise<Outcome> {
  const started = performance.now();
  let tries = 0;
  let id: string | undefined;
  while (!id) {
    if (Date.now() > deadline) throw new Error(`gave up submitting ${plan.idempotencyKey}`);
    const base = bases[tries++ % bases.length]!;
    const response = await fetch(`${base}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: plan.learner.cookie },
      body: JSON.stringify({
        exerciseId: plan.exerciseId,
        code: plan.code,
        idempotencyKey: plan.idempotencyKey,
      }),
    }).catch(() => null);
    if (!response) {
      await sleep(250);
      continue;
    }
    const body = (await response.json().catch(() => ({}))) as {
      submission?: { id: string };
      error?: string;
    };
    if ((response.status === 202 || response.status === 200) && body.submission) {
      id = body.submission.id;
    } else if (response.status >= 500 || response.status < 300) {
      // A web process going down or coming up: send it again (same key, so never twice).
      await sleep(250);
    } else throw new Error(`submission refused (${response.status}): ${body.error}`);
  }
  for (let attempt = 0; ; attempt++) {
    if (Date.now() > deadline)
      throw new Error(`submission ${id} was not graded before the deadline`);
    const base = bases[(tries + attempt) % bases.length]!;
    const final = await followEvents(
      `${base}/api/submissions/${id}/events`,
      plan.learner.cookie,
    ).catch(() => null);
    if (final) {
      return {
        ...plan,
        id,
        status: final.status,
        rawScoreSeen: final.result?.score ?? null,
        latencyMs: performance.now() - started,
        postTries: tries,
      };
    }
    await sleep(500);
  }
}

interface FinalEvent {
  status: 'GRADED' | 'FAILED';
  result?: { score: number } | null;
}

/** Reads a submission's event stream until its final status; null if the stream ends first. */
async function followEvents(url: string, cookie: string): Promise<FinalEvent | null> {
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' } });
  if (response.status !== 200 || !response.body) return null;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message.split('\n').find((line) => line.startsWith('data: '));
      if (!data) continue;
      const update = JSON.parse(data.slice(6)) as FinalEvent;
      if (update.status === 'GRADED' || update.status === 'FAILED') return update;
    }
  }
  return null;
}
