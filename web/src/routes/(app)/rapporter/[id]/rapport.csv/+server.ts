import { tableToCsv } from '$lib/export/table';
import { createTranslator } from '$lib/i18n';
import { reportCsvTable } from '$lib/reports/export';
import { loadReportExport, reportDownloadHeaders } from '$lib/server/report-export';
import type { RequestHandler } from './$types';

/**
 * The report's data as CSV for Swedish Excel (`/rapporter/<id>/rapport.csv`): semicolons, decimal comma, UTF-8 with
 * BOM, every section's rows with the section first.
 */
export const GET: RequestHandler = async (event) => {
	const report = await loadReportExport(event);
	const csv = tableToCsv(reportCsvTable(createTranslator(event.locals.locale), report));
	return new Response(csv, { headers: reportDownloadHeaders(report, 'text/csv; charset=utf-8', 'csv') });
};
