import type { Readable } from 'node:stream';
import type { ReservedSql } from 'postgres';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { SqlPool } from '../db/client.ts';
import type { Dataset } from './dataset.ts';
import { HeaderError, mapHeader } from './header.ts';
import { Coverage, removeRejectedRows, replaceEarlierRows } from './publish.ts';
import { BinaryCopyEncoder } from './copy-binary.ts';
import { PlainRowEncoder } from './plain-rows.ts';
import { readAheadWhile } from './read-ahead.ts';
import { CsvFormatError, openCsv, type CsvFile } from './read-csv.ts';
import { FileCheck, RowList } from './check-file.ts';
import { RejectSpill, rejectColumns } from './reject-spill.ts';
import { findDuplicates, RowChecker, type FileShape } from './validate.ts';
import type { ReferenceData } from './values.ts';
import { copyEncoded, writeRows } from './write-rows.ts';

export type ImportPolicy = 'all_or_nothing' | 'accept_valid';
export type ImportStatus = 'published' | 'rejected' | 'duplicate';

export interface ImportProgress {
  phase: 'waiting' | 'reading' | 'validating' | 'publishing';
  /** Once the batch exists (after any wait for another import of the dataset). */
  batchId: string | null;
  bytesRead: number;
  rowsRead: number;
}

export interface ImportOptions {
  sql: SqlPool;
  /** PGlite through its socket: no COPY (see write-rows.ts). */
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

/** At most this much of the encoded file is read ahead while the database deletes what the file replaces. */
const readAheadBytes = 96 * 1024 * 1024;

const lockKey = (dataset: Dataset) => `samsyn.import.${dataset.name}`;

/**
 * One import, end to end, in one transaction: every value is checked as the file streams in and
 * the valid rows go straight into the fact table with COPY (on PostgreSQL, after the earlier rows
 * of the periods its first rows cover have been deleted); then set-based SQL finds what needs the
 * whole file (an id used twice), and the batch either replaces the rest of the periods it covers
 * or, when a row was rejected under the all-or-nothing policy, is rolled back so published data
 * stays exactly as it was. Rejects are kept in either case. Imports of one dataset are serialised by an
 * advisory lock held for the whole import; a batch row marked 'running' whose lock nobody holds
 * belongs to a process that died (its transaction died with it), and `failAbandonedImports`
 * closes it.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { sql, dataset, actor } = options;
  let batchId: string | null = null;
  const progress = (phase: ImportProgress['phase'], csv?: CsvFile, rowsRead = 0) =>
    options.onProgress?.({ phase, batchId, bytesRead: csv?.bytesRead() ?? 0, rowsRead });

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
    batchId = batch!.id;
    progress('reading');
    try {
      return await importInto(connection, options, batchId, progress);
    } catch (error) {
      await connection`
        update import_batch set status = 'failed', message = ${(error as Error).message}, finished_at = now()
        where id = ${batchId} and status = 'running'`;
      throw error;
    }
  } finally {
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
  const refuse = async (error: CsvFormatError | HeaderError, rowsTotal: number): Promise<ImportResult> => {
    const where = error instanceof CsvFormatError && error.line ? ` (rad ${error.line})` : '';
    const message = `${error.message}${where}`;
    await finish(sql, actor, dataset, batchId, { status: 'rejected', message });
    return { ...base, rowsTotal, status: 'rejected', message };
  };

  let csv: CsvFile;
  let shape: FileShape;
  try {
    // The embedded database takes rows; PostgreSQL takes plain lines as bytes (plain-rows.ts).
    csv = await openCsv(options.input, { plainLines: !options.embedded });
    shape = { headerWidth: csv.header.length, positions: mapHeader(dataset, csv.header).positions };
  } catch (error) {
    if (error instanceof CsvFormatError || error instanceof HeaderError) return refuse(error, 0);
    throw error;
  }

  const checker = new RowChecker(dataset, shape, await referenceData(sql), batchId);
  const coverage = new Coverage(dataset, checker.columns.map((c) => c.name));
  const spill = await RejectSpill.create();
  const check = new FileCheck(csv, checker, coverage, spill, (rows) => progress('reading', csv, rows));
  const writeFacts = async () => {
    if (options.embedded) return writeRows(sql, dataset.factTable, checker.columns, check.batches(new RowList()), true);
    // Plain lines go from the file's bytes straight into binary COPY (plain-rows.ts).
    const encoder = new BinaryCopyEncoder(checker.columns);
    const plain = new PlainRowEncoder(checker, encoder, coverage, csv);
    const batches = check.batches(encoder, plain);
    const first = await batches.next();
    async function* encoded() {
      if (!first.done && first.value.length) yield first.value;
      for await (const bytes of batches) if (bytes.length) yield bytes;
      yield encoder.finish();
    }
    // The first rows show which periods the file covers (a month's file: all of them). Their
    // earlier rows are deleted first, in the same transaction, while this process reads on: the
    // database deletes while the file is checked, instead of after.
    const early = coverage.takeReplacement();
    const rows = early ? await readAheadWhile(encoded(), replaceEarlierRows(sql, dataset, batchId, early), readAheadBytes) : encoded();
    await copyEncoded(sql, dataset.factTable, checker.columns, rows);
  };

  /** Rejects into import_reject, in the transaction if one is open, else on their own. */
  const keepRejects = () => writeRows(sql, 'import_reject', rejectColumns, spill.rows(batchId), options.embedded);

