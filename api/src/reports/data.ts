import { createHash } from 'node:crypto';
import { indicatorAreas, type IndicatorDefinition } from '@samsyn/indicators';
import type { ReportPeriodType } from '@samsyn/reports';
import type { Sql } from '../db/client.ts';
import { absentValue } from '../schema/values/absent.ts';
import type { OrgUnitRow } from '../schema/org/rows.ts';
import { assessRow, findComparators, valueColumns, type PeriodType, type ValueModel, type ValueRow } from '../schema/values/queries.ts';

/**
 * What a report's data sections show, gathered in one place so that the live view of a draft and the snapshot frozen
 * at approval are the same thing: for the report's unit, its parents up to the county and the units below it, every
 * indicator's value for the period (assessed as the scorecard assesses it, absent ones typed), the unit's own values
 * for the periods before (for trend charts), the definitions the values were read with, and the import batches they
 * came from.
 */
export interface ReportData {
  /** Bumped when the shape changes, so an old snapshot can still be read. */
  format: 1;
  orgUnit: string;
  periodType: PeriodType;
  period: string;
  units: OrgUnitRow[];
  /** The newest version of each definition, as used for the assessments; each value keeps its own version too. */
  definitions: IndicatorDefinition[];
  values: SnapshotValue[];
  /** The report unit's stored values for up to `historyLength` periods ending with the report's. */
  history: SnapshotValue[];
  batches: SnapshotBatch[];
}

export type SnapshotValue = Omit<ValueModel, 'orgUnitRow'> & { batchIds: string[] };

export interface SnapshotBatch {
  id: string;
  dataset: string;
  fileName: string;
  fileSha256: string | null;
  finishedAt: string | null;
}

const historyLength = 8;

/**
 * The engine's period for a report period. It stores no half years, so a half-year report has no values to show
 * until it does; the built-in templates are quarterly and annual.
 */
export function valuePeriodOf(type: ReportPeriodType, key: string): { periodType: PeriodType; period: string } {
  if (type === 'half_year') throw new RangeError('Halvårsrapporter stöds inte ännu: värden lagras per kvartal och år / half-year reports are not supported yet');
  return { periodType: type, period: key };
}

type StoredRow = ValueRow & { batchIds: string[] };

/** Reads everything a report shows. Call it inside one repeatable-read transaction for a consistent whole. */
export async function gatherReportData(sql: Sql, report: { orgUnit: string; periodType: ReportPeriodType; period: string }): Promise<ReportData> {
  const { periodType, period } = valuePeriodOf(report.periodType, report.period);
  const units = await sql<OrgUnitRow[]>`
    with recursive up as (
      select code, parent_code from org_unit where code = ${report.orgUnit}
      union all
      select o.code, o.parent_code from org_unit o join up on o.code = up.parent_code
    ), down as (
      select code from org_unit where code = ${report.orgUnit}
      union all
      select o.code from org_unit o join down on o.parent_code = down.code where o.kind in ('subregion', 'municipality')
    )
    select code, name, kind, parent_code as "parentCode", valid_from::text as "validFrom", valid_to::text as "validTo"
    from org_unit
    where code in (select code from up union select code from down) and (valid_to is null or valid_to >= current_date)
    order by code`;
  const codes = units.map((u) => u.code);
  const definitionRows = await sql<{ definition: IndicatorDefinition }[]>`
    select distinct on (id) definition from indicator_definition order by id, version desc`;
  const definitions = definitionRows
    .map((r) => r.definition)
    .sort((a, b) => indicatorAreas.indexOf(a.area) - indicatorAreas.indexOf(b.area) || a.id.localeCompare(b.id));
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const ids = definitions.map((d) => d.id);

  const stored = await sql<StoredRow[]>`
    select ${valueColumns(sql)}, v.batch_ids::text[] as "batchIds"
    from indicator_value v
    where v.period_type = ${periodType} and v.sex = 'T' and v.org_unit = any(${codes})
      and (v.period = ${period} or (v.org_unit = ${report.orgUnit} and v.period < ${period}))
    order by v.indicator_id, v.org_unit, v.period`;
  const current = new Map(stored.filter((r) => r.period === period).map((r) => [`${r.indicatorId}\u0000${r.orgUnit}`, r]));
  const earlier = stored.filter((r) => r.period !== period);
  const historyPeriods = [...new Set(earlier.map((r) => r.period))].sort().slice(-(historyLength - 1));

  const comparators = await findComparators(sql, { indicatorIds: ids, periodType, periods: [period, ...historyPeriods], sex: 'T' });
  const snapshotValue = (row: ValueRow, batchIds: string[]): SnapshotValue => {
    const { orgUnitRow: _unit, ...model } = assessRow(row, byId.get(row.indicatorId), comparators);
    return { ...model, batchIds };
  };
  const values = definitions.flatMap((definition) =>
    units.map((unit) => {
      const row = current.get(`${definition.id}\u0000${unit.code}`);
      return row ? snapshotValue(row, row.batchIds) : snapshotValue(absentValue(definition, unit.code, periodType, period), []);
    }),
  );
  const history = [
    ...earlier.filter((r) => historyPeriods.includes(r.period) && byId.has(r.indicatorId)),
    ...stored.filter((r) => r.period === period && r.orgUnit === report.orgUnit),
  ]
    .map((r) => snapshotValue(r, r.batchIds))
    .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.period.localeCompare(b.period));

  const batchIds = [...new Set([...values, ...history].flatMap((v) => v.batchIds))];
  const batches = batchIds.length
    ? await sql<SnapshotBatch[]>`
        select id::text, dataset, file_name as "fileName", file_sha256 as "fileSha256",
               to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "finishedAt"
        from import_batch where id = any(${batchIds}::bigint[]) order by id`
    : [];
  return { format: 1, orgUnit: report.orgUnit, periodType, period, units, definitions, values, history, batches };
}

/**
 * The snapshot's bytes: JSON with every object's keys sorted, so the same data always gives the same text and
 * hash, whatever order the code built it in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
