import type { PrismaClient } from '@slope/db';
import type { CurrentUser } from '../auth/guard';

/** The classes a user teaches (every class for an admin), with their learner counts. */
export async function classesTaughtBy(
  prisma: PrismaClient,
  user: Pick<CurrentUser, 'id' | 'role'>,
) {
  const classes = await prisma.class.findMany({
    where:
      user.role === 'ADMIN'
        ? {}
        : { memberships: { some: { userId: user.id, role: 'INSTRUCTOR' } } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      joinCode: true,
      course: { select: { slug: true, title: true } },
      _count: { select: { memberships: { where: { role: 'LEARNER' } } } },
    },
  });
  return classes.map(({ _count, ...klass }) => ({ ...klass, learners: _count.memberships }));
}

/** How many learners have joined a class. */
export function classSize(prisma: PrismaClient, classId: string): Promise<number> {
  return prisma.classMembership.count({ where: { classId, role: 'LEARNER' } });
}
