import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReservedSql } from 'postgres';
import type { Fragment } from '../db/client.ts';
import { BinaryCopyEncoder } from './copy-binary.ts';

/** A column the import writes, with its PostgreSQL type (for the embedded database's arrays). */
export interface TargetColumn {
  name: string;
  sqlType: 'text' | 'integer' | 'bigint' | 'numeric' | 'boolean' | 'date' | 'timestamp';
  /** Text from a fixed set of codes (a municipality, an enum value): few distinct values, whose bytes are remembered. */
  code?: boolean;
}

/** Rows as canonical text (or null), in the order of the target columns, in batches. */
export type RowBatches = AsyncIterable<(string | null)[][]>;

/** Rows per statement for the embedded database (one array parameter per column). */
const insertBatchSize = 5_000;
/** A COPY that has not moved for a minute is treated as hung (postgres.js #1173). */
const copyTimeoutMs = 60_000;

/**
 * Writes rows into a table. PostgreSQL gets binary COPY FROM STDIN (copy-binary.ts), the fastest path. PGlite's socket
 * server does not speak the COPY sub-protocol, so the embedded database gets multi-row INSERTs from
 * unnest() over one array per column: thousands of rows per statement, and never the 65 534-parameter
 * limit of a VALUES list. Every value has been checked before (values.ts), so the database has no
 * reason to refuse a row and a COPY cannot be left half-done.
 */
export async function writeRows(
  sql: ReservedSql,
  table: string,
  columns: readonly TargetColumn[],
  batches: RowBatches,
  embedded: boolean,
): Promise<number> {
  if (embedded) return insertInBatches(sql, table, columns, batches);
  let count = 0;
  async function* encoded() {
    const encoder = new BinaryCopyEncoder(columns);
    for await (const rows of batches) {
      if (rows.length === 0) continue;
      count += rows.length;
      yield encoder.encode(rows);
    }
    yield encoder.finish();
  }
  await copyEncoded(sql, table, columns, encoded());
  return count;
}

/** Binary COPY of data already encoded (copy-binary.ts), from its signature to its trailer. */
export async function copyEncoded(sql: ReservedSql, table: string, columns: readonly TargetColumn[], chunks: AsyncIterable<Buffer>): Promise<void> {
  const target = await sql`copy ${sql(table)} (${sql(columns.map((c) => c.name))}) from stdin with (format binary)`.writable();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('COPY till databasen svarade inte inom en minut')), copyTimeoutMs);
  });
  const copying = pipeline(chunks, resettingTimer(target, () => timer?.refresh()));
  try {
    await Promise.race([copying, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Passes data on to `target`, calling `onData` for each chunk (to keep a watchdog from firing). */
function resettingTimer(target: Writable, onData: () => void): Writable {
  return new Writable({
    write(chunk, encoding, callback) {
      onData();
      if (target.write(chunk, encoding)) callback();
      else target.once('drain', () => callback());
    },
    final(callback) {
      target.end();
      target.once('finish', () => callback());
      target.once('error', callback);
    },
    // A failing source aborts the COPY (postgres.js sends CopyFail) instead of leaving it open.
    destroy(error, callback) {
      if (error) target.destroy(error);
      callback(error);
    },
  });
}

async function insertInBatches(
  sql: ReservedSql,
  table: string,
  columns: readonly TargetColumn[],
  batches: RowBatches,
): Promise<number> {
  let count = 0;
  let arrays: (string | null)[][] = columns.map(() => []);
  const flush = async () => {
    if (arrays[0]?.length === 0) return;
    const unnested = columns.map((column, i) => typedArray(sql, arrays[i]!, column.sqlType));
    // Column names as fragments: postgres.js reads sql(array) right after `insert into t (` as its insert helper.
    await sql`
      insert into ${sql(table)} (${joinFragments(sql, columns.map((c) => sql`${sql(c.name)}`))})
      select * from unnest(${joinFragments(sql, unnested)})`;
    arrays = columns.map(() => []);
  };
  for await (const rows of batches) {
    for (const row of rows) {
      count++;
      row.forEach((value, i) => arrays[i]!.push(value));
      if (count % insertBatchSize === 0) await flush();
    }
  }
  await flush();
  return count;
}

/**
 * An array parameter sent as text and cast in SQL: postgres.js would otherwise serialise the
 * canonical text with the server's inferred element type ('t' is not `true` to its boolean writer).
 */
function typedArray(sql: ReservedSql, values: (string | null)[], type: TargetColumn['sqlType']): Fragment {
  switch (type) {
    case 'text':
      return sql`${values}::text[]`;
    case 'integer':
      return sql`${values}::text[]::integer[]`;
    case 'bigint':
      return sql`${values}::text[]::bigint[]`;
    case 'numeric':
      return sql`${values}::text[]::numeric[]`;
    case 'boolean':
      return sql`${values}::text[]::boolean[]`;
    case 'date':
      return sql`${values}::text[]::date[]`;
    case 'timestamp':
      return sql`${values}::text[]::timestamp[]`;
  }
}

/** `a, b, c` from fragments. */
export function joinFragments(sql: ReservedSql, fragments: Fragment[]): Fragment {
  return fragments.reduce((joined, fragment) => sql`${joined}, ${fragment}`);
}
