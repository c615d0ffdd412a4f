import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { migrate } from '../db/migrate.ts';
import { generateDemo } from '../demo/generate.ts';
import { updatePendingValues } from '../engine/after-import.ts';
import { recompute } from '../engine/materialise.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { runImport } from '../imports/run-import.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';

/**
 * A full recompute of every indicator (issue 5) over BENCH_RECOMPUTE_CONTACTS primary-care contacts (default
 * 5 000 000, the demo generator's data scaled up) and the demo's other datasets at their own size, against one
 * hand-written GROUP BY over the same contact rows that computes what the five contact indicators need, measured
 * in the same run: each round runs the GROUP BY and then the recompute, and the ratio is the median of the rounds'
 * ratios. Targets: ≤ 1.5 × the GROUP BY and ≤ 1 s per million rows, on PostgreSQL.
 *
 * "Recompute" is `samsyn recompute` on data whose values are stored: every indicator computed again from the rows,
 * and only changed values written (none, here). The first computation, which writes every value into an empty
 * table, is reported too. The embedded PGlite gets the same over BENCH_RECOMPUTE_PGLITE_CONTACTS (default
 * 1 000 000; 0 skips it), reported per million rows.
 */
const contacts = Number(process.env.BENCH_RECOMPUTE_CONTACTS ?? 5_000_000);
const pgliteContacts = Number(process.env.BENCH_RECOMPUTE_PGLITE_CONTACTS ?? 1_000_000);
/** Contacts in the demo at scale 1 over 36 months, measured: the scale is derived from it. */
const contactsAtScaleOne = 190_000;
const timings: Record<string, number[]> = {};
const notes: string[] = [];
let postgres: TestDatabase;
let dir: string;
let rowsInTotal = 0;

/** Writes the demo's other datasets at scale 1 and its contacts at the scale that gives `count` of them. */
async function writeData(count: number): Promise<{ dir: string; files: { dir: string; file: string; dataset: string; rows: number }[] }> {
  const base = await mkdtemp(join(tmpdir(), 'samsyn-bench-recompute-'));
  const settings = { months: 36, seed: 1, today: new Date('2026-10-10T10:00:00Z') };
  const { manifest: others } = await generateDemo({ ...settings, scale: 1, dir: join(base, 'others') });
  const { manifest: scaled } = await generateDemo({ ...settings, scale: count / contactsAtScaleOne, dir: join(base, 'contacts') });
  return {
    dir: base,
    files: [
      ...others.files.filter((f) => f.dataset !== 'pv_kontakter').map((f) => ({ ...f, dir: join(base, 'others') })),
      ...scaled.files.filter((f) => f.dataset === 'pv_kontakter').map((f) => ({ ...f, dir: join(base, 'contacts') })),
    ],
  };
}

async function importAll(db: TestDatabase, files: Awaited<ReturnType<typeof writeData>>['files']): Promise<number> {
  let rows = 0;
  for (const entry of files) {
    const result = await runImport({
      sql: db.sql,
      embedded: db.backend === 'pglite',
      dataset: findDataset(entry.dataset),
      input: createReadStream(join(entry.dir, entry.file)),
      fileName: entry.file,
      policy: 'all_or_nothing',
      actor: cliActor,
    });
    if (result.status !== 'published') throw new Error(`${entry.file}: ${result.status} ${result.message}`);
    rows += result.rowsPublished;
  }
  return rows;
}

async function prepare(db: TestDatabase, count: number): Promise<{ rows: number; contactRows: number }> {
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  const data = await writeData(count);
  dir = data.dir;
  const rows = await importAll(db, data.files);
  const contactRows = data.files.filter((f) => f.dataset === 'pv_kontakter').reduce((sum, f) => sum + f.rows, 0);
  await db.sql`vacuum analyze`;
  return { rows, contactRows };
}

