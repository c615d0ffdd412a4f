import { createHash, type Hash } from 'node:crypto';
import type { Sql } from '../db/client.ts';
import type { MissingReason, StoredNumbers } from './evaluate.ts';
import type { PeriodType, Sex } from './periods.ts';
import type { StoredTrend, TrendDirection } from './trends.ts';

/**
 * Writing computed values: only the rows that changed. Each indicator's computed rows are summed up in a digest
 * (SHA-1 of every stored field, in the engine's deterministic order); when it equals the digest stored with the
 * last write, nothing changed and nothing is read or written. Otherwise the stored rows are read, compared field by
 * field, and only new or different rows are written (rows no longer computed are deleted). A recompute after a
 * correction of one month rewrites the cells that month reaches, not the indicator; `computed_at` says when a value
 * last changed. The digest is only written here, in the same transaction as the rows, so the two cannot disagree
 * (short of editing indicator_value by hand, which nothing does).
 */

/** One row of indicator_value, without the indicator and version. */
export interface ValueRow extends StoredNumbers, StoredTrend {
  orgUnit: string;
  periodType: PeriodType;
  period: string;
  sex: Sex;
  batchIds: readonly string[];
}

/** An indicator's computed values: how many, and their rows in a fixed order, made as they are read. */
export interface ComputedValues {
  readonly count: number;
  rows(): Iterable<ValueRow>;
  /** Adds every stored field of every value to the hash, so that equal digests mean equal rows. */
  hashInto(hash: Hash): void;
}

/** One indicator's computed values, with the definition version they were computed with. */
export interface IndicatorRows {
  indicatorId: string;
  version: number;
  values: ComputedValues;
}

interface StoredRow extends ValueRow {
  indicatorId: string;
  version: number;
}

const compared = [
  'numerator',
  'denominator',
  'sumSquares',
  'value',
  'ciLow',
  'ciHigh',
  'ciLow998',
  'ciHigh998',
  'suppressed',
  'missingReason',
  'trend',
  'trendChiSquare',
] as const satisfies readonly (keyof ValueRow)[];

const keyOf = (indicatorId: string, row: Pick<ValueRow, 'orgUnit' | 'periodType' | 'period' | 'sex'>) =>
  `${indicatorId}|${row.orgUnit}|${row.periodType}|${row.period}|${row.sex}`;

/** Writes what changed for these indicators (their other rows are deleted); returns the rows written per indicator. */
export async function writeChangedValues(sql: Sql, indicators: readonly IndicatorRows[]): Promise<Map<string, number>> {
  const written = new Map(indicators.map((i) => [i.indicatorId, 0]));
  const digests = new Map(indicators.map((i) => [i.indicatorId, digestOf(i)]));
  const unchanged = new Set(
    (
      await sql<{ indicatorId: string; digest: string }[]>`
        select indicator_id as "indicatorId", digest from indicator_value_digest
        where indicator_id = any(${[...digests.keys()]})`
    )
      .filter((row) => digests.get(row.indicatorId) === row.digest)
      .map((row) => row.indicatorId),
  );
  const toCompare = indicators.filter((i) => !unchanged.has(i.indicatorId));
  if (toCompare.length === 0) return written;
  const stored = await storedRows(
    sql,
    toCompare.map((i) => i.indicatorId),
  );
  const changed: StoredRow[] = [];
  for (const { indicatorId, version, values } of toCompare) {
    let count = 0;
    for (const row of values.rows()) {
      const key = keyOf(indicatorId, row);
      const before = stored.get(key);
      stored.delete(key);
      if (before && before.version === version && sameRow(before, row)) continue;
      changed.push({ ...row, indicatorId, version });
      count++;
    }
    written.set(indicatorId, count);
  }
  await deleteRows(sql, [...stored.values()]);
  await upsertRows(sql, changed);
  const ids = toCompare.map((i) => i.indicatorId);
  await sql`
    insert into indicator_value_digest (indicator_id, digest)
    select * from unnest(${ids}::text[], ${ids.map((id) => digests.get(id)!)}::text[])
    on conflict (indicator_id) do update set digest = excluded.digest`;
  return written;
}

