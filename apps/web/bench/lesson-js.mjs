// Measures the JavaScript a lesson page ships before the editor is needed (issue budget:
// ≤ 200 KB gzipped): loads each lesson in Chromium without scrolling, gzips every script it
// fetched, and prints a table. Needs a production build: `pnpm --filter @slope/web bench`.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startE2eServer } from './e2e-server.mjs';

const PORT = 3250;
const { base, stop } = await startE2eServer(PORT);
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const html = await (await fetch(`${base}/courses/calculus-for-ml`)).text();
  const lessons = [...html.matchAll(/href="(\/courses\/calculus-for-ml\/[a-z0-9-]+)"/g)].map(
    (m) => m[1],
  );
  const rows = [];
  for (const path of [...new Set(lessons)]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sizes = new Map();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.set(response.url(), {
        gz: gzipSync(body).length,
        editor: /codemirror|@codemirror|cm-/.test(body.subarray(0, 4000).toString()),
      });
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const total = [...sizes.values()].reduce((sum, s) => sum + s.gz, 0);
    rows.push({ path, scripts: sizes.size, kb: total / 1024 });
    await page.close();
  }
  await browser.close();
  console.log('| lesson | scripts | JS gzip KB | budget 200 KB |');
  console.log('| --- | ---: | ---: | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.path.split('/').pop()} | ${row.scripts} | ${row.kb.toFixed(1)} | ${row.kb <= 200 ? 'ok' : 'OVER'} |`,
    );
  }
} finally {
  stop();
}
