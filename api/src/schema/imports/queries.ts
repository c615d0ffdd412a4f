import type { Sql } from '../../db/client.ts';
import type { ImportPolicy } from '../../imports/run-import.ts';

export type ImportBatchStatus = 'running' | 'published' | 'rejected' | 'duplicate' | 'failed';

export interface ImportBatchRow {
  id: string;
  dataset: string;
  fileName: string;
  status: ImportBatchStatus;
  policy: ImportPolicy;
  rowsTotal: number | null;
  rowsRejected: number | null;
  rowsPublished: number | null;
  periods: string[];
  orgUnits: string[];
  message: string | null;
  duplicateOf: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
}

const utc = (column: string, sql: Sql) => sql`to_char(${sql(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function findImportBatches(
  sql: Sql,
  filter: { id?: string; dataset?: string | null; limit: number },
): Promise<ImportBatchRow[]> {
  if (filter.id !== undefined && !/^\d+$/.test(filter.id)) return [];
  return sql<ImportBatchRow[]>`
    select id::text as id, dataset, file_name as "fileName", status, policy,
           rows_total as "rowsTotal", rows_rejected as "rowsRejected", rows_published as "rowsPublished",
           periods, org_units as "orgUnits", message, duplicate_of::text as "duplicateOf",
           started_by as "startedBy", ${utc('started_at', sql)} as "startedAt", ${utc('finished_at', sql)} as "finishedAt"
    from import_batch
    where true
      ${filter.id ? sql`and id = ${filter.id}` : sql``}
      ${filter.dataset ? sql`and dataset = ${filter.dataset}` : sql``}
    order by id desc
    limit ${Math.min(Math.max(filter.limit, 1), 500)}`;
}

/** Rejects in file order; the cursor is "line:position" of the last one returned. */
export async function findRejects(sql: Sql, batchId: string, first: number, after: string | null | undefined) {
  const limit = Math.min(Math.max(first, 1), 1000);
  const [line, position] = (after ?? '').split(':').map(Number);
  const cursor = Number.isInteger(line) && Number.isInteger(position) && after ? { line, position } : undefined;
  const rows = await sql<{ lineNumber: number; column: string | null; columnNumber: number | null; value: string | null; reason: string }[]>`
    select line_number as "lineNumber", column_name as column, column_number as "columnNumber", value, reason
    from import_reject
    where batch_id = ${batchId}
      ${cursor ? sql`and (line_number, coalesce(column_number, 0)) > (${cursor.line!}, ${cursor.position!})` : sql``}
    order by line_number, coalesce(column_number, 0)
    limit ${limit + 1}`;
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from import_reject where batch_id = ${batchId}`;
  const rejects = rows.slice(0, limit);
  const last = rejects.at(-1);
  return {
    rejects,
    nextCursor: rows.length > limit && last ? `${last.lineNumber}:${last.columnNumber ?? 0}` : null,
    totalCount: total?.n ?? 0,
  };
}