/** The codes of the stored missing reasons and trends, in the order their positions stand for. */
export const missingReasons: readonly MissingReason[] = ['suppressed', 'missing', 'not_applicable'];
export const trendDirections: readonly TrendDirection[] = ['improving', 'worsening', 'increasing', 'decreasing', 'no_significant_change'];
/** Numbers per row in the digest: the nine numeric fields, suppressed, the missing reason and the trend. */
const numbersPerRow = 12;
const rowsPerChunk = 1024;

function digestOf({ version, values }: IndicatorRows): string {
  const hash = createHash('sha1').update(String(version));
  values.hashInto(hash);
  return hash.digest('hex');
}

/**
 * Every stored field of every row, in order (for values computed as rows). The numbers go in as the bytes of
 * doubles (null as NaN, codes as their position): printing a hundred thousand rows' floats as text would cost more
 * than the whole comparison.
 */
export function hashRows(hash: Hash, rows: Iterable<ValueRow>): void {
  const numbers = new Float64Array(numbersPerRow * rowsPerChunk);
  const bytes = new Uint8Array(numbers.buffer);
  let keys = '';
  let inChunk = 0;
  const flush = () => {
    hash.update(keys).update(bytes.subarray(0, inChunk * numbersPerRow * 8));
    keys = '';
    inChunk = 0;
  };
  for (const r of rows) {
    keys += `${r.orgUnit}|${r.periodType}|${r.period}|${r.sex}|${r.batchIds.join()}\n`;
    // Field by field rather than through an array of them: an array per row is most of the digest's cost.
    let at = inChunk * numbersPerRow;
    numbers[at++] = r.numerator ?? Number.NaN;
    numbers[at++] = r.denominator ?? Number.NaN;
    numbers[at++] = r.sumSquares ?? Number.NaN;
    numbers[at++] = r.value ?? Number.NaN;
    numbers[at++] = r.ciLow ?? Number.NaN;
    numbers[at++] = r.ciHigh ?? Number.NaN;
    numbers[at++] = r.ciLow998 ?? Number.NaN;
    numbers[at++] = r.ciHigh998 ?? Number.NaN;
    numbers[at++] = r.trendChiSquare ?? Number.NaN;
    numbers[at++] = r.suppressed ? 1 : 0;
    numbers[at++] = r.missingReason === null ? -1 : missingReasons.indexOf(r.missingReason);
    numbers[at] = r.trend === null ? -1 : trendDirections.indexOf(r.trend);
    if (++inChunk === rowsPerChunk) flush();
  }
  flush();
}

function sameRow(a: ValueRow, b: ValueRow): boolean {
  return compared.every((field) => a[field] === b[field]) && a.batchIds.join() === b.batchIds.join();
}

async function storedRows(sql: Sql, indicatorIds: readonly string[]): Promise<Map<string, StoredRow>> {
  // Numeric counts come back as float8: they were written from these same doubles, so they compare equal.
  const rows = await sql<StoredRow[]>`
    select indicator_id as "indicatorId", definition_version as version, org_unit as "orgUnit",
      period_type as "periodType", period, sex, numerator::float8 as numerator, denominator::float8 as denominator,
      sum_squares::float8 as "sumSquares", value, ci_low as "ciLow", ci_high as "ciHigh", ci_low_998 as "ciLow998",
      ci_high_998 as "ciHigh998", suppressed, missing_reason as "missingReason", batch_ids::text[] as "batchIds",
      trend, trend_chi_square as "trendChiSquare"
    from indicator_value where indicator_id = any(${indicatorIds as string[]})`;
  return new Map(rows.map((row) => [keyOf(row.indicatorId, row), row]));
}

