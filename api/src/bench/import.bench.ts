import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { importInChildProcess, writePvKontakterFile } from './import-files.ts';

/**
 * The import of pv_kontakter end to end (parse, check, COPY, duplicate check, publish), against
 * `psql \copy` of the same file into an unindexed all-text table in the same run, and the
 * importer's peak memory for a large file. Each import runs in a process of its own under tsx,
 * as `samsyn import` does (import-once.ts), and reports its own time. (The embedded PGlite has a
 * file of its own, import-pglite.bench.ts.)
 * BENCH_IMPORT_ROWS (default 1 000 000) and BENCH_IMPORT_RSS_MB (default 1 024; 0 skips it).
 * The targets (issue 4): ≥ 250 000 rows/s and ≤ 2.5 × psql \copy; peak RSS ≤ 300 MB.
 */
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const rssFileMb = Number(process.env.BENCH_IMPORT_RSS_MB ?? 1_024);
const timings: Record<string, number[]> = {};
let postgres: TestDatabase;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samsyn-bench-'));
  file = join(dir, 'pv.csv');
  await writePvKontakterFile(file, { rows });
  postgres = await createTestDatabase('postgres');
  await migrate(postgres.sql);
  await seedReferenceData(postgres.sql);
  await postgres.sql`create table copy_baseline (a text, b text, c text, d text, e text, f text, g text, h text, i text, j text, k text)`;
}, 600_000);

afterAll(async () => {
  // The first round of each case is the warm-up.
  const median = (name: string) => {
    const measured = timings[name] ?? [];
    const sorted = (measured.length > 1 ? measured.slice(1) : measured).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  };
  const baseline = median('baseline');
  const n = rows.toLocaleString('sv-SE');
  console.log(`\nImport of ${n} pv_kontakter rows (median of the rounds):`);
  for (const name of Object.keys(timings)) {
    const ms = median(name);
    const rate = Math.round((rows / ms) * 1000).toLocaleString('sv-SE');
    console.log(`  ${name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${rate.padStart(9)} rows/s  ${(ms / baseline).toFixed(2)} × psql \\copy`);
  }
  if (rssFileMb > 0) {
    const large = join(dir, 'large.csv');
    const written = await writePvKontakterFile(large, { megabytes: rssFileMb });
    // New periods, then the same file again replacing them: the importer reads ahead while the
    // database deletes the earlier rows, so that is where its memory peaks.
    for (const fresh of [true, false]) {
      const memory = await importInChildProcess(large, postgres.env.DATABASE_URL!, { fresh });
      const rate = Math.round((written / memory.ms) * 1000).toLocaleString('sv-SE');
      const what = fresh ? 'new periods' : 'replacing them';
      console.log(`  peak RSS of the importer: ${memory.peakRssMb} MB for a ${rssFileMb} MB file, ${what} (${written.toLocaleString('sv-SE')} rows at ${rate} rows/s)`);
    }
  }
  await postgres.drop();
  await rm(dir, { recursive: true, force: true });
}, 1_800_000);

async function timed(name: string, work: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await work();
  (timings[name] ??= []).push(performance.now() - start);
}

/** An import in a child process, timed by the child itself (without its start-up). */
async function imported(name: string, fresh: boolean): Promise<void> {
  const { ms, rows: published } = await importInChildProcess(file, postgres.env.DATABASE_URL!, { fresh });
  if (published !== rows) throw new Error(`published ${published} of ${rows} rows`);
  (timings[name] ??= []).push(ms);
}

const rounds = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`import of ${rows.toLocaleString('sv-SE')} pv_kontakter rows into PostgreSQL`, () => {
  bench(
    'baseline: psql \\copy into an unindexed table',
    () =>
      timed('baseline', async () => {
        execFileSync('psql', [postgres.env.DATABASE_URL!, '-q', '-c', 'truncate copy_baseline', '-c', `\\copy copy_baseline from '${file}' with (format csv, delimiter ';', header true)`]);
      }),
    rounds,
  );
  bench('samsyn import of new periods', () => imported('new periods', true), rounds);
  bench('samsyn import replacing its periods', () => imported('replacing its periods', false), rounds);
});
