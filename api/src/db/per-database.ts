import type { Sql } from './client.ts';

/**
 * One value per connection pool, made on first use: a cache or a queue that belongs to one database, so that two
 * databases in one process (the tests) never share it, and it goes when its pool does.
 */
export function perDatabase<T>(create: (sql: Sql) => T): (sql: Sql) => T {
  const values = new WeakMap<Sql, T>();
  return (sql) => {
    let value = values.get(sql);
    if (value === undefined) values.set(sql, (value = create(sql)));
    return value;
  };
}
