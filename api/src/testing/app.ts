import type { Hono } from 'hono';
import { createApp } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import type { SqlPool } from '../db/client.ts';

export function createTestApp(sql: SqlPool): Hono {
  return createApp({ sql, logger: createLogger('silent') });
}

export interface GraphQLResult<TData = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  body: { data?: TData | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A GraphQL-over-HTTP POST through the real Hono app, in process. */
export async function postGraphQL<TData = Record<string, any>>(
  app: Hono,
  query: string,
  variables?: Record<string, unknown>,
  accept = 'application/graphql-response+json',
): Promise<GraphQLResult<TData>> {
  const response = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}
