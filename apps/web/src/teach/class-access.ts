import type { PrismaClient } from '@slope/db';
import type { CurrentUser } from '../auth/guard';

export interface TaughtClass {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  createdAt: Date;
  course: { id: string; slug: string; title: string };
}

/**
 * The class when `user` teaches it (an instructor membership) or is an admin; null otherwise,
 * so a class that is not yours looks the same as one that does not exist.
 */
export async function findTaughtClass(
  prisma: PrismaClient,
  user: Pick<CurrentUser, 'id' | 'role'>,
  classId: string,
): Promise<TaughtClass | null> {
  if (!classId || classId.length > 100) return null;
  return prisma.class.findFirst({
    where: {
      id: classId,
      ...(user.role === 'ADMIN'
        ? {}
        : { memberships: { some: { userId: user.id, role: 'INSTRUCTOR' } } }),
    },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archived: true,
      createdAt: true,
      course: { select: { id: true, slug: true, title: true } },
    },
  });
}
