import type { PrismaClient } from '@slope/db';
import { hashPassword } from '@slope/db/password';
import { z } from 'zod';
import { isVisibleText } from '../http/visible-text';
import { passwordWeakness } from './password-strength';

export const signUpSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter your name.')
      .max(80, 'Use at most 80 characters.')
      .refine(isVisibleText, 'Use letters, digits and punctuation only (no control characters).'),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'Enter a valid email address, like ada@example.com.' })),
    password: z
      .string()
      .min(10, 'Use at least 10 characters.')
      .max(200, 'Use at most 200 characters.'),
  })
  .superRefine((v, ctx) => {
    if (v.password.length < 10 || v.password.length > 200) return;
    const local = v.email.split('@')[0]!.toLowerCase();
    const weakness =
      local && v.password.toLowerCase().includes(local)
        ? 'Do not use your email address in the password.'
        : passwordWeakness(v.password, [v.email, v.name]);
    if (weakness) ctx.addIssue({ code: 'custom', path: ['password'], message: weakness });
  });

export type SignUpField = 'name' | 'email' | 'password';
export type SignUpResult =
  | { ok: true }
  | {
      ok: false;
      fieldErrors: Partial<Record<SignUpField, string>>;
      values: { name: string; email: string };
    };

/**
 * Validates a sign-up and creates a LEARNER account. Errors come back per field; nothing is
 * written unless every field is valid. A valid sign-up for an email that already has an
 * account gets the same answer (and takes as long) as a new one, so the form cannot be used to
 * find out who has an account; the person can sign in.
 */
export async function signUp(prisma: PrismaClient, raw: unknown): Promise<SignUpResult> {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const values = {
    name: typeof input.name === 'string' ? input.name : '',
    email: typeof input.email === 'string' ? input.email : '',
  };
  const password = typeof input.password === 'string' ? input.password : '';
  const parsed = signUpSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SignUpField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SignUpField | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, fieldErrors, values };
  }
  const { name, email } = parsed.data;
  // Hashed before looking the email up, so both answers take the same time.
  const passwordHash = await hashPassword(password);
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) return { ok: true };
  try {
    await prisma.user.create({ data: { name, email, passwordHash, role: 'LEARNER' } });
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides; both hear the same.
    if ((error as { code?: string }).code !== 'P2002') throw error;
  }
  return { ok: true };
}
