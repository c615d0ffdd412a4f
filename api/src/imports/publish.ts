import type { ReservedSql } from 'postgres';
import { typeSql } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { municipalityColumn } from './dataset.ts';
import { joinFragments, stagingTable } from './staging.ts';

export interface Published {
  rows: number;
  /** YYYY-MM or YYYY, sorted. */
  periods: string[];
  orgUnits: string[];
}

/**
 * Replaces the periods the batch covers with its valid rows. Runs inside the caller's transaction:
 * readers see either the old or the new rows of a period, never a mix or nothing.
 */
export async function publishBatch(sql: ReservedSql, dataset: Dataset, batchId: string): Promise<Published> {
  const staging = sql(stagingTable);
  const convert = (name: string) => {
    const column = dataset.columns.find((c) => c.name === name);
    if (!column) throw new Error(`${dataset.name} has no column ${name}`);
    const value = typeSql(sql, column.type).convert(sql`${sql(name)}`);
    return column.optional ? sql`case when btrim(${sql(name)}) = '' then null else ${value} end` : value;
  };
  const periodValue = convert(dataset.period.column);
  const period =
    dataset.period.granularity === 'month' ? sql`date_trunc('month', ${periodValue})::date` : sql`make_date(${periodValue}, 1, 1)`;
  const valid = sql`not exists (select 1 from import_reject r where r.batch_id = ${batchId} and r.line_number = s.line_number)`;

  const [covered] = await sql<{ periodStarts: string[]; orgUnits: string[] }[]>`
    select coalesce(array_agg(distinct ${period}::text), '{}') as "periodStarts",
           coalesce(array_agg(distinct ${convert(municipalityColumn)}), '{}') as "orgUnits"
    from ${staging} s where ${valid}`;
  const periodStarts = [...(covered?.periodStarts ?? [])].sort();
  const orgUnits = [...(covered?.orgUnits ?? [])].sort();

  await sql`delete from ${sql(dataset.factTable)} where period = any(${periodStarts}::date[])`;
  const names = dataset.columns.map((c) => c.name);
  const inserted = await sql`
    insert into ${sql(dataset.factTable)} (batch_id, period, ${joinFragments(sql, names.map((name) => sql`${sql(name)}`))})
    select ${batchId}, ${period}, ${joinFragments(sql, names.map(convert))}
    from ${staging} s where ${valid}`;
  const labelLength = dataset.period.granularity === 'month' ? 7 : 4; // 2026-03 or 2026
  return { rows: inserted.count, periods: periodStarts.map((start) => start.slice(0, labelLength)), orgUnits };
}
