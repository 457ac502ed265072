import { createServer, type Server } from 'node:http';

export interface HealthChecks {
  /** resolves when the worker should get jobs; rejects with the reason otherwise */
  ready: () => Promise<void>;
  metrics: () => string;
}

/**
 * A small HTTP server for orchestrators and scrapers: `GET /health/live` (200 while the
 * process runs), `GET /health/ready` (200, or 503 with the reason), `GET /metrics`
 * (Prometheus text). Anything else is 404. Listens on 127.0.0.1 unless `host` says otherwise.
 */
export function startHealthServer(
  port: number,
  checks: HealthChecks,
  host = '127.0.0.1',
): Promise<Server> {
  const server = createServer((request, response) => {
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return json(405, { error: 'Only GET is supported.' });
    switch (request.url) {
      case '/health/live':
        return json(200, { status: 'ok' });
      case '/health/ready':
        checks.ready().then(
          () => json(200, { status: 'ok' }),
          (error: Error) => json(503, { status: 'unavailable', error: error.message }),
        );
        return;
      case '/metrics':
        response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
        response.end(checks.metrics());
        return;
      default:
        return json(404, {
          error: `No such endpoint: ${request.url}. Try /health/live, /health/ready or /metrics.`,
        });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
