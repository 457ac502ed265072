import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startHealthServer } from './health-server';
import { WorkerMetrics } from './worker-metrics';

let ready = true;
const metrics = new WorkerMetrics();
metrics.record({ type: 'completed', id: 'a', exerciseId: 'x', ms: 250, score: 1, try: 1 });
metrics.record({ type: 'failed', id: 'b', exerciseId: 'x', ms: 10, reason: 'boom', try: 1 });
const server = await startHealthServer(0, {
  ready: async () => {
    if (!ready) throw new Error('Redis does not answer');
  },
  metrics: () => metrics.text(1),
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('worker health server', () => {
  it('answers liveness, readiness and metrics', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('slope_worker_jobs_total{outcome="completed"} 1');
    expect(text).toContain('slope_worker_jobs_total{outcome="failed"} 1');
    expect(text).toContain('slope_worker_running_jobs 1');
    expect(text).toContain('slope_worker_grading_seconds{quantile="0.5"} 0.25');
  });

  it('reports not ready with the reason, and refuses what it does not serve', async () => {
    ready = false;
    const response = await fetch(`${base}/health/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      error: 'Redis does not answer',
    });
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
