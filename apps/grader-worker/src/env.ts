import { existsSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '@slope/db/repo-root';
import { z } from 'zod';

/**
 * The worker's environment, validated once. This is the only module of the worker that reads
 * `process.env`.
 */
const schema = z.object({
  REDIS_URL: z
    .string({ message: 'is required: the Redis the web processes queue submissions on' })
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379'),
  SLOPE_QUEUE_PREFIX: z
    .string()
    .regex(/^[\w-]+$/, 'must be letters, digits, "_" or "-"')
    .default('slope'),
  GRADER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  GRADER_POOL_SIZE: z.coerce.number().int().min(1).max(64).optional(),
  GRADER_MAX_TRIES: z.coerce.number().int().min(1).max(20).default(3),
  GRADER_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  GRADER_STALLED_CHECK_MS: z.coerce.number().int().min(500).default(30_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  SLOPE_CONTENT_DIR: z.string().min(1).optional(),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface WorkerEnv {
  redisUrl: string;
  prefix: string;
  /** jobs graded at once */
  concurrency: number;
  /** sandbox worker threads (default: concurrency) */
  poolSize: number;
  maxTries: number;
  lockMs: number;
  stalledCheckMs: number;
  shutdownGraceMs: number;
  contentDir: string;
  /** port of the health and metrics server, or null for none */
  healthPort: number | null;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
}

/** Thrown when a variable is missing or malformed; the message names every bad variable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Parses raw variables into a {@link WorkerEnv}.
 *
 * @example parseWorkerEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }, '/srv/slope')
 */
export function parseWorkerEnv(
  raw: Record<string, string | undefined>,
  repoRoot: string,
): WorkerEnv {
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
  const v = result.data;
  const contentDir = path.resolve(v.SLOPE_CONTENT_DIR ?? path.join(repoRoot, 'content'));
  if (!existsSync(contentDir))
    throw new EnvError(
      `Invalid environment variables:\n  SLOPE_CONTENT_DIR: ${contentDir} does not exist (the worker reads exercises and their hidden tests from it)`,
    );
  return {
    redisUrl: v.REDIS_URL,
    prefix: v.SLOPE_QUEUE_PREFIX,
    concurrency: v.GRADER_CONCURRENCY,
    poolSize: v.GRADER_POOL_SIZE ?? v.GRADER_CONCURRENCY,
    maxTries: v.GRADER_MAX_TRIES,
    lockMs: v.GRADER_LOCK_MS,
    stalledCheckMs: v.GRADER_STALLED_CHECK_MS,
    shutdownGraceMs: v.SHUTDOWN_GRACE_MS,
    contentDir,
    healthPort: v.WORKER_HEALTH_PORT ?? null,
    logLevel: v.LOG_LEVEL,
  };
}

/** The validated environment of this process. */
export function workerEnv(): WorkerEnv {
  return parseWorkerEnv(process.env, findRepoRoot());
}
