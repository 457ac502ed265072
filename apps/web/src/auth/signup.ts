import type { PrismaClient } from '@slope/db';
import { hashPassword } from '@slope/db/password';
import { z } from 'zod';

const COMMON = new Set([
  'password123',
  'password1234',
  '1234567890',
  '0123456789',
  'qwertyuiop',
  'iloveyou123',
  'letmein123',
  'passw0rd123',
  'abcdefghij',
]);

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(80, 'Use at most 80 characters.'),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'Enter a valid email address, like ada@example.com.' })),
    password: z
      .string()
      .min(10, 'Use at least 10 characters.')
      .max(200, 'Use at most 200 characters.')
      .refine((pw) => !COMMON.has(pw.toLowerCase()), 'This password is too common; choose another.')
      .refine((pw) => new Set(pw).size >= 5, 'Use more different characters.'),
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split('@')[0]!.toLowerCase()), {
    path: ['password'],
    message: 'Do not use your email address in the password.',
  });

export type SignUpField = 'name' | 'email' | 'password';
export type SignUpResult =
  | { ok: true; userId: string }
  | {
      ok: false;
      fieldErrors: Partial<Record<SignUpField, string>>;
      values: { name: string; email: string };
    };

/**
 * Validates a sign-up and creates a LEARNER account. Errors come back per field; nothing is
 * written unless every field is valid and the email is free.
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
  const taken = {
    ok: false as const,
    fieldErrors: { email: 'An account with this email already exists. Sign in instead.' },
    values,
  };
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) return taken;
  try {
    const user = await prisma.user.create({
      data: { name, email, passwordHash: await hashPassword(password), role: 'LEARNER' },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides, the loser hears "taken".
    if ((error as { code?: string }).code === 'P2002') return taken;
    throw error;
  }
}
