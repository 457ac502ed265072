import type { PrismaClient } from '@slope/db';
import { describe, expect, it } from 'vitest';
import { buildAuthOptions } from './options';

const prisma = {} as PrismaClient;
const secret = 's'.repeat(40);

describe('buildAuthOptions', () => {
  it('offers only email and password when GitHub is not configured', () => {
    const options = buildAuthOptions({ nextAuthSecret: secret, github: null }, prisma);
    expect(options.providers.map((p) => p.id)).toEqual(['credentials']);
    expect(options.adapter).toBeUndefined();
    expect(options.session?.strategy).toBe('jwt');
    expect(options.secret).toBe(secret);
  });

  it('adds GitHub (and the account-linking adapter) when both variables are set', () => {
    const options = buildAuthOptions(
      { nextAuthSecret: secret, github: { clientId: 'id', clientSecret: 'shh' } },
      prisma,
    );
    expect(options.providers.map((p) => p.id)).toEqual(['credentials', 'github']);
    expect(options.adapter).toBeDefined();
  });

  it('puts the role and id into the token and the session', async () => {
    const { callbacks } = buildAuthOptions({ nextAuthSecret: secret, github: null }, prisma);
    const token = await callbacks!.jwt!({
      token: { sub: 'u1' },
      user: { id: 'u1', role: 'INSTRUCTOR' } as never,
      account: null,
    } as never);
    expect(token).toMatchObject({ uid: 'u1', role: 'INSTRUCTOR' });
    const session = await callbacks!.session!({
      session: { user: { name: 'G' }, expires: '' },
      token,
    } as never);
    expect(session.user).toEqual({ name: 'G', id: 'u1', role: 'INSTRUCTOR' });
  });

  it('narrows a role it does not know to LEARNER', async () => {
    const { callbacks } = buildAuthOptions({ nextAuthSecret: secret, github: null }, prisma);
    const session = await callbacks!.session!({
      session: { user: { name: 'M' }, expires: '' },
      token: { uid: 'u2', role: 'SUPERUSER' },
    } as never);
    expect((session.user as { role?: string }).role).toBe('LEARNER');
  });

  it('ends a token once the user signed out elsewhere (session version raised)', async () => {
    let version = 0;
    const users = {
      user: { findUnique: async () => ({ sessionVersion: version }) },
    } as unknown as PrismaClient;
    const { callbacks } = buildAuthOptions({ nextAuthSecret: secret, github: null }, users);
    const token = await callbacks!.jwt!({
      token: { sub: 'u1' },
      user: { id: 'u1', role: 'LEARNER', sessionVersion: 0 } as never,
      account: null,
    } as never);
    expect(token).toMatchObject({ sv: 0 });
    await expect(callbacks!.jwt!({ token } as never)).resolves.toMatchObject({ uid: 'u1' });
    version = 1;
    await expect(callbacks!.jwt!({ token } as never)).rejects.toThrow();
  });
});
