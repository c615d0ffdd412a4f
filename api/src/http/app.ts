import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import type { Sql } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { createGraphQLServer } from './graphql.ts';
import { healthCheck } from './health.ts';
import { requestLog } from './request-log.ts';

export interface AppOptions {
  sql: Sql;
  logger: Logger;
  debug?: boolean;
}

/** The API: /graphql and /healthz. The web app is mounted beside it by the server, not inside it. */
export function createApp(options: AppOptions): Hono {
  const { sql, logger, debug = false } = options;
  const yoga = createGraphQLServer({ sql, logger, debug });
  const app = new Hono();

  app.use(requestId());
  app.use(requestLog({ logger }));
  app.get('/healthz', healthCheck({ sql }));
  app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw, { requestId: c.get('requestId') }));

  app.notFound((c) => c.json({ error: 'Hittades inte / not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return c.json({ error: 'Internt fel / internal error', requestId: c.get('requestId') }, 500);
  });
  return app;
}

/** Paths the API answers; everything else is the web app's. */
export const apiPaths = ['/graphql', '/healthz'] as const;
