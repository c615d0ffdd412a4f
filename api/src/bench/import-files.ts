import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliActor } from '../audit/record.ts';
import { pvKontakter } from '../imports/datasets/pv-kontakter.ts';
import { runImport } from '../imports/run-import.ts';
import type { SqlPool } from '../db/client.ts';
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

export interface ChildImport {
  ms: number;
  status: string;
  rows: number;
  peakRssMb: number;
}

/** Runs import-once.ts in a child process with tsx (as `samsyn import` runs) and returns what it measured. */
export async function importInChildProcess(file: string, databaseUrl: string, { fresh }: { fresh: boolean }): Promise<ChildImport> {
  const script = fileURLToPath(new URL('./import-once.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, databaseUrl, ...(fresh ? ['--fresh'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`import-once.ts exited with ${code}`);
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildImport;
  if (result.status !== 'published') throw new Error(`the benchmark import was ${result.status}`);
  return result;
}

let round = 0;

/**
 * Readies the database for one more import of the same benchmark file. The same file again would
 * be a no-op by design, so earlier rounds forget its hash (they stay published, and their rows are
 * replaced); `fresh` instead forgets every earlier import and its rows, so the import covers new periods.
 */
export async function prepareBenchImport(sql: SqlPool, fresh: boolean): Promise<void> {
  if (fresh) await sql`truncate import_batch, import_reject, fact_pv_kontakt cascade`;
  else await sql`update import_batch set file_sha256 = null where status = 'published'`;
}

/** Imports a benchmark file in this process (the embedded PGlite lives here) and insists it was published whole. */
export async function importBenchFile(db: TestDatabase, file: string, rows: number, { fresh }: { fresh: boolean }): Promise<void> {
  await prepareBenchImport(db.sql, fresh);
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
