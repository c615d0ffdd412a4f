import { indicatorAreas, type IndicatorArea, type IndicatorDefinition } from '@samsyn/indicators';
import type { Sql } from '../../db/client.ts';

/** The newest version of each indicator, in the areas' presentation order, then by id. */
export async function findLatestIndicators(sql: Sql, area?: IndicatorArea | null): Promise<IndicatorDefinition[]> {
  const rows = await sql<{ definition: IndicatorDefinition }[]>`
    select distinct on (id) definition
    from indicator_definition
    ${area ? sql`where area = ${area}` : sql``}
    order by id, version desc`;
  return rows
    .map((row) => row.definition)
    .sort((a, b) => indicatorAreas.indexOf(a.area) - indicatorAreas.indexOf(b.area) || a.id.localeCompare(b.id));
}

export async function findIndicator(sql: Sql, id: string, version?: number | null): Promise<IndicatorDefinition | null> {
  const [row] = await sql<{ definition: IndicatorDefinition }[]>`
    select definition from indicator_definition
    where id = ${id} ${version ? sql`and version = ${version}` : sql``}
    order by version desc
    limit 1`;
  return row?.definition ?? null;
}
