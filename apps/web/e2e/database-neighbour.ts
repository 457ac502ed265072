import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface NeighbourReport {
  runs: number;
  failures: number;
  errors: string[];
}

/**
 * Starts `database-neighbour-process.mjs` (a second process reading the database, or running
 * `pnpm db:seed` over and over) on `url`; resolves once it has started. `stop()` lets its
 * current run finish and returns what it did.
 */
export async function startDatabaseNeighbour(mode: 'read' | 'seed', url: string) {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'database-neighbour-process.mjs'), mode, url],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const received: string[] = [];
  let notify = () => {};
  lines.on('line', (line) => {
    received.push(line);
    notify();
  });
  const nextLine = async (index: number) => {
    while (received.length <= index) {
      if (child.exitCode !== null) throw new Error(`the ${mode} neighbour exited early`);
      await new Promise<void>((resolve) => {
        notify = resolve;
        child.once('exit', () => resolve());
      });
    }
    return received[index]!;
  };
  expectLine(await nextLine(0), 'ready');
  return {
    async stop(): Promise<NeighbourReport> {
      child.kill('SIGTERM');
      return JSON.parse(await nextLine(1)) as NeighbourReport;
    },
  };
}

function expectLine(line: string, expected: string) {
  if (line !== expected)
    throw new Error(`expected "${expected}" from the neighbour, got "${line}"`);
}
