import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

/**
 * Header through which the server-side web app tells the API who its visitor is. Trusted only on
 * in-process calls (no Node socket behind the request): from the network anyone could send it.
 */
export const forwardedClientHeader = 'x-samsyn-client-address';

/** The Node request behind a request that came from a socket; undefined for one made in process. */
export const incomingOf = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;

/** A request handed over by SvelteKit in this process (and in tests, by app.request), not read from a socket. */
export function isInProcessRequest(c: Context): boolean {
  return !incomingOf(c);
}

/** The client's address, for rate limiting. Behind a reverse proxy, set trustProxy to use X-Forwarded-For. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(forwardedClientHeader) ?? 'in-process';
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return incoming.socket.remoteAddress ?? 'unknown';
}
