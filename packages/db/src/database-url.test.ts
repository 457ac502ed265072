import { describe, expect, it } from 'vitest';
import { databaseKind, describeDatabase, redactUrl, sqliteFilePath } from './database-url.ts';

describe('databaseKind', () => {
  it.each([
    { url: 'file:./data/slope.db', expected: 'sqlite' },
    { url: 'file:/srv/slope/data/slope.db', expected: 'sqlite' },
    { url: 'file:///srv/slope/data/slope.db', expected: 'sqlite' },
    { url: 'postgres://user:pw@db:5432/slope', expected: 'postgresql' },
    { url: 'postgresql://localhost/slope?sslmode=require', expected: 'postgresql' },
    { url: '  postgresql://localhost/slope', expected: 'postgresql' },
  ])('$url → $expected', ({ url, expected }) => {
    expect(databaseKind(url)).toBe(expected);
  });

  it.each(['mysql://localhost/slope', 'sqlite:./slope.db', './data/slope.db', ''])(
    'rejects %j naming DATABASE_URL and the accepted forms',
    (url) => {
      expect(() => databaseKind(url)).toThrowError(
        /DATABASE_URL .* is not supported: use file:<path to \.db> for SQLite or postgres:\/\/… \/ postgresql:\/\/… for PostgreSQL/,
      );
    },
  );

  it('does not echo a password in the error', () => {
    expect(() => databaseKind('mysql://root:s3cret@db/slope')).toThrowError(/root:\*\*\*@db/);
  });
});

describe('sqliteFilePath', () => {
  it.each([
    { url: 'file:./data/slope.db', expected: '/srv/app/data/slope.db' },
    { url: 'file:data/slope.db?mode=rwc', expected: '/srv/app/data/slope.db' },
    { url: 'file:/var/lib/slope.db', expected: '/var/lib/slope.db' },
    { url: 'file:///var/lib/my%20slope.db', expected: '/var/lib/my slope.db' },
  ])('$url → $expected', ({ url, expected }) => {
    expect(sqliteFilePath(url, '/srv/app')).toBe(expected);
  });
});

describe('describeDatabase / redactUrl', () => {
  it('names the PostgreSQL database and server without the password', () => {
    const url = 'postgresql://slope:pw@db.internal:6543/slope_prod';
    expect(describeDatabase(url)).toBe('PostgreSQL database "slope_prod" on db.internal:6543');
    expect(redactUrl(url)).toBe('postgresql://slope:***@db.internal:6543/slope_prod');
  });
});
