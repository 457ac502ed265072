import 'server-only';
import { cookies } from 'next/headers';
import { knownTimeZone, TIME_ZONE_COOKIE } from './time-zone';

/** The time zone the reader's browser reported (see `rememberTimeZone`), else UTC. */
export async function viewerTimeZone(): Promise<string> {
  return knownTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
