import { error } from '@sveltejs/kit';
import {
	fetchSurvey,
	readSurveyForm,
	refusalStatus,
	refusalText,
	surveyStep
} from '$lib/server/survey-actions';
import type { Actions, PageServerLoad } from './$types';

/** An open link (a poster's QR code): anyone may answer, once per visit. */
export const load: PageServerLoad = async (event) => {
	const lang = event.locals.surveyLanguage ?? 'sv';
	const survey = await fetchSurvey(event, { slug: event.params.slug });
	if (typeof survey === 'string') {
		error(refusalStatus[survey], { message: refusalText(lang, survey), code: 'SURVEY_REFUSED' });
	}
	return { survey, lang };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await readSurveyForm(event);
		if (!(data instanceof FormData)) return data;
		const target = { slug: event.params.slug };
		const survey = await fetchSurvey(event, target);
		const lang = event.locals.surveyLanguage ?? 'sv';
		if (typeof survey === 'string') {
			error(refusalStatus[survey], { message: refusalText(lang, survey), code: 'SURVEY_REFUSED' });
		}
		return surveyStep(event, target, survey, data);
	}
};
