import { tableToXlsx, XLSX_CONTENT_TYPE } from '$lib/export/xlsx';
import { downloadHeaders, loadIndicatorExport } from '$lib/server/indicator-page';
import type { RequestHandler } from './$types';

/** The indicator page's data as an Excel workbook (`/indikatorer/<id>/data.xlsx?<the page's choices>`). */
export const GET: RequestHandler = async (event) => {
	const { table, fileName } = await loadIndicatorExport(event);
	const body = new Uint8Array(await tableToXlsx(table));
	return new Response(body, { headers: downloadHeaders(XLSX_CONTENT_TYPE, fileName('xlsx')) });
};
