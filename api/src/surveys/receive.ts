import type { Sql } from '../db/client.ts';
import type { AnswerProblem } from './answers.ts';
import type { SurveyLimiters } from './rate-limit.ts';
import { submitResponse, type SurveyRefusalReason, type SurveyTarget } from './submit.ts';

/**
 * A response as a client sends it, through either of the API's doors: POST /api/enkat/svar (survey-route.ts, what the
 * response page's form action uses) or the GraphQL mutation submitSurveyResponse. Both hand it to receiveSubmission,
 * so the bounds, the per-address limits and the proof of work are the same whichever door it came through.
 */
export interface SubmissionInput {
  slug?: string | null | undefined;
  code?: string | null | undefined;
  version: number;
  answers: readonly { question: string; values: readonly string[] }[];
  /** The solved proof-of-work challenge (proof-of-work.ts), when the open link asks for one. */
  proofOfWork?: string | null | undefined;
}

export type ReceiveResult =
  | { status: 'stored' }
  | { status: 'refused'; reason: SurveyRefusalReason }
  | { status: 'invalid'; problems: AnswerProblem[] }
  /** Not a response at all: the client's mistake, not the respondent's (the page never sends such a thing). */
  | { status: 'malformed'; message: string };

/** The bounds of a submission: a questionnaire has at most 40 questions, a text at most 4 000 characters. */
export const submissionBounds = { answers: 100, values: 20, valueLength: 4000 };

export const targetMessage = 'Ange antingen en länk (slug) eller en kod / give either slug or code';

/** An open link's slug or a single-use code, never both; undefined when the input names neither or both. */
export function surveyTarget(slug: string | null | undefined, code: string | null | undefined): SurveyTarget | undefined {
  if (slug && !code) return { slug };
  if (code && !slug) return { code };
  return undefined;
}

export async function receiveSubmission(sql: Sql, limiters: SurveyLimiters, clientAddress: string, input: SubmissionInput): Promise<ReceiveResult> {
  const target = surveyTarget(input.slug, input.code);
  if (!target) return { status: 'malformed', message: targetMessage };
  const { answers } = input;
  const { answers: maxAnswers, values: maxValues, valueLength } = submissionBounds;
  if (answers.length > maxAnswers || answers.some((a) => a.values.length > maxValues || a.values.some((v) => v.length > valueLength))) {
    return { status: 'malformed', message: 'Svaret är för stort / the response is too large' };
  }
  if (!limiters.submissions.tryAcquire(clientAddress) || ('code' in target && !limiters.codeGuesses.tryAcquire(clientAddress))) {
    return { status: 'refused', reason: 'rate_limited' };
  }
  const { proofOfWork } = limiters;
  return submitResponse(
    sql,
    { target, version: input.version, answers: new Map(answers.map((a) => [a.question, a.values])) },
    { requiredForOpenLinks: proofOfWork.allOpenLinks, check: () => proofOfWork.verify(input.proofOfWork) },
  );
}
