/**
 * The survey's last step sends the response to the API's `POST /api/enkat/svar` (a JSON route
 * beside GraphQL, api/src/http/survey-route.ts), in process like `/graphql` (hooks.server.ts):
 * the same checks as the mutation submitSurveyResponse, without a GraphQL engine around a
 * request that is sent far more often than any other.
 */
import type { Fetch } from '$lib/graphql/client';
import type { SurveyRefusal } from '$lib/graphql/types';
import type { ProblemCode } from '$lib/surveys/form';

export const SURVEY_SUBMIT_PATH = '/api/enkat/svar';

export interface SurveySubmission {
	slug?: string;
	code?: string;
	version: number;
	answers: { question: string; values: string[] }[];
	/** The solved proof of work (base64 of ALTCHA's payload), when the open link asks for one. */
	proofOfWork?: string;
}

export type SurveySubmitResult =
	| { status: 'stored' }
	| { status: 'refused'; refusal: SurveyRefusal }
	| { status: 'invalid'; problems: { question: string; code: ProblemCode }[] };

/**
 * The API's answer, or undefined when it could not be reached or did not answer with a
 * response's outcome (the reason is logged; the page says that the answers were not sent).
 */
export async function submitSurvey(
	fetch: Fetch,
	submission: SurveySubmission
): Promise<SurveySubmitResult | undefined> {
	let status = 0;
	try {
		const response = await fetch(SURVEY_SUBMIT_PATH, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(submission)
		});
		status = response.status;
		const body: unknown = await response.json();
		const result = resultOf(body);
		if (result) return result;
		console.error(`${SURVEY_SUBMIT_PATH} answered ${status}: ${JSON.stringify(body)}`);
	} catch (cause) {
		console.error(`${SURVEY_SUBMIT_PATH} failed (HTTP ${status}):`, cause);
	}
	return undefined;
}

function resultOf(body: unknown): SurveySubmitResult | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const { status, refusal, problems } = body as Record<string, unknown>;
	if (status === 'stored') return { status };
	// GraphQL's enum SurveyRefusal has the same values in upper case.
	if (status === 'refused' && typeof refusal === 'string') {
		return { status, refusal: refusal.toUpperCase() as SurveyRefusal };
	}
	if (status === 'invalid' && Array.isArray(problems)) {
		return { status, problems: problems as { question: string; code: ProblemCode }[] };
	}
	return undefined;
}
