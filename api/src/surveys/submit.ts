import type { Sql } from '../db/client.ts';
import type { Answers } from './content.ts';
import { type AnswerProblem, type AnswerRow, checkAnswers } from './answers.ts';
import { codeHash, looksLikeCode } from './codes.ts';
import { isSlug } from './links.ts';
import { forgetOpenedLink, openedLink, rememberOpenedLink, storedThroughOpenedLink } from './opened-links.ts';
import { publishedVersion, type QuestionnaireVersion } from './questionnaires.ts';
import { unitChain } from './units.ts';
import { weekMonday } from './week.ts';

/**
 * THE way a response is stored: the response page's form action and the demo generator both come through here.
 * What is stored is the version answered, the unit, its municipality, the Monday of the week, and the answers (free
 * text masked). Nothing about the request — address, browser, cookie, session, time of day — is passed in, so none
 * of it can be stored.
 */

/** What was answered: an open link's slug or a single-use code. */
export type SurveyTarget = { slug: string } | { code: string };

export type SurveyRefusal = 'unknown_link' | 'closed_link' | 'unknown_code' | 'used_code' | 'not_published';

/** A proof of work an open link asked for (proof-of-work.ts) that was not sent, or was forged, expired or reused. */
export type ProofRefusal = 'proof_of_work_missing' | 'proof_of_work_invalid';

/** Every reason the API gives for not taking a response: the above, a version changed, or too many attempts. */
export type SurveyRefusalReason = SurveyRefusal | ProofRefusal | 'changed_version' | 'rate_limited';

export interface OpenSurvey {
  version: QuestionnaireVersion;
  orgUnitCode: string;
  kommun: string;
  unitName: string;
  /** An open link that asks for a proof of work; never a code, which is itself the proof of a real visit. */
  proofOfWork: boolean;
}

/** The questionnaire a link or code answers, or why it cannot be answered. A code is not used here. */
export async function openSurvey(sql: Sql, target: SurveyTarget): Promise<OpenSurvey | SurveyRefusal> {
  const isLink = 'slug' in target;
  if (isLink ? !isSlug(target.slug) : !looksLikeCode(target.code)) return isLink ? 'unknown_link' : 'unknown_code';
  // One round trip: the link or code, the newest published version's number, the unit's name
  // and its municipality (the unit itself, or the municipality a care unit lies in).
  const found = isLink
    ? sql`select questionnaire_id, org_unit_code, active as usable, proof_of_work from survey_link where slug = ${target.slug}`
    : sql`select b.questionnaire_id, c.org_unit_code, not c.consumed as usable, false as proof_of_work
          from survey_code c join survey_code_batch b on b.id = c.batch_id where c.code_hash = ${codeHash(target.code)}`;
  const [row] = await sql<{ questionnaireId: string; orgUnitCode: string; usable: boolean; proofOfWork: boolean; version: number | null; kommun: string | null; unitName: string }[]>`
    with recursive target as (${found}),
    chain as (${unitChain(sql, sql`select org_unit_code from target`)})
    select t.questionnaire_id::text as "questionnaireId", t.org_unit_code as "orgUnitCode", t.usable, t.proof_of_work as "proofOfWork",
      (select max(v.version) from questionnaire_version v where v.questionnaire_id = t.questionnaire_id and v.status = 'published') as version,
      (select code from chain where kind = 'municipality') as kommun,
      (select name from org_unit where code = t.org_unit_code) as "unitName"
    from target t`;
  if (!row) return isLink ? 'unknown_link' : 'unknown_code';
  if (!row.usable) return isLink ? 'closed_link' : 'used_code';
  const version = row.version === null ? undefined : await publishedVersion(sql, row.questionnaireId, row.version);
  if (!version) return 'not_published';
  // Links and codes are only made for a municipality or a care unit within one (surveyUnit), so this cannot happen.
  if (!row.kommun) throw new Error(`survey unit ${row.orgUnitCode} lies in no municipality`);
  return { version, orgUnitCode: row.orgUnitCode, kommun: row.kommun, unitName: row.unitName, proofOfWork: row.proofOfWork };
}

export interface Submission {
  target: SurveyTarget;
  /** The version the form showed: answers are checked against it and stored with it. */
  version: number;
  answers: Answers;
  /** When it is answered; only its week is kept. The demo dates its responses in the past. */
  answeredAt?: Date;
}

