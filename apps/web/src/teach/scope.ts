import { Prisma } from '@slope/db';

/** Whose work statistics cover: the learners of one class, or every learner (authors). */
export type LearnerScope = { classId: string } | 'all';

/** A Prisma `where` on a row with a `user` relation, limited to the scope's learners. */
export function scopeWhere(scope: LearnerScope) {
  return scope === 'all'
    ? {}
    : {
        user: { classMemberships: { some: { classId: scope.classId, role: 'LEARNER' as const } } },
      };
}

/** `AND <column> IN (learners of the class)` for raw SQL; nothing for every learner. */
export function scopeSql(scope: LearnerScope, column: string): Prisma.Sql {
  if (scope === 'all') return Prisma.empty;
  return Prisma.sql`AND ${Prisma.raw(column)} IN (SELECT "userId" FROM "ClassMembership" WHERE "classId" = ${scope.classId} AND role = 'LEARNER')`;
}
