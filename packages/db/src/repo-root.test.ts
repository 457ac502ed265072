import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabaseUrl, findRepoRoot } from './repo-root.ts';

describe('defaultDatabaseUrl', () => {
  it('points at data/slope.db in the directory holding pnpm-workspace.yaml', () => {
    const root = mkdtempSync(join(tmpdir(), 'slope-root-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const nested = join(root, 'apps', 'web', 'src');
    mkdirSync(nested, { recursive: true });
    expect(findRepoRoot(nested)).toBe(root);
    expect(defaultDatabaseUrl(nested)).toBe(`file:${join(root, 'data', 'slope.db')}`);
    rmSync(root, { recursive: true, force: true });
  });

  it('finds this repository from the package folder', () => {
    expect(defaultDatabaseUrl()).toMatch(/^file:\/.*\/data\/slope\.db$/);
  });
});
