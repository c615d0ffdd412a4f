import { type AuditActor, recordAudit } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { perDatabase } from '../db/per-database.ts';
import { UserFacingError } from '../errors.ts';
import { countyCode } from '../seed/org-units.ts';
import { type QuestionnaireContent, validateContent } from './content.ts';
import { builtInTemplates } from './templates.ts';

/**
 * Questionnaires and their versions. A draft is edited in place; publishing freezes it; saving content for a
 * questionnaire whose newest version is published starts the next version as a draft. Responses reference the
 * (questionnaire, version) they answered, so a published version never changes under them.
 */

export type QuestionnaireStatus = 'draft' | 'published';

export interface QuestionnaireVersion {
  questionnaireId: string;
  key: string;
  version: number;
  status: QuestionnaireStatus;
  content: QuestionnaireContent;
  publishedAt: string | null;
}

const keyPattern = /^[a-z][a-z0-9-]{1,60}$/;

export async function createQuestionnaire(
  sql: SqlPool,
  actor: AuditActor,
  input: { key: string; title: string; orgUnitCode: string; content: unknown },
): Promise<QuestionnaireVersion> {
  if (!keyPattern.test(input.key)) {
    throw new UserFacingError('Enkätens nyckel ska vara gemener a–z, siffror och bindestreck (2–61 tecken) / invalid key');
  }
  if (input.title.trim() === '') throw new UserFacingError('Enkäten behöver ett namn / title missing');
  const content = validateContent(input.content);
  return sql.begin(async (tx) => {
    const [existing] = await tx`select 1 from questionnaire where key = ${input.key}`;
    if (existing) throw new UserFacingError(`Det finns redan en enkät med nyckeln ${input.key} / key taken`, { code: 'CONFLICT' });
    const [row] = await tx<{ id: string }[]>`
      insert into questionnaire (key, title, org_unit_code) values (${input.key}, ${input.title.trim()}, ${input.orgUnitCode})
      returning id::text as id`;
    await tx`
      insert into questionnaire_version (questionnaire_id, version, status, content)
      values (${row!.id}, 1, 'draft', ${tx.json(content as never)})`;
    await recordAudit(tx, actor, {
      action: 'questionnaire.create',
      entityType: 'questionnaire',
      entityId: input.key,
      orgUnitCode: input.orgUnitCode,
      after: { key: input.key, title: input.title.trim(), version: 1 },
    });
    return (await versionOf(tx, row!.id, 1))!;
  });
}

/** Saves content as the draft: the existing draft is replaced, or a new version after the newest published one. */
export async function saveDraft(sql: SqlPool, actor: AuditActor, questionnaireId: string, input: unknown): Promise<QuestionnaireVersion> {
  const content = validateContent(input);
  return sql.begin(async (tx) => {
    const questionnaire = await lockQuestionnaire(tx, questionnaireId);
    const [newest] = await tx<{ version: number; status: string }[]>`
      select version, status from questionnaire_version where questionnaire_id = ${questionnaireId}
      order by version desc limit 1`;
    let version: number;
    if (newest?.status === 'draft') {
      version = newest.version;
      await tx`
        update questionnaire_version set content = ${tx.json(content as never)}
        where questionnaire_id = ${questionnaireId} and version = ${version}`;
    } else {
      version = (newest?.version ?? 0) + 1;
      await tx`
        insert into questionnaire_version (questionnaire_id, version, status, content)
        values (${questionnaireId}, ${version}, 'draft', ${tx.json(content as never)})`;
    }
    await recordAudit(tx, actor, {
      action: 'questionnaire.save_draft',
      entityType: 'questionnaire',
      entityId: questionnaire.key,
      orgUnitCode: questionnaire.orgUnitCode,
      after: { version },
    });
    return (await versionOf(tx, questionnaireId, version))!;
  });
}

