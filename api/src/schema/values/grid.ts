import { indicatorAreas, type IndicatorArea, type IndicatorDefinition, type Principal } from '@samsyn/indicators';
import { createGraphQLError } from 'graphql-yoga';
import type { Sql } from '../../db/client.ts';
import { monthIndex, monthsOf } from '../../engine/periods.ts';
import { countyCode } from '../../seed/org-units.ts';
import type { GraphQLContext } from '../context.ts';
import { byKindThenName, type OrgUnitKind, type OrgUnitRow } from '../org/rows.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';
import { absentValue } from './absent.ts';
import { assessRow, findComparators, findDefinitions, findValues, type PeriodType, type ValueModel } from './queries.ts';

/**
 * The colour scorecard (färgstyrkort) of a whole level: indicators × units for one period. Five statements whatever
 * the level or the number of units: the units, the definitions, the periods with values, the values and the
 * comparators. The units prime the request's org-unit DataLoader, so `IndicatorValue.orgUnit` costs nothing more.
 */

export interface ScorecardGridArgs {
  level: OrgUnitKind;
  within?: string | null;
  periodType: PeriodType;
  period?: string | null;
  area?: IndicatorArea | null;
  principal?: Principal | null;
}

export interface ScorecardGridModel {
  level: OrgUnitKind;
  within: OrgUnitRow | null;
  periodType: PeriodType;
  period: string | null;
  periods: string[];
  units: OrgUnitRow[];
  rows: { indicator: IndicatorDefinition; values: ValueModel[] }[];
}

export const badInput = (message: string, argument: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

export const periodFormats: Record<PeriodType, RegExp> = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  rolling_12: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
};

/** The catalogue's order, as `indicators` and `scorecard` give it: by area, then by id. */
export function byCatalogueOrder(a: IndicatorDefinition, b: IndicatorDefinition): number {
  return indicatorAreas.indexOf(a.area) - indicatorAreas.indexOf(b.area) || a.id.localeCompare(b.id);
}

/** The grid's columns, current units only, in one statement; `within` must be a sub-region (its row comes first). */
async function findGridUnits(sql: Sql, level: OrgUnitKind, within: string | null): Promise<OrgUnitRow[]> {
  const which =
    within !== null
      ? sql`((kind = 'subregion' and code = ${within}) or (kind = 'municipality' and parent_code = ${within}))`
      : level === 'subregion'
        ? sql`kind in ('county', 'subregion')`
        : sql`kind = ${level}`;
  const rows = await sql<OrgUnitRow[]>`
    select code, name, kind, parent_code as "parentCode", valid_from as "validFrom", valid_to as "validTo"
    from org_unit
    where (valid_to is null or valid_to >= current_date) and ${which}`;
  return rows.sort(byKindThenName);
}

/**
 * The periods of the type that have values for the reference unit (the county, or the sub-region of the grid: a
 * municipality's value is always rolled up into both), newest first, and the latest month with values, in one
 * statement. Read through the primary key (indicator, unit, period type, …): a few hundred index entries.
 */
export async function findPeriods(
  sql: Sql,
  /** null: every indicator of the catalogue (a subquery, for a read that has not got the definitions yet). */
  indicatorIds: readonly string[] | null,
  reference: string,
  periodType: PeriodType,
): Promise<{ periods: string[]; latestMonth: string | null }> {
  if (indicatorIds?.length === 0) return { periods: [], latestMonth: null };
  const rows = await sql<{ periodType: PeriodType; period: string }[]>`
    select distinct v.period_type as "periodType", v.period
    from indicator_value v
    where ${indicatorIds ? sql`v.indicator_id = any(${indicatorIds as string[]})` : sql`v.indicator_id in (select id from indicator_definition)`}
      and v.org_unit = ${reference}
      and v.period_type = any(${[periodType, 'month']}) and v.sex = 'T'
    order by v.period desc`;
  return {
    periods: rows.filter((row) => row.periodType === periodType).map((row) => row.period),
    latestMonth: rows.find((row) => row.periodType === 'month')?.period ?? null,
  };
}

/**
 * The period to show by default: the newest one whose months have all passed in the data. The engine stores a
 * quarter or a year of proportions as soon as its first month is in, so the newest quarter may be one month of
 * three; a scorecard of it would put a month's figures beside last year's under the same heading.
 */
export function latestCompletePeriod(periods: readonly string[], periodType: PeriodType, latestMonth: string | null): string | null {
  if (latestMonth === null) return periods[0] ?? null;
  const last = monthIndex(latestMonth);
  return periods.find((period) => Math.max(...monthsOf(periodType, period)) <= last) ?? periods[0] ?? null;
}

export async function scorecardGrid(context: Pick<GraphQLContext, 'sql' | 'orgUnits'>, args: ScorecardGridArgs): Promise<ScorecardGridModel> {
  const { sql } = context;
  const { level, periodType } = args;
  const within = args.within ?? null;
  if (level === 'care_unit') throw badInput('Välj län, delregion eller kommun / choose county, sub-region or municipality', 'level');
  if (within !== null && level !== 'municipality') {
    throw badInput('Bara kommuner kan väljas inom en delregion / only municipalities can be shown within a sub-region', 'within');
  }
  if (args.period != null && !periodFormats[periodType].test(args.period)) {
    throw badInput(`Perioden ${args.period} passar inte periodtypen / the period does not match its type`, 'period');
  }

  const [units, definitions] = await Promise.all([findGridUnits(sql, level, within), findDefinitions(sql, null)]);
  const withinUnit = within === null ? null : (units.find((unit) => unit.kind === 'subregion') ?? null);
  if (within !== null && !withinUnit) {
    throw createGraphQLError(`Okänd delregion ${within} / unknown sub-region`, { extensions: { code: 'NOT_FOUND' } });
  }
  // Every value's orgUnit is one of these: no org-unit statement later.
  for (const unit of units) context.orgUnits.byCode.prime(unit.code, unit);

  // The periods come from every indicator, so that narrowing to an area or a principal keeps the period.
  const { periods, latestMonth } = await findPeriods(sql, [...definitions.keys()], within ?? countyCode, periodType);
  const period = args.period ?? latestCompletePeriod(periods, periodType, latestMonth);
  const shown = [...definitions.values()]
    .filter((d) => (!args.area || d.area === args.area) && (!args.principal || d.principal === args.principal))
    .sort(byCatalogueOrder);
  const grid = { level, within: withinUnit, periodType, period, periods, units };
  if (period === null || shown.length === 0 || units.length === 0) return { ...grid, rows: [] };

  const indicatorIds = shown.map((d) => d.id);
  const [values, comparators] = await Promise.all([
    findValues(sql, { indicatorIds, orgUnits: units.map((u) => u.code), periodType, periods: [period], sex: 'T' }),
    findComparators(sql, { indicatorIds, periodType, periods: [period], sex: 'T' }),
  ]);
  const stored = new Map(values.map((row) => [`${row.indicatorId}\u0000${row.orgUnit}`, row]));
  const rows = shown.map((indicator) => ({
    indicator,
    values: units.map((unit) =>
      assessRow(
        stored.get(`${indicator.id}\u0000${unit.code}`) ?? absentValue(indicator, unit.code, periodType, period),
        indicator,
        comparators,
      ),
    ),
  }));
  return { ...grid, rows };
}

export const gridResolvers: Resolvers = {
  Query: {
    scorecardGrid: (_parent, args, context) => scorecardGrid(context, args),
  },
};
