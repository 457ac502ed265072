/**
 * Reads a JSON request body, refusing bodies over `maxBytes` and text that is not JSON with a
 * 4xx response to return as is.
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown | Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return tooLarge(maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    return Response.json({ error: 'The request body is not valid JSON.' }, { status: 400 });
  }
}

function tooLarge(maxBytes: number): Response {
  return Response.json(
    { error: `The request body is larger than ${Math.round(maxBytes / 1024)} KB.` },
    { status: 413 },
  );
}
