import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Structured logs of the code under test would bury the test output.
    env: { LOG_LEVEL: 'warn' },
    // Hang guards, not speed limits: some tests start tsx or a migrated database, which is
    // slow while turbo runs every package's tests at once on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
