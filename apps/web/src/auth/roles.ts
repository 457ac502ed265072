/**
 * Who may do what — the one place role rules live. Pages use `requirePermission` and API
 * routes use `guardApi` (both in `guard.ts`); both ask `can` here.
 */
export const ROLES = ['LEARNER', 'INSTRUCTOR', 'AUTHOR', 'ADMIN'] as const;
export type AppRole = (typeof ROLES)[number];

export type Permission =
  /** read lessons, answer practice, submit exercises, see own progress */
  | 'learn'
  /** create classes, see class progress, statistics and submissions of own classes */
  | 'teach'
  /** see validation status of content, preview drafts, cross-class exercise statistics */
  | 'author'
  /** everything, including other instructors' classes */
  | 'admin';

const GRANTS: Record<AppRole, readonly Permission[]> = {
  LEARNER: ['learn'],
  INSTRUCTOR: ['learn', 'teach'],
  AUTHOR: ['learn', 'author'],
  ADMIN: ['learn', 'teach', 'author', 'admin'],
};

/**
 * @example can('INSTRUCTOR', 'teach') // true
 * @example can('LEARNER', 'teach')    // false
 */
export function can(role: AppRole | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return GRANTS[role].includes(permission);
}

/** Narrows an untrusted value (e.g. from a token) to a role, or null. */
export function asRole(value: unknown): AppRole | null {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
    ? (value as AppRole)
    : null;
}

export const ROLE_LABELS: Record<AppRole, string> = {
  LEARNER: 'Learner',
  INSTRUCTOR: 'Instructor',
  AUTHOR: 'Author',
  ADMIN: 'Admin',
};
