import type { PrismaClient } from '../client.ts';
import { Role } from '../generated/sqlite/enums.ts';
import { hashPassword, needsRehash, verifyPassword } from '../password.ts';
import { readContent } from './content.ts';

/** The demo accounts `seed` creates; passwords are public by design (demo only). */
export const demoAccounts = [
  {
    email: 'learner@slope.dev',
    password: 'learner-demo-pw',
    name: 'Demo Learner',
    role: Role.LEARNER,
  },
  {
    email: 'instructor@slope.dev',
    password: 'instructor-demo-pw',
    name: 'Demo Instructor',
    role: Role.INSTRUCTOR,
  },
  { email: 'author@slope.dev', password: 'author-demo-pw', name: 'Demo Author', role: Role.AUTHOR },
  { email: 'admin@slope.dev', password: 'admin-demo-pw', name: 'Demo Admin', role: Role.ADMIN },
] as const;

export const DEMO_CLASS_NAME = 'Calculus for ML — demo class';
export const DEMO_CLASS_JOIN_CODE = 'DEMO-CALC';
const DEMO_COURSE_SLUG = 'calculus-for-ml';

export interface SeedOptions {
  /** The `content/` folder holding `<course>/course.json` and `<course>/NN-slug/index.mdx`. */
  contentDir: string;
  /** Create the demo accounts and demo class (demo mode only: see demo-mode.ts). */
  demo: boolean;
}

export interface SeedSummary {
  courses: number;
  lessons: number;
  users: number;
  /** Join code of the demo class, or null when not in demo mode or there was no course. */
  demoClass: string | null;
}

/**
 * Registers courses and lessons from `contentDir` and, in demo mode, creates the demo accounts
 * and demo class. Idempotent: every write is an upsert, so running it again changes nothing.
 *
 * @example
 * await seed(prisma, { contentDir: '/srv/slope/content', demo: false });
 */
export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const courses = await readContent(options.contentDir);
  const courseIds = new Map<string, string>();
  let lessons = 0;
  for (const course of courses) {
    const fields = { title: course.title, summary: course.summary };
    const row = await prisma.course.upsert({
      where: { slug: course.slug },
      create: { slug: course.slug, ...fields },
      update: fields,
    });
    courseIds.set(course.slug, row.id);
    for (const lesson of course.lessons) {
      const lessonFields = {
        position: lesson.position,
        title: lesson.title,
        summary: lesson.summary,
        minutes: lesson.minutes,
        draft: lesson.draft,
      };
      await prisma.lesson.upsert({
        where: { courseId_slug: { courseId: row.id, slug: lesson.slug } },
        create: { courseId: row.id, slug: lesson.slug, ...lessonFields },
        update: lessonFields,
      });
      lessons += 1;
    }
  }

  if (!options.demo) return { courses: courses.length, lessons, users: 0, demoClass: null };
  const userIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const existing = await prisma.user.findUnique({ where: { email: account.email } });
    // Keep an existing hash when it still matches (and is current), so re-seeding does not churn rows.
    const passwordHash =
      existing?.passwordHash &&
      !needsRehash(existing.passwordHash) &&
      (await verifyPassword(account.password, existing.passwordHash))
        ? existing.passwordHash
        : await hashPassword(account.password);
    const fields = { name: account.name, role: account.role, passwordHash };
    const user = await prisma.user.upsert({
      where: { email: account.email },
      create: { email: account.email, ...fields },
      update: fields,
    });
    userIds.set(account.email, user.id);
  }

  const courseId = courseIds.get(DEMO_COURSE_SLUG) ?? courseIds.values().next().value;
  if (courseId === undefined) {
    return { courses: courses.length, lessons, users: userIds.size, demoClass: null };
  }
  const instructorId = userIds.get('instructor@slope.dev')!;
  const learnerId = userIds.get('learner@slope.dev')!;
  const demoClass = await prisma.class.upsert({
    where: { joinCode: DEMO_CLASS_JOIN_CODE },
    create: {
      name: DEMO_CLASS_NAME,
      joinCode: DEMO_CLASS_JOIN_CODE,
      courseId,
      createdById: instructorId,
    },
    update: { name: DEMO_CLASS_NAME, courseId, archived: false },
  });
  for (const [userId, role] of [
    [instructorId, 'INSTRUCTOR'],
    [learnerId, 'LEARNER'],
  ] as const) {
    await prisma.classMembership.upsert({
      where: { classId_userId: { classId: demoClass.id, userId } },
      create: { classId: demoClass.id, userId, role },
      update: { role },
    });
  }
  return { courses: courses.length, lessons, users: userIds.size, demoClass: demoClass.joinCode };
}

/**
 * The demo accounts that still sign in with the password the README publishes: a deployment
 * must not start while there is one.
 */
export async function demoAccountsWithPublicPasswords(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    select: { email: true, passwordHash: true },
  });
  const open: string[] = [];
  for (const account of demoAccounts) {
    const hash = rows.find((r) => r.email === account.email)?.passwordHash;
    if (hash && (await verifyPassword(account.password, hash))) open.push(account.email);
  }
  return open;
}

/**
 * Deletes the demo accounts (with what they did: answers, submissions, memberships) and the
 * demo class, in one transaction. Returns how many accounts were deleted.
 */
export async function removeDemoData(prisma: PrismaClient): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.class.deleteMany({ where: { joinCode: DEMO_CLASS_JOIN_CODE } });
    const { count } = await tx.user.deleteMany({
      where: { email: { in: demoAccounts.map((a) => a.email) } },
    });
    return count;
  });
}
