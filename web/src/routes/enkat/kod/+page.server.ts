import { fail } from '@sveltejs/kit';
import { formText } from '$lib/forms';
import {
	fetchSurvey,
	readSurveyForm,
	refusalStatus,
	refusalText,
	surveyStep
} from '$lib/server/survey-actions';
import { surveyText } from '$lib/surveys/messages';
import type { Actions, PageServerLoad } from './$types';

/**
 * A single-use code from a letter or a text message. The code is typed into a form and then
 * carried in a hidden field from step to step, never in the address (which browsers remember and
 * servers log). The API uses it up only when the answers are sent.
 */
export const load: PageServerLoad = (event) => ({ lang: event.locals.surveyLanguage ?? 'sv' });

export const actions: Actions = {
	default: async (event) => {
		const data = await readSurveyForm(event);
		if (!(data instanceof FormData)) return data;
		const lang = event.locals.surveyLanguage ?? 'sv';
		const carried = formText(data, '_kod');
		const code = (carried || formText(data, 'kod')).trim();
		if (code === '') {
			return fail(400, { lang, kod: '', errors: [{ field: 'kod', message: surveyText(lang, 'codeMissing') }] });
		}
		const survey = await fetchSurvey(event, { code });
		if (typeof survey === 'string') {
			return fail(refusalStatus[survey], {
				lang,
				kod: code,
				errors: [{ field: 'kod', message: refusalText(lang, survey) }]
			});
		}
		if (!carried) return { survey, lang, step: 0, answers: {}, errors: [], code };
		return surveyStep(event, { code }, survey, data);
	}
};
