/**
 * Reduces a schema-engine error to its human-readable part: the message before the Rust
 * span trace (`   0: sql_schema_connector::…`), plus the migration it happened in, which
 * the trace names. JSON envelopes (`{ "message", "error_code" }`) are unwrapped too.
 */
export function engineErrorMessage(error: unknown): string {
  let raw = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(raw) as { message?: unknown; error_code?: unknown };
    if (typeof parsed.message === 'string') {
      const code = typeof parsed.error_code === 'string' ? ` [${parsed.error_code}]` : '';
      raw = `${parsed.message}${code}`;
    }
  } catch {
    // not JSON: use as is
  }
  const traceStart = raw.search(/\n\s*0: /);
  const message = (traceStart === -1 ? raw : raw.slice(0, traceStart)).trim();
  const migration = /migration_name="([^"]+)"/.exec(raw.slice(Math.max(traceStart, 0)))?.[1];
  return migration && !message.includes(migration)
    ? `${message} (in migration ${migration})`
    : message;
}

/** Collapses a multi-line message into one line for CLI output. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
