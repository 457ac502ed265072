import type { PrismaClient } from '@slope/db';
import { z } from 'zod';
import type { CurrentUser } from '../auth/guard';
import { getCourse } from '../content/courses';
import { isVisibleText } from '../http/visible-text';
import { newJoinCode } from './join-code';

const createSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'give the class a name')
      .max(100, 'at most 100 characters')
      .refine(isVisibleText, 'no control characters'),
    course: z.string().min(1).max(100),
  })
  .strict();

export type CreateOutcome =
  | { status: 201; class: { id: string; name: string; joinCode: string } }
  | { status: 400; error: string };

/** Creates a class for a course in `content/`, with a fresh join code, taught by `user`. */
export async function createClass(
  prisma: PrismaClient,
  user: Pick<CurrentUser, 'id'>,
  body: unknown,
  contentDir?: string,
): Promise<CreateOutcome> {
  const parsed = createSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { status: 400, error: `${issue.path.join('.') || 'body'}: ${issue.message}` };
  }
  const course = getCourse(parsed.data.course, contentDir);
  if (!course) return { status: 400, error: `There is no course "${parsed.data.course}".` };
  const courseRow = await prisma.course.upsert({
    where: { slug: course.slug },
    create: { slug: course.slug, title: course.title, summary: course.summary },
    update: {},
    select: { id: true },
  });
  const created = await withFreshCode((joinCode) =>
    prisma.class.create({
      data: {
        name: parsed.data.name,
        courseId: courseRow.id,
        joinCode,
        createdById: user.id,
        memberships: { create: { userId: user.id, role: 'INSTRUCTOR' } },
      },
      select: { id: true, name: true, joinCode: true },
    }),
  );
  return { status: 201, class: created };
}

/** Gives a class a new join code; the old one stops working at once. */
export async function rotateJoinCode(prisma: PrismaClient, classId: string): Promise<string> {
  const updated = await withFreshCode((joinCode) =>
    prisma.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }),
  );
  return updated.joinCode;
}

/** Runs `write` with new codes until one is not taken (a clash is ~1 in 10¹¹). */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002' || attempt >= 4) throw error;
    }
  }
}
