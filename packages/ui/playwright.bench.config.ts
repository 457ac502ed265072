import { defineConfig } from '@playwright/test';
import { chromium, webServer } from './playwright.config.ts';

/** `pnpm bench`: browser frame-time benchmark on the demo page (not part of `test:e2e`). */
export default defineConfig({
  testDir: 'bench',
  testMatch: '*.bench.ts',
  outputDir: 'test-results/bench',
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${process.env.UI_DEMO_PORT ?? 3300}`,
    viewport: { width: 1280, height: 900 },
  },
  projects: [{ name: 'chromium', use: chromium }],
  webServer,
});
