import {
  catalogue,
  type Computation,
  type IndicatorDefinition,
  parseIndicatorDefinition,
} from '@samsyn/indicators';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { compileComputation, type RowComputation } from './compile.ts';
import { evaluateCell, type MissingReason, type StoredNumbers } from './evaluate.ts';
import { type BaseCell, type PeriodType, rollUp, type Sex } from './rollup.ts';

/**
 * Materialisation: every indicator of the stored catalogue (the newest version of each) computed at every level,
 * period type and sex, and written to indicator_value, replacing the indicator's rows in one transaction.
 */

export interface RecomputeOptions {
  /** Only these indicator ids; all stored indicators when left out. */
  indicators?: readonly string[];
  /** Called as each indicator is done, for progress output. */
  onIndicator?: (result: IndicatorRecompute) => void;
}

export interface IndicatorRecompute {
  indicatorId: string;
  version: number;
  kind: Computation['kind'];
  /** no_data: nothing to compute from (yet); the indicator's rows are removed, nothing is invented. */
  status: 'computed' | 'no_data';
  /** Rows written to indicator_value. */
  values: number;
  milliseconds: number;
  /** For people, in Swedish: why there is no data. */
  note?: string;
}

/** One row of indicator_value, without the indicator and version. */
export interface ValueRow extends StoredNumbers {
  orgUnit: string;
  periodType: PeriodType;
  period: string;
  sex: Sex;
  batchIds: readonly string[];
}

export async function recompute(sql: SqlPool, options: RecomputeOptions = {}): Promise<IndicatorRecompute[]> {
  const definitions = await newestDefinitions(sql, options.indicators);
  const unitsOf = await organisation(sql);
  const results: IndicatorRecompute[] = [];
  for (const definition of definitions) {
    const started = performance.now();
    const outcome = await sql.begin(async (tx) => {
      // Two recomputes of one indicator take turns rather than interleave their deletes and inserts.
      await tx`select pg_advisory_xact_lock(hashtext(${`samsyn.recompute:${definition.id}`}))`;
      const computed = await computeValues(tx, definition, unitsOf);
      await tx`delete from indicator_value where indicator_id = ${definition.id}`;
      await writeValues(tx, definition, computed.rows);
      return computed;
    });
    const result: IndicatorRecompute = {
      indicatorId: definition.id,
      version: definition.version,
      kind: definition.computation.kind,
      status: outcome.rows.length > 0 ? 'computed' : 'no_data',
      values: outcome.rows.length,
      milliseconds: performance.now() - started,
      ...(outcome.rows.length > 0 ? {} : { note: outcome.noDataNote }),
    };
    options.onIndicator?.(result);
    results.push(result);
  }
  return results;
}

/** The newest stored version of each indicator (validated again: the table is written by more than this code). */
async function newestDefinitions(sql: Sql, ids: readonly string[] | undefined): Promise<IndicatorDefinition[]> {
  const rows = await sql<{ id: string; definition: unknown }[]>`
    select distinct on (id) id, definition from indicator_definition
    where ${ids ? sql`id in ${sql(ids as string[])}` : sql`true`}
    order by id, version desc`;
  const unknown = (ids ?? []).filter((id) => !rows.some((row) => row.id === id));
  if (unknown.length > 0) {
    const known = (await sql<{ id: string }[]>`select distinct id from indicator_definition order by id`).map((r) => r.id);
    throw new UserFacingError(
      `Okänd indikator ${unknown.join(', ')}; kända indikatorer: ${known.join(', ') || '(inga)'} / unknown indicator`,
      { code: 'NOT_FOUND', exitCode: 2 },
    );
  }
  // The catalogue's order (by area, as the patient meets the care), then any others by id.
  const order = new Map(catalogue.map((d, i) => [d.id, i]));
  return rows
    .map((row) => parseIndicatorDefinition(row.definition))
    .sort((a, b) => (order.get(a.id) ?? order.size) - (order.get(b.id) ?? order.size));
}

/** For each municipality, the units its counts add up into: itself, its sub-region, the county. */
async function organisation(sql: Sql): Promise<(municipality: string) => readonly string[]> {
  const units = await sql<{ code: string; parentCode: string | null }[]>`
    select code, parent_code as "parentCode" from org_unit where kind in ('county', 'subregion', 'municipality')`;
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  const chains = new Map<string, string[]>();
  return (municipality) => {
    let chain = chains.get(municipality);
    if (!chain) {
      chain = [];
      for (let code: string | null | undefined = municipality; code; code = parents.get(code)) chain.push(code);
      chains.set(municipality, chain);
    }
    return chain;
  };
}

interface Computed {
  rows: ValueRow[];
  noDataNote: string;
}

