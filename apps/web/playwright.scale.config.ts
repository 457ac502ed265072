import { userInfo } from 'node:os';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The scale-out mode end to end: PostgreSQL, grading on BullMQ/Redis by a grader-worker
// process (see scripts/e2e-server.mjs). Runs the queue-mode spec and the journeys that submit
// code, on their own port (E2E_PORT + 1) and database.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const server = new URL(
  process.env.PG_TEST_URL ?? `postgresql://${userInfo().username}@127.0.0.1:5432/test`,
);
server.pathname = `/slope_e2e_${PORT}`;
// Read by the specs (e2e/support.ts, e2e/queue-mode.spec.ts) and the server script.
process.env.E2E_DATABASE_URL = server.toString();
process.env.E2E_SCALE_PORT = String(PORT);

export default defineConfig({
  ...base,
  testMatch: [
    'queue-mode.spec.ts',
    'operations.spec.ts',
    'submissions.spec.ts',
    'learner-journey.spec.ts',
    'concurrent-writes.spec.ts',
    'kill-server.spec.ts',
  ],
  testIgnore: [],
  outputDir: 'test-results/scale',
  use: { ...base.use, baseURL: `http://localhost:${PORT}` },
  webServer: {
    ...base.webServer,
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${PORT}/api/health/ready`,
    env: {
      E2E_PORT: String(PORT),
      E2E_SCALE: '1',
      E2E_DATABASE_URL: server.toString(),
    },
  },
});