/** Publishes the draft, which from then on cannot change. */
export async function publishDraft(sql: SqlPool, actor: AuditActor, questionnaireId: string): Promise<QuestionnaireVersion> {
  return sql.begin(async (tx) => {
    const questionnaire = await lockQuestionnaire(tx, questionnaireId);
    const [draft] = await tx<{ version: number }[]>`
      update questionnaire_version set status = 'published', published_at = now()
      where questionnaire_id = ${questionnaireId} and status = 'draft'
      returning version`;
    if (!draft) {
      throw new UserFacingError('Enkäten har inget utkast att publicera; ändra den först / nothing to publish', { code: 'CONFLICT' });
    }
    await recordAudit(tx, actor, {
      action: 'questionnaire.publish',
      entityType: 'questionnaire',
      entityId: questionnaire.key,
      orgUnitCode: questionnaire.orgUnitCode,
      after: { publishedVersion: draft.version },
    });
    return (await versionOf(tx, questionnaireId, draft.version))!;
  });
}

/**
 * Published versions by connection pool, then by questionnaire and version. A published version never changes, so
 * every submission need not fetch and parse its content again (one round trip and a JSON document fewer on the
 * submission path).
 */
const publishedVersions = perDatabase(() => new Map<string, QuestionnaireVersion>());

/** The questionnaire's newest published version: what open links and codes answer. */
export async function newestPublished(sql: Sql, questionnaireId: string): Promise<QuestionnaireVersion | undefined> {
  const [row] = await sql<{ version: number }[]>`
    select version from questionnaire_version where questionnaire_id = ${questionnaireId} and status = 'published'
    order by version desc limit 1`;
  return row ? publishedVersion(sql, questionnaireId, row.version) : undefined;
}

/**
 * A published version, read once per database: published versions never change, and the response page and every
 * submission need one, so only its number is read per request.
 */
export async function publishedVersion(sql: Sql, questionnaireId: string, version: number): Promise<QuestionnaireVersion | undefined> {
  const cache = publishedVersions(sql);
  const key = `${questionnaireId}:${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const read = await versionOf(sql, questionnaireId, version);
  if (read?.status === 'published') cache.set(key, read);
  return read;
}

export async function versionOf(sql: Sql, questionnaireId: string, version: number): Promise<QuestionnaireVersion | undefined> {
  const [row] = await sql<QuestionnaireVersion[]>`
    select v.questionnaire_id::text as "questionnaireId", q.key, v.version, v.status, v.content,
      v.published_at::text as "publishedAt"
    from questionnaire_version v join questionnaire q on q.id = v.questionnaire_id
    where v.questionnaire_id = ${questionnaireId} and v.version = ${version}`;
  return row;
}

/** Serialises version changes of one questionnaire (two editors saving at once must not both insert version n+1). */
async function lockQuestionnaire(sql: Sql, questionnaireId: string): Promise<{ key: string; orgUnitCode: string }> {
  const [row] = await sql<{ key: string; orgUnitCode: string }[]>`
    select key, org_unit_code as "orgUnitCode" from questionnaire where id = ${questionnaireId} for update`;
  if (!row) throw new UserFacingError('Enkäten finns inte / no such questionnaire', { code: 'NOT_FOUND' });
  return row;
}

/** Stores the built-in templates that are not there yet as published version 1, owned by the county. */
export async function seedSurveyTemplates(sql: Sql): Promise<string[]> {
  const inserted: string[] = [];
  for (const template of builtInTemplates) {
    const content = validateContent(template.content);
    const [row] = await sql<{ id: string }[]>`
      insert into questionnaire (key, title, org_unit_code) values (${template.key}, ${template.title}, ${countyCode})
      on conflict (key) do nothing returning id::text as id`;
    if (!row) continue;
    await sql`
      insert into questionnaire_version (questionnaire_id, version, status, content, published_at)
      values (${row.id}, 1, 'published', ${sql.json(content as never)}, now())`;
    inserted.push(template.key);
  }
  return inserted;
}
