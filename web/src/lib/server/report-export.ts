/**
 * A report's downloads, read as its print page reads it (REPORT_PRINT_QUERY: the snapshot once frozen), with the file
 * name they download as: the report's Swedish title, and "Utkast" before it while the report can still change.
 */
import { error } from '@sveltejs/kit';
import { exportFileName } from '$lib/export/table';
import type { Fetch } from '$lib/graphql/client';
import { REPORT_PRINT_QUERY, type ReportPrint } from '$lib/graphql/operations';
import { loadQuery } from './api';

export async function loadReportExport(event: { fetch: Fetch; url: URL; params: { id: string } }): Promise<ReportPrint> {
	const { report } = await loadQuery(event, REPORT_PRINT_QUERY, { id: event.params.id });
	// Unknown and not readable alike: the public must not learn which drafts exist.
	if (!report) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	return report;
}

/** RFC 6266: the Swedish name in `filename*` (UTF-8), and an ASCII one in `filename` for older programs. */
export function reportDownloadHeaders(report: Pick<ReportPrint, 'title' | 'data'>, contentType: string, extension: 'csv' | 'xlsx'): Record<string, string> {
	// Characters no file system takes become spaces.
	const name = `${report.data.frozen ? '' : 'Utkast – '}${report.title}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
	return {
		'content-type': contentType,
		'content-disposition': `attachment; filename="${exportFileName([name], extension)}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`
	};
}
