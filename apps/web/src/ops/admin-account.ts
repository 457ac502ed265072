import type { PrismaClient } from '@slope/db';
import { hashPassword } from '@slope/db/password';
import { signUpSchema } from '../auth/signup';

export type AdminAccountResult =
  | { ok: true; outcome: 'created' | 'promoted' | 'already-admin' }
  | { ok: false; errors: string[] };

/**
 * Makes `email` an administrator (the operator's CLI: `pnpm slope admin create`). An existing
 * account is promoted and keeps its password; a new one is checked by the sign-up rules (name,
 * email, a password hard to guess) and created with role ADMIN. Nothing is written on an error.
 *
 * @example await makeAdmin(prisma, { email: 'ops@uni.edu', name: 'Ops', password: () => ask() })
 */
export async function makeAdmin(
  prisma: PrismaClient,
  input: { email: string; name: string; password: () => Promise<string> },
): Promise<AdminAccountResult> {
  const email = input.email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email }, select: { role: true } });
  if (existing) {
    if (existing.role === 'ADMIN') return { ok: true, outcome: 'already-admin' };
    await prisma.user.update({ where: { email }, data: { role: 'ADMIN' } });
    return { ok: true, outcome: 'promoted' };
  }
  const parsed = signUpSchema.safeParse({
    name: input.name,
    email,
    password: await input.password(),
  });
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  const { name, password } = parsed.data;
  await prisma.user.create({
    data: { name, email, passwordHash: await hashPassword(password), role: 'ADMIN' },
  });
  return { ok: true, outcome: 'created' };
}
