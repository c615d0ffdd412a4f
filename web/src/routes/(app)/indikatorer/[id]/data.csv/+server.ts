import { tableToCsv } from '$lib/export/table';
import { downloadHeaders, loadIndicatorExport } from '$lib/server/indicator-page';
import type { RequestHandler } from './$types';

/**
 * The indicator page's data as CSV for Swedish Excel (`/indikatorer/<id>/data.csv?<the page's
 * choices>`): semicolons, decimal comma, UTF-8 with BOM.
 */
export const GET: RequestHandler = async (event) => {
	const { table, fileName } = await loadIndicatorExport(event);
	return new Response(tableToCsv(table), { headers: downloadHeaders('text/csv; charset=utf-8', fileName('csv')) });
};
