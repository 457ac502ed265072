import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'check-content.ts');
const tsx = path.join(import.meta.dirname, '../node_modules/.bin/tsx');

function check(dir: string) {
  return spawnSync(tsx, [script, dir], {
    encoding: 'utf8',
    cwd: path.join(import.meta.dirname, '..'),
  });
}

describe('check-content (runs before next build)', () => {
  it('fails listing every broken lesson as file:line:column', () => {
    const run = check('src/content/fixtures/broken');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/01-bad-math\/index\.mdx:10:\d+: math does not parse/);
    expect(run.stderr).toMatch(
      /02-bad-syntax\/index\.mdx:10:1: Expected a closing tag for `<div>`/,
    );
    expect(run.stderr).toMatch(/03-unknown-widget\/index\.mdx:10:\d+: unknown component <Quizz>/);
    expect(run.stderr).toMatch(/04-bad-front-matter\/index\.mdx:5:1: front matter minutes/);
    expect(run.stderr).toContain('4 problem(s) in content');
  });

  it('passes on the real course', () => {
    const run = check('../../content');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ \d+ lesson\(s\) compiled/);
  });
});
