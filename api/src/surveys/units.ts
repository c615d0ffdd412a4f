import type { Fragment, Sql } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';

/**
 * Surveys are answered for a municipality or a care unit within one: the responses count towards that
 * municipality's indicators (and so its sub-region's and the county's).
 */
export async function surveyUnit(sql: Sql, orgUnitCode: string): Promise<{ code: string; kommun: string }> {
  const [row] = await sql<{ kommun: string | null }[]>`
    with recursive chain as (${unitChain(sql, sql`select ${orgUnitCode}::text`)})
    select (select code from chain where kind = 'municipality') as kommun
    where exists (select 1 from chain where code = ${orgUnitCode} and kind in ('municipality', 'care_unit'))`;
  if (!row?.kommun) {
    throw new UserFacingError(`Enheten ${orgUnitCode} är ingen kommun eller vårdenhet i en kommun / not a municipality or care unit`);
  }
  return { code: orgUnitCode, kommun: row.kommun };
}

/**
 * The body of a recursive CTE named chain: every unit that `units` selects (column `unit`) with the units above it
 * up to the county. A survey unit's municipality is the row of its chain whose kind is municipality: the unit
 * itself, or the one a care unit lies in.
 */
export function unitChain(sql: Sql, units: Fragment): Fragment {
  return sql`
    select u.code as unit, u.code, u.kind, u.parent_code from org_unit u where u.code in (${units})
    union all
    select chain.unit, u.code, u.kind, u.parent_code from org_unit u join chain on u.code = chain.parent_code`;
}
