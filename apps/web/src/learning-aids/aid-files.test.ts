import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAids } from '../content/check/check-aids';
import { ContentError } from '../content/content-error';
import { readAidFiles } from './aid-files';

const folders: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'slope-aids-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const manifest = (openAfterFailed: number[]) =>
  ({ hints: { openAfterFailed, requestPenalty: 0 } }) as Parameters<typeof checkAids>[1];

describe('readAidFiles', () => {
  it('splits hints.md at its ## headings and renders math, code and tables; raw HTML is dropped', async () => {
    const dir = folder({
      'hints.md':
        '## First\nUse $x^2$.\n\n## Second\n```ts\nconst a = 1;\n```\n<script>alert(1)</script>\n',
      'solution.md': '### Why\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    });
    const aids = await readAidFiles(dir);
    expect(aids.hints.map((h) => h.title)).toEqual(['First', 'Second']);
    expect(aids.hints[0]!.html).toContain('class="katex"');
    expect(aids.hints[1]!.html).toContain('<pre');
    expect(aids.hints[1]!.html).not.toContain('<script');
    expect(aids.solution).toContain('<table>');
  });

  it('has no aids for a folder without the files', async () => {
    expect(await readAidFiles(folder({}))).toEqual({ hints: [], solution: null });
  });

  it('names the file and line of bad math, and text before the first hint', async () => {
    const bad = folder({ 'solution.md': 'Fine.\n\nThen $\\frac{1}{$ breaks.\n' });
    const error = await readAidFiles(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ file: path.join(bad, 'solution.md'), line: 3 });
    const untitled = folder({ 'hints.md': 'No heading here.\n\n## Later\nText.\n' });
    await expect(readAidFiles(untitled)).rejects.toThrow(/starts with a "## " heading/);
  });

  it('picks up an edited file at the next read', async () => {
    const dir = folder({ 'hints.md': '## One\nA.\n' });
    expect((await readAidFiles(dir)).hints).toHaveLength(1);
    writeFileSync(path.join(dir, 'hints.md'), '## One\nA.\n\n## Two\nB, a longer text.\n');
    expect((await readAidFiles(dir)).hints).toHaveLength(2);
  });
});

describe('checkAids (content:check)', () => {
  it('reports a manifest that opens more hints than hints.md has', async () => {
    const dir = folder({ 'hints.md': '## Only\nOne.\n' });
    expect(await checkAids(dir, manifest([1]))).toEqual([]);
    expect(await checkAids(dir, manifest([1, 2]))).toEqual([
      {
        file: path.join(dir, 'manifest.json'),
        message: '"hints.openAfterFailed" opens 2 hints, but hints.md has 1',
      },
    ]);
    expect((await checkAids(folder({}), manifest([1])))[0]?.message).toMatch(
      /there is no hints\.md/,
    );
  });

  it('reports bad math as a problem at its line', async () => {
    const dir = folder({ 'hints.md': '## A\n$\\frac{$\n' });
    expect(await checkAids(dir, manifest([]))).toEqual([
      expect.objectContaining({ file: path.join(dir, 'hints.md'), line: 2 }),
    ]);
  });
});
