import type { SqlPool } from '../db/client.ts';
import { seedIndicatorDefinitions } from './indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from './org-units.ts';

export interface SeedResult {
  orgUnitsChanged: number;
  indicatorsInserted: string[];
  /** Code versions not stored because a working group's version holds their number (see seedIndicatorDefinitions). */
  indicatorsSkipped: string[];
}

/** Reference data every installation needs: Västra Götaland's organisation and the indicator catalogue. */
export async function seedReferenceData(sql: SqlPool): Promise<SeedResult> {
  return sql.begin(async (tx) => {
    const orgUnitsChanged = await seedOrgUnits(tx, await readVgrOrgUnits());
    const indicators = await seedIndicatorDefinitions(tx);
    return { orgUnitsChanged, indicatorsInserted: indicators.inserted, indicatorsSkipped: indicators.skipped };
  });
}
