import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { PrismaClient } from '@slope/db';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { db } from '../db';
import { type Env, env } from '../env';
import { safeRedirectPath } from '../http/safe-redirect';
import { authorizeCredentials } from './credentials';
import { asRole } from './roles';

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded === 'string' && forwarded) return forwarded.split(',')[0]!.trim();
  const real = headers?.['x-real-ip'];
  return typeof real === 'string' && real ? real : undefined;
}

let cached: NextAuthOptions | undefined;

/** The next-auth configuration of this process. */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions(env(), db());
  return cached;
}

/** next-auth configuration: credentials always, GitHub only when its variables are set. */
export function buildAuthOptions(
  { nextAuthSecret, github }: Pick<Env, 'nextAuthSecret' | 'github'>,
  prisma: PrismaClient,
): NextAuthOptions {
  return {
    secret: nextAuthSecret,
    // Credentials sign-in requires JWT sessions in next-auth v4; the adapter links OAuth accounts.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    adapter: github ? (PrismaAdapter(prisma as never) as NextAuthOptions['adapter']) : undefined,
    pages: { signIn: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials, req) {
          // A SignInError thrown here reaches the form as its message.
          return authorizeCredentials(prisma, {
            email: credentials?.email,
            password: credentials?.password,
            ip: clientIp(req.headers),
          });
        },
      }),
      ...(github
        ? [GitHubProvider({ clientId: github.clientId, clientSecret: github.clientSecret })]
        : []),
    ],
    callbacks: {
      /** After GitHub sign-in: only places on this site. */
      async redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), baseUrl).href;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = asRole((user as { role?: unknown }).role) ?? 'LEARNER';
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          session.user.id = typeof token.uid === 'string' ? token.uid : (token.sub ?? '');
          session.user.role = asRole(token.role) ?? 'LEARNER';
        }
        return session;
      },
    },
  };
}

/** Which sign-in methods the sign-in page offers. */
export function signInMethods(): { github: boolean } {
  return { github: env().github !== null };
}
