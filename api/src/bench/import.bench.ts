import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { migrate } from '../db/migrate.ts';
import { pvKontakter } from '../imports/datasets/pv-kontakter.ts';
import { runImport } from '../imports/run-import.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';

/**
 * The import of pv_kontakter end to end (parse, stage, validate, publish) into real PostgreSQL,
 * against `psql \copy` of the same file into an unindexed all-text table in the same run.
 * Rows: BENCH_IMPORT_ROWS (default 100 000; the target is stated for 1 000 000).
 */
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const municipalities = ['1480', '1490', '1401', '1499', '1485', '1488', '1494', '1496'];
let db: TestDatabase;
let dir: string;
let file: string;
let month = 0;

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  await db.sql`create table copy_baseline (a text, b text, c text, d text, e text, f text, g text, h text, i text, j text, k text)`;
  dir = await mkdtemp(join(tmpdir(), 'samsyn-bench-'));
  file = join(dir, 'pv.csv');
  const out = createWriteStream(file);
  out.write('kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning\n');
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    out.write(`${i};VC${i % 40};${municipalities[i % 8]};${i % 2 ? 'K' : 'M'};65-79;2026-01-${day};2026-01-${day};lakare;fysiskt;J;J\n`);
  }
  await new Promise((resolve) => out.end(resolve));
}, 120_000);
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

describe(`import of ${rows.toLocaleString('sv-SE')} pv_kontakter rows into PostgreSQL`, () => {
  bench(
    'baseline: psql \\copy into an unindexed table',
    () => {
      execFileSync('psql', [db.env.DATABASE_URL!, '-q', '-c', 'truncate copy_baseline', '-c', `\\copy copy_baseline from '${file}' with (format csv, delimiter ';', header true)`]);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'samsyn import (parse, stage, validate, publish)',
    async () => {
      // The same file again would be a no-op by design: mark the earlier rounds failed first.
      await db.sql`update import_batch set status = 'failed' where status = 'published'`;
      month++;
      await runImport({
        sql: db.sql,
        embedded: false,
        dataset: pvKontakter,
        input: createReadStream(file),
        fileName: `bench-${month}.csv`,
        policy: 'all_or_nothing',
        actor: cliActor,
      });
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
