import { getPrisma } from '@slope/db';
import { env } from './env';

/** The Prisma client for this process, on the database `DATABASE_URL` names. */
export function db() {
  return getPrisma(env().databaseUrl);
}
