import type { PrismaClient } from '@slope/db';
import { hashPassword, verifyPassword } from '@slope/db/password';
import { reportInternalError } from '../http/internal-error';
import { checkLimit, clearLimit, describeWait, type Limit, recordHit } from './rate-limit';
import { type AppRole, asRole } from './roles';

export const SIGN_IN_FAILED = 'Email or password is incorrect.';
export const PER_EMAIL: Limit = { max: 5, windowMs: 15 * 60_000 };
export const PER_IP: Limit = { max: 30, windowMs: 15 * 60_000 };

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: AppRole;
}

let decoy: Promise<string> | undefined;
function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that no account has');
  return decoy;
}

/** Thrown when sign-in is refused; its message is shown to the person as it is. */
export class SignInError extends Error {
  override name = 'SignInError';
}

/**
 * Checks an email and password. Every wrong email or password gets the same message; after
 * {@link PER_EMAIL}.max failures for one email (or {@link PER_IP}.max from one address) within
 * the window, attempts are refused until it passes.
 */
export async function authorizeCredentials(
  prisma: PrismaClient,
  input: { email?: unknown; password?: unknown; ip?: string },
): Promise<SignedInUser> {
  try {
    return await checkCredentials(prisma, input);
  } catch (error) {
    // The message reaches the sign-in form: database text goes to the log only.
    if (error instanceof SignInError) throw error;
    throw new SignInError(reportInternalError(error, { where: 'sign-in' }).message);
  }
}

async function checkCredentials(
  prisma: PrismaClient,
  input: { email?: unknown; password?: unknown; ip?: string },
): Promise<SignedInUser> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const keys: Array<[string, Limit]> = [[`signin:email:${email}`, PER_EMAIL]];
  if (input.ip) keys.push([`signin:ip:${input.ip}`, PER_IP]);

  for (const [key, limit] of keys) {
    const state = await checkLimit(prisma, key, limit);
    if (state.limited) {
      throw new SignInError(
        `Too many failed sign-in attempts. Try again in ${describeWait(state.retryAfterMs)}.`,
      );
    }
  }

  const user = email ? await prisma.user.findUnique({ where: { email } }) : null;
  // Hash even when there is no such user, so response time does not reveal who has an account.
  const stored = user?.passwordHash ?? (await decoyHash());
  const ok = (await verifyPassword(password, stored)) && Boolean(user?.passwordHash);
  if (!user || !ok) {
    for (const [key, limit] of keys) await recordHit(prisma, key, limit);
    throw new SignInError(SIGN_IN_FAILED);
  }
  await clearLimit(prisma, keys[0]![0]);
  return { id: user.id, email: user.email, name: user.name, role: asRole(user.role) ?? 'LEARNER' };
}
