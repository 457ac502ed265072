// `pnpm slope …`: the operator's commands. See `pnpm slope help`.
import { createInterface } from 'node:readline';
import { demoAccounts, demoMode, removeDemoData } from '@slope/db';
import { db } from '../src/db';
import { makeAdmin } from '../src/ops/admin-account';

const USAGE = `Usage:
  pnpm slope admin create --email you@example.edu [--name "Your Name"]
      Makes the account an administrator (an existing account keeps its password). A new
      account's password is asked twice on a terminal, or read from the first line of stdin.
  pnpm slope demo remove --yes
      Deletes the demo accounts, with their answers, submissions and classes:
      ${demoAccounts.map((a) => a.email).join(', ')}.
  pnpm slope mode [--json]
      Says whether this environment is a demo (demo accounts seeded) or a deployment, and why.`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

/** A line typed on the terminal without echoing it, or the next line of piped stdin. */
async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const lines = createInterface({ input: stdin })[Symbol.asyncIterator]();
    const line = await lines.next();
    return line.done ? '' : line.value;
  }
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let text = '';
  try {
    for await (const chunk of stdin) {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return text;
        if (ch === '\u0003') throw new UsageError('cancelled');
        if (ch === '\u007f') text = text.slice(0, -1);
        else text += ch;
      }
    }
    return text;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stdout.write('\n');
  }
}

async function askPassword(): Promise<string> {
  const first = await readSecret('Password for the new administrator: ');
  if (!process.stdin.isTTY) return first;
  const again = await readSecret('The same password again: ');
  if (first !== again) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}

async function main(args: string[]): Promise<number> {
  const [group, command] = args;
  if (group === 'mode') {
    const mode = demoMode(process.env);
    console.log(
      args.includes('--json')
        ? JSON.stringify(mode)
        : `${mode.demo ? 'Demo' : 'Deployment'} (${mode.reason}).`,
    );
    return 0;
  }
  if (group === 'admin' && command === 'create') {
    const email = option(args, '--email')?.trim().toLowerCase();
    if (!email) throw new UsageError('admin create needs --email');
    const result = await makeAdmin(db(), {
      email,
      name: option(args, '--name') ?? 'Administrator',
      password: askPassword,
    });
    if (!result.ok) {
      console.error(`Nothing was changed:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
      return 1;
    }
    console.log(
      {
        created: `Created ${email}, an administrator. Sign in at /signin.`,
        promoted: `${email} is now an administrator (password unchanged).`,
        'already-admin': `${email} is already an administrator; nothing was changed.`,
      }[result.outcome],
    );
    return 0;
  }
  if (group === 'demo' && command === 'remove') {
    if (!args.includes('--yes')) {
      console.error(
        'This deletes the demo accounts with everything they did, and the classes they created.\nRun it again with --yes to go ahead.',
      );
      return 1;
    }
    const count = await removeDemoData(db());
    console.log(`Removed ${count} demo account(s) and the demo class.`);
    return 0;
  }
  if (group === 'help' || group === '--help' || group === undefined) {
    console.log(USAGE);
    return group === undefined ? 1 : 0;
  }
  throw new UsageError(`unknown command: ${args.join(' ')}`);
}

main(process.argv.slice(2)).then(
  async (code) => {
    if (process.argv[2] !== 'mode') await db().$disconnect();
    process.exit(code);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof UsageError ? `slope: ${message}\n\n${USAGE}` : `slope: ${message}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
