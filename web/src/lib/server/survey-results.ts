/**
 * What the survey results page and its downloads load: the choices (questionnaire, unit, quarter)
 * from the address, and the API's aggregated, disclosure-controlled results. The address is the
 * page's state (`/enkater/resultat?enkat=1&enhet=GR&kvartal=2026-Q1`), so a view can be shared and
 * the form works without JavaScript.
 */
import { error } from '@sveltejs/kit';
import { type Fetch, graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import {
	SURVEY_FOLLOW_UP_QUERY,
	SURVEY_RESULT_CHOICES_QUERY,
	SURVEY_RESULTS_QUERY,
	type SurveyResultsData
} from '$lib/graphql/operations';
import { apiUnavailable, loadQuery } from '$lib/server/api';
import { COUNTY_CODE } from '$lib/auth/access';
import { QUARTER_PATTERN } from '$lib/surveys/results';

export interface SurveyResultChoice {
	questionnaireId: string;
	orgUnitCode: string;
	quarter: string | null;
}

export async function loadSurveyResults(event: { fetch: Fetch; url: URL }, allQuarters: boolean) {
	const choices = await loadQuery(event, SURVEY_RESULT_CHOICES_QUERY, {});
	const params = event.url.searchParams;
	const questionnaire = choices.questionnaires.find((q) => q.id === params.get('enkat')) ?? choices.questionnaires[0];
	if (!questionnaire) error(404, { message: 'No questionnaire', code: 'NOT_FOUND' });
	const unitCode = params.get('enhet') ?? COUNTY_CODE;
	const unit = choices.orgUnits.find((u) => u.code === unitCode);
	if (!unit) error(404, { message: 'Unknown unit', code: 'NOT_FOUND' });
	const asked = params.get('kvartal');
	const quarterParam = asked && QUARTER_PATTERN.test(asked) ? asked : null;
	const { surveyResults } = await loadQuery(event, SURVEY_RESULTS_QUERY, {
		questionnaireId: questionnaire.id,
		orgUnitCode: unit.code,
		quarter: allQuarters ? null : quarterParam
	});
	// Without a quarter in the address, the newest with responses (the API returns every quarter it knows of).
	let results: SurveyResultsData = surveyResults;
	let quarter = quarterParam ?? surveyResults.quarters[0] ?? null;
	if (!allQuarters && !quarterParam && quarter) {
		results = (await loadQuery(event, SURVEY_RESULTS_QUERY, { questionnaireId: questionnaire.id, orgUnitCode: unit.code, quarter })).surveyResults;
	}
	if (allQuarters) quarter = null;
	return { choices, questionnaire, unit, quarter, results };
}

/**
 * For the unit's editors: responses per unit and month, and the quarter's free text. null for
 * anyone else (the API refuses them; the page then shows the aggregates only).
 */
export async function loadSurveyFollowUp(event: { fetch: Fetch }, choice: SurveyResultChoice) {
	try {
		return await graphqlRequest(event.fetch, SURVEY_FOLLOW_UP_QUERY, {
			questionnaireId: choice.questionnaireId,
			orgUnitCode: choice.orgUnitCode,
			quarter: choice.quarter ?? '',
			withText: choice.quarter !== null
		});
	} catch (cause) {
		if (cause instanceof GraphQLRequestError && (cause.code === 'FORBIDDEN' || cause.code === 'UNAUTHENTICATED')) return null;
		if (cause instanceof GraphQLRequestError) apiUnavailable(cause);
		throw cause;
	}
}
