import {
  assess,
  type Assessment,
  compareWithComparator,
  type Comparison as ComparisonOutcome,
  type Estimate,
  type IndicatorDefinition,
} from '@samsyn/indicators';
import type { Sql } from '../../db/client.ts';
import type { StoredNumbers } from '../../engine/evaluate.ts';
import type { PeriodType, Sex } from '../../engine/periods.ts';
import type { StoredTrend } from '../../engine/trends.ts';
import { countyCode } from '../../seed/org-units.ts';
import type { OrgUnitKind, OrgUnitRow } from '../org/rows.ts';

export type { PeriodType, Sex } from '../../engine/periods.ts';
export type { MissingReason } from '../../engine/evaluate.ts';

/** One row of indicator_value as read (counts as numbers; they are published counts, small enough). */
export interface ValueRow extends Omit<StoredNumbers, 'sumSquares'>, StoredTrend {
  indicatorId: string;
  definitionVersion: number;
  orgUnit: string;
  periodType: PeriodType;
  period: string;
  sex: Sex;
}

/** What the IndicatorValue type resolves from: the row and its assessment, worked out once per request. */
export interface ValueModel extends ValueRow {
  /** The unit, when the read already has it: `orgUnit` then resolves without the DataLoader's promise. */
  orgUnitRow?: OrgUnitRow;
  status: Assessment['status'] | null;
  statusBasis: Assessment['basis'] | null;
  greyReason: Assessment['greyReason'] | null;
  comparedToCounty: ComparisonOutcome | null;
}

/** The columns of a ValueRow, from indicator_value as `v`. */
export const valueColumns = (sql: Sql) => sql`
  v.indicator_id as "indicatorId", v.definition_version as "definitionVersion", v.org_unit as "orgUnit",
  v.period_type as "periodType", v.period, v.sex, v.numerator::float8 as numerator,
  v.denominator::float8 as denominator, v.value, v.ci_low as "ciLow", v.ci_high as "ciHigh",
  v.ci_low_998 as "ciLow998", v.ci_high_998 as "ciHigh998", v.suppressed, v.missing_reason as "missingReason",
  v.trend, v.trend_chi_square as "trendChiSquare"`;

export interface ValueFilter {
  indicatorIds?: readonly string[];
  orgUnits?: readonly string[] | null;
  periodType: PeriodType;
  /** Exactly these periods. */
  periods?: readonly string[];
  /** Inclusive bounds; the period formats are fixed-width, so text order is time order within a period type. */
  from?: string | null;
  to?: string | null;
  sex: Sex;
  /** Only units of this kind (current units). */
  kind?: OrgUnitKind | null;
}

export async function findValues(sql: Sql, filter: ValueFilter): Promise<ValueRow[]> {
  return sql<ValueRow[]>`
    select ${valueColumns(sql)}
    from indicator_value v
    ${filter.kind ? sql`join org_unit o on o.code = v.org_unit and o.kind = ${filter.kind} and (o.valid_to is null or o.valid_to >= current_date)` : sql``}
    where v.period_type = ${filter.periodType} and v.sex = ${filter.sex}
      ${filter.indicatorIds ? sql`and v.indicator_id = any(${filter.indicatorIds as string[]})` : sql``}
      ${filter.orgUnits ? sql`and v.org_unit = any(${filter.orgUnits as string[]})` : sql``}
      ${filter.periods ? sql`and v.period = any(${filter.periods as string[]})` : sql``}
      ${filter.from ? sql`and v.period >= ${filter.from}` : sql``}
      ${filter.to ? sql`and v.period <= ${filter.to}` : sql``}
    order by v.period, v.org_unit, v.indicator_id`;
}

/** The county's value and every municipality's value, per indicator and period: what the assessment compares with. */
export interface AssessmentComparators {
  countyValue(indicatorId: string, period: string): number | null;
  municipalityValues(indicatorId: string, period: string): number[];
}

/** The comparators with the county's whole row, for the comparison's county. */
export interface Comparators extends AssessmentComparators {
  county(indicatorId: string, period: string): ValueRow | undefined;
}

