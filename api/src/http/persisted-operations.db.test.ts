import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../web/src/lib/graphql/operations.ts';
import { createSeededTestApp } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { persistedOperations, sha256 } from './persisted-operations.ts';

/** Over a real socket, as a browser or a script would reach the API (not the in-process path). */
let db: TestDatabase;
let server: ServerType;
let url: string;

beforeAll(async () => {
  const seeded = await createSeededTestApp();
  db = seeded.db;
  server = serve({ fetch: seeded.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.close();
  await db.drop();
});

async function post(body: Record<string, unknown>, fromBrowser: boolean) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(fromBrowser ? { origin: new URL(url).origin } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
}

describe('persisted operations', () => {
  it('holds every operation of the web client', () => {
    expect(persistedOperations.size).toBe(Object.keys(operations).length);
    expect(persistedOperations.get(sha256(operations.StartPage.query))).toBe(operations.StartPage.query);
  });

  it('runs a web operation sent from a browser by its hash', async () => {
    const body = await post(
      { operationName: 'StartPage', extensions: { persistedQuery: { version: 1, sha256Hash: sha256(operations.StartPage.query) } } },
      true,
    );
    expect(body.errors).toBeUndefined();
    expect((body.data?.orgUnits as unknown[]).length).toBe(54);
  });

  it('refuses a browser that sends its own document, or an unknown hash', async () => {
    expect((await post({ query: '{ users { email } }' }, true)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ version }') } } }, true);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets scripts and integrations that are not browsers send any document', async () => {
    expect((await post({ query: '{ orgUnit(code: "14") { name } }' }, false)).data).toEqual({
      orgUnit: { name: 'Västra Götalands län' },
    });
  });
});
