import { canEdit } from '$lib/auth/access';
import { requireViewer } from '$lib/server/api';
import { loadSurveyFollowUp, loadSurveyResults } from '$lib/server/survey-results';
import type { PageServerLoad } from './$types';

/**
 * `/enkater/resultat`: a questionnaire's results for a unit and its parts in one quarter, for
 * everyone logged in (aggregated and disclosure-controlled); the unit's editors also follow the
 * responses per month and read the free text of the quarter, when enough people answered.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	const { choices, questionnaire, unit, quarter, results } = await loadSurveyResults(event, false);
	const followUp = canEdit(viewer)
		? await loadSurveyFollowUp(event, { questionnaireId: questionnaire.id, orgUnitCode: unit.code, quarter })
		: null;
	return { choices, questionnaire, unit, quarter, results, followUp, query: event.url.search };
};
