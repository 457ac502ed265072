/**
 * The settings every SQLite connection Slope opens runs with, in the order they are applied.
 * `busy_timeout` comes first so that switching the journal mode waits for a lock instead of
 * failing. `journal_mode` is stored in the file (one connection switching it is enough), the
 * others last as long as the connection — and libsql opens a new connection per transaction,
 * so they are applied to each one (see `libsql-factory.ts`).
 *
 * - WAL: readers (a backup, an instructor's query, a second process) never block the writer,
 *   and the writer never blocks them.
 * - busy_timeout 5 s: a writer meeting another process's write lock waits for it instead of
 *   failing at once (SQLite's default is 0).
 * - synchronous NORMAL: in WAL mode a commit survives a crash of the process (kill -9); only a
 *   power loss may lose the last commits, never corrupt the file.
 * - foreign_keys ON: the schema's relations (cascades, restrict) are enforced.
 */
export const SQLITE_CONNECTION_SETTINGS = [
  { pragma: 'busy_timeout', value: 5000, readBack: 5000 },
  { pragma: 'journal_mode', value: 'WAL', readBack: 'wal' },
  { pragma: 'synchronous', value: 'NORMAL', readBack: 1 },
  { pragma: 'foreign_keys', value: 'ON', readBack: 1 },
] as const;

export type SqlitePragma = (typeof SQLITE_CONNECTION_SETTINGS)[number]['pragma'];

/** The statements that apply the settings, `busyTimeoutMs` replacing the default wait. */
export function connectionSettingStatements(busyTimeoutMs = 5000): string[] {
  return SQLITE_CONNECTION_SETTINGS.map(({ pragma, value }) =>
    pragma === 'busy_timeout'
      ? `PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`
      : `PRAGMA ${pragma} = ${value}`,
  );
}
