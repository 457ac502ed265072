import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    css: false,
    // Hang guards, not speed limits: axe in jsdom takes seconds while turbo runs every
    // package's tests at once on two cores.
    testTimeout: 30_000,
  },
});
