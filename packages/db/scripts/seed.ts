// `pnpm db:seed`: registers content/ and the demo accounts in DATABASE_URL's database.
import { join } from 'node:path';
import { createPrismaClient, describeDatabase, findRepoRoot, seed } from '../src/index.ts';
import { databaseUrlFromEnv } from './database-url-from-env.ts';

async function main(): Promise<void> {
  const url = databaseUrlFromEnv();
  const contentDir = join(findRepoRoot(process.env.INIT_CWD ?? process.cwd()), 'content');
  const prisma = createPrismaClient(url);
  const started = performance.now();
  try {
    const summary = await seed(prisma, { contentDir });
    const ms = Math.round(performance.now() - started);
    console.log(
      `Seeded ${describeDatabase(url)} in ${ms} ms: ${summary.courses} course(s), ` +
        `${summary.lessons} lesson(s), ${summary.users} demo account(s)` +
        (summary.demoClass
          ? `, demo class ${summary.demoClass}.`
          : ' (no course, so no demo class).'),
    );
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
