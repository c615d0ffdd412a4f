import { definitionContentHash, indicatorIdSchema, parseIndicatorDefinition, type IndicatorDefinition } from '@samsyn/indicators';
import { type AuditActor, recordAudit } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { countyCode } from '../seed/org-units.ts';
import { findNewestVersion, insertDefinitionVersion } from './store.ts';
import { InvalidDefinitionInputError, validateDefinitionInput } from './validate.ts';

/**
 * Working groups extend the catalogue through the API: a new indicator, or a new version of one. The server
 * numbers the version (newest + 1, or 1), so no one can rewrite a stored version; values already computed keep the
 * version they were computed with, and the next recompute takes the new one.
 */

/** Stores a new indicator as version 1; refuses an id that exists. */
export async function createIndicator(sql: SqlPool, actor: AuditActor, input: unknown): Promise<IndicatorDefinition> {
  const fields = definitionFields(input);
  const id = requestedId(fields);
  return sql.begin((tx) => storeVersion(tx, actor, id, fields, 'new'));
}

/** Stores the next version of an existing indicator; refuses an unknown id and content equal to the newest version. */
export async function createIndicatorVersion(
  sql: SqlPool,
  actor: AuditActor,
  id: string,
  input: unknown,
): Promise<IndicatorDefinition> {
  const fields = definitionFields(input);
  if (fields.id !== undefined && fields.id !== id) {
    throw new InvalidDefinitionInputError([
      {
        path: 'id',
        message: `Definitionens id ${JSON.stringify(fields.id)} är inte ${id}; lämna bort det eller ange samma / the definition's id differs from the indicator's`,
      },
    ]);
  }
  return sql.begin((tx) => storeVersion(tx, actor, id, fields, 'next'));
}

type DefinitionFields = Record<string, unknown>;

function definitionFields(input: unknown): DefinitionFields {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return input as DefinitionFields;
  throw new InvalidDefinitionInputError([
    { path: '(rot)', message: 'Definitionen ska vara ett JSON-objekt / the definition must be a JSON object' },
  ]);
}

/** A new indicator's id, from its definition; an unusable one is reported together with every other problem. */
function requestedId(fields: DefinitionFields): string {
  const id = indicatorIdSchema.safeParse(fields.id);
  if (id.success) return id.data;
  // Full validation fails on the id here, and names the definition's other problems in the same answer.
  validateDefinitionInput({ ...fields, version: 1 });
  throw new InvalidDefinitionInputError([{ path: 'id', message: 'Id saknas / id missing' }]);
}

async function storeVersion(
  sql: Sql,
  actor: AuditActor,
  id: string,
  fields: DefinitionFields,
  expected: 'new' | 'next',
): Promise<IndicatorDefinition> {
  // Two editors saving the same indicator at once take turns, so each gets a version number of its own.
  await sql`select pg_advisory_xact_lock(hashtext(${`samsyn.indicator_definition:${id}`}))`;
  const newest = await findNewestVersion(sql, id);
  if (expected === 'new' && newest) {
    throw new UserFacingError(
      `Indikatorn ${id} finns redan (senaste version ${newest.version}); skapa en ny version av den i stället / ` +
        `indicator ${id} already exists: create a new version of it instead`,
      { code: 'ALREADY_EXISTS' },
    );
  }
  if (expected === 'next' && !newest) {
    throw new UserFacingError(`Indikatorn ${id} finns inte; skapa den som ny indikator / unknown indicator ${id}: create it first`, {
      code: 'NOT_FOUND',
    });
  }
  // The version is the server's to give: one in the input (say, from Indicator.json) is replaced.
  const definition = validateDefinitionInput({ ...fields, id, version: (newest?.version ?? 0) + 1 });
  if (newest && definitionContentHash({ ...definition, version: newest.version }) === newest.contentHash) {
    throw new UserFacingError(
      `Definitionen är oförändrad jämfört med version ${newest.version} av ${id}, så ingen ny version skapades. ` +
        `Ändra det som ska ändras och spara igen / unchanged from version ${newest.version}: no new version was created`,
      { code: 'UNCHANGED' },
    );
  }
  const stored = await insertDefinitionVersion(sql, definition, 'api');
  if (!stored.inserted) {
    // Only `samsyn seed` running at this very moment can take the number, since it does not take the lock.
    throw new UserFacingError(`Versionen togs samtidigt av någon annan; spara igen / the version was taken meanwhile: save again`, {
      code: 'CONFLICT',
    });
  }
  await recordAudit(sql, actor, {
    action: newest ? 'indicator.create_version' : 'indicator.create',
    entityType: 'indicator',
    entityId: id,
    // The catalogue is the county's, shared by every municipality.
    orgUnitCode: countyCode,
    // Parsed again so that its keys are in the schema's order, not jsonb's, and only real changes show in the diff.
    before: newest ? parseIndicatorDefinition(newest.definition) : null,
    after: definition,
  });
  return definition;
}
