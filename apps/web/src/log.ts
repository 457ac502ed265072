import pino, { type Logger } from 'pino';
import { env } from './env';

let logger: Logger | undefined;

/**
 * The structured logger of this process: one JSON object per line on stdout (pino), with
 * `service: "web"` and the pid, at LOG_LEVEL. Pass context as the first argument:
 * `log().info({ submission: id }, 'graded')`.
 */
export function log(): Logger {
  logger ??= pino({
    level: env().logLevel,
    base: { service: 'web', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return logger;
}
