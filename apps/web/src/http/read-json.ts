/**
 * Reads a JSON request body, refusing bodies over `maxBytes` (413), bytes that are not UTF-8 and
 * text that is not JSON (400) with a response to return as is. (The proxy already refused
 * declared lengths over the site-wide limit and non-JSON content types.)
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown | Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) return tooLarge(maxBytes);
  let text: string;
  try {
    // Invalid UTF-8 is refused, not stored with replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Response.json({ error: 'The request body is not valid UTF-8.' }, { status: 400 });
  }
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
