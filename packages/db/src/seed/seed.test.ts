import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../client.ts';
import { applyMigrations, createScratchDatabase } from '../migrate/index.ts';
import { findRepoRoot } from '../repo-root.ts';
import {
  DEMO_CLASS_JOIN_CODE,
  demoAccounts,
  demoAccountsWithPublicPasswords,
  removeDemoData,
  seed,
} from './seed.ts';

const contentDir = join(findRepoRoot(import.meta.dirname), 'content');

describe('seed: demo accounts only in demo mode', () => {
  let prisma: PrismaClient;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const scratch = await createScratchDatabase('sqlite', { prefix: 'slope_seed_test' });
    await applyMigrations({ url: scratch.url, log: () => {} });
    prisma = createPrismaClient(scratch.url);
    drop = scratch.drop;
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await drop();
  });

  it('a deployment gets the course and no account', async () => {
    const summary = await seed(prisma, { contentDir, demo: false });
    expect(summary.courses).toBeGreaterThan(0);
    expect(summary).toMatchObject({ users: 0, demoClass: null });
    expect(await prisma.user.count()).toBe(0);
    expect(await demoAccountsWithPublicPasswords(prisma)).toEqual([]);
  });

  it('a demo gets the demo accounts and class; they are found by their public passwords', async () => {
    const summary = await seed(prisma, { contentDir, demo: true });
    expect(summary).toMatchObject({ users: demoAccounts.length, demoClass: DEMO_CLASS_JOIN_CODE });
    expect(await demoAccountsWithPublicPasswords(prisma)).toEqual(demoAccounts.map((a) => a.email));
  });

  it('an account whose password was changed no longer counts as open', async () => {
    await prisma.user.update({
      where: { email: 'admin@slope.dev' },
      data: { passwordHash: 'scrypt$changed' },
    });
    expect(await demoAccountsWithPublicPasswords(prisma)).not.toContain('admin@slope.dev');
  });

  it('removes the demo accounts, their class and what they did, and nothing else', async () => {
    const other = await prisma.user.create({ data: { email: 'ada@uni.edu', name: 'Ada' } });
    expect(await removeDemoData(prisma)).toBe(demoAccounts.length);
    expect(await prisma.user.findMany({ select: { id: true } })).toEqual([{ id: other.id }]);
    expect(await prisma.class.count()).toBe(0);
    expect(await prisma.course.count()).toBeGreaterThan(0);
  });
});
