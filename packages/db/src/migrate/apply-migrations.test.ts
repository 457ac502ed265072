import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../client.ts';
import { verifyPassword } from '../password.ts';
import { seed } from '../seed/seed.ts';
import { applyMigrations } from './apply-migrations.ts';
import { migrationsDirFor } from './paths.ts';

const work = mkdtempSync(join(tmpdir(), 'slope-db-test-'));
const committed = readdirSync(migrationsDirFor('sqlite'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function writeContent(dir: string): string {
  const course = join(dir, 'calculus-for-ml');
  const lesson = (folder: string, front: string) => {
    mkdirSync(join(course, folder), { recursive: true });
    writeFileSync(join(course, folder, 'index.mdx'), `---\n${front}\n---\n\n# Body\n`);
  };
  mkdirSync(course, { recursive: true });
  writeFileSync(
    join(course, 'course.json'),
    JSON.stringify({ slug: 'calculus-for-ml', title: 'Calculus for ML', summary: 'Gradients.' }),
  );
  lesson(
    '01-why-calculus',
    'title: Why calculus\nsummary: "Downhill: the loss."\nobjectives:\n  - Read a slope\nminutes: 15',
  );
  lesson(
    '02-derivatives',
    'title: Derivatives\nsummary: Rates of change\nminutes: 20\ndraft: true',
  );
  mkdirSync(join(course, 'assets')); // not a lesson folder: ignored
  return dir;
}

describe('applyMigrations on SQLite', () => {
  const url = `file:${join(work, 'nested', 'data', 'slope.db')}`;
  const prisma = createPrismaClient(url);
  afterAll(async () => {
    await prisma.$disconnect();
    rmSync(work, { recursive: true, force: true });
  });

  it('creates the file and its folder and applies every migration from empty', async () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(await applyMigrations({ url })).toEqual(committed);
    expect(existsSync(join(work, 'nested', 'data', 'slope.db'))).toBe(true);
  });

  it('is a no-op when run again', async () => {
    expect(await applyMigrations({ url })).toEqual([]);
  });

  it('leaves every model usable, including Json and enum columns', async () => {
    const user = await prisma.user.create({ data: { email: 'probe@example.com' } });
    expect(user.role).toBe('LEARNER');
    const course = await prisma.course.create({
      data: { slug: 'probe', title: 'Probe', summary: '' },
    });
    const lesson = await prisma.lesson.create({
      data: { courseId: course.id, slug: 'l', position: 1, title: 'L', summary: '', minutes: 5 },
    });
    const response = await prisma.practiceResponse.create({
      data: {
        userId: user.id,
        lessonId: lesson.id,
        widgetId: 'q1',
        kind: 'ORDERING',
        answer: { order: [2, 0, 1], note: 'ok' },
        correct: true,
        score: 1,
        attempt: 1,
      },
    });
    expect(response.answer).toEqual({ order: [2, 0, 1], note: 'ok' });
    await prisma.course.delete({ where: { id: course.id } }); // cascades to lessons, responses
    expect(await prisma.practiceResponse.count()).toBe(0);
    await prisma.user.delete({ where: { id: user.id } });
  });

  it('seeds content and demo accounts, idempotently', async () => {
    const contentDir = writeContent(join(work, 'content'));
    const counts = async () => ({
      courses: await prisma.course.count(),
      lessons: await prisma.lesson.count(),
      users: await prisma.user.count(),
      classes: await prisma.class.count(),
      memberships: await prisma.classMembership.count(),
    });
    const first = await seed(prisma, { contentDir, demo: true });
    expect(first).toEqual({ courses: 1, lessons: 2, users: 4, demoClass: 'DEMO-CALC' });
    const after = await counts();
    expect(after).toEqual({ courses: 1, lessons: 2, users: 4, classes: 1, memberships: 2 });

    await seed(prisma, { contentDir, demo: true });
    expect(await counts()).toEqual(after);

    const lessons = await prisma.lesson.findMany({ orderBy: { position: 'asc' } });
    expect(lessons.map((l) => [l.slug, l.position, l.minutes, l.draft])).toEqual([
      ['why-calculus', 1, 15, false],
      ['derivatives', 2, 20, true],
    ]);
    const instructor = await prisma.user.findUniqueOrThrow({
      where: { email: 'instructor@slope.dev' },
    });
    expect(instructor).toMatchObject({ name: 'Demo Instructor', role: 'INSTRUCTOR' });
    expect(await verifyPassword('instructor-demo-pw', instructor.passwordHash!)).toBe(true);
    const demo = await prisma.class.findUniqueOrThrow({
      where: { joinCode: 'DEMO-CALC' },
      include: { memberships: { include: { user: true } } },
    });
    expect(demo.name).toBe('Calculus for ML — demo class');
    expect(demo.memberships.map((m) => [m.user.email, m.role]).sort()).toEqual([
      ['instructor@slope.dev', 'INSTRUCTOR'],
      ['learner@slope.dev', 'LEARNER'],
    ]);
  });

  it('names the database and the problem when a migration fails', async () => {
    const broken = join(work, 'broken-migrations');
    mkdirSync(join(broken, '20200101000000_broken'), { recursive: true });
    writeFileSync(join(broken, 'migration_lock.toml'), 'provider = "sqlite"\n');
    writeFileSync(join(broken, '20200101000000_broken', 'migration.sql'), 'CREATE TABLE oops (;\n');
    const other = `file:${join(work, 'broken.db')}`;
    await expect(applyMigrations({ url: other, migrationsDir: broken })).rejects.toThrowError(
      /^Migrating SQLite file .*broken\.db from .*broken-migrations failed: .*20200101000000_broken/s,
    );
  });

  it('rejects an unsupported URL', async () => {
    await expect(applyMigrations({ url: 'mysql://localhost/slope' })).rejects.toThrowError(
      /DATABASE_URL/,
    );
  });
});
