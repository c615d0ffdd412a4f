import {
  catalogue,
  type Computation,
  type IndicatorDefinition,
  parseIndicatorDefinition,
} from '@samsyn/indicators';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { evaluateAll } from './cell-values.ts';
import { compileComputation, type RowComputation } from './compile.ts';
import { type Organisation, protectComplements } from './disclose.ts';
import type { MissingReason, Statistic } from './evaluate.ts';
import type { Sex } from './periods.ts';
import { type BaseCell, rollUp } from './rollup.ts';
import { scanDataset } from './scan.ts';
import { setTrends } from './trends.ts';
import { type ComputedValues, hashRows, type ValueRow, writeChangedValues } from './write-values.ts';

/**
 * Materialisation: every indicator of the stored catalogue (the newest version of each) computed at every level,
 * period type and sex, with complementary suppression and trends, and written to indicator_value. The indicators
 * over one dataset are computed together from one scan of it, in one transaction; only rows that changed are
 * written.
 */

export interface RecomputeOptions {
  /** Only these indicator ids; all stored indicators when left out. */
  indicators?: readonly string[];
}

export interface IndicatorRecompute {
  indicatorId: string;
  version: number;
  kind: Computation['kind'];
  /** no_data: nothing to compute from (yet); the indicator's rows are removed, nothing is invented. */
  status: 'computed' | 'no_data';
  /** Rows the indicator has in indicator_value. */
  values: number;
  /** Of them, rows that were new or changed and so written. */
  written: number;
  /** For people, in Swedish: why there is no data. */
  note?: string;
}

export async function recompute(sql: SqlPool, options: RecomputeOptions = {}): Promise<IndicatorRecompute[]> {
  const definitions = await newestDefinitions(sql, options.indicators);
  const organisation = await readOrganisation(sql);
  // The groups run side by side, each in its own transaction on its own connection: while PostgreSQL scans one
  // dataset, Node rolls up, suppresses and compares another's values. (The embedded database has one connection,
  // so there they take turns.)
  const outcomes = await Promise.all(
    bySource(definitions).map((group) =>
      sql.begin(async (tx) => {
        // Two recomputes of one indicator take turns rather than interleave their writes; ids in order, so that two
        // recomputes of overlapping sets cannot deadlock.
        for (const id of group.map((d) => d.id).sort()) {
          await tx`select pg_advisory_xact_lock(hashtext(${`samsyn.recompute:${id}`}))`;
        }
        const computed = await computeGroup(tx, group, organisation);
        const written = await writeChangedValues(
          tx,
          computed.map(({ definition, values }) => ({ indicatorId: definition.id, version: definition.version, values })),
        );
        return computed.map(({ definition, values, noDataNote }) => describe(definition, values.count, noDataNote, written));
      }),
    ),
  );
  const order = new Map(definitions.map((d, i) => [d.id, i]));
  return outcomes.flat().sort((a, b) => order.get(a.indicatorId)! - order.get(b.indicatorId)!);
}

function describe(definition: IndicatorDefinition, values: number, noDataNote: string, written: ReadonlyMap<string, number>): IndicatorRecompute {
  return {
    indicatorId: definition.id,
    version: definition.version,
    kind: definition.computation.kind,
    status: values > 0 ? 'computed' : 'no_data',
    values,
    written: written.get(definition.id) ?? 0,
    ...(values > 0 ? {} : { note: noDataNote }),
  };
}

/**
 * Definitions that are computed together: those over the rows of one dataset share one scan of it; Kolada and
 * survey indicators each stand alone. In the order of each group's first indicator.
 */
function bySource(definitions: readonly IndicatorDefinition[]): IndicatorDefinition[][] {
  const groups = new Map<string, IndicatorDefinition[]>();
  for (const definition of definitions) {
    const c = definition.computation;
    const source = isRowComputation(c) ? `dataset:${c.dataset}` : `own:${definition.id}`;
    const group = groups.get(source);
    if (group) group.push(definition);
    else groups.set(source, [definition]);
  }
  return [...groups.values()];
}

