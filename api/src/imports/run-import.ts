import type { Readable } from 'node:stream';
import type { ReservedSql } from 'postgres';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { SqlPool } from '../db/client.ts';
import type { Dataset } from './dataset.ts';
import { HeaderError, mapHeader } from './header.ts';
import { publishBatch } from './publish.ts';
import { CsvFormatError, openCsv, type CsvFile } from './read-csv.ts';
import { createStagingTable, loadStaging, stagingTable, type StagedRow } from './staging.ts';
import { rejectInvalidRows } from './validate.ts';

export type ImportPolicy = 'all_or_nothing' | 'accept_valid';
export type ImportStatus = 'published' | 'rejected' | 'duplicate';

export interface ImportProgress {
  phase: 'waiting' | 'reading' | 'validating' | 'publishing';
  bytesRead: number;
  rowsRead: number;
}

export interface ImportOptions {
  sql: SqlPool;
  /** PGlite through its socket: no COPY (see staging.ts). */
  embedded: boolean;
  dataset: Dataset;
  input: Readable;
  fileName: string;
  /** A function is asked once the file has been read (an HTML form may send the choice after the file). */
  policy: ImportPolicy | (() => ImportPolicy);
  actor: AuditActor;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  batchId: string;
  status: ImportStatus;
  rowsTotal: number;
  rowsRejected: number;
  rowsPublished: number;
  periods: string[];
  orgUnits: string[];
  /** For a duplicate: the batch that already published the same file. */
  duplicateOf: string | null;
  /** Why a whole file was refused (header, CSV syntax), in Swedish. */
  message: string | null;
}

const lockKey = (dataset: Dataset) => `samsyn.import.${dataset.name}`;

