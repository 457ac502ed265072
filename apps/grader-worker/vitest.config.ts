import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Hang guards, not speed limits: the end-to-end test starts a worker process and grades.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
