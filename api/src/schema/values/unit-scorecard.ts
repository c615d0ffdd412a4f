import type { IndicatorDefinition } from '@samsyn/indicators';
import type { GraphQLContext } from '../context.ts';
import type { OrgUnitRow } from '../org/rows.ts';
import { valueColumns, type AssessmentComparators, type PeriodType, type ValueRow } from './queries.ts';
import type { DefinitionKey, ReadPoint } from './read-cache.ts';

/** What one unit's scorecard is made of: the newest definitions, the unit's stored values, and the comparators. */
export interface UnitScorecard {
  unit: OrgUnitRow;
  definitions: Map<string, IndicatorDefinition>;
  /** The unit's stored values (total) for the period, by indicator. */
  stored: Map<string, ValueRow>;
  comparators: AssessmentComparators;
}

type ScorecardRow = Partial<ValueRow> & { definitionId: string; newestVersion: number; contentHash: string };

interface ScorecardRead extends ReadPoint {
  unit: OrgUnitRow;
  rows: ScorecardRow[];
}

/**
 * One unit's scorecard for one period, in one statement once the server's caches hold the definitions and the
 * period's comparators (read-cache.ts): the unit (current units only; undefined for any other code), for every
 * indicator the key of its newest definition and its stored value if there is one (by the unit and period), and the
 * read point the caches are keyed by. The unit primes the request's org-unit DataLoader and goes with each value, so
 * `IndicatorValue.orgUnit` costs nothing more. Otherwise one statement for the definitions not yet cached, and one
 * for the period's comparators the first time they are asked for at this read point.
 *
 * The statement answers with one JSON value rather than a row per indicator: the driver then parses one column
 * instead of some six hundred, which is most of what the read costs the server. PostgreSQL writes a float8 in JSON
 * as it does in its text format (shortest exact form), so the numbers are the same.
 */
export async function readUnitScorecard(
  { sql, valueCache, orgUnits }: Pick<GraphQLContext, 'sql' | 'valueCache' | 'orgUnits'>,
  orgUnit: string,
  periodType: PeriodType,
  period: string,
): Promise<UnitScorecard | undefined> {
  const [read] = await sql<{ card: ScorecardRead }[]>`
    select json_build_object(
      'unit', json_build_object(
        'code', u.code, 'name', u.name, 'kind', u.kind, 'parentCode', u.parent_code, 'validFrom', u.valid_from, 'validTo', u.valid_to
      ),
      'generation', (select generation::text from indicator_value_generation),
      'day', current_date::text,
      'rows', coalesce((
        select json_agg(indicator)
        from (
          select d.id as "definitionId", d.version as "newestVersion", d.content_hash as "contentHash", ${valueColumns(sql)}
          from (select distinct on (id) id, version, content_hash from indicator_definition order by id, version desc) d
          left join indicator_value v
            on v.indicator_id = d.id and v.org_unit = ${orgUnit} and v.period_type = ${periodType} and v.period = ${period} and v.sex = 'T'
        ) indicator
      ), '[]')
    ) as card
    from org_unit u
    where u.code = ${orgUnit} and (u.valid_to is null or u.valid_to >= current_date)`;
  if (!read) return undefined;
  const { unit, rows } = read.card;
  // The same row as findCurrentOrgUnits gives (org/rows.ts).
  orgUnits.byCode.prime(unit.code, unit);

  const keys: DefinitionKey[] = [];
  const stored = new Map<string, ValueRow>();
  for (const row of rows) {
    keys.push({ id: row.definitionId, version: row.newestVersion, contentHash: row.contentHash });
    if (row.indicatorId) stored.set(row.indicatorId, valueRowOf(row));
  }
  const [definitions, comparators] = await Promise.all([
    valueCache.definitions.definitions(sql, keys),
    valueCache.comparators.comparators(sql, read.card, { indicatorIds: keys.map((k) => k.id), periodType, period, sex: 'T' }),
  ]);
  return { unit, definitions, stored, comparators };
}

function valueRowOf(row: ScorecardRow): ValueRow {
  return {
    indicatorId: row.indicatorId!,
    definitionVersion: row.definitionVersion!,
    orgUnit: row.orgUnit!,
    periodType: row.periodType!,
    period: row.period!,
    sex: row.sex!,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
    value: row.value ?? null,
    ciLow: row.ciLow ?? null,
    ciHigh: row.ciHigh ?? null,
    ciLow998: row.ciLow998 ?? null,
    ciHigh998: row.ciHigh998 ?? null,
    suppressed: row.suppressed!,
    missingReason: row.missingReason ?? null,
    trend: row.trend ?? null,
    trendChiSquare: row.trendChiSquare ?? null,
  };
}
