import { error, redirect } from '@sveltejs/kit';
import { loginUrl } from '$lib/auth/redirect';
import { REPORT_PRINT_QUERY } from '$lib/graphql/operations';
import { expectedChartCount } from '$lib/reports/print';
import { loadQuery } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The report as printed: the live preview, and the page the server's Chromium draws the PDF from. */
export const load: PageServerLoad = async (event) => {
	const { report } = await loadQuery(event, REPORT_PRINT_QUERY, { id: event.params.id });
	if (!report) {
		const { viewer } = await event.parent();
		if (!viewer) redirect(303, loginUrl(event.url.pathname));
		error(404, { message: 'Not found', code: 'NOT_FOUND' });
	}
	return { report, expectedCharts: expectedChartCount(report) };
};
