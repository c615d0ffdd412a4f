import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { createTestUser, sessionCookieFor } from '../testing/users.ts';
import { graphqlBodyLimitBytes } from './app.ts';

/**
 * GraphQL over a real socket, served as server.ts serves it: the body is read from Node's stream (request-body.ts),
 * not through a Fetch Request, and must still be limited whatever the client says about its length.
 */
let db: TestDatabase;
let server: Server;
let url: URL;

beforeAll(async () => {
  const seeded = await createSeededTestApp();
  db = seeded.db;
  server = createServer(getRequestListener(seeded.app.fetch, { overrideGlobalObjects: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await db.drop();
});

/** A POST whose body is sent in chunks without a Content-Length (Transfer-Encoding: chunked). */
function postChunked(chunks: string[], headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const tooLarge = {
  errors: [{ message: 'Förfrågan är för stor / request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
};

describe('the GraphQL body from a socket', () => {
  it('answers a query, with the request’s headers (the session cookie) reaching the resolvers', async () => {
    const user = await createTestUser(db.sql, 'socket@example.se');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await sessionCookieFor(db.sql, user.id) },
      body: JSON.stringify({ query: 'query ($code: String!) { orgUnit(code: $code) { name } me { email } }', variables: { code: '14' } }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { orgUnit: { name: 'Västra Götalands län' }, me: { email: 'socket@example.se' } } });
  });

  it('refuses a body over the limit by its Content-Length, without reading it', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ version }', variables: { padding: 'x'.repeat(graphqlBodyLimitBytes) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
  });

  it('refuses a chunked body once it passes the limit, and reads one under it', async () => {
    const padding = 'x'.repeat(64 * 1024);
    const over = await postChunked(['{"query":"{ version }","variables":{"padding":"', padding, padding, padding, padding, '"}}']);
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body)).toEqual(tooLarge);
    const under = await postChunked(['{"query":"{ __typename }","variables":{"padding":"', padding, padding, '"}}']);
    expect([under.status, JSON.parse(under.body)]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('still refuses a cross-site form post', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'query=mutation{logout}',
    });
    expect(response.status).toBe(403);
  });
});
