import type { Sql } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';

/**
 * Surveys are answered for a municipality or a care unit within one: the responses count towards that
 * municipality's indicators (and so its sub-region's and the county's).
 */
export async function surveyUnit(sql: Sql, orgUnitCode: string): Promise<{ code: string; kommun: string }> {
  const [row] = await sql<{ kommun: string | null }[]>`
    with recursive chain as (
      select code, kind, parent_code from org_unit where code = ${orgUnitCode}
      union all
      select u.code, u.kind, u.parent_code from org_unit u join chain on u.code = chain.parent_code
    )
    select (select code from chain where kind = 'municipality') as kommun
    where exists (select 1 from chain where code = ${orgUnitCode} and kind in ('municipality', 'care_unit'))`;
  if (!row?.kommun) {
    throw new UserFacingError(`Enheten ${orgUnitCode} är ingen kommun eller vårdenhet i en kommun / not a municipality or care unit`);
  }
  return { code: orgUnitCode, kommun: row.kommun };
}
