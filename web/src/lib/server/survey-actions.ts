/**
 * The survey's form actions, shared by the open link (`/enkat/[slug]`) and the single-use code
 * (`/enkat/kod`). Every button posts the whole form: the step's fields and, as hidden fields,
 * every other answer. The server works out the next step and sends the form back with the answers
 * in it; the last step sends the response to the API (survey-submit.ts). Nothing about the visitor is passed on:
 * their address goes to the API only for its in-memory rate limit, and nothing else.
 */
import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { FormError } from '$lib/forms';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { SURVEY_FORM_QUERY, type SurveyFormData } from '$lib/graphql/operations';
import type { SurveyRefusal } from '$lib/graphql/types';
import {
	allQuestions,
	answersFromForm,
	answersToSend,
	neighbourStep,
	problemError,
	shownQuestions,
	stepProblems,
	type SurveyView
} from '$lib/surveys/form';
import { type SurveyLanguage, surveyLanguageOf } from '$lib/surveys/languages';
import { type SurveyMessageId, surveyText } from '$lib/surveys/messages';
import { submitSurvey } from './survey-submit';

/**
 * Far above an honest response (the built-in questionnaires' one text of at most 1 000 characters is about 6 kB
 * form-encoded even in Arabic; two Arabic texts of 4 000 still fit), far below abuse.
 */
export const MAX_SURVEY_BODY_BYTES = 64 * 1024;

export type SurveyTarget = { slug: string } | { code: string };

/** A post refused before it was read: the page starts over with the message. */
export interface SurveyRefused {
	lang: SurveyLanguage;
	errors: FormError[];
}

export const refusalStatus: Record<SurveyRefusal, number> = {
	UNKNOWN_LINK: 404,
	CLOSED_LINK: 410,
	UNKNOWN_CODE: 400,
	USED_CODE: 409,
	NOT_PUBLISHED: 404,
	CHANGED_VERSION: 409,
	RATE_LIMITED: 429,
	PROOF_OF_WORK_MISSING: 400,
	PROOF_OF_WORK_INVALID: 400
};

export function refusalText(lang: SurveyLanguage, refusal: SurveyRefusal): string {
	return surveyText(lang, `refusal.${refusal.toLowerCase()}` as SurveyMessageId);
}

/** The questionnaire for a link or code, or the refusal; an unreachable API is a 502 page. */
export async function fetchSurvey(
	event: Pick<RequestEvent, 'fetch'>,
	target: SurveyTarget
): Promise<SurveyFormData | SurveyRefusal> {
	try {
		const { surveyForm } = await graphqlRequest(event.fetch, SURVEY_FORM_QUERY, target);
		return surveyForm.form ?? surveyForm.refusal ?? 'UNKNOWN_LINK';
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		console.error(cause.message);
		error(502, { message: 'The API request failed', code: 'API_UNAVAILABLE' });
	}
}

/** The posted form, refused before it is read when it is larger than any survey response. */
export async function readSurveyForm(event: RequestEvent): Promise<FormData | ActionFailure<SurveyRefused>> {
	const lang = event.locals.surveyLanguage ?? 'sv';
	const length = Number(event.request.headers.get('content-length') ?? 0);
	const tooLarge = () => fail(413, { lang, errors: [{ message: surveyText(lang, 'refusal.too_large') }] });
	if (length > MAX_SURVEY_BODY_BYTES) return tooLarge();
	// Read whole only after the declared length passed; a body without one is counted as it is read.
	const body = await event.request.arrayBuffer();
	if (body.byteLength > MAX_SURVEY_BODY_BYTES) return tooLarge();
	return new Response(body, { headers: { 'content-type': event.request.headers.get('content-type') ?? '' } }).formData();
}

/** Which button was pressed: next, back, send, or a language. */
function intentOf(data: FormData): { kind: 'next' | 'back' | 'send' } | { kind: 'language'; lang: SurveyLanguage } {
	const value = String(data.get('_handling') ?? 'fram');
	if (value.startsWith('sprak:')) return { kind: 'language', lang: surveyLanguageOf(value.slice(6)) };
	return { kind: value === 'tillbaka' ? 'back' : value === 'skicka' ? 'send' : 'next' };
}