async function computeValues(
  sql: Sql,
  definition: IndicatorDefinition,
  unitsOf: (municipality: string) => readonly string[],
): Promise<Computed> {
  const computation = definition.computation;
  switch (computation.kind) {
    case 'proportion':
    case 'rate':
    case 'mean':
      return {
        rows: await rowValues(sql, definition, computation, unitsOf),
        noDataNote: `saknar data: inga rader i datamängden ${computation.dataset}`,
      };
    case 'kolada':
      return {
        rows: await koladaValues(sql, computation.kpi),
        noDataNote: `saknar data: inga värden från Kolada för nyckeltalet ${computation.kpi}`,
      };
    case 'survey':
      // The survey module comes later; until then there is nothing to compute and nothing is stored.
      return { rows: [], noDataNote: 'saknar data: enkätmodulen finns inte än' };
  }
}

async function rowValues(
  sql: Sql,
  definition: IndicatorDefinition,
  computation: RowComputation,
  unitsOf: (municipality: string) => readonly string[],
): Promise<ValueRow[]> {
  const compiled = compileComputation(computation);
  const base = await compiled.query(sql);
  const cells: BaseCell[] = base.map((row) => ({
    orgUnit: row.kommun,
    month: row.month,
    sex: row.sex,
    numerator: row.numerator,
    denominator: row.denominator,
    sumSquares: row.sumSquares,
    batchIds: row.batchIds,
  }));
  const rate = computation.kind === 'rate';
  const rolled = rollUp(cells, {
    unitsOf,
    denominatorOverTime: rate ? 'mean' : 'sum',
    completePeriods: rate ? ['quarter', 'year', 'rolling_12'] : ['rolling_12'],
  });
  return rolled.map((cell) => ({
    orgUnit: cell.orgUnit,
    periodType: cell.periodType,
    period: cell.period,
    sex: cell.sex,
    batchIds: cell.batchIds,
    ...evaluateCell(computation, definition.disclosure, cell),
  }));
}

const koladaReasons: Record<string, MissingReason> = {
  undertryckt: 'suppressed',
  saknas: 'missing',
  ej_tillampligt: 'not_applicable',
};

/**
 * Kolada's figures as published, per municipality and the county (code 14), year and sex (K, M, T). No sub-region
 * values: Kolada publishes no counts, and a value (a share, a mean, a rate) cannot be summed or averaged honestly.
 */
async function koladaValues(sql: Sql, kpi: string): Promise<ValueRow[]> {
  const rows = await sql<{ kommun: string; year: string; sex: Sex; value: number | null; saknas: string | null; batchId: string }[]>`
    select distinct on (kommun, ar, kon) kommun, ar::text as year, kon as sex, varde::float8 as value, saknas,
      batch_id::text as "batchId"
    from fact_kolada
    where kpi = ${kpi}
    order by kommun, ar, kon, batch_id desc, line_number desc`;
  return rows.map((row) => {
    const missingReason = row.value === null ? (koladaReasons[row.saknas ?? ''] ?? 'missing') : null;
    return {
      orgUnit: row.kommun,
      periodType: 'year',
      period: row.year,
      sex: row.sex,
      numerator: null,
      denominator: null,
      sumSquares: null,
      value: row.value,
      ciLow: null,
      ciHigh: null,
      ciLow998: null,
      ciHigh998: null,
      suppressed: missingReason === 'suppressed',
      missingReason,
      batchIds: [row.batchId],
    };
  });
}

/** Rows per statement: one array parameter per column, so the statement size, not a parameter limit, decides. */
const rowsPerInsert = 10_000;

async function writeValues(sql: Sql, definition: IndicatorDefinition, rows: readonly ValueRow[]): Promise<void> {
  const text = (x: number | null) => (x === null ? null : String(x));
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const chunk = rows.slice(start, start + rowsPerInsert);
    const column = <T>(pick: (row: ValueRow) => T) => chunk.map(pick);
    await sql`
      insert into indicator_value (
        indicator_id, definition_version, org_unit, period_type, period, sex, numerator, denominator, sum_squares,
        value, ci_low, ci_high, ci_low_998, ci_high_998, suppressed, missing_reason, batch_ids
      )
      select ${definition.id}, ${definition.version}, v.org_unit, v.period_type, v.period, v.sex, v.numerator,
        v.denominator, v.sum_squares, v.value, v.ci_low, v.ci_high, v.ci_low_998, v.ci_high_998, v.suppressed,
        v.missing_reason, v.batch_ids::bigint[]
      from unnest(
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
        ${column((r) => `{${r.batchIds.join(',')}}`)}::text[]
      ) as v (
        org_unit, period_type, period, sex, numerator, denominator, sum_squares, value, ci_low, ci_high,
        ci_low_998, ci_high_998, suppressed, missing_reason, batch_ids
      )`;
  }
}