function isRowComputation(computation: Computation): computation is RowComputation {
  return computation.kind === 'proportion' || computation.kind === 'rate' || computation.kind === 'mean';
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

/** The organisation's units and how they add up: municipalities into sub-regions, sub-regions into the county. */
async function readOrganisation(sql: Sql): Promise<Organisation> {
  const units = await sql<{ code: string; kind: string; parentCode: string | null }[]>`
    select code, kind, parent_code as "parentCode" from org_unit where kind in ('county', 'subregion', 'municipality')`;
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  const children = new Map<string, string[]>();
  for (const unit of units) if (unit.parentCode) children.set(unit.parentCode, [...(children.get(unit.parentCode) ?? []), unit.code]);
  const municipalities = units.filter((u) => u.kind === 'municipality').map((u) => u.code);
  const parts = new Map<string, string[][]>();
  for (const unit of units) {
    if (unit.kind === 'subregion') parts.set(unit.code, [children.get(unit.code) ?? []]);
    if (unit.kind === 'county') parts.set(unit.code, [children.get(unit.code) ?? [], municipalities]);
  }
  const chains = new Map<string, string[]>();
  return {
    unitsOf(municipality) {
      let chain = chains.get(municipality);
      if (!chain) {
        chain = [];
        for (let code: string | null | undefined = municipality; code; code = parents.get(code)) chain.push(code);
        chains.set(municipality, chain);
      }
      return chain;
    },
    partsOf: (unit) => parts.get(unit) ?? [],
  };
}

interface Computed {
  definition: IndicatorDefinition;
  values: ComputedValues;
  noDataNote: string;
}

/** The values of a group of definitions that share a source (see bySource). */
async function computeGroup(sql: Sql, group: readonly IndicatorDefinition[], organisation: Organisation): Promise<Computed[]> {
  const [first] = group;
  const computation = first!.computation;
  switch (computation.kind) {
    case 'proportion':
    case 'rate':
    case 'mean': {
      const compiled = group.map((d) => compileComputation(d.computation as RowComputation));
      const cells = await scanDataset(sql, compiled[0]!.dataset, compiled);
      return group.map((definition, i) => ({
        definition,
        values: computeValues(definition, definition.computation as RowComputation, cells[i]!, organisation),
        noDataNote: `saknar data: inga rader i datamängden ${computation.dataset}`,
      }));
    }
    case 'kolada':
      return [
        {
          definition: first!,
          values: listed(await koladaValues(sql, computation.kpi)),
          noDataNote: `saknar data: inga värden från Kolada för nyckeltalet ${computation.kpi}`,
        },
      ];
    case 'survey':
      return [
        {
          definition: first!,
          values: computeValues(first!, { kind: 'proportion' }, await surveyCells(sql, computation.dimension), organisation),
          noDataNote: `saknar data: inga enkätsvar i dimensionen eller på frågan ${computation.dimension}`,
        },
      ];
  }
}

/** Roll-up, intervals, primary and complementary suppression, and trends, for one indicator over its base cells. */
function computeValues(definition: IndicatorDefinition, computation: Statistic, base: readonly BaseCell[], organisation: Organisation): ComputedValues {
  const rate = computation.kind === 'rate';
  // In a fixed order, whatever order PostgreSQL's (parallel) aggregation returned them in, so that the same data
  // gives the same sums to the last bit, and the same lineage set numbers (which the digest reads), every time.
  const ordered = [...base].sort(
    (a, b) => compareText(a.orgUnit, b.orgUnit) || compareText(a.month, b.month) || compareText(a.sex, b.sex),
  );
  const sums = rollUp(ordered, {
    unitsOf: organisation.unitsOf,
    denominatorOverTime: rate ? 'mean' : 'sum',
    completePeriods: rate ? ['quarter', 'year', 'rolling_12'] : ['rolling_12'],
  });
  const values = evaluateAll(computation, definition.disclosure, sums);
  protectComplements(values, organisation);
  setTrends(values, computation.kind, definition.polarity);
  return values;
}

/** Values that were computed as rows (Kolada's, which are published as they are). */
function listed(rows: readonly ValueRow[]): ComputedValues {
  return { count: rows.length, rows: () => rows, hashInto: (hash) => hashRows(hash, rows) };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A survey indicator's base cells: per municipality and month, the positive answers among the valid ones (Vet inte /
 * Inte aktuellt and unscored answers left out) to the questions of the dimension — or to the one question of that
 * key — and the people who gave them. A response is dated by the Monday of its week, so a week across two months
 * counts in the month of its Monday. Sex is not asked, so the cells are for both sexes together.
 */
async function surveyCells(sql: Sql, dimension: string): Promise<BaseCell[]> {
  // A response's answers are arrays in its row (migration 0018); only the three this needs are unnested.
  const rows = await sql<{ kommun: string; month: string; positive: number; valid: number; respondents: number }[]>`
    select r.kommun, to_char(r.week, 'YYYY-MM') as month, count(*) filter (where a.valuation = 'positive')::int as positive,
      count(*)::int as valid, count(distinct r.id)::int as respondents
    from survey_response r
      cross join lateral unnest(r.dimensions, r.question_keys, r.valuations) as a(dimension, question_key, valuation)
    where a.valuation in ('positive', 'negative') and (a.dimension = ${dimension} or a.question_key = ${dimension})
    group by r.kommun, to_char(r.week, 'YYYY-MM')`;
  return rows.map((row) => ({
    orgUnit: row.kommun,
    month: row.month,
    sex: 'T',
    numerator: row.positive,
    denominator: row.valid,
    sumSquares: null,
    batchIds: [],
    respondents: row.respondents,
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
      // Kolada publishes no counts or standard errors to test a trend with.
      trend: null,
      trendChiSquare: null,
    };
  });
}
