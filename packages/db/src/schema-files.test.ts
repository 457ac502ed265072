import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (kind: string) =>
  readFileSync(join(import.meta.dirname, '..', 'prisma', kind, 'schema.prisma'), 'utf8');

// The provider cannot come from an environment variable, so each database has its own copy.
describe('prisma schema files', () => {
  const sqlite = read('sqlite');
  const postgresql = read('postgresql');

  it('declare their own provider and generated-client folder', () => {
    expect(sqlite).toMatch(/^\s*provider\s*=\s*"sqlite"$/m);
    expect(sqlite).toMatch(/^\s*output\s*=\s*"..\/..\/src\/generated\/sqlite"$/m);
    expect(postgresql).toMatch(/^\s*provider\s*=\s*"postgresql"$/m);
    expect(postgresql).toMatch(/^\s*output\s*=\s*"..\/..\/src\/generated\/postgresql"$/m);
  });

  it('are otherwise identical', () => {
    const normalize = (text: string) =>
      text
        .replace(/^(\s*provider\s*=\s*)"(sqlite|postgresql)"$/m, '$1"<provider>"')
        .replace(
          /^(\s*output\s*=\s*"..\/..\/src\/generated\/)(sqlite|postgresql)"$/m,
          '$1<provider>"',
        );
    expect(normalize(postgresql)).toBe(normalize(sqlite));
  });
});
