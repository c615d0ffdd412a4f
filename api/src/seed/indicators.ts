import { catalogue, definitionContentHash, type IndicatorDefinition } from '@samsyn/indicators';
import type { Sql } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';

/**
 * Stores every catalogue definition that is not stored yet. A stored version is never rewritten: if
 * the code changed a definition without raising its version, seeding stops and says so, because
 * values already computed with that version would silently change meaning.
 * Returns the ids@versions inserted now.
 */
export async function seedIndicatorDefinitions(
  sql: Sql,
  definitions: readonly IndicatorDefinition[] = catalogue,
): Promise<string[]> {
  const inserted: string[] = [];
  for (const def of definitions) {
    const hash = definitionContentHash(def);
    const [row] = await sql<{ contentHash: string; inserted: boolean }[]>`
      with new_row as (
        insert into indicator_definition (
          id, version, title_sv, title_en, area, principal, polarity, unit, frequency,
          owner_group, valid_from, next_review_date, definition, content_hash
        ) values (
          ${def.id}, ${def.version}, ${def.title.sv}, ${def.title.en}, ${def.area}, ${def.principal},
          ${def.polarity}, ${def.unit}, ${def.frequency}, ${def.ownerGroup}, ${def.validFrom},
          ${def.nextReviewDate}, ${sql.json(JSON.parse(JSON.stringify(def)))}, ${hash}
        )
        on conflict (id, version) do nothing
        returning content_hash
      )
      select content_hash as "contentHash", true as inserted from new_row
      union all
      select content_hash, false from indicator_definition
      where id = ${def.id} and version = ${def.version} and not exists (select 1 from new_row)`;
    if (row?.inserted) inserted.push(`${def.id}@${def.version}`);
    else if (row && row.contentHash !== hash) {
      throw new UserFacingError(
        `Indikatorn ${def.id} version ${def.version} har ändrats i koden men versionen är oförändrad: höj versionen / ` +
          `indicator ${def.id} v${def.version} changed without a version bump: raise its version`,
      );
    }
  }
  return inserted;
}
