// Web load: lesson pages at 50 concurrent connections; target p95 ≤ 50 ms. The ceiling,
// measured in the same run, is `next start` of the production build answering its smallest
// prerendered page (/signup, ~10 KB). Lessons are prerendered too, but heavy (KaTeX rendered on
// the server, and again in the page's React payload), so they are measured both as curl sends
// them and with `Accept-Encoding: gzip`, as browsers send them (Next.js then compresses every
// response on the fly), each straight from `next start` and through nginx with
// deploy/nginx.conf (the deployment the README describes: nginx keeps the prerendered pages).
// The target is judged on the nginx rows; without nginx installed, on the direct ones.
// Before measuring, the cache is checked to keep lessons and nothing personal.
// Prints a table; exits 1 when the target is missed.
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
import { findNginx, startNginx } from './nginx.mjs';

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

const nginx = findNginx();
if (!nginx)
  console.warn('nginx is not installed (apt-get install nginx): measuring next start only');

const { base, stop: stopServer } = await startE2eServer(port);
let stopNginx = () => {};
process.on('SIGINT', () => {
  stopNginx();
  stopServer();
  process.exit(130);
});

/** Runs the load tool against `base`: requests/s, latency percentiles, response size. */
function measure(title, base, requests, headers = {}) {
  return tool === 'wrk'
    ? measureWrk(title, base, requests, headers)
    : measureAutocannon(title, base, requests, headers);
}

// wrk: a Lua script cycles through the paths and prints its own percentiles as JSON.
function measureWrk(title, base, requests, headers) {
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

async function measureAutocannon(title, base, requests, headers) {
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
  const round = (x) => Math.round(x * 10) / 10;
  return {
    title,
    rps: latencies.length / seconds,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
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
  let cached;
  if (nginx) {
    const proxy = await startNginx(nginx, port + 1, [`127.0.0.1:${port}`]);
    stopNginx = proxy.stop;
    cached = proxy.base;
    await checkCache(cached, lessons);
  }
  const loadBefore = (await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const gzip = { 'accept-encoding': 'gzip' };
  const rows = [
    await measure('ceiling: /signup (static, ~10 KB)', base, ['/signup']),
    await measure(`lesson pages (${lessons.length}, round robin)`, base, lessons),
    await measure(`lesson pages, Accept-Encoding: gzip`, base, lessons, gzip),
  ];
  if (cached)
    rows.push(
      await measure('lesson pages through nginx', cached, lessons),
      await measure('lesson pages through nginx, gzip', cached, lessons, gzip),
    );
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
  const judged = cached ? rows.slice(3) : rows.slice(1);
  failed = judged.some((r) => r.p95 > TARGET_P95_MS || r.errors > 0);
  const where = cached ? 'through nginx' : 'straight from next start';
  console.log(
    failed
      ? `\n✗ lesson pages ${where}: p95 above ${TARGET_P95_MS} ms (or errors)`
      : `\n✓ lesson pages ${where}: p95 ≤ ${TARGET_P95_MS} ms`,
  );
} finally {
  stopNginx();
  stopServer();
}

/**
 * The cache must keep lesson pages (both encodings) and never keep a personal page or an API
 * answer: a kept personal page would be shown to the next visitor.
 */
async function checkCache(cached, lessons) {
  const status = async (path, headers = {}) => {
    const r = await fetch(`${cached}${path}`, { headers, redirect: 'manual' });
    await r.arrayBuffer();
    return r.headers.get('x-cache-status');
  };
  const twice = async (path, headers) => {
    await status(path, headers);
    return status(path, headers);
  };
  const problems = [];
  for (const path of lessons) {
    for (const headers of [{}, { 'accept-encoding': 'gzip' }]) {
      const s = await twice(path, headers);
      if (s !== 'HIT') problems.push(`${path} ${JSON.stringify(headers)}: ${s}, expected HIT`);
    }
  }
  for (const path of ['/dashboard', '/teach', '/author']) {
    const s = await twice(path);
    if (s === 'HIT') problems.push(`${path}: a personal page was kept`);
  }
  if ((await twice('/api/health')) !== null) problems.push('/api/health went through the cache');
  if (problems.length > 0) throw new Error(`nginx cache:\n${problems.join('\n')}`);
}
process.exit(failed ? 1 : 0);
