import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSignature, fastReport, proofStatus } from './author-status';
import type { CheckItem, CheckReport } from './types';

const fixture = path.join(import.meta.dirname, '../fixtures/broken-course');
const dir = mkdtempSync(path.join(tmpdir(), 'slope-author-'));
cpSync(fixture, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exerciseDir = path.join(dir, 'demo/04-exercises/exercises/weak-tests');
const item: CheckItem = {
  kind: 'exercise',
  course: 'demo',
  name: '04-exercises/weak-tests',
  file: exerciseDir,
  status: 'unproved',
  problems: [],
  timeMs: 1,
};
const saved = (status: CheckItem['status'], finishedAt: string): CheckReport => ({
  contentDir: dir,
  proved: true,
  finishedAt,
  timeMs: 1,
  items: [
    { ...item, status, detail: status === 'ok' ? 'proved (3 seeds, 5 mutants caught)' : 'x' },
  ],
});

describe('fastReport', () => {
  it('lists drafts and problems without proving, and re-runs only after a change', async () => {
    const first = await fastReport(dir);
    expect(first.proved).toBe(false);
    expect(first.items.find((i) => i.name === '02-bad-widgets')?.problems).toHaveLength(3);
    expect(await fastReport(dir)).toBe(first);

    const lesson = path.join(dir, 'demo/02-bad-widgets/index.mdx');
    const before = contentSignature(dir);
    utimesSync(lesson, new Date(), new Date(Date.now() + 5000));
    expect(contentSignature(dir)).not.toBe(before);
    expect(await fastReport(dir)).not.toBe(first);
  });
});

describe('proofStatus', () => {
  const later = new Date(Date.now() + 60_000).toISOString();
  it.each([
    { report: null, state: 'none', text: /^not proved yet — run pnpm content:check$/ },
    { report: saved('ok', later), state: 'proved', text: /^proved \(3 seeds/ },
    { report: saved('failed', later), state: 'failed', text: /^x$/ },
    { report: saved('ok', '2000-01-01T00:00:00.000Z'), state: 'stale', text: /^changed since/ },
    { report: { ...saved('ok', later), proved: false }, state: 'none', text: /^not proved yet/ },
  ])('$state', ({ report, state, text }) => {
    writeFileSync(path.join(exerciseDir, 'prompt.mdx'), 'Write it.\n');
    const status = proofStatus(item, report);
    expect(status.state).toBe(state);
    expect(status.text).toMatch(text);
  });
});
