import http from 'node:http';

let installed = false;

/**
 * Appends the connecting peer's address to `X-Forwarded-For` on every request this process
 * serves, the way nginx's `$proxy_add_x_forwarded_for` does. Next.js only fills the header in
 * when a request has none, so without this a client could write any address there and the
 * peer's would be lost; with it, the last entry is always the real peer (see client-address.ts).
 */
export function appendPeerAddressToForwardedFor(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(
    this: http.Server,
    event: string,
    ...args: unknown[]
  ) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) {
        const given = request.headers['x-forwarded-for'];
        const list = Array.isArray(given) ? given.join(', ') : given;
        request.headers['x-forwarded-for'] = list ? `${list}, ${peer}` : peer;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]);
  } as typeof emit;
}