export type SubmitResult =
  | { status: 'stored' }
  | { status: 'refused'; reason: SurveyRefusal | ProofRefusal | 'changed_version' }
  | { status: 'invalid'; problems: AnswerProblem[] };

export type SubmitStatus = SubmitResult['status'];

/**
 * `proof` checks the proof of work of an open link that asks for one (`required` when every open link does); it is
 * asked only then, after the link is known, so that the check costs nothing on links without it.
 */
export interface ProofCheckOptions {
  requiredForOpenLinks: boolean;
  check: () => Promise<'ok' | 'missing' | 'invalid'>;
}

export async function submitResponse(sql: Sql, submission: Submission, proof?: ProofCheckOptions): Promise<SubmitResult> {
  const { target } = submission;
  // A solution is accepted once (proof-of-work.ts): asked again in this submission, the first answer stands.
  let proofChecked: ReturnType<ProofCheckOptions['check']> | undefined;
  const checkProof = proof && { ...proof, check: () => (proofChecked ??= proof.check()) };
  if ('slug' in target) {
    const opened = openedLink(sql, target.slug);
    if (opened) {
      if (await storedThroughOpenedLink(sql, target.slug, opened, submission, checkProof)) return { status: 'stored' };
      forgetOpenedLink(sql, target.slug);
    }
  }
  // Everything else, with every reason for a refusal, takes the full path: the survey opened afresh, then stored.
  const survey = await openSurvey(sql, target);
  if (typeof survey === 'string') return { status: 'refused', reason: survey };
  if (checkProof && 'slug' in target && (survey.proofOfWork || checkProof.requiredForOpenLinks)) {
    const checked = await checkProof.check();
    if (checked !== 'ok') return { status: 'refused', reason: checked === 'missing' ? 'proof_of_work_missing' : 'proof_of_work_invalid' };
  }
  if ('slug' in target) rememberOpenedLink(sql, target.slug, survey);
  return storeResponse(sql, survey, submission);
}

/**
 * The second half of submitResponse, for a survey already opened: the demo generator opens each link once and sends
 * thousands of responses through here, with the same checks, masking, dating and storing as the response page's.
 */
export async function storeResponse(sql: Sql, survey: OpenSurvey, submission: Submission): Promise<SubmitResult> {
  // Published versions never change, but a newer one may have been published while the person answered: the
  // answers belong to the version they saw, and the form is shown again with the new one.
  if (survey.version.version !== submission.version) return { status: 'refused', reason: 'changed_version' };
  const { problems, rows } = checkAnswers(survey.version.content, submission.answers);
  if (problems.length > 0) return { status: 'invalid', problems };
  const week = weekMonday(submission.answeredAt ?? new Date());
  const code = 'code' in submission.target ? submission.target.code : undefined;
  const stored = await insertResponse(sql, survey, week, rows, code);
  return stored ? { status: 'stored' } : { status: 'refused', reason: 'used_code' };
}

/**
 * The response with its answers in ONE row and ONE statement (migration 0018), so one round trip and atomic without
 * BEGIN and COMMIT. With a code, the statement first uses the code up (`update … where not consumed returning`) and
 * inserts only if it did: of two statements with one code, the second waits on the row lock of the first, then finds
 * the code consumed and inserts nothing. Returns whether the response was stored.
 */
async function insertResponse(sql: Sql, survey: OpenSurvey, week: string, rows: readonly AnswerRow[], code: string | undefined): Promise<boolean> {
  const consumed = code
    ? sql`update survey_code set consumed = true where code_hash = ${codeHash(code)} and not consumed returning 1`
    : sql`select 1`;
  const stored = await sql`
    with consumed as (${consumed})
    insert into survey_response (questionnaire_id, version, org_unit_code, kommun, week, question_keys, dimensions, option_keys, valuations, free_texts)
    select ${survey.version.questionnaireId}, ${survey.version.version}, ${survey.orgUnitCode}, ${survey.kommun}, ${week},
      ${rows.map((r) => r.questionKey)}::text[], ${rows.map((r) => r.dimension)}::text[], ${rows.map((r) => r.optionKey)}::text[],
      ${rows.map((r) => r.valuation)}::text[], ${rows.map((r) => r.freeText)}::text[]
    where exists (select 1 from consumed)
    returning 1`;
  return stored.length === 1;
}
