import type { SqlPool } from '../db/client.ts';

/**
 * A counting proxy of the client: every statement sent (a query awaited), not the fragments built. For tests that
 * hold a read to a fixed number of statements (no N+1).
 */
export function countingClient(sql: SqlPool): { sql: SqlPool; count: () => number } {
  let sent = 0;
  const proxy = new Proxy(sql, {
    apply(target, thisArg, args) {
      const query = Reflect.apply(target, thisArg, args);
      if (Array.isArray(args[0]) && 'raw' in args[0] && query && typeof query.then === 'function') {
        const then = query.then;
        query.then = function (this: unknown, ...rest: unknown[]) {
          sent += 1;
          return then.apply(this, rest);
        };
      }
      return query;
    },
  });
  return { sql: proxy, count: () => sent };
}