/**
 * One import, end to end: stream the file into a staging table, validate it with set-based SQL,
 * and publish it in one transaction that replaces the periods it covers. Imports of one dataset
 * are serialised by an advisory lock held for the whole import; a batch row marked 'running' whose
 * lock nobody holds belongs to a process that died, and `failAbandonedImports` closes it.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { sql, dataset, actor } = options;
  const progress = (phase: ImportProgress['phase'], csv?: CsvFile, rowsRead = 0) =>
    options.onProgress?.({ phase, bytesRead: csv?.bytesRead() ?? 0, rowsRead });

  await failAbandonedImports(sql);
  const connection = await sql.reserve();
  try {
    const [acquired] = await connection<{ ok: boolean }[]>`select pg_try_advisory_lock(hashtext(${lockKey(dataset)})) as ok`;
    if (!acquired?.ok) {
      progress('waiting');
      await connection`select pg_advisory_lock(hashtext(${lockKey(dataset)}))`;
    }
    const [batch] = await connection<{ id: string }[]>`
      insert into import_batch (dataset, file_name, policy, started_by)
      values (${dataset.name}, ${options.fileName}, ${typeof options.policy === 'string' ? options.policy : 'all_or_nothing'}, ${actor.label})
      returning id::text as id`;
    const batchId = batch!.id;
    try {
      return await importInto(connection, options, batchId, progress);
    } catch (error) {
      await connection`
        update import_batch set status = 'failed', message = ${(error as Error).message}, finished_at = now()
        where id = ${batchId} and status = 'running'`;
      throw error;
    }
  } finally {
    await connection`drop table if exists ${connection(stagingTable)}`.catch(() => {});
    await connection`select pg_advisory_unlock_all()`.catch(() => {});
    connection.release();
  }
}

async function importInto(
  connection: ReservedSql,
  options: ImportOptions,
  batchId: string,
  progress: (phase: ImportProgress['phase'], csv?: CsvFile, rowsRead?: number) => void,
): Promise<ImportResult> {
  // Everything on the import's own connection: the embedded database's pool has only this one.
  const sql = connection;
  const { dataset, actor } = options;
  const base = { batchId, rowsTotal: 0, rowsRejected: 0, rowsPublished: 0, periods: [], orgUnits: [], duplicateOf: null };

  let csv: CsvFile;
  let shape: { headerWidth: number; positions: number[] };
  let rowsTotal = 0;
  try {
    csv = await openCsv(options.input);
    shape = { headerWidth: csv.header.length, positions: mapHeader(dataset, csv.header).positions };
    await createStagingTable(connection, dataset);
    const file = csv;
    async function* rows(): AsyncGenerator<StagedRow> {
      for await (const record of file.records) {
        rowsTotal++;
        if (rowsTotal % 10_000 === 0) progress('reading', file, rowsTotal);
        yield { line: record.line, fieldCount: record.fields.length, values: shape.positions.map((p) => record.fields[p] ?? '') };
      }
    }
    await loadStaging(connection, dataset, rows(), options.embedded);
    progress('reading', csv, rowsTotal);
  } catch (error) {
    if (!(error instanceof CsvFormatError || error instanceof HeaderError)) throw error;
    const where = error instanceof CsvFormatError && error.line ? ` (rad ${error.line})` : '';
    const message = `${error.message}${where}`;
    await finish(sql, actor, dataset, batchId, { status: 'rejected', message });
    return { ...base, rowsTotal, status: 'rejected', message };
  }

  const sha256 = csv.sha256();
  const policy = typeof options.policy === 'function' ? options.policy() : options.policy;
  await sql`update import_batch set file_sha256 = ${sha256}, rows_total = ${rowsTotal}, policy = ${policy} where id = ${batchId}`;
  const [earlier] = await sql<{ id: string }[]>`
    select id::text as id from import_batch
    where dataset = ${dataset.name} and file_sha256 = ${sha256} and status = 'published'
    order by id limit 1`;
  if (earlier) {
    const message = `Filen är redan importerad (import ${earlier.id}); inget ändrades`;
    await finish(sql, actor, dataset, batchId, { status: 'duplicate', message, duplicateOf: earlier.id });
    return { ...base, rowsTotal, status: 'duplicate', duplicateOf: earlier.id, message };
  }

  progress('validating', csv, rowsTotal);
  const rowsRejected = await rejectInvalidRows(connection, dataset, batchId, shape);
  if (rowsRejected > 0 && policy === 'all_or_nothing') {
    await finish(sql, actor, dataset, batchId, { status: 'rejected', rowsRejected });
    return { ...base, rowsTotal, rowsRejected, status: 'rejected', message: null };
  }

  progress('publishing', csv, rowsTotal);
  await connection`begin`;
  try {
    const published = await publishBatch(connection, dataset, batchId);
    await finish(sql, actor, dataset, batchId, {
      status: 'published',
      rowsRejected,
      rowsPublished: published.rows,
      periods: published.periods,
      orgUnits: published.orgUnits,
    });
    await connection`commit`;
    return {
      ...base,
      rowsTotal,
      rowsRejected,
      rowsPublished: published.rows,
      periods: published.periods,
      orgUnits: published.orgUnits,
      status: 'published',
      message: null,
    };
  } catch (error) {
    await connection`rollback`;
    throw error;
  }
}

interface Outcome {
  status: ImportStatus;
  message?: string;
  duplicateOf?: string;
  rowsRejected?: number;
  rowsPublished?: number;
  periods?: string[];
  orgUnits?: string[];
}

/** Closes the batch and records it in the audit log, in the caller's transaction when there is one. */
async function finish(
  sql: ReservedSql,
  actor: AuditActor,
  dataset: Dataset,
  batchId: string,
  outcome: Outcome,
): Promise<void> {
  await sql`
    update import_batch set
      status = ${outcome.status}, message = ${outcome.message ?? null}, duplicate_of = ${outcome.duplicateOf ?? null},
      rows_rejected = ${outcome.rowsRejected ?? 0}, rows_published = ${outcome.rowsPublished ?? 0},
      periods = ${outcome.periods ?? []}::text[], org_units = ${outcome.orgUnits ?? []}::text[], finished_at = now()
    where id = ${batchId}`;
  await recordAudit(sql, actor, {
    action: `import.${outcome.status}`,
    entityType: 'import_batch',
    entityId: batchId,
    after: { dataset: dataset.name, ...outcome },
  });
}

/**
 * Marks 'running' batches whose importer is gone as failed: nobody holds their dataset's lock.
 * Published data is untouched, since a batch publishes in one transaction at its very end.
 */
export async function failAbandonedImports(sql: SqlPool): Promise<number> {
  const running = await sql<{ dataset: string }[]>`select distinct dataset from import_batch where status = 'running'`;
  let failed = 0;
  for (const { dataset } of running) {
    failed += await sql.begin(async (tx) => {
      const [free] = await tx<{ ok: boolean }[]>`
        select pg_try_advisory_xact_lock(hashtext(${`samsyn.import.${dataset}`})) as ok`;
      if (!free?.ok) return 0;
      const result = await tx`
        update import_batch set status = 'failed', finished_at = now(),
          message = 'Importen avbröts innan den blev klar; inget publicerades. Importera filen igen.'
        where dataset = ${dataset} and status = 'running'`;
      return result.count;
    });
  }
  return failed;
}
