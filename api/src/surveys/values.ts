import type { SqlPool } from '../db/client.ts';
import { type IndicatorRecompute, recompute } from '../engine/materialise.ts';

/**
 * Survey indicators are computed from survey_answer rather than from import batches, so the import's "values after
 * every import" does not reach them: this recomputes every stored indicator of kind survey.
 */
export async function updateSurveyValues(sql: SqlPool): Promise<IndicatorRecompute[]> {
  const ids = await sql<{ id: string }[]>`
    select distinct id from indicator_definition where definition -> 'computation' ->> 'kind' = 'survey' order by id`;
  return ids.length > 0 ? recompute(sql, { indicators: ids.map((r) => r.id) }) : [];
}
