import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseKind } from '../database-url.ts';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `prisma/<kind>/schema.prisma` inside this package. */
export function schemaPathFor(kind: DatabaseKind): string {
  return join(packageDir, 'prisma', kind, 'schema.prisma');
}

/** `prisma/<kind>/migrations` inside this package. */
export function migrationsDirFor(kind: DatabaseKind): string {
  return join(packageDir, 'prisma', kind, 'migrations');
}
