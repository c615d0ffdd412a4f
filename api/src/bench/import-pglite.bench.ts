import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { importBenchFile, writePvKontakterFile } from './import-files.ts';

/**
 * The same pv_kontakter import as import.bench.ts into the embedded PGlite, through its socket
 * (no COPY there: batched INSERTs from arrays). Target (issue 4): ≤ 20 s for 1 000 000 rows.
 */
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
let embedded: TestDatabase;
let dir: string;
let file: string;
let seconds = NaN;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samsyn-bench-'));
  file = join(dir, 'pv.csv');
  await writePvKontakterFile(file, { rows });
  embedded = await createTestDatabase('pglite');
  await migrate(embedded.sql);
  await seedReferenceData(embedded.sql);
}, 600_000);

afterAll(async () => {
  console.log(`\nImport of ${rows.toLocaleString('sv-SE')} pv_kontakter rows into PGlite: ${seconds.toFixed(1)} s (target ≤ 20 s)`);
  await embedded.drop();
  await rm(dir, { recursive: true, force: true });
});

describe(`import of ${rows.toLocaleString('sv-SE')} pv_kontakter rows into the embedded PGlite`, () => {
  bench(
    'samsyn import into PGlite',
    async () => {
      const start = performance.now();
      await importBenchFile(embedded, file, rows, { fresh: true });
      seconds = (performance.now() - start) / 1000;
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
