import type { ReservedSql } from 'postgres';
import type { Dataset } from './dataset.ts';
import { municipalityColumn } from './dataset.ts';
import { joinFragments } from './write-rows.ts';

/**
 * What a batch's valid rows cover: the periods (and, for a dataset with `replaceBy`, the values
 * of those columns within each period) that it replaces, and the municipalities it has rows for.
 * Collected row by row while the file streams in; a file covers few of them.
 */
export class Coverage {
  private readonly periods = new Set<string>();
  private readonly orgUnits = new Set<string>();
  /** period and replaceBy values, joined by a tab (which no checked value contains). */
  private readonly keys = new Set<string>();
  private readonly keyIndexes: number[];
  private readonly orgUnitIndex: number;
  private readonly periodIndex: number;

  constructor(
    private readonly dataset: Dataset,
    columnNames: readonly string[],
  ) {
    this.keyIndexes = (dataset.replaceBy ?? []).map((name) => columnNames.indexOf(name));
    this.orgUnitIndex = columnNames.indexOf(municipalityColumn);
    this.periodIndex = columnNames.indexOf('period');
  }

  add(row: readonly (string | null)[]): void {
    const period = row[this.periodIndex]!;
    this.periods.add(period);
    this.orgUnits.add(row[this.orgUnitIndex]!);
    if (this.keyIndexes.length) this.keys.add([period, ...this.keyIndexes.map((i) => row[i])].join('\t'));
  }

  /** First days of the periods, sorted. */
  get periodStarts(): string[] {
    return [...this.periods].sort();
  }

  /** YYYY-MM or YYYY, as people name the periods. */
  get periodLabels(): string[] {
    const length = this.dataset.period.granularity === 'month' ? 7 : 4;
    return this.periodStarts.map((start) => start.slice(0, length));
  }

  get orgUnitCodes(): string[] {
    return [...this.orgUnits].sort();
  }

  /** Column-wise: the periods, then one array per replaceBy column. */
  replacementKeys(): string[][] {
    const columns: string[][] = [[], ...this.keyIndexes.map(() => [])];
    for (const key of this.keys) key.split('\t').forEach((value, i) => columns[i]!.push(value));
    return columns;
  }
}

/**
 * Removes what the batch replaces: the earlier rows of the periods it covers (with `replaceBy`,
 * only those with the same values in those columns). Runs in the caller's transaction, after the
 * batch's own rows went in: readers see either the old or the new rows of a period, never a mix
 * and never nothing.
 */
export async function replaceEarlierRows(sql: ReservedSql, dataset: Dataset, batchId: string, coverage: Coverage): Promise<void> {
  // Fact rows come only from published batches, which record their periods: when none of them
  // covers these periods there is nothing to delete, and the scan of the batch's own rows
  // (a second or so for a million) is spared. Imports of a dataset are serialised, so no other
  // batch can publish these periods before this transaction commits.
  const [earlier] = await sql<{ found: boolean }[]>`
    select exists (
      select from import_batch
      where dataset = ${dataset.name} and status = 'published' and id <> ${batchId} and periods && ${coverage.periodLabels}::text[]
    ) as found`;
  if (!earlier?.found) return;
  const table = sql(dataset.factTable);
  const replaceBy = dataset.replaceBy ?? [];
  if (replaceBy.length === 0) {
    await sql`delete from ${table} where period = any(${coverage.periodStarts}::date[]) and batch_id <> ${batchId}`;
    return;
  }
  const [periods, ...values] = coverage.replacementKeys();
  const keyColumns = ['period', ...replaceBy].map((name) => sql`${sql(name)}`);
  const keyArrays = [sql`${periods!}::date[]`, ...values.map((v) => sql`${v}::text[]`)];
  await sql`
    delete from ${table} f
    using unnest(${joinFragments(sql, keyArrays)}) as k (${joinFragments(sql, keyColumns)})
    where ${['period', ...replaceBy].map((name) => sql`f.${sql(name)} = k.${sql(name)}`).reduce((a, b) => sql`${a} and ${b}`)}
      and f.batch_id <> ${batchId}`;
}

/** Drops the batch's own rows that a set-based check rejected afterwards (accept-valid policy). */
export async function removeRejectedRows(sql: ReservedSql, dataset: Dataset, batchId: string, coverage: Coverage): Promise<void> {
  await sql`
    delete from ${sql(dataset.factTable)}
    where batch_id = ${batchId} and period = any(${coverage.periodStarts}::date[])
      and line_number in (select line_number from import_reject where batch_id = ${batchId})`;
}
