import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';

/**
 * One structured log line per request, and its id in the X-Request-Id response header so a user's
 * report can be matched with the log. Set after the handler because handlers such as GraphQL Yoga
 * return their own Response, which does not carry headers prepared on the context.
 */
export function requestLog(options: { logger: Logger }): MiddlewareHandler {
  return async function requestLog(c, next) {
    const started = performance.now();
    await next();
    c.res.headers.set('X-Request-Id', c.get('requestId'));
    options.logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