  await sql`begin`;
  let open = true;
  const rollback = async () => {
    open = false;
    await sql`rollback`;
  };
  try {
    await writeFacts();
    const { rowsTotal, formatError } = check;
    let { rowsRejected } = check;
    if (formatError) {
      await rollback();
      await keepRejects();
      return await refuse(formatError, rowsTotal);
    }
    progress('reading', csv, rowsTotal);

    const sha256 = csv.sha256();
    const policy = typeof options.policy === 'function' ? options.policy() : options.policy;
    const [earlier] = await sql<{ id: string }[]>`
      select id::text as id from import_batch
      where dataset = ${dataset.name} and file_sha256 = ${sha256} and status = 'published'
      order by id limit 1`;
    if (earlier) {
      await rollback();
      await sql`update import_batch set file_sha256 = ${sha256}, rows_total = ${rowsTotal}, policy = ${policy} where id = ${batchId}`;
      const message = `Filen är redan importerad (import ${earlier.id}); inget ändrades`;
      await finish(sql, actor, dataset, batchId, { status: 'duplicate', message, duplicateOf: earlier.id });
      return { ...base, rowsTotal, status: 'duplicate', duplicateOf: earlier.id, message };
    }

    progress('validating', csv, rowsTotal);
    let duplicates = 0;
    for await (const page of findDuplicates(sql, dataset, shape, batchId, coverage.periodStarts, checker.ids?.candidates ?? new Set())) {
      duplicates += page.length;
      await spill.add(page);
    }
    rowsRejected += duplicates;

    const totals = { file_sha256: sha256, rows_total: rowsTotal, policy };
    if (rowsRejected > 0 && policy === 'all_or_nothing') {
      await rollback();
      await keepRejects();
      await sql`update import_batch set ${sql(totals)} where id = ${batchId}`;
      await finish(sql, actor, dataset, batchId, { status: 'rejected', rowsRejected });
      return { ...base, rowsTotal, rowsRejected, status: 'rejected', message: null };
    }

    progress('publishing', csv, rowsTotal);
    if (rowsRejected > 0) await keepRejects();
    if (duplicates > 0) await removeRejectedRows(sql, dataset, batchId, coverage);
    const rest = coverage.takeReplacement();
    if (rest) await replaceEarlierRows(sql, dataset, batchId, rest);
    await sql`update import_batch set ${sql(totals)} where id = ${batchId}`;
    const outcome = {
      rowsRejected,
      rowsPublished: rowsTotal - rowsRejected,
      periods: coverage.periodLabels,
      orgUnits: coverage.orgUnitCodes,
    };
    await finish(sql, actor, dataset, batchId, { status: 'published', ...outcome });
    await sql`commit`;
    open = false;
    return { ...base, rowsTotal, ...outcome, status: 'published', message: null };
  } finally {
    if (open) await sql`rollback`.catch(() => {});
    await spill.dispose();
  }
}

/** The codes a file's municipality column may hold. */
async function referenceData(sql: ReservedSql): Promise<ReferenceData> {
  const units = await sql<{ code: string; kind: string }[]>`
    select code, kind from org_unit where kind in ('municipality', 'county')`;
  return {
    municipalities: new Set(units.filter((u) => u.kind === 'municipality').map((u) => u.code)),
    county: units.find((u) => u.kind === 'county')?.code ?? '',
  };
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
