// Generates both Prisma clients (src/generated/{sqlite,postgresql}). Runs as `postinstall`.
//
// `prisma generate` would try to download the native schema engine, which is not on npm.
// Generate never executes that engine, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file is enough to keep it offline (see /work/shared/notes/offline-setup.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync('/bin/false') ? '/bin/false' : process.execPath;
}
env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';

const prismaCli = createRequire(join(packageDir, 'package.json')).resolve('prisma/build/index.js');

for (const provider of ['sqlite', 'postgresql']) {
  const schema = join('prisma', provider, 'schema.prisma');
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    cwd: packageDir,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`@slope/db: prisma generate failed for ${schema} (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
