import type { SqlPool } from '../db/client.ts';
import { seedIndicatorDefinitions } from './indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from './org-units.ts';
import { seedSurveyTemplates } from '../surveys/questionnaires.ts';

export interface SeedResult {
  orgUnitsChanged: number;
  indicatorsInserted: string[];
  /** Code versions not stored because a working group's version holds their number (see seedIndicatorDefinitions). */
  indicatorsSkipped: string[];
  /** Built-in questionnaires stored (published version 1) because they were not there yet. */
  surveyTemplatesInserted: string[];
}

/**
 * Reference data every installation needs: Västra Götaland's organisation, the indicator catalogue and the built-in
 * questionnaires.
 */
export async function seedReferenceData(sql: SqlPool): Promise<SeedResult> {
  return sql.begin(async (tx) => {
    const orgUnitsChanged = await seedOrgUnits(tx, await readVgrOrgUnits());
    const indicators = await seedIndicatorDefinitions(tx);
    const surveyTemplatesInserted = await seedSurveyTemplates(tx);
    return {
      orgUnitsChanged,
      indicatorsInserted: indicators.inserted,
      indicatorsSkipped: indicators.skipped,
      surveyTemplatesInserted,
    };
  });
}
