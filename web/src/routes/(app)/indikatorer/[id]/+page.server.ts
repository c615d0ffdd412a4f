import { loadIndicatorPage } from '$lib/server/indicator-page';
import type { PageServerLoad } from './$types';

/**
 * One indicator: `/indikatorer/<id>?enhet=<code>&periodtyp=<slug>&period=<period>&niva=<level>`,
 * where a scorecard cell leads. Its definition, the unit's trend with the county's, every unit of
 * a level for one period, each chart with a summary and a table, and the same data to download.
 */
export const load: PageServerLoad = async (event) => loadIndicatorPage(event);
