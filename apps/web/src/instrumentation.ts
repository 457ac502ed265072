/** Runs once when the server starts (see instrumentation-node.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkDeploymentOrExit, checkEnvironmentOrExit, resumeGrading } = await import(
      './instrumentation-node'
    );
    checkEnvironmentOrExit();
    await checkDeploymentOrExit();
    resumeGrading();
  }
}

/**
 * An error a page, server action or route threw: logged with pino under the digest Next shows
 * the person instead of the error's text ("Digest: …" on the error page).
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportInternalError } = await import('./http/internal-error');
  const digest = (error as { digest?: unknown }).digest;
  reportInternalError(error, {
    requestId: typeof digest === 'string' ? digest : undefined,
    where: `${request.method} ${request.path} (${context.routeType} ${context.routePath})`,
  });
}
