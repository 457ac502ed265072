import { randomUUID } from 'node:crypto';
import { isBusyError } from '@slope/db';
import { unstable_rethrow } from 'next/navigation';
import type { Logger } from 'pino';
import { log } from '../log';

/**
 * The id of a request, for matching what a person reports with the log: the `x-request-id` a
 * proxy in front set (nginx), else a new one.
 */
export function requestIdOf(request?: Request): string {
  const given = request?.headers.get('x-request-id')?.trim();
  return given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** What a person sees for a failure on the server: no internals, an id to report. */
export function internalErrorMessage(requestId: string, busy = false): string {
  return busy
    ? `The server is busy and could not save this; try again in a moment (request id ${requestId}).`
    : `Something went wrong on the server (request id ${requestId}). Try again; if it keeps happening, send this id to the site's administrator.`;
}

/**
 * Logs an unexpected error (database text, stack) with its request id, and returns the id and
 * the message to show instead. The error's text never goes to the person.
 */
export function reportInternalError(
  error: unknown,
  context: { requestId?: string; where: string },
  logger: Logger = log(),
): { requestId: string; busy: boolean; message: string } {
  const requestId = context.requestId ?? randomUUID();
  const busy = isBusyError(error);
  logger.error({ err: error, requestId, where: context.where, busy }, 'request failed');
  return { requestId, busy, message: internalErrorMessage(requestId, busy) };
}

/**
 * Wraps an API route handler: an error it throws becomes a JSON answer `{ error, requestId }`
 * — 503 with Retry-After when the database was busy, 500 otherwise — and a log line with the
 * error's full text under the same request id.
 *
 * @example
 * export const POST = apiRoute('POST /api/practice', async (request: Request) => { … });
 */
export function apiRoute<Args extends unknown[]>(
  where: string,
  handler: (...args: Args) => Promise<Response> | Response,
  logger?: Logger,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error); // notFound(), redirect() and the like are answers, not failures
      const request = args[0] instanceof Request ? args[0] : undefined;
      const failure = reportInternalError(
        error,
        { requestId: requestIdOf(request), where },
        logger,
      );
      return Response.json(
        { error: failure.message, requestId: failure.requestId },
        {
          status: failure.busy ? 503 : 500,
          headers: {
            'x-request-id': failure.requestId,
            ...(failure.busy ? { 'retry-after': '1' } : {}),
          },
        },
      );
    }
  };
}
