import { exportFileName } from '$lib/export/table';
import { tableToXlsx, XLSX_CONTENT_TYPE } from '$lib/export/xlsx';
import { downloadHeaders } from '$lib/server/indicator-page';
import { loadSurveyResults } from '$lib/server/survey-results';
import { surveyExportTable } from '$lib/surveys/results';
import { createTranslator } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** The results of every quarter for the page's unit and its parts, as an Excel workbook. */
export const GET: RequestHandler = async (event) => {
	const { results, unit } = await loadSurveyResults(event, true);
	const table = surveyExportTable(createTranslator(event.locals.locale), results);
	const body = new Uint8Array(await tableToXlsx(table));
	return new Response(body, { headers: downloadHeaders(XLSX_CONTENT_TYPE, exportFileName(['enkatresultat', results.title, unit.name], 'xlsx')) });
};
