import type { Sql } from '../db/client.ts';

export type CountPeriod = 'week' | 'month' | 'quarter';

export interface ResponseCount {
  orgUnitCode: string;
  unitName: string;
  period: string;
  responses: number;
}

/**
 * How many have answered per unit and period, for the unit asked about and every unit under it. Counts only: the
 * editors following a survey never see response rows.
 */
export async function responseCounts(sql: Sql, questionnaireId: string, orgUnitCode: string, period: CountPeriod): Promise<ResponseCount[]> {
  return sql<ResponseCount[]>`
    with recursive units as (
      select code, name from org_unit where code = ${orgUnitCode}
      union all
      select u.code, u.name from org_unit u join units on u.parent_code = units.code
    )
    select r.org_unit_code as "orgUnitCode", units.name as "unitName",
      date_trunc(${period}, r.week)::date::text as period, count(*)::int as responses
    from survey_response r join units on units.code = r.org_unit_code
    where r.questionnaire_id = ${questionnaireId}
    group by r.org_unit_code, units.name, 3
    order by r.org_unit_code, 3`;
}
