// A second process writing while a backup is taken (backup-database.test.ts): inserts
// n = 1, 2, 3… into backup_probe, one commit each, through Slope's client factory, and
// prints each n once its commit returned. Stops on SIGTERM.
import { createPrismaClient } from '../client.ts';

const prisma = createPrismaClient(process.argv[2] ?? '');
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});
for (let n = 1; !stopping; n++) {
  await prisma.$executeRawUnsafe(`INSERT INTO backup_probe (n) VALUES (${n})`);
  process.stdout.write(`${n}\n`);
  // libsql answers synchronously: let the SIGTERM handler and stdout have their turn.
  await new Promise((resolve) => setImmediate(resolve));
}
await prisma.$disconnect();
process.exit(0);
