import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { PrismaClient } from '@slope/db';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { db } from '../db';
import { type Env, env } from '../env';
import { clientAddress, parseTrustedProxies } from '../http/client-address';
import { safeRedirectPath } from '../http/safe-redirect';
import { appThrottles } from './app-throttles';
import { authorizeCredentials } from './credentials';
import { asRole } from './roles';
import type { SignInThrottle } from './throttle';

/** Thrown by the jwt callback for a token from before a sign-out or password change. */
class SessionEndedError extends Error {
  override name = 'SessionEndedError';
}

let cached: NextAuthOptions | undefined;

/** The next-auth configuration of this process. */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions(env(), db());
  return cached;
}

/** next-auth configuration: credentials always, GitHub only when its variables are set. */
export function buildAuthOptions(
  {
    nextAuthSecret,
    github,
    trustedProxies = parseTrustedProxies(undefined),
  }: Pick<Env, 'nextAuthSecret' | 'github'> & Partial<Pick<Env, 'trustedProxies'>>,
  prisma: PrismaClient,
  signInThrottle: () => SignInThrottle = () => appThrottles().signIn,
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
          const forwardedFor = req.headers?.['x-forwarded-for'];
          return authorizeCredentials(
            prisma,
            {
              email: credentials?.email,
              password: credentials?.password,
              ip: clientAddress(
                typeof forwardedFor === 'string' ? forwardedFor : null,
                trustedProxies,
              ),
            },
            signInThrottle(),
          );
        },
      }),
      ...(github
        ? [GitHubProvider({ clientId: github.clientId, clientSecret: github.clientSecret })]
        : []),
    ],
    events: {
      async signOut({ token }) {
        if (typeof token?.uid === 'string') await endSessions(prisma, token.uid);
      },
    },
    logger: {
      // An ended session is expected, not an error worth a stack trace.
      error(code, metadata) {
        const error = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (error instanceof SessionEndedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    callbacks: {
      /** After GitHub sign-in: only places on this site. */
      async redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), baseUrl).href;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = asRole((user as { role?: unknown }).role) ?? 'LEARNER';
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          return token;
        }
        // A sign-out (anywhere) or password change raised the version: this token is over.
        if (typeof token.uid === 'string') {
          const row = await prisma.user.findUnique({
            where: { id: token.uid },
            select: { sessionVersion: true },
          });
          if (!row || row.sessionVersion !== (token.sv ?? 0)) throw new SessionEndedError();
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

/**
 * Ends every session of a user (all devices): their session tokens stop working at the next
 * request. Sign-out calls it; so must a password change.
 */
export async function endSessions(prisma: PrismaClient, userId: string): Promise<void> {
  await prisma.user.updateMany({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
  });
}
