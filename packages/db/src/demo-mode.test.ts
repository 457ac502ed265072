import { describe, expect, it } from 'vitest';
import { DemoModeError, demoMode } from './demo-mode.ts';

describe('demoMode', () => {
  it('is a demo on a fresh clone: nothing set, or only a local URL and SQLite', () => {
    expect(demoMode({})).toEqual({ demo: true, reason: 'a local start on the embedded database' });
    expect(
      demoMode({ NEXTAUTH_URL: 'http://localhost:3000', DATABASE_URL: 'file:./data/slope.db' })
        .demo,
    ).toBe(true);
    expect(demoMode({ NEXTAUTH_URL: 'http://127.0.0.1:4000' }).demo).toBe(true);
  });

  it.each([
    [{ NODE_ENV: 'production' }, 'NODE_ENV=production'],
    [{ NEXTAUTH_URL: 'https://slope.example.edu' }, 'NEXTAUTH_URL is https://slope.example.edu'],
    [{ DATABASE_URL: 'postgresql://slope@db:5432/slope' }, 'DATABASE_URL is PostgreSQL'],
    [{ DATABASE_URL: 'postgres://db/slope' }, 'DATABASE_URL is PostgreSQL'],
    [{ SLOPE_DEMO: 'false' }, 'SLOPE_DEMO=false'],
  ])('is a deployment with %j', (env, reason) => {
    expect(demoMode(env)).toEqual({ demo: false, reason });
  });

  it('lets SLOPE_DEMO decide either way (a public demo site, a test server)', () => {
    expect(demoMode({ SLOPE_DEMO: 'true', NODE_ENV: 'production' }).demo).toBe(true);
    expect(demoMode({ SLOPE_DEMO: '0' }).demo).toBe(false);
  });

  it('refuses a SLOPE_DEMO it cannot read', () => {
    expect(() => demoMode({ SLOPE_DEMO: 'maybe' })).toThrow(DemoModeError);
    expect(() => demoMode({ SLOPE_DEMO: 'maybe' })).toThrow(/must be true or false/);
  });
});
