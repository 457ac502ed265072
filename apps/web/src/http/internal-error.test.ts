import { Writable } from 'node:stream';
import { notFound } from 'next/navigation';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { apiRoute } from './internal-error';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const prismaText = 'Invalid `prisma.rateLimit.deleteMany()` invocation: Operation has timed out';

describe('apiRoute', () => {
  it.each([
    {
      thrown: Object.assign(new Error(prismaText), {
        code: 'P1008',
        meta: { driverAdapterError: { cause: { originalCode: '5' } } },
      }),
      status: 503,
      says: /server is busy/,
    },
    {
      thrown: Object.assign(new Error(prismaText), { code: 'P2025' }),
      status: 500,
      says: /Something went wrong on the server/,
    },
  ])(
    'answers $status with a generic message and logs the text',
    async ({ thrown, status, says }) => {
      const { logger, lines } = capturingLogger();
      const route = apiRoute(
        'POST /api/test',
        async (_request: Request) => {
          throw thrown;
        },
        logger,
      );
      const response = await route(
        new Request('http://x/api/test', { method: 'POST', headers: { 'x-request-id': 'req-42' } }),
      );
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body).toEqual({ error: expect.stringMatching(says), requestId: 'req-42' });
      expect(body.error).toContain('req-42');
      expect(JSON.stringify(body)).not.toMatch(/prisma|timed out|P10|P20/i);
      expect(response.headers.get('x-request-id')).toBe('req-42');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ requestId: 'req-42', where: 'POST /api/test' });
      expect(JSON.stringify(lines[0])).toContain('Operation has timed out');
    },
  );

  it('passes answers through, and makes up an id when the request has none', async () => {
    const { logger, lines } = capturingLogger();
    const ok = apiRoute('GET /ok', () => Response.json({ fine: true }), logger);
    expect(await (await ok()).json()).toEqual({ fine: true });
    const failing = apiRoute(
      'GET /fail',
      (_request: Request, _context: { params: Promise<unknown> }) => {
        throw new Error('boom');
      },
      logger,
    );
    const response = await failing(new Request('http://x/fail'), { params: Promise.resolve({}) });
    const { requestId } = await response.json();
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0]).toMatchObject({ requestId });
  });

  it("lets Next's own control flow (notFound, redirect) through", async () => {
    const route = apiRoute('GET /gone', () => notFound());
    await expect(route()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
