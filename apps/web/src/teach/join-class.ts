import type { PrismaClient } from '@slope/db';
import { z } from 'zod';
import { checkLimit, describeWait, type Limit, recordHit } from '../auth/rate-limit';
import { normalizeJoinCode } from './join-code';

/** Wrong codes a learner may try before waiting: enough for typos, too few to guess codes. */
export const JOIN_LIMIT: Limit = { max: 10, windowMs: 15 * 60_000 };

const joinSchema = z.object({ code: z.string().max(100) }).strict();

export type JoinOutcome =
  | {
      status: 200;
      /** false when the learner was already in the class (joining twice is harmless) */
      joined: boolean;
      role: 'LEARNER' | 'INSTRUCTOR';
      class: { id: string; name: string; course: { slug: string; title: string } };
    }
  | { status: 400 | 404 | 409 | 429; error: string };

/**
 * Puts a signed-in user into the class with this join code, as a learner. Wrong codes count
 * against {@link JOIN_LIMIT}; joining a class again changes nothing.
 */
export async function joinClass(
  prisma: PrismaClient,
  userId: string,
  body: unknown,
  now = new Date(),
): Promise<JoinOutcome> {
  const parsed = joinSchema.safeParse(body);
  if (!parsed.success) return { status: 400, error: 'Send the join code as { "code": "…" }.' };
  const code = normalizeJoinCode(parsed.data.code);
  if (!code) {
    return {
      status: 400,
      error: 'A join code is 4 to 16 letters and digits, like ABCD-EFGH. Check what you typed.',
    };
  }
  const limitKey = `join:user:${userId}`;
  const limit = await checkLimit(prisma, limitKey, JOIN_LIMIT, now);
  if (limit.limited) {
    return {
      status: 429,
      error: `Too many codes that did not match. Wait ${describeWait(limit.retryAfterMs)} and try again.`,
    };
  }
  const klass = await prisma.class.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      archived: true,
      course: { select: { slug: true, title: true } },
    },
  });
  if (!klass) {
    await recordHit(prisma, limitKey, JOIN_LIMIT, now);
    return {
      status: 404,
      error: `No class has the code ${code}. Check it with your instructor: a code stops working when they renew it.`,
    };
  }
  if (klass.archived) {
    return { status: 409, error: `“${klass.name}” is closed and takes no new learners.` };
  }
  const found = { id: klass.id, name: klass.name, course: klass.course };
  const existing = await prisma.classMembership.findUnique({
    where: { classId_userId: { classId: klass.id, userId } },
    select: { role: true },
  });
  if (existing) return { status: 200, joined: false, role: existing.role, class: found };
  try {
    await prisma.classMembership.create({ data: { classId: klass.id, userId, role: 'LEARNER' } });
  } catch (error) {
    // The same learner joining twice at once: the unique (class, user) index lets one win.
    if ((error as { code?: string }).code !== 'P2002') throw error;
    return { status: 200, joined: false, role: 'LEARNER', class: found };
  }
  return { status: 200, joined: true, role: 'LEARNER', class: found };
}
