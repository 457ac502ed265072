import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Migration tests start the WebAssembly schema engine and hash passwords with scrypt.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