/** Rows per statement: one array parameter per column, so the statement size, not a parameter limit, decides. */
const rowsPerStatement = 10_000;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) result.push(rows.slice(start, start + rowsPerStatement));
  return result;
}

async function deleteRows(sql: Sql, rows: readonly StoredRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    const column = <T>(pick: (row: StoredRow) => T) => chunk.map(pick);
    await sql`
      delete from indicator_value v
      using unnest(
        ${column((r) => r.indicatorId)}::text[], ${column((r) => r.orgUnit)}::text[], ${column((r) => r.periodType)}::text[],
        ${column((r) => r.period)}::text[], ${column((r) => r.sex)}::text[]
      ) as gone (indicator_id, org_unit, period_type, period, sex)
      where v.indicator_id = gone.indicator_id and v.org_unit = gone.org_unit and v.period_type = gone.period_type
        and v.period = gone.period and v.sex = gone.sex`;
  }
}

async function upsertRows(sql: Sql, rows: readonly StoredRow[]): Promise<void> {
  const text = (x: number | null) => (x === null ? null : String(x));
  for (const chunk of chunks(rows)) {
    const column = <T>(pick: (row: StoredRow) => T) => chunk.map(pick);
    await sql`
      insert into indicator_value (
        indicator_id, definition_version, org_unit, period_type, period, sex, numerator, denominator, sum_squares,
        value, ci_low, ci_high, ci_low_998, ci_high_998, suppressed, missing_reason, batch_ids, trend, trend_chi_square
      )
      select v.indicator_id, v.definition_version, v.org_unit, v.period_type, v.period, v.sex, v.numerator,
        v.denominator, v.sum_squares, v.value, v.ci_low, v.ci_high, v.ci_low_998, v.ci_high_998, v.suppressed,
        v.missing_reason, v.batch_ids::bigint[], v.trend, v.trend_chi_square
      from unnest(
        ${column((r) => r.indicatorId)}::text[],
        ${column((r) => r.version)}::integer[],
        ${column((r) => r.orgUnit)}::text[],
        ${column((r) => r.periodType)}::text[],
        ${column((r) => r.period)}::text[],
        ${column((r) => r.sex)}::text[],
        ${column((r) => text(r.numerator))}::text[]::numeric[],
        ${column((r) => text(r.denominator))}::text[]::numeric[],
        ${column((r) => text(r.sumSquares))}::text[]::numeric[],
        ${column((r) => text(r.value))}::text[]::float8[],
        ${column((r) => text(r.ciLow))}::text[]::float8[],
        ${column((r) => text(r.ciHigh))}::text[]::float8[],
        ${column((r) => text(r.ciLow998))}::text[]::float8[],
        ${column((r) => text(r.ciHigh998))}::text[]::float8[],
        ${column((r) => (r.suppressed ? 'true' : 'false'))}::text[]::boolean[],
        ${column((r) => r.missingReason)}::text[],
        ${column((r) => `{${r.batchIds.join(',')}}`)}::text[],
        ${column((r) => r.trend)}::text[],
        ${column((r) => text(r.trendChiSquare))}::text[]::float8[]
      ) as v (
        indicator_id, definition_version, org_unit, period_type, period, sex, numerator, denominator, sum_squares,
        value, ci_low, ci_high, ci_low_998, ci_high_998, suppressed, missing_reason, batch_ids, trend, trend_chi_square
      )
      on conflict (indicator_id, org_unit, period_type, period, sex) do update set
        definition_version = excluded.definition_version, numerator = excluded.numerator,
        denominator = excluded.denominator, sum_squares = excluded.sum_squares, value = excluded.value,
        ci_low = excluded.ci_low, ci_high = excluded.ci_high, ci_low_998 = excluded.ci_low_998,
        ci_high_998 = excluded.ci_high_998, suppressed = excluded.suppressed, missing_reason = excluded.missing_reason,
        batch_ids = excluded.batch_ids, trend = excluded.trend, trend_chi_square = excluded.trend_chi_square,
        computed_at = now()`;
  }
}
