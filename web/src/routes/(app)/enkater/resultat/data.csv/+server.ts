import { exportFileName, tableToCsv } from '$lib/export/table';
import { downloadHeaders } from '$lib/server/indicator-page';
import { loadSurveyResults } from '$lib/server/survey-results';
import { surveyExportTable } from '$lib/surveys/results';
import { createTranslator } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** The results of every quarter for the page's unit and its parts, as CSV for Swedish Excel. */
export const GET: RequestHandler = async (event) => {
	const { results, unit } = await loadSurveyResults(event, true);
	const table = surveyExportTable(createTranslator(event.locals.locale), results);
	return new Response(tableToCsv(table), {
		headers: downloadHeaders('text/csv; charset=utf-8', exportFileName(['enkatresultat', results.title, unit.name], 'csv'))
	});
};
