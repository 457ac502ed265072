import {
  type DemoMode,
  demoAccountsWithPublicPasswords,
  demoMode,
  type PrismaClient,
  publicPasswordsMessage,
} from '@slope/db';

export interface DeploymentCheck {
  mode: DemoMode;
  /** why the server must not start (demo accounts with public passwords in a deployment) */
  refuse: string | null;
  /** what the operator should do next (no administrator yet) */
  advice: string | null;
}

export const CREATE_ADMIN_ADVICE =
  'There is no administrator yet: create one with `pnpm slope admin create --email you@example.edu`.';

/**
 * What start-up checks of the database in this mode: a deployment refuses to run while a demo
 * account still has its README password, and asks for a first administrator when there is none.
 */
export async function checkDeployment(
  prisma: PrismaClient,
  rawEnv: Record<string, string | undefined>,
): Promise<DeploymentCheck> {
  const mode = demoMode(rawEnv);
  if (mode.demo) return { mode, refuse: null, advice: null };
  const open = await demoAccountsWithPublicPasswords(prisma);
  const admins = await prisma.user.count({ where: { role: 'ADMIN' } });
  return {
    mode,
    refuse: open.length > 0 ? publicPasswordsMessage(open) : null,
    advice: admins === 0 ? CREATE_ADMIN_ADVICE : null,
  };
}