/** One query for all the comparators of a request's values. */
export async function findComparators(
  sql: Sql,
  keys: { indicatorIds: readonly string[]; periodType: PeriodType; periods: readonly string[]; sex: Sex },
): Promise<Comparators> {
  const county = new Map<string, ValueRow>();
  const municipalities = new Map<string, number[]>();
  if (keys.indicatorIds.length > 0 && keys.periods.length > 0) {
    const rows = await sql<(ValueRow & { kind: OrgUnitKind })[]>`
      select ${valueColumns(sql)}, o.kind
      from indicator_value v
      join org_unit o on o.code = v.org_unit
      where v.indicator_id = any(${keys.indicatorIds as string[]}) and v.period_type = ${keys.periodType}
        and v.period = any(${keys.periods as string[]}) and v.sex = ${keys.sex}
        and (o.kind = 'municipality' or o.code = ${countyCode})
        and (o.valid_to is null or o.valid_to >= current_date)`;
    for (const row of rows) {
      const key = `${row.indicatorId}\u0000${row.period}`;
      if (row.orgUnit === countyCode) county.set(key, row);
      else if (row.value !== null) municipalities.set(key, [...(municipalities.get(key) ?? []), row.value]);
    }
  }
  return {
    county: (indicatorId, period) => county.get(`${indicatorId}\u0000${period}`),
    countyValue: (indicatorId, period) => county.get(`${indicatorId}\u0000${period}`)?.value ?? null,
    municipalityValues: (indicatorId, period) => municipalities.get(`${indicatorId}\u0000${period}`) ?? [],
  };
}

function estimate(value: number, lower: number | null, upper: number | null, level: 0.95 | 0.998): Estimate | undefined {
  if (lower === null || upper === null) return undefined;
  // The method is not needed to compare; the stored interval is what counts.
  return { value, lower, upper, standardError: null, level, method: 'wilson' };
}

/**
 * The row with its colour and its comparison with the county. Stored values (percent for proportions) are compared
 * with stored county values and target levels on the same scale; nothing is recomputed.
 */
export function assessRow(
  row: ValueRow,
  definition: IndicatorDefinition | undefined,
  comparators: AssessmentComparators,
  orgUnitRow?: OrgUnitRow,
): ValueModel {
  if (!definition) return valueModel(row, null, null, orgUnitRow);
  const countyValue = comparators.countyValue(row.indicatorId, row.period);
  const ci95 = row.value === null ? undefined : estimate(row.value, row.ciLow, row.ciHigh, 0.95);
  const ci998 = row.value === null ? undefined : estimate(row.value, row.ciLow998, row.ciHigh998, 0.998);
  const assessment = assess(
    definition.assessment,
    row.value === null ? { missing: row.missingReason ?? 'missing' } : { value: row.value, ci95, ci998 },
    {
      polarity: definition.polarity,
      municipalityValues: comparators.municipalityValues(row.indicatorId, row.period),
      countyValue,
    },
  );
  const comparedToCounty =
    row.orgUnit === countyCode || row.value === null
      ? null
      : compareWithComparator(
          ci95 ?? { value: row.value, lower: null, upper: null, standardError: null, level: 0.95, method: 'wilson' },
          countyValue,
          definition.polarity,
        );
  return valueModel(row, assessment, comparedToCounty, orgUnitRow);
}

/**
 * The model written out field by field: `{ ...row, status, … }` costs V8 (Node 20) microseconds per object, as
 * a spread followed by more properties leaves the fast path for object literals, and a scorecard builds dozens.
 */
function valueModel(row: ValueRow, assessment: Assessment | null, comparedToCounty: ComparisonOutcome | null, orgUnitRow?: OrgUnitRow): ValueModel {
  return {
    indicatorId: row.indicatorId,
    definitionVersion: row.definitionVersion,
    orgUnit: row.orgUnit,
    periodType: row.periodType,
    period: row.period,
    sex: row.sex,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    ciLow998: row.ciLow998,
    ciHigh998: row.ciHigh998,
    suppressed: row.suppressed,
    missingReason: row.missingReason,
    trend: row.trend,
    trendChiSquare: row.trendChiSquare,
    status: assessment?.status ?? null,
    statusBasis: assessment?.basis ?? null,
    greyReason: assessment?.greyReason ?? null,
    comparedToCounty,
    orgUnitRow,
  };
}

/** The definitions (newest version of each) the values were computed with, by id. */
export async function findDefinitions(sql: Sql, ids: readonly string[] | null): Promise<Map<string, IndicatorDefinition>> {
  const rows = await sql<{ definition: IndicatorDefinition }[]>`
    select distinct on (id) definition from indicator_definition
    ${ids ? sql`where id = any(${ids as string[]})` : sql``}
    order by id, version desc`;
  return new Map(rows.map((row) => [row.definition.id, row.definition]));
}
