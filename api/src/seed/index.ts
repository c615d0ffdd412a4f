import type { SqlPool } from '../db/client.ts';
import { seedIndicatorDefinitions } from './indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from './org-units.ts';

export interface SeedResult {
  orgUnitsChanged: number;
  indicatorsInserted: string[];
}

/** Reference data every installation needs: Västra Götaland's organisation and the indicator catalogue. */
export async function seedReferenceData(sql: SqlPool): Promise<SeedResult> {
  return sql.begin(async (tx) => ({
    orgUnitsChanged: await seedOrgUnits(tx, await readVgrOrgUnits()),
    indicatorsInserted: await seedIndicatorDefinitions(tx),
  }));
}
