import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { writeRows, type TargetColumn } from './write-rows.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.sql`
    create table every_type (
      b bigint, i integer, d date, ts timestamp, yes boolean, n numeric, code text, free text)`;
});
afterAll(async () => {
  await db.drop();
});

const columns: TargetColumn[] = [
  { name: 'b', sqlType: 'bigint' },
  { name: 'i', sqlType: 'integer' },
  { name: 'd', sqlType: 'date' },
  { name: 'ts', sqlType: 'timestamp' },
  { name: 'yes', sqlType: 'boolean' },
  { name: 'n', sqlType: 'numeric' },
  { name: 'code', sqlType: 'text', code: true },
  { name: 'free', sqlType: 'text' },
];

/** Canonical text as values.ts converts it, and as PostgreSQL prints it back. */
const rows: (string | null)[][] = [
  ['9007199254740993', '-2147483648', '1999-12-31', '1999-12-31 23:59:59', 't', '0', '1480', 'K1'],
  ['1', '2147483647', '2000-01-01', '2000-01-01 00:00:00', 'f', '-12.5', '1480', 'Åsa "citat"\ttab\nrad\\snedstreck'],
  ['-5', '0', '2024-02-29', '2026-03-29 02:30:00', 't', '0.00050', '18-64', ''],
  ['0', '42', '1900-01-01', '2199-12-31 12:00:00', 'f', '123456789012345.123456789012345', '80+', '😀 utanför BMP'],
  ['7', '-1', '2199-12-31', '1970-01-01 00:00:01', 't', '-10000', null, null],
  [null, null, null, null, null, null, null, null],
  ['8', '3', '2026-01-15', '2026-01-15 08:05:00', 'f', '0.0001', '1480', 'ascii'],
  ['8', '4', '2026-01-15', '2026-01-15 08:05:00', 't', '1.10', '1480', 'x'.repeat(70_000)],
];

describe('writing checked rows into a table', () => {
  it('stores every type exactly as the canonical text says, nulls as nulls, over many batches', async () => {
    // The rows again and again, in batches as an import sends them.
    const batches = async function* () {
      for (let copy = 0; copy < 40; copy++) yield rows;
    };
    const connection = await db.sql.reserve();
    try {
      const written = await writeRows(connection, 'every_type', columns, batches(), db.backend === 'pglite');
      expect(written).toBe(rows.length * 40);
    } finally {
      connection.release();
    }
    const stored = await db.sql<Record<string, string | null>[]>`
      select b::text, i::text, d::text, ts::text, yes::text, n::text, code, free, count(*)::int as copies
      from every_type group by 1, 2, 3, 4, 5, 6, 7, 8`;
    const expected = rows.map((row) => ({
        ...Object.fromEntries(columns.map((c, i) => [c.name, c.sqlType === 'boolean' && row[i] ? (row[i] === 't' ? 'true' : 'false') : row[i]])),
        copies: 40,
      }));
    const byInteger = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.i).localeCompare(String(b.i));
    expect([...stored].sort(byInteger)).toEqual(expected.sort(byInteger));
  });
});
