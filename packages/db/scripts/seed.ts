// `pnpm db:seed`: registers content/ in DATABASE_URL's database, and in demo mode the demo
// accounts and demo class. In a deployment it fails while a demo account keeps its public password.
import { join } from 'node:path';
import {
  createPrismaClient,
  demoAccountsWithPublicPasswords,
  demoMode,
  describeDatabase,
  findRepoRoot,
  publicPasswordsMessage,
  seed,
} from '../src/index.ts';
import { databaseUrlFromEnv } from './database-url-from-env.ts';

async function main(): Promise<void> {
  const url = databaseUrlFromEnv();
  const mode = demoMode({ ...process.env, DATABASE_URL: url });
  const contentDir = join(findRepoRoot(process.env.INIT_CWD ?? process.cwd()), 'content');
  const prisma = createPrismaClient(url);
  const started = performance.now();
  try {
    const summary = await seed(prisma, { contentDir, demo: mode.demo });
    const ms = Math.round(performance.now() - started);
    const where = `Seeded ${describeDatabase(url)} in ${ms} ms: ${summary.courses} course(s), ${summary.lessons} lesson(s)`;
    if (mode.demo)
      console.log(
        `${where}, ${summary.users} demo account(s)` +
          (summary.demoClass
            ? `, demo class ${summary.demoClass}.`
            : ' (no course, so no demo class).') +
          ` Demo mode (${mode.reason}).`,
      );
    else {
      console.log(`${where}. Deployment (${mode.reason}): no demo accounts.`);
      const open = await demoAccountsWithPublicPasswords(prisma);
      if (open.length > 0) throw new Error(publicPasswordsMessage(open));
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /no such table|does not exist/i.test(message)
      ? ' Run `pnpm db:migrate` first.'
      : '';
    console.error(`db seed: ${message.replace(/\s*\n\s*/g, ' ').trim()}${hint}`);
    process.exit(1);
  },
);
