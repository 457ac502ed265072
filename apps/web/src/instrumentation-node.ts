import { EnvError, env } from './env';

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
