/** Validates the environment the way the server will, and says which variable is wrong. */
import { EnvError, env } from '../src/env';

try {
  const { databaseUrl, nextAuthUrl, github } = env();
  console.log(
    `  database ${databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}, site ${nextAuthUrl}, GitHub sign-in ${github ? 'on' : 'off'}`,
  );
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
