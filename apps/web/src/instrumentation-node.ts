import { db } from './db';
import { EnvError, env } from './env';
import { gradingService } from './grading/grading-service';

/** A missing or malformed variable stops start-up with a message naming it. */
export function checkEnvironmentOrExit(): void {
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

/** Starts the grading queue at boot, so submissions a previous run left unfinished are re-queued. */
export function resumeGrading(): void {
  gradingService(db());
}
