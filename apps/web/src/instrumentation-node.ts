import { db } from './db';
import { EnvError, env } from './env';
import { gradingService } from './grading/grading-service';
import { appendPeerAddressToForwardedFor } from './http/peer-address';
import { exitGracefully } from './lifecycle';
import { log } from './log';
import { checkDeployment } from './ops/deployment-check';

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
 * Demo or deployment (see `@slope/db`'s demoMode): a deployment does not start while a demo
 * account keeps its public password, and says so when there is no administrator yet.
 */
export async function checkDeploymentOrExit(): Promise<void> {
  let check: Awaited<ReturnType<typeof checkDeployment>>;
  try {
    check = await checkDeployment(db(), process.env);
  } catch (error) {
    // A database that cannot answer yet is the readiness check's business, not start-up's.
    log().error({ err: error }, 'could not check the demo accounts at start-up');
    return;
  }
  log().info(
    { demo: check.mode.demo, reason: check.mode.reason },
    check.mode.demo ? 'demo mode: the demo accounts are seeded' : 'deployment: no demo accounts',
  );
  if (check.advice) log().warn(check.advice);
  if (check.refuse) {
    console.error(`\n${check.refuse}\nSlope did not start.\n`);
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
