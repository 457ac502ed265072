import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databaseKind, defaultDatabaseUrl, demoMode, findRepoRoot } from '@slope/db';
import { z } from 'zod';
import { parseTrustedProxies } from './http/client-address';

/**
 * The web app's environment, validated once. This is the only module of the app that reads
 * `process.env`; everything else imports `env()`.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .optional()
      .superRefine((url, ctx) => {
        if (url === undefined) return;
        try {
          databaseKind(url);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    NEXTAUTH_URL: z
      .url({
        protocol: /^https?$/,
        message: 'must be an absolute http(s) URL such as http://localhost:3000',
      })
      .optional(),
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    GITHUB_ID: z.string().min(1).optional(),
    GITHUB_SECRET: z.string().min(1).optional(),
    SLOPE_DATA_DIR: z.string().min(1).optional(),
    /** demo or deployment: read by `@slope/db`'s demoMode (start-up checks) */
    SLOPE_DEMO: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          demoMode({ SLOPE_DEMO: value });
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    REDIS_URL: z
      .string()
      .regex(
        /^rediss?:\/\/\S+$/,
        'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
      )
      .optional(),
    SLOPE_QUEUE_PREFIX: z
      .string()
      .regex(/^[\w-]+$/, 'must be letters, digits, "_" or "-"')
      .default('slope'),
    GRADER_MAX_TRIES: z.coerce.number().int().min(1).max(20).default(3),
    PRACTICE_CHECKS_PER_MINUTE: z.coerce.number().int().min(1).default(5),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            message: `${(error as Error).message}; use IPs and CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8`,
          });
        }
      }),
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.GITHUB_ID) !== Boolean(value.GITHUB_SECRET)) {
      const missing = value.GITHUB_ID ? 'GITHUB_SECRET' : 'GITHUB_ID';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'GitHub sign-in needs both GITHUB_ID and GITHUB_SECRET; set both or neither',
      });
    }
  });

export interface Env {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  nextAuthUrl: string;
  nextAuthSecret: string;
  github: { clientId: string; clientSecret: string } | null;
  dataDir: string;
  /** scale-out mode: grading jobs go to BullMQ on this Redis (null: graded in this process) */
  queue: { redisUrl: string; prefix: string; maxTries: number } | null;
  /** tries per submission before it fails with a message, in both modes (GRADER_MAX_TRIES) */
  graderMaxTries: number;
  /** checks of one practice question by one learner per minute before 429 (PRACTICE_CHECKS_PER_MINUTE) */
  practiceChecksPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** bearer token that may read /api/metrics (admins always may) */
  metricsToken: string | null;
  /** the reverse proxies whose `X-Forwarded-For` entries are believed (`TRUSTED_PROXIES`) */
  trustedProxies: ReturnType<typeof parseTrustedProxies>;
}

/** Thrown when a variable is missing or malformed; the message names every bad variable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Parses raw variables into an {@link Env}. Pure apart from `secretFor`, which supplies the
 * session secret when none is set (the app persists one under `data/`).
 *
 * @example parseEnv({ DATABASE_URL: 'file:/tmp/x.db' }, { secretFor: () => 's'.repeat(32) })
 */
export function parseEnv(
  raw: Record<string, string | undefined>,
  options: { repoRoot: string; secretFor: (dataDir: string) => string },
): Env {
  const cleaned = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new EnvError(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  const value = result.data;
  const dataDir = path.resolve(
    /*turbopackIgnore: true*/ value.SLOPE_DATA_DIR ?? path.join(options.repoRoot, 'data'),
  );
  return {
    nodeEnv: value.NODE_ENV,
    port: value.PORT,
    databaseUrl: value.DATABASE_URL ?? defaultDatabaseUrl(),
    nextAuthUrl: value.NEXTAUTH_URL ?? `http://localhost:${value.PORT}`,
    nextAuthSecret: value.NEXTAUTH_SECRET ?? options.secretFor(dataDir),
    github:
      value.GITHUB_ID && value.GITHUB_SECRET
        ? { clientId: value.GITHUB_ID, clientSecret: value.GITHUB_SECRET }
        : null,
    dataDir,
    queue: value.REDIS_URL
      ? {
          redisUrl: value.REDIS_URL,
          prefix: value.SLOPE_QUEUE_PREFIX,
          maxTries: value.GRADER_MAX_TRIES,
        }
      : null,
    graderMaxTries: value.GRADER_MAX_TRIES,
    practiceChecksPerMinute: value.PRACTICE_CHECKS_PER_MINUTE,
    logLevel: value.LOG_LEVEL,
    metricsToken: value.METRICS_TOKEN ?? null,
    trustedProxies: parseTrustedProxies(value.TRUSTED_PROXIES),
  };
}

/** Reads `<dataDir>/nextauth-secret`, creating it (mode 600) on first use. */
export function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'nextauth-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

let cached: Env | undefined;

/** The validated environment of this process (parsed on first call). */
export function env(): Env {
  if (!cached) {
    cached = parseEnv(process.env, { repoRoot: findRepoRoot(), secretFor: persistedSecret });
    // next-auth reads its canonical URL from the process environment itself.
    process.env.NEXTAUTH_URL ??= cached.nextAuthUrl;
  }
  return cached;
}
