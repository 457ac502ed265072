// Web load: lesson pages at 50 concurrent connections, against `next start` of
// the production build; target p95 ≤ 50 ms. The ceiling, measured in the same run, is the same
// server answering its smallest prerendered page (/signup, ~10 KB). Lessons are prerendered
// too, ~250 KB of HTML each (KaTeX rendered on the server), so they are measured both as
// curl sends them and with `Accept-Encoding: gzip`, as browsers send them (Next.js then
// compresses every response on the fly). Prints a table; exits 1 when the target is missed.
// The load comes from wrk (Debian's `wrk`, written in C) when it is installed, else from
// autocannon (npm, JavaScript): on two cores the load generator takes CPU from the server, and
// wrk takes much less (`--tool autocannon` forces it).
//
//   pnpm scale:load [--connections 50] [--seconds 10] [--tool wrk|autocannon]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startE2eServer } from './e2e-server.mjs';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.BENCH_PORT_BASE ?? '3301' },
    tool: { type: 'string' },
  },
});
const hasWrk = spawnSync('wrk', ['--version']).error === undefined;
const tool = values.tool ?? (hasWrk ? 'wrk' : 'autocannon');
if (!['wrk', 'autocannon'].includes(tool) || (tool === 'wrk' && !hasWrk)) {
  console.error(`--tool: "${tool}" is not available; use wrk (apt-get install wrk) or autocannon`);
  process.exit(2);
}
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const port = Number(values.port);
for (const [name, n] of Object.entries({ connections, seconds, port }))
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name}: expected a positive whole number`);
    process.exit(2);
  }
const TARGET_P95_MS = 50;

const { base, stop: stopServer } = await startE2eServer(port);
process.on('SIGINT', () => {
  stopServer();
  process.exit(130);
});

/** Runs the load tool: requests/s, latency percentiles of every response, response size. */
function measure(title, requests, headers = {}) {
  return tool === 'wrk'
    ? measureWrk(title, requests, headers)
    : measureAutocannon(title, requests, headers);
}

// wrk: a Lua script cycles through the paths and prints its own percentiles as JSON.
function measureWrk(title, requests, headers) {
  const dir = mkdtempSync(path.join(tmpdir(), 'slope-wrk-'));
  const script = path.join(dir, 'load.lua');
  writeFileSync(
    script,
    `local paths = ${JSON.stringify(requests).replace('[', '{').replace(/]$/, '}')}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, _)
  local ms = function(q) return latency:percentile(q) / 1000 end
  io.write(string.format('{"rps":%f,"p50":%f,"p95":%f,"p99":%f,"bytes":%d,"requests":%d,"errors":%d}\\n',
    summary.requests / (summary.duration / 1e6), ms(50), ms(95), ms(99), summary.bytes, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
`,
  );
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const run = spawnSync(
    'wrk',
    [
      '-t2',
      `-c${connections}`,
      `-d${seconds}s`,
      '--timeout',
      '10s',
      ...headerArgs,
      '-s',
      script,
      base,
    ],
    { encoding: 'utf8' },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`wrk failed: ${run.stderr || run.stdout}`);
  const r = JSON.parse(line);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    title,
    rps: r.rps,
    p50: round(r.p50),
    p95: round(r.p95),
    p99: round(r.p99),
    kb: r.bytes / 1024 / Math.max(1, r.requests),
    errors: r.errors,
  };
}

async function measureAutocannon(title, requests, headers) {
  const latencies = [];
  let errors = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    headers,
    requests: requests.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) latencies.push(ms);
    else errors++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  return {
    title,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    kb: result.throughput.average / 1024 / Math.max(1, result.requests.average),
    errors: errors + result.errors + result.timeouts,
  };
}

let failed = false;
try {
  const html = await (await fetch(`${base}/courses/calculus-for-ml`)).text();
  const lessons = [
    ...new Set(
      [...html.matchAll(/href="(\/courses\/calculus-for-ml\/[a-z0-9-]+)"/g)].map((m) => m[1]),
    ),
  ];
  for (const path of ['/signup', ...lessons]) await fetch(`${base}${path}`).then((r) => r.text()); // warm-up
  const loadBefore = (await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const rows = [
    await measure('ceiling: /signup (static, ~10 KB)', ['/signup']),
    await measure(`lesson pages (${lessons.length}, round robin)`, lessons),
    await measure(`lesson pages, Accept-Encoding: gzip`, lessons, { 'accept-encoding': 'gzip' }),
  ];
  const ceiling = rows[0].rps;
  console.log(
    `\n${tool}, ${connections} connections, ${seconds} s each, Node ${process.version}, load average before: ${loadBefore}\n`,
  );
  console.log('| page | req/s | % of ceiling | p50 ms | p95 ms | p99 ms | KB/response | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.title} | ${r.rps.toFixed(0)} | ${((100 * r.rps) / ceiling).toFixed(0)}% | ${r.p50} | ${r.p95} | ${r.p99} | ${r.kb.toFixed(1)} | ${r.errors} |`,
    );
  const lessonRows = rows.slice(1);
  failed = lessonRows.some((r) => r.p95 > TARGET_P95_MS || r.errors > 0);
  console.log(
    failed
      ? `\n✗ lesson pages: p95 above ${TARGET_P95_MS} ms (or errors)`
      : `\n✓ lesson pages: p95 ≤ ${TARGET_P95_MS} ms`,
  );
} finally {
  stopServer();
}
process.exit(failed ? 1 : 0);
