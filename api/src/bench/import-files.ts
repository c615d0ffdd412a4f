import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliActor } from '../audit/record.ts';
import { pvKontakter } from '../imports/datasets/pv-kontakter.ts';
import { runImport } from '../imports/run-import.ts';
import type { TestDatabase } from '../testing/database.ts';

const header =
  'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';
const municipalities = ['1480', '1490', '1401', '1499', '1485', '1488', '1494', '1496', '1460', '1438', '1462', '1463'];
const ageBands = ['0-17', '18-64', '65-79', '80+'];
const professions = ['lakare', 'sjukskoterska', 'fysioterapeut', 'psykolog'];
const forms = ['fysiskt', 'telefon', 'video', 'hembesok'];

/**
 * A valid pv_kontakter file for benchmarks, written with backpressure: `rows` rows, or as many as
 * fill `megabytes`. Contacts spread over the months of 2025, so a large file covers many periods.
 */
export async function writePvKontakterFile(file: string, size: { rows: number } | { megabytes: number }): Promise<number> {
  const out = createWriteStream(file);
  const limitBytes = 'megabytes' in size ? size.megabytes * 1024 * 1024 : Infinity;
  const limitRows = 'rows' in size ? size.rows : Infinity;
  let bytes = 0;
  let written = 0;
  let chunk = `${header}\n`;
  while (written < limitRows && bytes < limitBytes) {
    const month = String((written % 12) + 1).padStart(2, '0');
    const day = String((written % 28) + 1).padStart(2, '0');
    const first = String((written % 28) + 1 - (written % 3 === 0 && written % 28 > 0 ? 1 : 0)).padStart(2, '0');
    chunk +=
      `K${written};VC${written % 97};${municipalities[written % municipalities.length]};${written % 2 ? 'K' : 'M'};` +
      `${ageBands[written % 4]};2025-${month}-${day};2025-${month}-${first};${professions[written % 4]};` +
      `${forms[(written >> 2) % 4]};${written % 5 ? 'J' : 'N'};${written % 7 ? 'J' : 'N'}\n`;
    written++;
    if (chunk.length > 1 << 20) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return written;
}

/**
 * Imports a file of `megabytes` with `samsyn import` in a child process and reports its peak
 * resident memory (VmHWM, which only grows, read until the process ends).
 */
export async function measureImportMemory(
  dir: string,
  megabytes: number,
  databaseUrl: string,
): Promise<{ peakMb: number; fileMb: number; rows: number; seconds: number }> {
  const file = join(dir, 'large.csv');
  const rows = await writePvKontakterFile(file, { megabytes });
  const cli = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'import', 'pv_kontakter', file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakKb = 0;
  const poll = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, 'utf8').then(
      (status) => (peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))),
      () => {},
    );
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  if (code !== 0) throw new Error(`samsyn import exited with ${code}`);
  return {
    peakMb: Math.round(peakKb / 1024),
    fileMb: Math.round((await stat(file)).size / 1024 / 1024),
    rows,
    seconds: (performance.now() - started) / 1000,
  };
}

let round = 0;

/**
 * Imports a benchmark file and insists it was published whole. The same file again would be a
 * no-op by design, so earlier rounds are marked failed first; `fresh` empties the fact table too,
 * so the import covers new periods instead of replacing its own.
 */
export async function importBenchFile(db: TestDatabase, file: string, rows: number, { fresh }: { fresh: boolean }): Promise<void> {
  await db.sql`update import_batch set status = 'failed' where status = 'published'`;
  if (fresh) await db.sql`truncate fact_pv_kontakt`;
  const result = await runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset: pvKontakter,
    input: createReadStream(file),
    fileName: `bench-${++round}.csv`,
    policy: 'all_or_nothing',
    actor: cliActor,
  });
  if (result.status !== 'published' || result.rowsPublished !== rows) throw new Error(`import ${result.status}: ${result.message}`);
}
