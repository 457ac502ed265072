import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'content-check.ts');
const tsx = path.join(import.meta.dirname, '../node_modules/.bin/tsx');
const web = path.join(import.meta.dirname, '..');

function check(...args: string[]) {
  return spawnSync(tsx, [script, ...args], { encoding: 'utf8', cwd: web });
}

const fixture = 'apps/web/src/content/fixtures/broken-course/demo';

describe('content:check', () => {
  it('reports every problem of the broken course as file:line:column and exits 1', () => {
    const run = check('src/content/fixtures/broken-course', '--report', '/dev/null');
    expect(run.status).toBe(1);
    const expected = [
      // bad MDX, at the unclosed tag
      `${fixture}/01-bad-mdx/index.mdx:11:1: Expected a closing tag for \`<div>\``,
      // invalid widget spec, unknown plot preset, unknown prop
      `${fixture}/02-bad-widgets/index.mdx:9:1: <Quiz> prop choices: no choice is marked correct`,
      `${fixture}/02-bad-widgets/index.mdx:15:1: <FunctionPlot> prop fn: unknown function "cube"`,
      `${fixture}/02-bad-widgets/index.mdx:17:1: <LineChart> prop colour: is not a prop`,
      // broken links, relative and by site URL
      `${fixture}/03-broken-links/index.mdx:11:15: broken link ../09-missing-lesson`,
      `${fixture}/03-broken-links/index.mdx:13:8: broken link /courses/demo/old-name#intro`,
      // references between lessons and exercise folders
      `${fixture}/04-exercises/index.mdx:15:1: <Exercise id="not-written-yet">: course "demo" has no exercise folder`,
      `${fixture}/04-exercises/exercises/orphan/manifest.json:1:1: exercise "orphan" is not used by any lesson`,
      // manifest, at the offending value
      `${fixture}/04-exercises/exercises/bad-manifest/manifest.json:4:13: "points"`,
      // a reference that fails its own tests
      `${fixture}/04-exercises/exercises/flaky-reference/solution.ts:2:1: reference passes (seed 1): the reference fails`,
      // a hidden suite a mutant passes
      `${fixture}/04-exercises/exercises/weak-tests/tests.ts:4:1: too weak: mutant ×2 passes all tests`,
      // the mistakes table: missing kinds, a missing lesson, a missing heading, an unknown kind
      `${fixture}/mistakes.json:1:1: no entry for not-numbers, wrong-shape, transposed, not-finite, zero, permuted, shifted, wrong-components, wrong:`,
      `${fixture}/mistakes.json:4:16: "scaled" section 09-missing-lesson#the-gradient: the course has no lesson folder 09-missing-lesson`,
      `${fixture}/mistakes.json:8:16: "wrong-sign" section 03-broken-links#signs: 03-broken-links/index.mdx has no heading with id "signs"`,
      `${fixture}/mistakes.json:10:17: "off-by-two" is not a mistake kind the grader names`,
    ];
    for (const line of expected) expect(run.stderr).toContain(line);
    // the fine widget, the fine link and the fine plot are not reported
    expect(run.stderr).not.toContain('ContourPlot');
    expect(run.stderr).not.toContain('../02-bad-widgets');
    // a table row per item and a summary
    expect(run.stdout).toMatch(/^04-exercises\/weak-tests\s+exercise\s+✗ \d+ problems/m);
    expect(run.stdout).toMatch(/^demo\/mistakes\.json\s+mistakes\s+✗ 4 problems/m);
    expect(run.stdout).toMatch(
      /1 course\(s\), 4 lesson\(s\), 4 exercise\(s\) .*: \d+ problem\(s\) in 9 item\(s\)/,
    );
  });

  it('--no-prove keeps the fast MDX checks that run before next build', () => {
    const run = check('src/content/fixtures/broken', '--no-prove');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/01-bad-math\/index\.mdx:10:\d+: math does not parse/);
    expect(run.stderr).toMatch(
      /02-bad-syntax\/index\.mdx:10:1: Expected a closing tag for `<div>`/,
    );
    expect(run.stderr).toMatch(/03-unknown-widget\/index\.mdx:10:\d+: unknown component <Quizz>/);
    expect(run.stderr).toMatch(/04-bad-front-matter\/index\.mdx:5:1: front matter minutes/);
    expect(run.stdout).toContain('4 problem(s) in 4 item(s)');
  });

  it('passes on the real course, proving every exercise', { timeout: 180_000 }, () => {
    const run = check('../../content', '--report', '/dev/null');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/exercise .*mse-gradient proved \(3 seeds, \d+ mutants caught\)/);
    expect(run.stdout).toMatch(/: no problems in /);
  });
});
