import { type TempDatabase, tempDatabase, tempPostgresDatabase } from './temp-database';

const pg = await tempPostgresDatabase();

/**
 * The databases the app supports, for `describe.each`: SQLite always, PostgreSQL when a local
 * server answers (else the case is named with the reason and `skip` is true).
 */
export const eachDatabase: ReadonlyArray<
  readonly [name: string, { open: () => Promise<TempDatabase>; skip: boolean }]
> = [
  ['SQLite', { open: tempDatabase, skip: false }],
  'skipped' in pg
    ? [
        `PostgreSQL (skipped: ${pg.skipped})`,
        { open: () => Promise.reject(new Error(pg.skipped)), skip: true },
      ]
    : ['PostgreSQL', { open: async () => pg, skip: false }],
];
