import type { Sql } from '../../db/client.ts';
import type { SurveyLink } from '../../surveys/links.ts';
import type { QuestionnaireVersion } from '../../surveys/questionnaires.ts';

export interface QuestionnaireRow {
  id: string;
  key: string;
  title: string;
  versions: QuestionnaireVersion[];
  links: SurveyLink[];
}

/** Every questionnaire with its versions (newest first) and open links: few rows, so read in three queries. */
export async function listQuestionnaires(sql: Sql): Promise<QuestionnaireRow[]> {
  const questionnaires = await sql<{ id: string; key: string; title: string }[]>`
    select id::text as id, key, title from questionnaire order by key`;
  const versions = await sql<QuestionnaireVersion[]>`
    select v.questionnaire_id::text as "questionnaireId", q.key, v.version, v.status, v.content,
      v.published_at::text as "publishedAt"
    from questionnaire_version v join questionnaire q on q.id = v.questionnaire_id
    order by v.questionnaire_id, v.version desc`;
  const links = await sql<SurveyLink[]>`
    select slug, questionnaire_id::text as "questionnaireId", org_unit_code as "orgUnitCode", active,
      proof_of_work as "proofOfWork"
    from survey_link order by org_unit_code, slug`;
  return questionnaires.map((q) => ({
    ...q,
    versions: versions.filter((v) => v.questionnaireId === q.id),
    links: links.filter((l) => l.questionnaireId === q.id),
  }));
}
