import type { Hono } from 'hono';
import type { SqlPool } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createApp } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { seedReferenceData } from '../seed/index.ts';
import { countingClient } from './counting.ts';
import { createTestDatabase, type TestBackend, type TestDatabase } from './database.ts';

export function createTestApp(sql: SqlPool, options: { embedded?: boolean; importMaxBytes?: number; surveyRateLimit?: number } = {}): Hono {
  return createApp({ sql, logger: createLogger('silent'), ...options });
}

/** A throwaway database (database.ts) with the schema in place and nothing in it. */
export async function createMigratedTestDatabase(backend?: TestBackend): Promise<TestDatabase> {
  const db = await createTestDatabase(backend);
  await migrate(db.sql);
  return db;
}

/** The API in front of the database through a client that counts the statements sent (tests of no N+1). */
export function countedTestApp(db: TestDatabase): { app: Hono; counted: ReturnType<typeof countingClient> } {
  const counted = countingClient(db.sql);
  return { app: createTestApp(counted.sql, { embedded: db.backend === 'pglite' }), counted };
}

/** A migrated database with the reference data, and the API in front of it. */
export async function createSeededTestApp(backend?: TestBackend): Promise<{ db: TestDatabase; app: Hono }> {
  const db = await createMigratedTestDatabase(backend);
  await seedReferenceData(db.sql);
  return { db, app: createTestApp(db.sql, { embedded: db.backend === 'pglite' }) };
}

export interface GraphQLResult<TData = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  body: { data?: TData | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface PostOptions {
  /** Cookie header, e.g. from sessionCookieFor. */
  cookie?: string;
  url?: string;
  headers?: Record<string, string>;
}

/** A GraphQL-over-HTTP POST through the real Hono app, in process. */
export async function postGraphQL<TData = Record<string, any>>(
  app: Hono,
  query: string,
  variables?: Record<string, unknown>,
  options: PostOptions = {},
): Promise<GraphQLResult<TData> & { setCookies: string[] }> {
  const response = await app.request(options.url ?? '/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.json(),
    setCookies: response.headers.getSetCookie(),
  };
}
