import { parseArgs } from 'node:util';

/** Options every scale benchmark takes, with their defaults. */
const COMMON = {
  learners: '200',
  'per-learner': '5',
  'port-base': process.env.BENCH_PORT_BASE ?? '3301',
  'redis-port': '6390',
};

/**
 * Parses `--name value` options that must be positive whole numbers (the common ones plus
 * `extra`) and boolean `flags`; a bad value stops the script with a message naming it.
 */
export function benchArgs<E extends string, F extends string>(
  extra: Record<E, string>,
  flags: F[] = [],
): Record<keyof typeof COMMON | E, number> & Record<F, boolean> {
  const defaults: Record<string, string> = { ...COMMON, ...extra };
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(
        Object.entries(defaults).map(([name, value]) => [name, { type: 'string', default: value }]),
      ),
      ...Object.fromEntries(flags.map((flag) => [flag, { type: 'boolean', default: false }])),
    } as NonNullable<Parameters<typeof parseArgs>[0]>['options'],
  });
  const given = values as Record<string, string | boolean | undefined>;
  const parsed: Record<string, number | boolean> = {};
  for (const name of Object.keys(defaults)) {
    const n = Number(given[name]);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`--${name}: expected a positive whole number, got "${given[name]}"`);
      process.exit(2);
    }
    parsed[name] = n;
  }
  for (const flag of flags) parsed[flag] = Boolean(given[flag]);
  return parsed as Record<keyof typeof COMMON | E, number> & Record<F, boolean>;
}
