import postgres, { type Options, type Sql as PostgresSql, type TransactionSql } from 'postgres';

/** Either the pool or a transaction: query helpers accept both, so callers decide the transaction. */
export type Sql = PostgresSql | TransactionSql;
/** A piece of SQL built with the tagged template, to nest in another query. */
export type Fragment = postgres.Fragment;
/** The connection pool itself: needed to start a transaction or to close. */
export type SqlPool = PostgresSql;

/**
 * Options every Samsyn connection shares, embedded or not: dates come back as ISO strings
 * ('2026-01-31') rather than JavaScript Dates at local midnight, and notices stay out of the logs.
 */
export function createSql(target: string | { socketPath: string }, options: Options<{}> = {}): SqlPool {
  const shared: Options<{}> = {
    onnotice: () => {},
    connect_timeout: 10,
    connection: { application_name: 'samsyn' },
    types: {
      // OID 1082 = date: keep PostgreSQL's ISO text as is.
      isoDate: { to: 1082, from: [1082], serialize: (value: string) => value, parse: (value: string) => value },
    },
    ...options,
  };
  if (typeof target === 'string') return postgres(target, shared);
  // PGlite accepts any role name, but a real server role is expected by some tools; use 'postgres'.
  return postgres({ ...shared, path: target.socketPath, username: 'postgres', database: 'postgres' });
}
