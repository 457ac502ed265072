import type { Logger } from 'pino';

let stopping = false;

/** True once this process has been asked to stop: readiness answers 503 from then on. */
export function isShuttingDown(): boolean {
  return stopping;
}

/**
 * On SIGTERM/SIGINT: report not ready, run `close` (finish or hand back the grading this
 * process does), then exit. A process that has not finished after `graceMs` exits anyway.
 * Next.js exits on these signals by itself unless NEXT_MANUAL_SIG_HANDLE is set, which the
 * start scripts do.
 */
export function exitGracefully(close: () => Promise<void>, logger: Logger, graceMs = 30_000) {
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn({ graceMs }, 'shutdown took too long; exiting now');
      process.exit(1);
    }, graceMs).unref();
    try {
      await close();
      logger.info('shut down cleanly');
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
    }
    logger.flush();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stop);
}
