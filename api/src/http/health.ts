import type { Handler } from 'hono';
import type { Sql } from '../db/client.ts';

const timeoutMs = 2000;

/** 200 when the database answers within two seconds, 503 otherwise: what a load balancer needs. */
export function healthCheck(options: { sql: Sql }): Handler {
  return async function healthCheck(c) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    try {
      await Promise.race([options.sql`select 1`, timeout]);
      return c.json({ status: 'ok', database: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    } finally {
      clearTimeout(timer);
    }
  };
}
