import type { IndicatorDefinition } from '@samsyn/indicators';
import type { Sql } from '../../db/client.ts';
import { countyCode } from '../../seed/org-units.ts';
import type { GraphQLContext } from '../context.ts';
import type { OrgUnitKind, OrgUnitRow } from '../org/rows.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';
import { absentValue } from './absent.ts';
import { badInput, byCatalogueOrder, findPeriods, latestCompletePeriod, periodFormats } from './grid.ts';
import { assessRow, type PeriodType, type ValueModel } from './queries.ts';
import { readUnitScorecard } from './unit-scorecard.ts';

/**
 * A unit profile (enhetsprofil): one unit's scorecard with, per indicator, the county's value and the lowest and
 * highest value of the units it is placed among, which is what a spine chart draws. Built on the unit scorecard
 * (one statement once the server's caches are warm): its comparators already hold the county's value and every
 * municipality's, so a municipality or the county costs nothing more; a sub-region reads the sub-regions' values.
 */

export interface ValueRange {
  lowest: number;
  highest: number;
  units: number;
}

export interface UnitProfileModel {
  orgUnit: OrgUnitRow;
  periodType: PeriodType;
  period: string | null;
  periods: string[];
  rangeLevel: OrgUnitKind;
  rows: { indicator: IndicatorDefinition; value: ValueModel; countyValue: number | null; range: ValueRange | null }[];
}

export interface UnitProfileArgs {
  orgUnit: string;
  periodType: PeriodType;
  period?: string | null;
}

/** The spread of some values; null when there are none. */
export function rangeOf(values: readonly number[]): ValueRange | null {
  if (values.length === 0) return null;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const value of values) {
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  return { lowest, highest, units: values.length };
}

/** Every current sub-region's published value of every indicator for the period, gathered per indicator. */
async function findSubregionValues(sql: Sql, periodType: PeriodType, period: string): Promise<Map<string, number[]>> {
  const rows = await sql<{ indicatorId: string; values: number[] }[]>`
    select v.indicator_id as "indicatorId", array_agg(v.value) as values
    from indicator_value v
    join org_unit o on o.code = v.org_unit
    where o.kind = 'subregion' and (o.valid_to is null or o.valid_to >= current_date)
      and v.period_type = ${periodType} and v.period = ${period} and v.sex = 'T' and v.value is not null
    group by v.indicator_id`;
  return new Map(rows.map((row) => [row.indicatorId, row.values]));
}

export async function unitProfile(
  context: Pick<GraphQLContext, 'sql' | 'orgUnits' | 'valueCache'>,
  args: UnitProfileArgs,
): Promise<UnitProfileModel | null> {
  const { sql } = context;
  const { orgUnit, periodType } = args;
  if (args.period != null && !periodFormats[periodType].test(args.period)) {
    throw badInput(`Perioden ${args.period} passar inte periodtypen / the period does not match its type`, 'period');
  }
  // The county's periods, as the scorecard grid of a whole level offers them: the same choice on both pages.
  const { periods, latestMonth } = await findPeriods(sql, null, countyCode, periodType);
  const period = args.period ?? latestCompletePeriod(periods, periodType, latestMonth);

  if (period === null) {
    const unit = await context.orgUnits.byCode.load(orgUnit);
    if (!unit) return null;
    return { orgUnit: refuseCareUnit(unit), periodType, period, periods, rangeLevel: rangeLevelOf(unit.kind), rows: [] };
  }
  const card = await readUnitScorecard(context, orgUnit, periodType, period);
  if (!card) return null;
  const unit = refuseCareUnit(card.unit);
  const rangeLevel = rangeLevelOf(unit.kind);
  const subregionValues = rangeLevel === 'subregion' ? await findSubregionValues(sql, periodType, period) : null;
  const rows = [...card.definitions.values()].sort(byCatalogueOrder).map((indicator) => ({
    indicator,
    value: assessRow(
      card.stored.get(indicator.id) ?? absentValue(indicator, orgUnit, periodType, period),
      indicator,
      card.comparators,
      unit,
    ),
    countyValue: card.comparators.countyValue(indicator.id, period),
    range: rangeOf(subregionValues ? (subregionValues.get(indicator.id) ?? []) : card.comparators.municipalityValues(indicator.id, period)),
  }));
  return { orgUnit: unit, periodType, period, periods, rangeLevel, rows };
}

/** A sub-region among the sub-regions, a municipality among the municipalities, the county among its municipalities. */
function rangeLevelOf(kind: OrgUnitKind): OrgUnitKind {
  return kind === 'subregion' ? 'subregion' : 'municipality';
}

function refuseCareUnit(unit: OrgUnitRow): OrgUnitRow {
  if (unit.kind === 'care_unit') {
    throw badInput('Profiler finns för länet, delregioner och kommuner / profiles are for the county, sub-regions and municipalities', 'orgUnit');
  }
  return unit;
}

export const profileResolvers: Resolvers = {
  Query: {
    unitProfile: (_parent, args, context) => unitProfile(context, args),
  },
};
