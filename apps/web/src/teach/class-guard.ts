import 'server-only';
import { notFound } from 'next/navigation';
import { type CurrentUser, guardApi, requirePermission } from '../auth/guard';
import { db } from '../db';
import { findTaughtClass, type TaughtClass } from './class-access';

/**
 * For instructor pages of one class: visitors sign in, users without the teach permission get
 * 403, and an instructor who does not teach this class gets 404.
 */
export async function requireTaughtClass(
  classId: string,
  returnTo: string,
): Promise<{ user: CurrentUser; klass: TaughtClass }> {
  const user = await requirePermission('teach', returnTo);
  const klass = await findTaughtClass(db(), user, classId);
  if (!klass) notFound();
  return { user, klass };
}

/** For instructor API routes of one class: the user and class, or the 401/403/404 to return. */
export async function guardClassApi(
  classId: string,
): Promise<{ user: CurrentUser; klass: TaughtClass } | Response> {
  const user = await guardApi('teach');
  if (user instanceof Response) return user;
  const klass = await findTaughtClass(db(), user, classId);
  if (!klass) return Response.json({ error: 'You teach no class with this id.' }, { status: 404 });
  return { user, klass };
}
