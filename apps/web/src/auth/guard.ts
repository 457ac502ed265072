import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '../db';
import { authOptions } from './options';
import { type AppRole, asRole, can, type Permission } from './roles';
import { signInHref } from './sign-in-href';

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: AppRole;
}

/**
 * The signed-in user, read fresh from the database once per request (so a changed role or a
 * deleted account takes effect at once), or null.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!user) return null;
  return { ...user, role: asRole(user.role) ?? 'LEARNER' };
});

/** For pages: sends a visitor to sign in, and answers 403 to a user without the permission. */
export async function requirePermission(
  permission: Permission,
  returnTo: string,
): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInHref(returnTo));
  if (!can(user.role, permission)) forbidden();
  return user;
}

/**
 * For API routes: the user when allowed, otherwise a JSON 401/403 response to return as is.
 *
 * @example
 * const guard = await guardApi('teach');
 * if (guard instanceof Response) return guard;
 */
export async function guardApi(permission: Permission): Promise<CurrentUser | Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  if (!can(user.role, permission)) {
    return Response.json({ error: 'You do not have access to this.' }, { status: 403 });
  }
  return user;
}
