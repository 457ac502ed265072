import type { PrismaClient } from '@slope/db';

export interface RosterRow {
  id: string;
  name: string | null;
  email: string;
  joinedAt: Date;
  submissions: number;
  lastSubmittedAt: Date | null;
}

/** Who joined the class, with their submission counts (one grouped query), by name. */
export async function classRoster(prisma: PrismaClient, classId: string): Promise<RosterRow[]> {
  const [members, activity] = await Promise.all([
    prisma.classMembership.findMany({
      where: { classId, role: 'LEARNER' },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    prisma.submission.groupBy({
      by: ['userId'],
      where: { user: { classMemberships: { some: { classId, role: 'LEARNER' } } } },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
  ]);
  const byUser = new Map(activity.map((a) => [a.userId, a]));
  return members
    .map(({ joinedAt, user }) => ({
      ...user,
      joinedAt,
      submissions: byUser.get(user.id)?._count._all ?? 0,
      lastSubmittedAt: byUser.get(user.id)?._max.createdAt ?? null,
    }))
    .sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email));
}

/** A learner of the class (null when they are not in it: their work is not this class's). */
export function classLearner(prisma: PrismaClient, classId: string, userId: string) {
  return prisma.classMembership.findFirst({
    where: { classId, userId, role: 'LEARNER' },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

/** A learner's submissions to the given exercises, newest first, with code and full results. */
export function learnerSubmissions(prisma: PrismaClient, userId: string, exerciseIds: string[]) {
  return prisma.submission.findMany({
    where: { userId, exerciseId: { in: exerciseIds } },
    orderBy: [{ createdAt: 'desc' }],
    select: {
      id: true,
      attempt: true,
      status: true,
      score: true,
      rawScore: true,
      result: true,
      errorMessage: true,
      code: true,
      createdAt: true,
      gradedAt: true,
      exerciseId: true,
    },
  });
}

/** The hints a learner asked for before they opened by themselves (learning-aids), oldest first. */
export function learnerHintRequests(prisma: PrismaClient, userId: string, exerciseIds: string[]) {
  return prisma.hintReveal.findMany({
    where: { userId, exerciseId: { in: exerciseIds } },
    orderBy: [{ createdAt: 'asc' }],
    select: { exerciseId: true, index: true, createdAt: true },
  });
}
