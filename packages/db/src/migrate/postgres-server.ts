import { userInfo } from 'node:os';
import pg from 'pg';

/**
 * Finds a working connection URL for a local PostgreSQL server. When `url` names no user,
 * tries the current OS user, then `postgres` (node-postgres would otherwise rely on $USER,
 * which is often unset in containers). Returns the URL that connected, or the reason none did.
 */
export async function findPostgresServer(
  url: string,
): Promise<{ url: string; error?: undefined } | { url?: undefined; error: string }> {
  const base = new URL(url);
  const candidates: string[] = [];
  if (base.username) {
    candidates.push(url);
  } else {
    for (const user of [safeUsername(), 'postgres']) {
      if (!user) continue;
      const withUser = new URL(url);
      withUser.username = user;
      if (!candidates.includes(withUser.toString())) candidates.push(withUser.toString());
    }
  }
  let lastError = 'no candidate URL';
  for (const candidate of candidates) {
    const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      return { url: candidate };
    } catch (error) {
      lastError = describeError(error);
    } finally {
      await client.end().catch(() => {});
    }
  }
  return { error: lastError };
}

function safeUsername(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describeError(error.errors[0]);
  }
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  return text || code || 'unknown error';
}
