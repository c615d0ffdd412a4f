import { catalogue, definitionContentHash, type IndicatorDefinition } from '@samsyn/indicators';
import type { Sql } from '../db/client.ts';
import { insertDefinitionVersion } from '../definitions/store.ts';
import { UserFacingError } from '../errors.ts';

export interface IndicatorSeedResult {
  /** id@version of the code versions stored now. */
  inserted: string[];
  /** id@version of code versions left out because a working group's version with other content holds the number. */
  skipped: string[];
}

/**
 * Stores every catalogue definition whose (id, version) is not stored yet. Working groups add versions through
 * the API too (origin 'api', numbered after the newest stored one), so a key can already be taken:
 * - by the same content: nothing to do;
 * - by a code version with other content: the code changed a definition without raising its version. Seeding
 *   stops and says so, because values already computed with that version would silently change meaning;
 * - by a working group's version with other content: the installation's history has moved on from the code's.
 *   Neither may be rewritten, and a release must not refuse to start because of an installation's own work, so
 *   the editor's version stays, the code's is left out (returned in `skipped`, for a warning) and the developer
 *   gives it the next free number. A code version whose number is free is stored, and becomes the newest when it
 *   is the highest: a release's new version is a reviewed change made on purpose.
 */
export async function seedIndicatorDefinitions(
  sql: Sql,
  definitions: readonly IndicatorDefinition[] = catalogue,
): Promise<IndicatorSeedResult> {
  const result: IndicatorSeedResult = { inserted: [], skipped: [] };
  for (const def of definitions) {
    const key = `${def.id}@${def.version}`;
    const stored = await insertDefinitionVersion(sql, def, 'code');
    if (stored.inserted) result.inserted.push(key);
    else if (stored.contentHash === definitionContentHash(def)) continue;
    else if (stored.origin === 'api') result.skipped.push(key);
    else {
      throw new UserFacingError(
        `Indikatorn ${def.id} version ${def.version} har ändrats i koden men versionen är oförändrad: höj versionen / ` +
          `indicator ${def.id} v${def.version} changed without a version bump: raise its version`,
      );
    }
  }
  return result;
}

/** The warning for skipped code versions, for the start's log and `samsyn seed`. */
export function skippedVersionsWarning(skipped: readonly string[]): string {
  return (
    `Indikatorversionerna ${skipped.join(', ')} i koden sparades inte: en arbetsgrupp har redan skapat samma ` +
    `versionsnummer med annat innehåll. Ge kodens definition nästa lediga version / code versions not stored: ` +
    `a working group's version holds the number; give the code's definition the next free version`
  );
}
