import { definitionContentHash, type IndicatorDefinition } from '@samsyn/indicators';
import type { Sql } from '../db/client.ts';

/** Where a stored version came from: the reviewed code catalogue, or a working group through the API. */
export type DefinitionOrigin = 'code' | 'api';

/** What holds the (id, version) key after an insert: the new row, or the row that was already there. */
export type StoredVersion =
  | { inserted: true }
  | { inserted: false; contentHash: string; origin: DefinitionOrigin };

/**
 * Stores one version of a definition unless its (id, version) is taken; a stored version is never rewritten.
 * The one insert into indicator_definition, for the seed and the API alike, so that both keep the same copies
 * of the definition's fields in columns and the same content hash.
 */
export async function insertDefinitionVersion(
  sql: Sql,
  def: IndicatorDefinition,
  origin: DefinitionOrigin,
): Promise<StoredVersion> {
  const [row] = await sql<{ inserted: boolean; contentHash: string; origin: DefinitionOrigin }[]>`
    with new_row as (
      insert into indicator_definition (
        id, version, title_sv, title_en, area, principal, polarity, unit, frequency,
        owner_group, valid_from, next_review_date, definition, content_hash, origin
      ) values (
        ${def.id}, ${def.version}, ${def.title.sv}, ${def.title.en}, ${def.area}, ${def.principal},
        ${def.polarity}, ${def.unit}, ${def.frequency}, ${def.ownerGroup}, ${def.validFrom},
        ${def.nextReviewDate}, ${sql.json(JSON.parse(JSON.stringify(def)))}, ${definitionContentHash(def)}, ${origin}
      )
      on conflict (id, version) do nothing
      returning content_hash, origin
    )
    select true as inserted, content_hash as "contentHash", origin from new_row
    union all
    select false, content_hash, origin from indicator_definition
    where id = ${def.id} and version = ${def.version} and not exists (select 1 from new_row)`;
  if (!row) throw new Error(`indicator_definition ${def.id}@${def.version}: neither inserted nor found`);
  return row.inserted ? { inserted: true } : { inserted: false, contentHash: row.contentHash, origin: row.origin };
}

export interface NewestVersion {
  version: number;
  contentHash: string;
  definition: IndicatorDefinition;
}

/** The newest stored version of an indicator, or undefined when the id is unknown. */
export async function findNewestVersion(sql: Sql, id: string): Promise<NewestVersion | undefined> {
  const [row] = await sql<NewestVersion[]>`
    select version, content_hash as "contentHash", definition from indicator_definition
    where id = ${id} order by version desc limit 1`;
  return row;
}
