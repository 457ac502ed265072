import path from 'node:path';
import { seed } from '@slope/db';
import { verifyPassword } from '@slope/db/password';
import { findRepoRoot } from '@slope/db/repo-root';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempDatabase, tempDatabase } from '../testing/temp-database';
import { makeAdmin } from './admin-account';
import { CREATE_ADMIN_ADVICE, checkDeployment } from './deployment-check';

const contentDir = path.join(findRepoRoot(import.meta.dirname), 'content');
const strong = async () => 'violet tractor mandolin eleven';

describe('the first administrator and the demo accounts of a deployment', () => {
  let database: TempDatabase;
  beforeAll(async () => {
    database = await tempDatabase('sqlite');
  });
  afterAll(() => database.dispose());

  it('a deployment with no administrator asks for one; a demo asks nothing', async () => {
    await seed(database.prisma, { contentDir, demo: false });
    const check = await checkDeployment(database.prisma, { SLOPE_DEMO: 'false' });
    expect(check).toMatchObject({ refuse: null, advice: CREATE_ADMIN_ADVICE });
    expect(await checkDeployment(database.prisma, {})).toMatchObject({
      mode: { demo: true },
      refuse: null,
      advice: null,
    });
  });

  it('refuses a guessable password and writes nothing', async () => {
    const result = await makeAdmin(database.prisma, {
      email: 'ops@uni.edu',
      name: 'Ops',
      password: async () => 'password123',
    });
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/^password: /)] });
    expect(await database.prisma.user.count()).toBe(0);
  });

  it('creates an administrator who can sign in, then the deployment has no advice', async () => {
    expect(
      await makeAdmin(database.prisma, { email: ' Ops@Uni.edu ', name: 'Ops', password: strong }),
    ).toEqual({ ok: true, outcome: 'created' });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'ops@uni.edu' } });
    expect(user.role).toBe('ADMIN');
    expect(await verifyPassword(await strong(), user.passwordHash!)).toBe(true);
    const again = await makeAdmin(database.prisma, {
      email: 'ops@uni.edu',
      name: 'x',
      password: strong,
    });
    expect(again).toEqual({ ok: true, outcome: 'already-admin' });
    expect(await checkDeployment(database.prisma, { SLOPE_DEMO: 'false' })).toMatchObject({
      advice: null,
    });
  });

  it('promotes an existing account without asking for or changing its password', async () => {
    await database.prisma.user.create({
      data: { email: 'grace@uni.edu', name: 'Grace', passwordHash: 'kept', role: 'LEARNER' },
    });
    const asked = { password: false };
    const result = await makeAdmin(database.prisma, {
      email: 'grace@uni.edu',
      name: 'ignored',
      password: async () => {
        asked.password = true;
        return '';
      },
    });
    expect(result).toEqual({ ok: true, outcome: 'promoted' });
    expect(asked.password).toBe(false);
    expect(
      await database.prisma.user.findUniqueOrThrow({ where: { email: 'grace@uni.edu' } }),
    ).toMatchObject({ role: 'ADMIN', passwordHash: 'kept' });
  });

  it('a deployment refuses to start while a demo account keeps its README password', async () => {
    await seed(database.prisma, { contentDir, demo: true });
    const check = await checkDeployment(database.prisma, {
      DATABASE_URL: 'postgresql://db/slope',
    });
    expect(check.mode).toEqual({ demo: false, reason: 'DATABASE_URL is PostgreSQL' });
    expect(check.refuse).toMatch(/admin@slope\.dev.*pnpm slope demo remove --yes/);
  });
});