/** What the five contact indicators need, per municipality, month and sex, as an analyst would write it. */
function handWrittenGroupBy(db: TestDatabase) {
  return db.sql`
    select kommun, period, kon,
      count(*) filter (where vardgaranti and medicinsk_bedomning and kontaktdatum - forsta_kontakt_datum <= 3) as bedomda_3d,
      count(*) filter (where vardgaranti and medicinsk_bedomning) as bedomda,
      count(*) filter (where kontaktform in ('video', 'telefon', 'chatt')) as digitala,
      count(*) filter (where yrkeskategori <> 'lakare') as ej_lakare,
      count(*) filter (where kontaktform = 'hembesok' and aldersgrupp = '80+') as hembesok_80,
      count(*) filter (where kontaktdatum = forsta_kontakt_datum) as samma_dag,
      count(*) as kontakter
    from fact_pv_kontakt
    group by kommun, period, kon`;
}

async function timed(name: string, work: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await work();
  (timings[name] ??= []).push(performance.now() - start);
}

beforeAll(async () => {
  postgres = await createTestDatabase('postgres');
  const { rows, contactRows } = await prepare(postgres, contacts);
  rowsInTotal = rows;
  notes.push(`PostgreSQL: ${contactRows.toLocaleString('sv-SE')} contacts, ${rows.toLocaleString('sv-SE')} rows in all datasets`);
  const first = performance.now();
  const update = await updatePendingValues(postgres.sql);
  const written = update.indicators.reduce((sum, r) => sum + r.written, 0);
  notes.push(
    `first computation into an empty table: ${((performance.now() - first) / 1000).toFixed(2)} s, ` +
      `${written.toLocaleString('sv-SE')} values written`,
  );
}, 1_800_000);

afterAll(async () => {
  // The first round is the warm-up.
  const median = (values: number[]) => values.slice(1).sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
  const baseline = median(timings.baseline ?? []);
  const recomputed = median(timings.recompute ?? []);
  // Each round's recompute against the GROUP BY just before it: the machine's speed drifts between rounds, less
  // within one.
  const ratio = median((timings.recompute ?? []).map((ms, i) => ms / timings.baseline![i]!));
  const perMillion = (ms: number) => (ms / 1000 / (rowsInTotal / 1e6)).toFixed(2);
  console.log(`\nFull recompute (medians of ${(timings.baseline?.length ?? 1) - 1} paired rounds; ${notes.join('; ')}):`);
  console.log(`  baseline: one hand-written GROUP BY   ${(baseline / 1000).toFixed(2)} s  ${perMillion(baseline)} s per million rows`);
  console.log(
    `  samsyn recompute, all 20 indicators  ${(recomputed / 1000).toFixed(2)} s  ${perMillion(recomputed)} s per million rows, ` +
      `${ratio.toFixed(2)} × the GROUP BY of its round`,
  );
  await postgres.drop();
  await rm(dir, { recursive: true, force: true });

  if (pgliteContacts > 0) {
    const pglite = await createTestDatabase('pglite');
    const { rows } = await prepare(pglite, pgliteContacts);
    await updatePendingValues(pglite.sql);
    const start = performance.now();
    await recompute(pglite.sql);
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `  PGlite: full recompute over ${rows.toLocaleString('sv-SE')} rows in ${seconds.toFixed(2)} s ` +
        `(${(seconds / (rows / 1e6)).toFixed(2)} s per million rows)`,
    );
    await pglite.drop();
    await rm(dir, { recursive: true, force: true });
  }
}, 1_800_000);

const rounds = { iterations: 7, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`recompute over ${contacts.toLocaleString('sv-SE')} contacts and the other demo datasets (PostgreSQL)`, () => {
  bench(
    'a hand-written GROUP BY, then samsyn recompute of all 20 indicators (paired rounds)',
    async () => {
      await timed('baseline', () => handWrittenGroupBy(postgres));
      await timed('recompute', () => recompute(postgres.sql));
    },
    rounds,
  );
});
