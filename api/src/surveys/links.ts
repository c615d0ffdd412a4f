import { randomBytes } from 'node:crypto';
import { type AuditActor, recordAudit } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { surveyUnit } from './units.ts';

/** Open links (for posters): /enkat/<slug> answers the questionnaire's newest published version for one unit. */

export interface SurveyLink {
  slug: string;
  questionnaireId: string;
  orgUnitCode: string;
  active: boolean;
  /** The response page asks for a proof of work (proof-of-work.ts) before a response through this link is taken. */
  proofOfWork: boolean;
}

const slugPattern = /^[a-z0-9][a-z0-9-]{2,80}$/;

/** Whether a slug could name a link at all (the table's check), to answer nonsense without a query. */
export function isSlug(slug: string): boolean {
  return slugPattern.test(slug);
}

/** A readable slug from the unit's name and a random tail, so that links cannot be guessed one from another. */
function newSlug(unitName: string): string {
  const base = unitName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'enkat'}-${randomBytes(4).toString('hex')}`;
}

export async function createLink(
  sql: SqlPool,
  actor: AuditActor,
  input: { questionnaireId: string; orgUnitCode: string; slug?: string; proofOfWork?: boolean },
): Promise<SurveyLink> {
  if (input.slug !== undefined && !slugPattern.test(input.slug)) {
    throw new UserFacingError('Länkens namn får ha gemener a–z, siffror och bindestreck (3–81 tecken) / invalid slug');
  }
  return sql.begin(async (tx) => {
    await surveyUnit(tx, input.orgUnitCode);
    const [unit] = await tx<{ name: string }[]>`select name from org_unit where code = ${input.orgUnitCode}`;
    const slug = input.slug ?? newSlug(unit!.name);
    const [row] = await tx<SurveyLink[]>`
      insert into survey_link (slug, questionnaire_id, org_unit_code, proof_of_work)
      select ${slug}, id, ${input.orgUnitCode}, ${input.proofOfWork ?? false} from questionnaire where id = ${input.questionnaireId}
      on conflict (slug) do nothing
      returning slug, questionnaire_id::text as "questionnaireId", org_unit_code as "orgUnitCode", active,
        proof_of_work as "proofOfWork"`;
    if (!row) {
      const [taken] = await tx`select 1 from survey_link where slug = ${slug}`;
      throw taken
        ? new UserFacingError(`Länken ${slug} finns redan / slug taken`, { code: 'CONFLICT' })
        : new UserFacingError('Enkäten finns inte / no such questionnaire', { code: 'NOT_FOUND' });
    }
    await recordAudit(tx, actor, {
      action: 'survey_link.create',
      entityType: 'survey_link',
      entityId: slug,
      orgUnitCode: input.orgUnitCode,
      after: { questionnaireId: input.questionnaireId, proofOfWork: row.proofOfWork },
    });
    return row;
  });
}

