/**
 * Demo or deployment. A demo (`pnpm start` on a fresh clone) seeds the demo accounts, whose
 * passwords are in the README, so a newcomer can sign in at once. A deployment never seeds
 * them and refuses to start while one still has its public password.
 */
export interface DemoMode {
  demo: boolean;
  /** why, for the start-up banner: "SLOPE_DEMO=false", "DATABASE_URL is PostgreSQL", … */
  reason: string;
}

export class DemoModeError extends Error {}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * `SLOPE_DEMO=true|false` decides; unset, a start is a demo unless something says it is a
 * deployment: `NODE_ENV=production`, a `NEXTAUTH_URL` that is not localhost, or PostgreSQL.
 *
 * @example demoMode({}) // { demo: true, reason: 'a local start on the embedded database' }
 * @example demoMode({ DATABASE_URL: 'postgresql://db/slope' }).demo // false
 */
export function demoMode(env: Record<string, string | undefined>): DemoMode {
  const flag = env.SLOPE_DEMO?.trim().toLowerCase();
  if (flag === 'true' || flag === '1') return { demo: true, reason: 'SLOPE_DEMO=true' };
  if (flag === 'false' || flag === '0') return { demo: false, reason: 'SLOPE_DEMO=false' };
  if (flag)
    throw new DemoModeError(
      `SLOPE_DEMO must be true or false, not "${env.SLOPE_DEMO}": true seeds the demo accounts, false is a deployment`,
    );
  if (env.NODE_ENV === 'production') return { demo: false, reason: 'NODE_ENV=production' };
  const url = env.NEXTAUTH_URL?.trim();
  if (url) {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      host = url;
    }
    if (!LOCAL_HOSTS.has(host)) return { demo: false, reason: `NEXTAUTH_URL is ${url}` };
  }
  if (/^postgres(ql)?:/i.test(env.DATABASE_URL?.trim() ?? ''))
    return { demo: false, reason: 'DATABASE_URL is PostgreSQL' };
  return { demo: true, reason: 'a local start on the embedded database' };
}

/** What a deployment says, and refuses to start with, while demo accounts keep their public passwords. */
export function publicPasswordsMessage(emails: readonly string[]): string {
  return (
    `This is a deployment, but ${emails.join(', ')} still ${emails.length === 1 ? 'has' : 'have'} ` +
    'the password published in Slope’s README: anyone could sign in as ' +
    `${emails.length === 1 ? 'it' : 'them'}. Remove the demo accounts with ` +
    '`pnpm slope demo remove --yes` (or set SLOPE_DEMO=true to run a public demo on purpose).'
  );
}
