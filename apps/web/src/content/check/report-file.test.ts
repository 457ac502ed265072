import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportIsCurrent, saveReport } from './report-file';
import type { CheckReport } from './types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'slope-report-'));
  dirs.push(root);
  const content = path.join(root, 'content', 'course', '01-lesson');
  mkdirSync(content, { recursive: true });
  const lesson = path.join(content, 'index.mdx');
  writeFileSync(lesson, '# Lesson\n');
  const report = path.join(root, 'data', 'content-check.json');
  const save = (proved: boolean) =>
    saveReport(report, {
      contentDir: path.join(root, 'content'),
      proved,
      finishedAt: new Date().toISOString(),
      timeMs: 1,
      items: [],
    } satisfies CheckReport);
  return { content: path.join(root, 'content'), lesson, report, save };
}

describe('reportIsCurrent (pnpm start proves only when needed)', () => {
  it('is false on a fresh install, and after a check that did not prove', () => {
    const { content, report, save } = setup();
    expect(reportIsCurrent(report, content)).toBe(false);
    save(false);
    expect(reportIsCurrent(report, content)).toBe(false);
  });

  it('is true after a proving check, and false again once a content file changes', () => {
    const { content, lesson, report, save } = setup();
    const past = new Date(Date.now() - 60_000);
    for (const entry of [lesson, path.dirname(lesson), path.dirname(path.dirname(lesson)), content])
      utimesSync(entry, past, past);
    save(true);
    expect(reportIsCurrent(report, content)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(lesson, later, later);
    expect(reportIsCurrent(report, content)).toBe(false);
  });
});
