import { describe, expect, it } from 'vitest';
import { createDriverAdapter, createPrismaClient, getPrisma } from './client.ts';

describe('createDriverAdapter / createPrismaClient', () => {
  it.each([
    { url: 'file:./data/slope.db', provider: 'sqlite', adapterName: '@prisma/adapter-libsql' },
    { url: 'file:/tmp/slope.db', provider: 'sqlite', adapterName: '@prisma/adapter-libsql' },
    { url: 'postgres://127.0.0.1:1/none', provider: 'postgres', adapterName: '@prisma/adapter-pg' },
    { url: 'postgresql://u:p@db/slope', provider: 'postgres', adapterName: '@prisma/adapter-pg' },
  ])('$url → $adapterName', ({ url, provider, adapterName }) => {
    const adapter = createDriverAdapter(url);
    expect(adapter.provider).toBe(provider);
    expect(adapter.adapterName).toBe(adapterName);
    // Creating a client does not connect, so no database is needed here.
    expect(typeof createPrismaClient(url).$connect).toBe('function');
  });

  it.each(['mongodb://localhost/slope', 'slope.db'])('rejects %j naming DATABASE_URL', (url) => {
    expect(() => createPrismaClient(url)).toThrowError(/^DATABASE_URL .* is not supported/);
  });
});

describe('getPrisma', () => {
  it('returns one cached client per URL', () => {
    const a = getPrisma('file:/tmp/slope-cache-a.db');
    expect(getPrisma('file:/tmp/slope-cache-a.db')).toBe(a);
    expect(getPrisma('file:/tmp/slope-cache-b.db')).not.toBe(a);
  });
});
