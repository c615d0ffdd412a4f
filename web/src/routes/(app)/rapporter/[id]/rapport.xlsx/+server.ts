import { tablesToXlsx, XLSX_CONTENT_TYPE } from '$lib/export/xlsx';
import { createTranslator } from '$lib/i18n';
import { reportExportTables } from '$lib/reports/export';
import { loadReportExport, reportDownloadHeaders } from '$lib/server/report-export';
import type { RequestHandler } from './$types';

/** The report's data as an Excel workbook, one sheet per section (`/rapporter/<id>/rapport.xlsx`). */
export const GET: RequestHandler = async (event) => {
	const report = await loadReportExport(event);
	const body = new Uint8Array(await tablesToXlsx(reportExportTables(createTranslator(event.locals.locale), report)));
	return new Response(body, { headers: reportDownloadHeaders(report, XLSX_CONTENT_TYPE, 'xlsx') });
};
