import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { AuditActor } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { runImport, type ImportProgress, type ImportResult } from '../imports/run-import.ts';
import { readManifest, type DemoFileEntry } from './generate.ts';

/**
 * Who imports the demo: batches and audit rows say so, and the web labels the data "Demodata" as
 * long as a published batch of this actor exists. Not an e-mail address, so no account can share it.
 */
export const demoActor: AuditActor = { userId: null, label: 'Demodata (samsyn demo)' };

export interface DemoImportProgress {
  /** 1-based position of the file among those imported. */
  step: number;
  steps: number;
  entry: DemoFileEntry;
  /** While the file is imported; absent once `result` is there. */
  progress?: ImportProgress;
  result?: ImportResult;
}

export interface ImportDemoOptions {
  sql: SqlPool;
  embedded: boolean;
  /** A folder written by generateDemo. */
  dir: string;
  /** Also import the faulty file, keeping its valid rows, so the rejects view has content. */
  withFaulty?: boolean;
  onProgress?: (progress: DemoImportProgress) => void;
}

/**
 * Imports the demo files through the same pipeline as every other file, one after another. A demo
 * file that is refused is a bug in the generators, reported with the pipeline's own message.
 */
export async function importDemo(options: ImportDemoOptions): Promise<ImportResult[]> {
  const manifest = await readManifest(options.dir);
  const entries = options.withFaulty ? [...manifest.files, manifest.faulty] : manifest.files;
  const results: ImportResult[] = [];
  for (const [index, entry] of entries.entries()) {
    const report = (update: Pick<DemoImportProgress, 'progress' | 'result'>) =>
      options.onProgress?.({ step: index + 1, steps: entries.length, entry, ...update });
    const faulty = entry === manifest.faulty;
    const result = await runImport({
      sql: options.sql,
      embedded: options.embedded,
      dataset: findDataset(entry.dataset),
      input: createReadStream(join(options.dir, entry.file)),
      fileName: entry.file,
      policy: faulty ? 'accept_valid' : 'all_or_nothing',
      actor: demoActor,
      onProgress: (progress) => report({ progress }),
    });
    if (result.status === 'rejected') {
      throw new Error(
        `Demofilen ${entry.file} avvisades (import ${result.batchId}, ${result.rowsRejected} rader): ` +
          `${result.message ?? 'se importen i webben'}`,
      );
    }
    report({ result });
    results.push(result);
  }
  return results;
}

/** Any published batch of the demo: the figures are (at least partly) made up. */
export async function hasDemoData(sql: Sql): Promise<boolean> {
  const [row] = await sql<{ demo: boolean }[]>`
    select exists (select 1 from import_batch where status = 'published' and started_by = ${demoActor.label}) as demo`;
  return row?.demo ?? false;
}
