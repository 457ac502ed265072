import { expect, type Locator, type Page, test } from '@playwright/test';

/**
 * Frame times while dragging plot points, from requestAnimationFrame intervals in the page.
 * Baseline in the same run: the same page, idle. 60 fps = 16.7 ms per frame.
 */
interface Stats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  over25: number;
}

async function startRecording(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
}

async function stopRecording(page: Page): Promise<Stats> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    frames: frames.length,
    p50: q(0.5),
    p95: q(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    over25: frames.filter((f) => f > 25).length,
  };
}

/** Drags in a circle-ish path for `ms`, one mouse move per animation frame like a real pointer. */
async function dragFor(page: Page, handle: Locator, ms: number, radius: { x: number; y: number }) {
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error('handle not visible');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < ms) {
    const a = i / 20;
    await page.mouse.move(cx + radius.x * Math.sin(a), cy + radius.y * (1 - Math.cos(a)) * 0.5);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    i++;
  }
  await page.mouse.up();
  return i;
}

const rows: [string, Stats, number][] = [];

test('frame times while dragging plot points', async ({ page }) => {
  await page.goto('/');
  await page.locator('#plots').scrollIntoViewIfNeeded();
  const fplot = page.locator('.slope-function-plot');
  await fplot.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);

  await startRecording(page);
  await page.waitForTimeout(2000);
  rows.push(['baseline: idle page', await stopRecording(page), 0]);

  const readout = fplot.locator('[data-readout="slope"]');
  const before = await readout.textContent();
  await startRecording(page);
  const moves1 = await dragFor(page, fplot.locator('.mafs-movable-point-point'), 3000, {
    x: 140,
    y: 0,
  });
  rows.push([
    'FunctionPlot (Mafs): drag point + tangent + secant',
    await stopRecording(page),
    moves1,
  ]);
  expect(await readout.textContent()).not.toBe(before);

  const contour = page.locator('.slope-contour');
  await startRecording(page);
  const label = await contour.locator('[data-handle="start"]').getAttribute('aria-label');
  const moves2 = await dragFor(page, contour.locator('[data-handle="start"]'), 3000, {
    x: 160,
    y: 80,
  });
  expect(await contour.locator('[data-handle="start"]').getAttribute('aria-label')).not.toBe(label);
  rows.push(['ContourPlot: drag start, 40-step descent path', await stopRecording(page), moves2]);

  // the same drags on a CPU throttled 4× (a slow laptop or phone)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await startRecording(page);
  const moves3 = await dragFor(page, fplot.locator('.mafs-movable-point-point'), 3000, {
    x: 140,
    y: 0,
  });
  rows.push(['FunctionPlot, CPU 4× slower', await stopRecording(page), moves3]);
  await startRecording(page);
  const moves4 = await dragFor(page, contour.locator('[data-handle="start"]'), 3000, {
    x: 160,
    y: 80,
  });
  rows.push(['ContourPlot, CPU 4× slower', await stopRecording(page), moves4]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    '\n| scenario | frames | pointer moves | p50 ms | p95 ms | max ms | frames > 25 ms |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s, moves] of rows)
    console.log(
      `| ${name} | ${s.frames} | ${moves} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.over25} |`,
    );
  console.log(
    '\n60 fps = 16.7 ms per frame; compare each drag row with the idle baseline of this run.\n',
  );
  for (const [, s] of rows) expect(s.frames).toBeGreaterThan(10);
});
