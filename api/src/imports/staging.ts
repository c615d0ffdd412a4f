import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReservedSql } from 'postgres';
import type { Fragment } from '../db/client.ts';
import type { Dataset } from './dataset.ts';

/**
 * The staging table holds a file's rows as text, exactly as read: every value fits, so loading
 * never fails half-way (the hang of postgres.js #1173 needs a rejected COPY), and validation is
 * left to set-based SQL. It is a temporary table of the import's own connection.
 */
export const stagingTable = 'import_staging';

export interface StagedRow {
  line: number;
  /** How many fields the line had; rows with another count than the header are rejected. */
  fieldCount: number;
  /** The dataset's columns, in the dataset's order ('' where the line was too short). */
  values: string[];
}

export async function createStagingTable(sql: ReservedSql, dataset: Dataset): Promise<void> {
  await sql`drop table if exists ${sql(stagingTable)}`;
  await sql`
    create temporary table ${sql(stagingTable)} (
      line_number integer not null,
      field_count integer not null,
      ${joinFragments(sql, dataset.columns.map((c) => sql`${sql(c.name)} text not null`))}
    )`;
}

/** Rows per statement for the embedded database (one array parameter per column). */
const batchSize = 5_000;
/** A COPY that has not finished a minute after its last row is treated as hung (postgres.js #1173). */
const copyTimeoutMs = 60_000;

/**
 * Loads rows into the staging table. PostgreSQL gets COPY FROM STDIN, the fastest path. PGlite's
 * socket server does not speak the COPY sub-protocol, so the embedded database gets multi-row
 * INSERTs from unnest() over one array per column: thousands of rows per statement, and never the
 * 65 534-parameter limit of a VALUES list.
 */
export async function loadStaging(
  sql: ReservedSql,
  dataset: Dataset,
  rows: AsyncIterable<StagedRow>,
  embedded: boolean,
): Promise<number> {
  return embedded ? insertInBatches(sql, dataset, rows) : copyRows(sql, dataset, rows);
}

async function copyRows(sql: ReservedSql, dataset: Dataset, rows: AsyncIterable<StagedRow>): Promise<number> {
  let count = 0;
  const columns = ['line_number', 'field_count', ...dataset.columns.map((c) => c.name)];
  const target = await sql`copy ${sql(stagingTable)} (${sql(columns)}) from stdin`.writable();
  async function* lines() {
    let buffer = '';
    for await (const row of rows) {
      count++;
      buffer += `${row.line}\t${row.fieldCount}\t${row.values.map(escapeCopyText).join('\t')}\n`;
      if (buffer.length > 64 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('COPY till mellanlagringen svarade inte inom en minut')), copyTimeoutMs);
  });
  const copying = pipeline(lines, resettingTimer(target, () => timer?.refresh()));
  try {
    await Promise.race([copying, timeout]);
  } finally {
    clearTimeout(timer);
  }
  return count;
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
  });
}

/** COPY's text format: backslash, tab, newline and carriage return are escaped. */
function escapeCopyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    : value;
}

async function insertInBatches(sql: ReservedSql, dataset: Dataset, rows: AsyncIterable<StagedRow>): Promise<number> {
  let count = 0;
  let lines: number[] = [];
  let fieldCounts: number[] = [];
  let columns: string[][] = dataset.columns.map(() => []);
  const flush = async () => {
    if (lines.length === 0) return;
    const arrays = columns.map((values) => sql`${values}::text[]`);
    await sql`
      insert into ${sql(stagingTable)}
      select * from unnest(${lines}::integer[], ${fieldCounts}::integer[], ${joinFragments(sql, arrays)})`;
    lines = [];
    fieldCounts = [];
    columns = dataset.columns.map(() => []);
  };
  for await (const row of rows) {
    count++;
    lines.push(row.line);
    fieldCounts.push(row.fieldCount);
    row.values.forEach((value, i) => columns[i]?.push(value));
    if (lines.length >= batchSize) await flush();
  }
  await flush();
  return count;
}

/** `a, b, c` from fragments. */
export function joinFragments(sql: ReservedSql, fragments: Fragment[]): Fragment {
  return fragments.reduce((joined, fragment) => sql`${joined}, ${fragment}`);
}
