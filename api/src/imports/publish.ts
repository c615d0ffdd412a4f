import type { ReservedSql } from 'postgres';
import type { Dataset } from './dataset.ts';
import { municipalityColumn } from './dataset.ts';
import { joinFragments } from './write-rows.ts';

/** What a batch replaces, or a part of it: periods, and for a dataset with `replaceBy` the keys. */
export interface Replacement {
  /** First days of the periods, and the periods as import_batch.periods names them. */
  periodStarts: string[];
  periodLabels: string[];
  /** Column-wise: the periods, then one array per replaceBy column. */
  keys: string[][];
}

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
  /** Periods or keys already handed out by `takeReplacement`. */
  private readonly handedOut = new Set<string>();
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
    return this.periodStarts.map((start) => this.label(start));
  }

  get orgUnitCodes(): string[] {
    return [...this.orgUnits].sort();
  }

  /**
   * What the rows so far replace that no earlier call handed out (null when nothing): the import
   * replaces the periods of its first rows while it reads the rest, and the others at the end.
   */
  takeReplacement(): Replacement | null {
    const fresh = [...(this.keyIndexes.length ? this.keys : this.periods)].filter((key) => !this.handedOut.has(key)).sort();
    if (fresh.length === 0) return null;
    const keys: string[][] = [[], ...this.keyIndexes.map(() => [])];
    for (const key of fresh) {
      this.handedOut.add(key);
      key.split('\t').forEach((value, i) => keys[i]!.push(value));
    }
    const periodStarts = [...new Set(keys[0])];
    return { periodStarts, periodLabels: periodStarts.map((start) => this.label(start)), keys };
  }

  private label(periodStart: string): string {
    return periodStart.slice(0, this.dataset.period.granularity === 'month' ? 7 : 4);
  }
}

/**
 * Removes what the batch replaces: the earlier rows of the periods it covers (with `replaceBy`,
 * only those with the same values in those columns). One statement, in the caller's transaction:
 * readers see either the old or the new rows of a period, never a mix and never nothing. Fact rows
 * come only from published batches, which record their periods: when none of them covers these
 * periods, the statement's first test fails and the table is not read at all (a second or so for
 * a million rows spared). Imports of a dataset are serialised, so no other batch can publish these
 * periods before this transaction commits.
 */
export async function replaceEarlierRows(sql: ReservedSql, dataset: Dataset, batchId: string, replacement: Replacement): Promise<void> {
  const earlier = sql`exists (
    select from import_batch
    where dataset = ${dataset.name} and status = 'published' and id <> ${batchId} and periods && ${replacement.periodLabels}::text[])`;
  const table = sql(dataset.factTable);
  const replaceBy = dataset.replaceBy ?? [];
  if (replaceBy.length === 0) {
    await sql`delete from ${table} where ${earlier} and period = any(${replacement.periodStarts}::date[]) and batch_id <> ${batchId}`;
    return;
  }
  const [periods, ...values] = replacement.keys;
  const keyColumns = ['period', ...replaceBy].map((name) => sql`${sql(name)}`);
  const keyArrays = [sql`${periods!}::date[]`, ...values.map((v) => sql`${v}::text[]`)];
  await sql`
    delete from ${table} f
    using unnest(${joinFragments(sql, keyArrays)}) as k (${joinFragments(sql, keyColumns)})
    where ${earlier} and ${['period', ...replaceBy].map((name) => sql`f.${sql(name)} = k.${sql(name)}`).reduce((a, b) => sql`${a} and ${b}`)}
      and f.batch_id <> ${batchId}`;
}

/** Drops the batch's own rows that a set-based check rejected afterwards (accept-valid policy). */
export async function removeRejectedRows(sql: ReservedSql, dataset: Dataset, batchId: string, coverage: Coverage): Promise<void> {
  await sql`
    delete from ${sql(dataset.factTable)}
    where batch_id = ${batchId} and period = any(${coverage.periodStarts}::date[])
      and line_number in (select line_number from import_reject where batch_id = ${batchId})`;
}
