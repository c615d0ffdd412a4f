import { redirect } from '@sveltejs/kit';
import { csvDocument } from '$lib/export/csv';
import { GENERATE_SURVEY_CODES_MUTATION, SURVEY_DISTRIBUTION_QUERY } from '$lib/graphql/operations';
import { loadQuery, runMutation } from '$lib/server/api';
import { codeCsvRows, codeFormQuery, type CodeProblem, parseCodeForm } from '$lib/surveys/codes';
import type { RequestHandler } from './$types';

/**
 * The code form of `/enkater`: generates the codes and answers with them as CSV, a download, so the plain codes
 * exist only in the editor's file (the API keeps their hashes). A problem sends the browser back to the form.
 */
export const POST: RequestHandler = async (event) => {
	const form = await event.request.formData();
	const { values, request, problems } = parseCodeForm((field) => {
		const value = form.get(field);
		return typeof value === 'string' ? value : '';
	});
	function back(found: readonly CodeProblem[]): never {
		redirect(303, `/enkater?${codeFormQuery(values, found)}#koder`);
	}
	if (!request) back(problems);

	const result = await runMutation(event, GENERATE_SURVEY_CODES_MUTATION, { input: request });
	if (!result.ok) back(['refused']);
	const { codes } = result.data.generateSurveyCodes;

	// The names the file states beside each code, as the editor chose them in the form.
	const { questionnaires, municipalities } = await loadQuery(event, SURVEY_DISTRIBUTION_QUERY, {});
	const questionnaire = questionnaires.find((q) => q.id === request.questionnaireId)?.title ?? request.questionnaireId;
	const unit = municipalities.find((u) => u.code === request.orgUnitCode)?.name ?? request.orgUnitCode;
	const rows = codeCsvRows(codes, { questionnaire, unit, periodStart: request.periodStart, periodEnd: request.periodEnd });
	return new Response(csvDocument(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="enkatkoder-${request.orgUnitCode}-${request.periodStart}.csv"`,
			// The codes are secrets until they are used: no cache may keep the file.
			'cache-control': 'no-store'
		}
	});
};
