import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { cliActor } from '../audit/record.ts';
import { createSql } from '../db/client.ts';
import { pvKontakter } from '../imports/datasets/pv-kontakter.ts';
import { runImport } from '../imports/run-import.ts';
import { prepareBenchImport } from './import-files.ts';

/**
 * One benchmark import in a process of its own, run with tsx as `samsyn import` runs: the bench
 * runner's module system would otherwise slow the hot loops down, and its memory would blur the
 * importer's. Prints the import's time, outcome and the process's peak RSS as JSON.
 * Usage: import-once.ts <file> <DATABASE_URL> [--fresh]
 */
const [file, databaseUrl, flag] = process.argv.slice(2);
if (!file || !databaseUrl) throw new Error('usage: import-once.ts <file> <DATABASE_URL> [--fresh]');
const sql = createSql(databaseUrl, { max: 2 });
await prepareBenchImport(sql, flag === '--fresh');
const marks: string[] = []; let last = ""; const started = performance.now();
const result = await runImport({
  sql,
  embedded: false,
  dataset: pvKontakter,
  input: createReadStream(file),
  fileName: `${basename(file)}-${Date.now()}`,
  policy: 'all_or_nothing',
  actor: cliActor, onProgress: (p) => { if (p.phase !== last) { marks.push(`${p.phase}@${(performance.now() - started).toFixed(0)}`); last = p.phase; } },
});
const ms = performance.now() - started;
await sql.end();
console.log(marks.join(" "), JSON.stringify({ ms, status: result.status, rows: result.rowsPublished, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