/**
 * One step's form action. `survey` is the questionnaire the link or code answers (looked up by the
 * caller); the rest comes from the posted form.
 */
export async function surveyStep(
	event: RequestEvent,
	target: SurveyTarget,
	survey: SurveyFormData,
	data: FormData
): Promise<SurveyView | ActionFailure<SurveyView>> {
	const intent = intentOf(data);
	const lang = intent.kind === 'language' ? intent.lang : surveyLanguageOf(data.get('_sprak'));
	event.locals.surveyLanguage = lang;
	const { content } = survey;
	const answers = answersFromForm(content, data);
	const posted = Number.parseInt(String(data.get('_steg') ?? '0'), 10);
	const step = Number.isInteger(posted) && posted >= 0 && posted < content.groups.length ? posted : 0;
	const code = 'code' in target ? target.code : undefined;
	const view = (next: Partial<SurveyView> = {}): SurveyView => ({
		survey,
		lang,
		step,
		answers,
		errors: [],
		...(code ? { code } : {}),
		...next
	});

	// A field people cannot see, that form-filling robots do fill in.
	if (String(data.get('_webbplats') ?? '') !== '') {
		return fail(400, view({ errors: [{ message: surveyText(lang, 'refusal.honeypot') }] }));
	}
	if (intent.kind === 'language') return view();
	if (intent.kind === 'back') return view({ step: neighbourStep(content, step, -1, answers) ?? step });

	const errors = stepProblems(content, step, answers, lang);
	if (errors.length > 0) return fail(400, view({ errors }));
	// An answer on this step may have revealed a question on it ("show B only if A = X"): without
	// JavaScript the person has not seen it yet, so the step is shown again with it.
	const rendered = new Set(String(data.get('_visade') ?? '').split(','));
	if (shownQuestions(content, step, answers).some((q) => !rendered.has(q.key))) return view();

	const next = neighbourStep(content, step, 1, answers);
	if (intent.kind === 'next' && next !== undefined) return view({ step: next });
	// The proof of work the page's script solved, when the link asks for one (never with a code).
	const proofOfWork = String(data.get('_bevis') ?? '');
	return send(event, target, view(), Number(data.get('_version')), proofOfWork);
}

async function send(
	event: RequestEvent,
	target: SurveyTarget,
	view: SurveyView,
	version: number,
	proofOfWork: string
): Promise<SurveyView | ActionFailure<SurveyView>> {
	const { survey, lang, answers } = view;
	const result = await submitSurvey(event.fetch, {
		...target,
		version,
		answers: answersToSend(survey.content, answers),
		...('slug' in target && proofOfWork !== '' ? { proofOfWork } : {})
	});
	if (!result) return fail(502, { ...view, errors: [{ message: surveyText(lang, 'refusal.failed') }] });
	if (result.status === 'stored') redirect(303, `/enkat/tack?sprak=${lang}`);
	if (result.status === 'invalid') {
		const questions = allQuestions(survey.content);
		const errors = result.problems.flatMap(({ question, code }) => {
			const asked = questions.find((q) => q.key === question);
			return asked ? [problemError(lang, asked, code)] : [];
		});
		const first = survey.content.groups.findIndex((g) => g.questions.some((q) => q.key === result.problems[0]?.question));
		return fail(400, { ...view, step: first === -1 ? view.step : first, errors });
	}
	const { refusal } = result;
	if (refusal === 'CHANGED_VERSION') {
		// The page reloads the new version; the answers stay where the questions are the same.
		const newer = await fetchSurvey(event, target);
		if (typeof newer !== 'string') return fail(409, { ...view, survey: newer, step: 0, notice: refusalText(lang, refusal) });
	}
	return fail(refusalStatus[refusal], { ...view, errors: [{ message: refusalText(lang, refusal) }] });
}
