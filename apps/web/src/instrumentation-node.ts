import { db } from './db';
import { EnvError, env } from './env';
import { gradingService } from './grading/grading-service';
import { appendPeerAddressToForwardedFor } from './http/peer-address';
import { exitGracefully } from './lifecycle';
import { log } from './log';

/** A missing or malformed variable stops start-up with a message naming it. */
export function checkEnvironmentOrExit(): void {
  // Before the first request: the client address the throttles use must not be forgeable.
  appendPeerAddressToForwardedFor();
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(
      `\n${error.message}\nSlope did not start. Fix the variables above and start again.\n`,
    );
    process.exit(1);
  }
}

/**
 * Starts the grading service at boot, so submissions a previous run left unfinished are
 * re-queued, and stops it gracefully on SIGTERM.
 */
export function resumeGrading(): void {
  const service = gradingService(db());
  exitGracefully(async () => {
    await service.close();
    await db().$disconnect();
  }, log());
}
