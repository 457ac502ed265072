/** Validates the environment the way the server will, and says which variable is wrong. */
import { EnvError, env } from '../src/env';

try {
  const { databaseUrl, nextAuthUrl, github, queue } = env();
  const hide = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');
  console.log(
    `  database ${hide(databaseUrl)}, site ${nextAuthUrl}, GitHub sign-in ${github ? 'on' : 'off'}, grading ${queue ? `on BullMQ at ${hide(queue.redisUrl)} (prefix ${queue.prefix})` : 'in this process'}`,
  );
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
