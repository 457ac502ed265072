import type { PrismaClient } from '@slope/db';
import { hashPassword, needsRehash, verifyPassword } from '@slope/db/password';
import { reportInternalError } from '../http/internal-error';
import { describeWait } from './rate-limit';
import { type AppRole, asRole } from './roles';
import type { SignInThrottle } from './throttle';

export const SIGN_IN_FAILED = 'Email or password is incorrect.';

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: AppRole;
  /** goes into the session token; a later sign-out or password change raises the user's */
  sessionVersion: number;
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
 * Checks an email and password. Every wrong email or password gets the same message; the
 * throttle (auth/throttle.ts) reserves the attempt before the password is checked, so
 * concurrent attempts cannot exceed it. A hash from an older algorithm or setting is replaced
 * once the password has matched.
 */
export async function authorizeCredentials(
  prisma: PrismaClient,
  input: { email?: unknown; password?: unknown; ip?: string | undefined },
  throttle: SignInThrottle,
): Promise<SignedInUser> {
  try {
    return await checkCredentials(prisma, input, throttle);
  } catch (error) {
    // The message reaches the sign-in form: database text goes to the log only.
    if (error instanceof SignInError) throw error;
    throw new SignInError(reportInternalError(error, { where: 'sign-in' }).message);
  }
}

async function checkCredentials(
  prisma: PrismaClient,
  input: { email?: unknown; password?: unknown; ip?: string | undefined },
  throttle: SignInThrottle,
): Promise<SignedInUser> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  const password = typeof input.password === 'string' ? input.password : '';

  const verdict = await throttle.begin(email, input.ip);
  if (!verdict.allowed) {
    throw new SignInError(
      `Too many failed sign-in attempts. Try again in ${describeWait(verdict.retryAfterMs)}.`,
    );
  }

  const user = email ? await prisma.user.findUnique({ where: { email } }) : null;
  // Hash even when there is no such user, so response time does not reveal who has an account.
  const stored = user?.passwordHash ?? (await decoyHash());
  const ok = (await verifyPassword(password, stored)) && Boolean(user?.passwordHash);
  if (!user || !ok) {
    await throttle.failed(email, input.ip);
    throw new SignInError(SIGN_IN_FAILED);
  }
  await throttle.succeeded(email, input.ip);
  if (needsRehash(stored)) {
    await prisma.user.updateMany({
      where: { id: user.id, passwordHash: stored },
      data: { passwordHash: await hashPassword(password) },
    });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: asRole(user.role) ?? 'LEARNER',
    sessionVersion: user.sessionVersion,
  };
}
